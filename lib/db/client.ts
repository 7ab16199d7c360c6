/** The Prisma client, one per process (cached on globalThis so Next's dev reloads reuse it). */
import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForDb = globalThis as unknown as { socialiteDb?: PrismaClient };

function createClient(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Run `npm run dev` (it starts an embedded PostgreSQL) or set " +
        "DATABASE_URL=postgresql://user@host:5432/socialite.",
    );
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

export function getDb(): PrismaClient {
  globalForDb.socialiteDb ??= createClient();
  return globalForDb.socialiteDb;
}

/** Lazily created, so importing a module that uses the database never needs DATABASE_URL. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(getDb(), property),
});

export * from "@/lib/generated/prisma/client";
export type { PrismaClient };
