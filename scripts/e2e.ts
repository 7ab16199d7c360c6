// npm run test:e2e — a fresh database, a production build, then Playwright (which starts web,
// worker and sandbox through playwright.config.ts). Extra arguments go to Playwright.
import { spawnSync } from "node:child_process";
import { createTestDatabase, dropTestDatabase } from "../tests/test-database";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  return spawnSync(command, args, { env, stdio: "inherit" }).status ?? 1;
}

async function main() {
  const databaseUrl = await createTestDatabase("socialite_e2e");
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: process.env.DATA_DIR ?? ".data/e2e",
  };
  let status = 1;
  try {
    status = run("npx", ["tsx", "prisma/seed.ts"], env);
    if (status === 0 && !process.env.E2E_SKIP_BUILD) status = run("npx", ["next", "build"], env);
    if (status === 0) status = run("npx", ["playwright", "test", ...process.argv.slice(2)], env);
  } finally {
    await dropTestDatabase(databaseUrl);
  }
  process.exit(status);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
