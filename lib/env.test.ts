import { describe, expect, test } from "vitest";
import { EnvError, parseEnv } from "./env";

const key = (id: string) => `${id}:${Buffer.alloc(32, 7).toString("base64")}`;

function messageOf(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error("expected parseEnv to throw");
}

describe("parseEnv", () => {
  test("runs in sandbox mode on local defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.PROVIDER_MODE).toBe("sandbox");
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.REDIS_URL).toBe("redis://127.0.0.1:6379");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ADMIN_EMAILS).toEqual([]);
    expect(env.SANDBOX_URL).toBe("http://127.0.0.1:4100");
  });

  test("derives the public URLs from the ports unless set", () => {
    const env = parseEnv({ PORT: "3300", SANDBOX_PORT: "4400" });
    expect(env.APP_URL).toBe("http://localhost:3300");
    expect(env.SANDBOX_URL).toBe("http://127.0.0.1:4400");
    expect(parseEnv({ PORT: "3300", APP_URL: "https://socialite.example" }).APP_URL).toBe(
      "https://socialite.example",
    );
  });

  test("names the variable that is wrong", () => {
    expect(messageOf({ REDIS_URL: "http://nope" })).toMatch(/REDIS_URL: must be a redis:\/\//);
    expect(messageOf({ DATABASE_URL: "mysql://x" })).toMatch(/DATABASE_URL: must be a postgresql/);
    expect(messageOf({ PORT: "eighty" })).toMatch(/PORT:/);
    expect(messageOf({ APP_URL: "localhost" })).toMatch(/APP_URL: must be an absolute URL/);
    expect(messageOf({ ADMIN_EMAILS: "a@b.co,not-an-email" })).toMatch(/ADMIN_EMAILS/);
    expect(messageOf({ TOKEN_ENCRYPTION_KEYS: "k1:short" })).toMatch(/TOKEN_ENCRYPTION_KEYS/);
    expect(messageOf({ PROVIDER_MODE: "prod" })).toMatch(/PROVIDER_MODE/);
  });

  test("lists every bad variable at once", () => {
    const message = messageOf({ REDIS_URL: "x", PORT: "0" });
    expect(message).toContain("REDIS_URL");
    expect(message).toContain("PORT");
  });

  test("requires real secrets in live mode", () => {
    const message = messageOf({ PROVIDER_MODE: "live" });
    expect(message).toContain("DATABASE_URL: is required when PROVIDER_MODE=live");
    expect(message).toContain("AUTH_SECRET: is required when PROVIDER_MODE=live");
    expect(message).toContain("TOKEN_ENCRYPTION_KEYS: is required when PROVIDER_MODE=live");
    expect(parseEnv({ NODE_ENV: "production" }).PROVIDER_MODE).toBe("sandbox");
  });

  test("parses lists and treats empty values as unset", () => {
    const env = parseEnv({
      ADMIN_EMAILS: " Admin@Example.com , ops@example.com",
      TOKEN_ENCRYPTION_KEYS: `${key("new")},${key("old")}`,
      DATABASE_URL: "",
    });
    expect(env.ADMIN_EMAILS).toEqual(["admin@example.com", "ops@example.com"]);
    expect(env.TOKEN_ENCRYPTION_KEYS).toHaveLength(2);
    expect(env.DATABASE_URL).toBeUndefined();
  });
});
