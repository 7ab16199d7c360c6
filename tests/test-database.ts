/**
 * Throw-away databases for tests on the machine's PostgreSQL: each run gets a fresh database with
 * every migration applied, and drops it afterwards.
 */
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";

export function adminDatabaseUrl(): string {
  return process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export async function createTestDatabase(prefix: string): Promise<string> {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${prefix}_${Date.now()}_${process.pid}`;
  try {
    await applyMigrations(url.toString());
  } catch (error) {
    throw new Error(
      `Could not prepare a test database on ${url.host}: ${(error as Error).message}. ` +
        "Tests need PostgreSQL (set TEST_DATABASE_ADMIN_URL to a superuser URL).",
    );
  }
  return url.toString();
}

export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
