/** Every emulated network, and the lookup from a real host name to its module. */

import type { ProviderId } from "@/lib/providers/provider-id";
import type { NetworkModule } from "../core/network";
import type { SandboxState } from "../core/state";
import { facebookModule } from "./facebook";
import { instagramModule } from "./instagram";
import { tiktokModule } from "./tiktok";
import { settleTikTok } from "./tiktok/jobs";
import { xModule } from "./x";

export const networkModules: Record<ProviderId, NetworkModule> = {
  x: xModule,
  facebook: facebookModule,
  instagram: instagramModule,
  tiktok: tiktokModule,
};

const byHost = new Map<string, NetworkModule>();
for (const module of Object.values(networkModules)) {
  for (const host of module.hosts) byHost.set(host, module);
}

export const moduleForHost = (host: string): NetworkModule | undefined =>
  byHost.get(host.toLowerCase());

export const allModules = (): NetworkModule[] => Object.values(networkModules);

/** Brings time-driven work (TikTok processing) up to the sandbox clock before state is read. */
export function settleAll(state: SandboxState): void {
  settleTikTok(state);
}
