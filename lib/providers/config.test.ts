import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import {
  endpoints,
  isConfigured,
  ProviderNotConfiguredError,
  runtimeFromEnv,
  toSandboxUrl,
} from "./config";
import { PROVIDER_IDS } from "./provider-id";
import { sandboxApps } from "./sandbox-apps";

describe("toSandboxUrl", () => {
  it.each([
    ["https://api.x.com/2/tweets", "http://127.0.0.1:4100/api.x.com/2/tweets"],
    [
      "https://x.com/i/oauth2/authorize?response_type=code&scope=a%20b",
      "http://127.0.0.1:4100/x.com/i/oauth2/authorize?response_type=code&scope=a%20b",
    ],
    [
      "https://graph.facebook.com/v24.0/me/accounts?fields=id,name",
      "http://127.0.0.1:4100/graph.facebook.com/v24.0/me/accounts?fields=id,name",
    ],
    [
      "https://www.tiktok.com/v2/auth/authorize/",
      "http://127.0.0.1:4100/www.tiktok.com/v2/auth/authorize/",
    ],
    [
      "https://open.tiktokapis.com/v2/oauth/token/",
      "http://127.0.0.1:4100/open.tiktokapis.com/v2/oauth/token/",
    ],
  ])("maps %s", (real, sandbox) => {
    expect(toSandboxUrl(real, "http://127.0.0.1:4100")).toBe(sandbox);
  });

  it("ignores a trailing slash on the sandbox URL and keeps a non-default port of the real host", () => {
    expect(
      toSandboxUrl("https://api.instagram.com/oauth/access_token", "http://localhost:9/"),
    ).toBe("http://localhost:9/api.instagram.com/oauth/access_token");
    expect(toSandboxUrl("https://example.com:8443/a", "http://s")).toBe(
      "http://s/example.com:8443/a",
    );
  });

  it("has exactly the endpoint URLs of providers.md", () => {
    expect(endpoints).toEqual({
      x: {
        authorize: "https://x.com/i/oauth2/authorize",
        token: "https://api.x.com/2/oauth2/token",
        revoke: "https://api.x.com/2/oauth2/revoke",
        api: "https://api.x.com/2",
      },
      facebook: {
        authorize: "https://www.facebook.com/v24.0/dialog/oauth",
        graph: "https://graph.facebook.com/v24.0",
        graphVideo: "https://graph-video.facebook.com/v24.0",
      },
      instagram: {
        authorize: "https://www.instagram.com/oauth/authorize",
        token: "https://api.instagram.com/oauth/access_token",
        graph: "https://graph.instagram.com",
        graphVersioned: "https://graph.instagram.com/v24.0",
      },
      tiktok: {
        authorize: "https://www.tiktok.com/v2/auth/authorize/",
        token: "https://open.tiktokapis.com/v2/oauth/token/",
        revoke: "https://open.tiktokapis.com/v2/oauth/revoke/",
        api: "https://open.tiktokapis.com/v2",
      },
    });
  });
});

describe("credentials per mode", () => {
  it("uses the sandbox apps and the sandbox URL in sandbox mode (the default)", () => {
    const env = parseEnv({ SANDBOX_URL: "http://127.0.0.1:4555" });
    for (const provider of PROVIDER_IDS) {
      expect(isConfigured(provider, env)).toBe(true);
      const runtime = runtimeFromEnv(provider, env);
      expect(runtime.clientId).toBe(sandboxApps[provider].clientId);
      expect(runtime.clientSecret).toBe(sandboxApps[provider].clientSecret);
      expect(runtime.resolveUrl("https://api.x.com/2/users/me")).toBe(
        "http://127.0.0.1:4555/api.x.com/2/users/me",
      );
    }
  });

  it("uses env credentials and real URLs in live mode; a network without them is not configured", () => {
    const env = parseEnv({
      PROVIDER_MODE: "live",
      DATABASE_URL: "postgresql://localhost/socialite",
      AUTH_SECRET: "a".repeat(32),
      TOKEN_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32).toString("base64")}`,
      X_CLIENT_ID: "live-x-id",
      X_CLIENT_SECRET: "live-x-secret",
      TIKTOK_CLIENT_KEY: "live-key",
    });
    expect(isConfigured("x", env)).toBe(true);
    expect(isConfigured("tiktok", env)).toBe(false);
    expect(isConfigured("facebook", env)).toBe(false);
    const runtime = runtimeFromEnv("x", env);
    expect(runtime).toMatchObject({
      mode: "live",
      clientId: "live-x-id",
      clientSecret: "live-x-secret",
    });
    expect(runtime.resolveUrl("https://api.x.com/2/users/me")).toBe("https://api.x.com/2/users/me");
    expect(() => runtimeFromEnv("tiktok", env)).toThrow(ProviderNotConfiguredError);
  });
});
