// npm test — lint, typecheck, unit, integration and e2e in order, then one summary line
// ("N passed, N failed") that CI reads. Stops at the first stage that fails.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const reports = path.resolve("test-results/reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

type Counts = { passed: number; failed: number };
const total: Counts = { passed: 0, failed: 0 };

function run(
  label: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  console.log(`\n=== ${label} ===`);
  const status = spawnSync(command, args, { stdio: "inherit", env }).status;
  if (status !== 0) console.error(`\n${label} failed (exit ${status}).`);
  return status === 0;
}

function readVitest(file: string): Counts {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function readPlaywright(file: string): Counts {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

function add(counts: Counts | undefined) {
  if (!counts) return;
  total.passed += counts.passed;
  total.failed += counts.failed;
}

function tryRead(reader: (file: string) => Counts, file: string): Counts | undefined {
  try {
    return reader(file);
  } catch {
    return undefined;
  }
}

function vitest(project: string): boolean {
  const file = path.join(reports, `${project}.json`);
  const ok = run(`${project} tests`, "npx", [
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ]);
  add(tryRead(readVitest, file));
  return ok;
}

function e2e(): boolean {
  const file = path.join(reports, "e2e.json");
  const ok = run("e2e tests", "npx", ["tsx", "scripts/e2e.ts", "--reporter=list,json"], {
    ...process.env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  add(tryRead(readPlaywright, file));
  return ok;
}

const ok =
  run("lint", "npx", ["biome", "ci", "."]) &&
  run("typecheck", "npm", ["run", "typecheck", "--silent"]) &&
  vitest("unit") &&
  vitest("integration") &&
  e2e();

console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(ok && total.failed === 0 ? 0 : 1);
