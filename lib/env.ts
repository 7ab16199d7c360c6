/**
 * The only reader of process.env. Every variable is validated with zod; a bad value fails at start
 * with a message naming the variable. With nothing set, Socialite runs in sandbox mode on local
 * defaults (see .env.example for every variable).
 */
import { z } from "zod";

const emailList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.email({ message: "must be a comma-separated list of email addresses" })));

// "keyId:base64(32 bytes)" pairs; the first one encrypts, all of them decrypt (rotation).
const keyList = z
  .string()
  .transform((value) => value.split(",").map((pair) => pair.trim()))
  .pipe(
    z.array(
      z.string().regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=$/, {
        message: "each key must be keyId:base64 of 32 random bytes (openssl rand -base64 32)",
      }),
    ),
  )
  .optional();

const optionalSecret = z.string().min(1).optional();

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Defaults to http://localhost:<PORT> (see parseEnv).
  APP_URL: z.url({ message: "must be an absolute URL such as http://localhost:3000" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: "must be a postgresql:// connection URL" })
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, { message: "must be a redis:// or rediss:// URL" })
    .default("redis://127.0.0.1:6379"),
  // Namespace of every BullMQ key in Redis: lets several Socialite instances (or test runs) share
  // one Redis without taking each other's jobs.
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, { message: "must be 1-32 letters, digits, - or _" })
    .default("socialite"),
  // How long a worker holds a job before another may take it over (BullMQ lockDuration; stalled
  // jobs are checked at the same interval). Lower = faster recovery after a crash.
  JOB_LOCK_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters" }).optional(),
  TOKEN_ENCRYPTION_KEYS: keyList,
  ADMIN_EMAILS: emailList,
  DATA_DIR: z.string().min(1).default(".data"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  PROVIDER_MODE: z.enum(["sandbox", "live"]).default("sandbox"),
  // Defaults to http://127.0.0.1:<SANDBOX_PORT> (see parseEnv).
  SANDBOX_URL: z.url().optional(),
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(4100),
  X_CLIENT_ID: optionalSecret,
  X_CLIENT_SECRET: optionalSecret,
  FACEBOOK_APP_ID: optionalSecret,
  FACEBOOK_APP_SECRET: optionalSecret,
  INSTAGRAM_APP_ID: optionalSecret,
  INSTAGRAM_APP_SECRET: optionalSecret,
  TIKTOK_CLIENT_KEY: optionalSecret,
  TIKTOK_CLIENT_SECRET: optionalSecret,
  // TikTok limits apps it has not audited to private (SELF_ONLY) posts; set once it has.
  TIKTOK_APP_AUDITED: z
    .enum(["true", "false"], { message: "must be true or false" })
    .default("false")
    .transform((value) => value === "true"),
});

export type Env = Omit<z.infer<typeof envSchema>, "APP_URL" | "SANDBOX_URL"> & {
  APP_URL: string;
  SANDBOX_URL: string;
};

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment configuration:\n${issues.map((line) => `  - ${line}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses a variable source (process.env by default); throws EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings as unset, as .env files commonly leave `KEY=` lines.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
    );
  }
  const env: Env = {
    ...result.data,
    APP_URL: result.data.APP_URL ?? `http://localhost:${result.data.PORT}`,
    SANDBOX_URL: result.data.SANDBOX_URL ?? `http://127.0.0.1:${result.data.SANDBOX_PORT}`,
  };
  // Live mode holds real people's tokens: its secrets must come from the environment. Sandbox
  // mode (also under `npm start`) may use the generated dev secrets in DATA_DIR.
  if (env.PROVIDER_MODE === "live") {
    const missing = (["DATABASE_URL", "AUTH_SECRET", "TOKEN_ENCRYPTION_KEYS"] as const).filter(
      (name) => env[name] === undefined,
    );
    if (missing.length > 0) {
      throw new EnvError(missing.map((name) => `${name}: is required when PROVIDER_MODE=live`));
    }
  }
  return env;
}

let cached: Env | undefined;

/** The validated environment of this process, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For the dev runner and tests that start child processes with a computed environment. */
export function processEnvSnapshot(): Record<string, string | undefined> {
  return { ...process.env };
}
