/**
 * Shared helpers for the sandbox's own integration tests: a sandbox on an ephemeral port, a
 * fixture media server (the "app" that Instagram and TikTok pull from), PKCE pairs, control calls.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type RunningSandbox, startSandbox } from "../server";

export const APP_URL = "http://localhost:3999";
export const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures/media");

export const pkcePair = () => {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
};

export type Harness = {
  sandbox: RunningSandbox;
  url: string;
  /** Fixture server origin, registered as a TikTok verified prefix. */
  media: string;
  control<T = Record<string, unknown>>(
    method: string,
    route: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
};

const CONTENT_TYPES: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  ".mp4": "video/mp4",
};

/** Serves tests/fixtures/media; "/as/<mime>/<file>" serves a file under a chosen Content-Type. */
async function startMediaServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const forced = /^\/as\/([^/]+\/[^/]+)\/(.+)$/.exec(url.pathname);
    const file = path.basename(forced ? (forced[2] ?? "") : url.pathname);
    readFile(path.join(FIXTURES, file)).then(
      (bytes) => {
        res.writeHead(200, {
          "content-type":
            forced?.[1] ?? CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
        });
        res.end(bytes);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function startHarness(): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, appUrls: [APP_URL] });
  const media = await startMediaServer();
  const control: Harness["control"] = async (method, route, body) => {
    const response = await fetch(`${sandbox.url}${route}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as never };
  };
  return {
    sandbox,
    url: sandbox.url,
    media: media.origin,
    control,
    close: async () => {
      await sandbox.close();
      await media.close();
    },
  };
}

export const redirectUri = (network: string) => `${APP_URL}/api/connect/${network}/callback`;

export const form = (values: Record<string, string>) => new URLSearchParams(values);

/** The consent page's hidden authorize_query field (the original request its form re-sends), unescaped. */
export const authorizeQueryOf = (markup: string): string =>
  /name="authorize_query" value="([^"]+)"/.exec(markup)?.[1]?.replaceAll("&amp;", "&") ?? "";

export async function readJson(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text();
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/**
 * Registers a file's hooks: one sandbox for the whole file, reset before every test. Read `env.h`
 * inside hooks and tests only (it is started in beforeAll).
 */
export function setupHarness(): { readonly h: Harness } {
  let started: Harness | undefined;
  const env = {
    get h(): Harness {
      if (!started) throw new Error("the sandbox harness is not started");
      return started;
    },
  };
  beforeAll(async () => {
    started = await startHarness();
  });
  afterAll(() => env.h.close());
  beforeEach(() => env.h.control("POST", "/_sandbox/reset"));
  return env;
}
