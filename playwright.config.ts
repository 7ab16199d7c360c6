import { defineConfig, devices } from "@playwright/test";

// The e2e runner (scripts/e2e.ts) prepares a fresh database and passes it in; ports differ from
// `npm run dev` so both can run at once.
const port = Number(process.env.E2E_PORT ?? 3210);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4310);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${port}`;

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry on CI for infrastructure hiccups (e.g. Chromium's "Unable to capture screenshot"
  // under load); a retried test is reported as flaky in the run's output, never hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: "npx tsx scripts/run-all.ts start",
        url: `${baseURL}/sign-in`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          PORT: String(port),
          APP_URL: baseURL,
          SANDBOX_PORT: String(sandboxPort),
          SANDBOX_URL: `http://127.0.0.1:${sandboxPort}`,
          LOG_LEVEL: "warn",
          // Its own queue namespace, so a dev stack on the same Redis never takes the test's jobs.
          QUEUE_PREFIX: `e2e${port}`,
        },
      },
});
