/**
 * The lifecycle the provider integration files share: one sandbox (and, for the publishing files,
 * one media server) per file, reset before every test. The returned holder is filled in beforeAll,
 * so tests read `env.sandbox` / `env.files` inside hooks and tests only.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { ProviderId } from "../provider-id";
import { type MediaServer, startMediaServer } from "./media-server";
import { type SandboxHarness, startSandboxHarness } from "./sandbox-harness";

export type SandboxEnv = { sandbox: SandboxHarness };
export type PublishEnv = SandboxEnv & { files: MediaServer };

export function setupSandbox(): SandboxEnv {
  const env = {} as SandboxEnv;
  beforeAll(async () => {
    env.sandbox = await startSandboxHarness();
  });
  afterAll(() => env.sandbox?.close());
  beforeEach(() => env.sandbox.reset());
  return env;
}

/** `afterReset` runs after each reset: per-network sandbox settings every test of a file needs. */
export function setupSandboxWithMedia(
  afterReset?: (env: PublishEnv) => Promise<unknown>,
): PublishEnv {
  const env = {} as PublishEnv;
  beforeAll(async () => {
    [env.sandbox, env.files] = await Promise.all([startSandboxHarness(), startMediaServer()]);
  });
  afterAll(async () => {
    await Promise.all([env.sandbox?.close(), env.files?.close()]);
  });
  beforeEach(async () => {
    env.files.downloads.length = 0;
    await env.sandbox.reset();
    await afterReset?.(env);
  });
  return env;
}

/** The sandbox's publish counters for one account: posts it created, and requests per endpoint. */
export async function publishCounts(
  sandbox: SandboxHarness,
  network: ProviderId,
  account: string,
): Promise<{ posts: number; requests: Record<string, number> }> {
  const counters = await sandbox.counters();
  return {
    posts: (counters.postsCreated?.[network]?.[account] as number | undefined) ?? 0,
    requests: (counters.requests?.[network] ?? {}) as Record<string, number>,
  };
}
