import "dotenv/config";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI downloads a native schema engine even for `generate`; this machine cannot reach
// that host. generate/validate/format need no engine, and migrations go through the Wasm engine
// (scripts/db/migrate.ts), so point the CLI at a binary that never runs.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
});
