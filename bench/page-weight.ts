// npm run bench:pages — the JavaScript each main page makes the browser download, gzip-compressed,
// from the production build in real Chromium. Target: at most 150 kB for /compose. The baseline,
// measured in the same run, is /sign-in: the framework's own floor on this build.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../playwright.config";
import { startApp } from "./start-app";

const email = process.env.BENCH_EMAIL ?? "demo@socialite.test";
const password = process.env.BENCH_PASSWORD ?? "socialite-demo";
const PAGES = ["/sign-in", "/compose", "/posts", "/accounts"];
const COMPOSE_TARGET_BYTES = 150 * 1024;
// `npm run bench:pages -- --scripts` also lists every script each page loaded, to see what to cut.
const listScripts = process.argv.includes("--scripts");

async function main() {
  // BENCH_BASE_URL measures an app that is already running; otherwise one is started here.
  const app = process.env.BENCH_BASE_URL ? undefined : await startApp();
  const baseUrl = process.env.BENCH_BASE_URL ?? app!.baseUrl;
  try {
    await measure(baseUrl);
  } finally {
    await app?.stop();
  }
}

async function measure(baseUrl: string) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/compose/);

  const results: { path: string; files: number; raw: number; gzip: number }[] = [];
  for (const path of PAGES) {
    // The baseline is measured signed out, in its own context, as a visitor sees it.
    const signedOut = path === "/sign-in" ? await browser.newContext() : undefined;
    const fresh = await (signedOut ?? context).newPage();
    const scripts: Promise<{ url: string; body: Buffer } | null>[] = [];
    fresh.on("response", (response) => {
      if (response.request().resourceType() === "script")
        scripts.push(
          response.body().then(
            (body) => ({ url: new URL(response.url()).pathname, body }),
            () => null,
          ),
        );
    });
    await fresh.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    if (new URL(fresh.url()).pathname !== path)
      throw new Error(`${path} redirected to ${fresh.url()}`);
    const loaded = (await Promise.all(scripts)).filter((script) => script !== null);
    const bodies = loaded.map((script) => script.body);
    if (listScripts) {
      console.log(path);
      for (const script of loaded)
        console.log(
          `  ${(gzipSync(script.body).length / 1024).toFixed(1).padStart(6)} kB  ${script.url}`,
        );
    }
    results.push({
      path,
      files: bodies.length,
      raw: bodies.reduce((sum, body) => sum + body.length, 0),
      gzip: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
    });
    await fresh.close();
    await signedOut?.close();
  }
  await browser.close();

  const baseline = results[0]!;
  console.log("page        scripts   raw kB   gzip kB   vs /sign-in");
  for (const r of results) {
    console.log(
      `${r.path.padEnd(12)}${String(r.files).padStart(7)}${(r.raw / 1024).toFixed(1).padStart(9)}${(r.gzip / 1024).toFixed(1).padStart(10)}${(r.gzip / baseline.gzip).toFixed(2).padStart(12)}x`,
    );
  }
  const compose = results.find((r) => r.path === "/compose")!;
  const verdict = compose.gzip <= COMPOSE_TARGET_BYTES ? "within" : "OVER";
  console.log(
    `/compose: ${(compose.gzip / 1024).toFixed(1)} kB gzip, ${verdict} the 150 kB target`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
