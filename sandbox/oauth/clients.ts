/**
 * The OAuth apps registered at the sandbox: the credentials shared with the app's sandbox mode,
 * plus the callback URL of every app URL the sandbox was started with (or told about later).
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import { registeredRedirectUri, type SandboxApp, sandboxApps } from "@/lib/providers/sandbox-apps";

export type RegisteredClient = SandboxApp & { network: ProviderId; redirectUris: Set<string> };

export class ClientRegistry {
  private readonly clients: Map<ProviderId, RegisteredClient>;
  /** Origins of the app URLs: TikTok treats them as verified PULL_FROM_URL domains. */
  readonly appOrigins = new Set<string>();

  constructor(appUrls: readonly string[]) {
    this.clients = new Map(
      (Object.keys(sandboxApps) as ProviderId[]).map((network) => [
        network,
        { ...sandboxApps[network], network, redirectUris: new Set<string>() },
      ]),
    );
    for (const appUrl of appUrls) this.registerAppUrl(appUrl);
  }

  registerAppUrl(appUrl: string): void {
    this.appOrigins.add(new URL(appUrl).origin);
    for (const client of this.clients.values()) {
      client.redirectUris.add(registeredRedirectUri(appUrl, client.network));
    }
  }

  registerRedirectUri(network: ProviderId, uri: string): void {
    this.get(network).redirectUris.add(uri);
  }

  get(network: ProviderId): RegisteredClient {
    const client = this.clients.get(network);
    if (!client) throw new Error(`no sandbox client for ${network}`);
    return client;
  }

  /** The client with this id on this network, if any (a wrong client_id must not resolve). */
  find(network: ProviderId, clientId: string | undefined): RegisteredClient | undefined {
    const client = this.clients.get(network);
    return client && client.clientId === clientId ? client : undefined;
  }

  /** Exact string match, as X and Meta require (no prefix or query tolerance). */
  isRegistered(network: ProviderId, uri: string | undefined): boolean {
    return uri !== undefined && this.get(network).redirectUris.has(uri);
  }

  list(): { network: ProviderId; clientId: string; appName: string; redirectUris: string[] }[] {
    return [...this.clients.values()].map((client) => ({
      network: client.network,
      clientId: client.clientId,
      appName: client.appName,
      redirectUris: [...client.redirectUris],
    }));
  }
}
