// npm run db:migrate (apply) | npm run db:migration -- <name> (create). Uses DATABASE_URL, or the
// embedded PostgreSQL of `npm run dev` when it is unset.

import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations, createMigration } from "@/lib/db/migrations";
import { getEnv } from "@/lib/env";

const [command, name] = process.argv.slice(2);

async function main() {
  const configured = getEnv().DATABASE_URL;
  const embedded = configured ? undefined : await startEmbeddedPostgres();
  const url = configured ?? embedded!.url;
  try {
    if (command === "apply") {
      const applied = await applyMigrations(url);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
    } else if (command === "create") {
      if (!name || !/^[a-z0-9_]+$/.test(name)) {
        throw new Error("Usage: npm run db:migration -- <name> (lower-case letters, digits, _)");
      }
      const created = await createMigration(url, name);
      console.log(created ? `Created prisma/migrations/${created}` : "No schema changes.");
    } else {
      throw new Error("Usage: migrate.ts apply | create <name>");
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
