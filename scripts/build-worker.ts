// `npm run build:worker`: bundles workers/index.ts (and the lib/ code it reaches) into one ESM
// file, .data/worker/index.mjs (git-ignored), with node_modules left external. `npm start` runs it
// with plain node and WORKER_NODE_FLAGS instead of tsx: no esbuild service and no transpiling in
// the worker process. `npm run dev` keeps running the source under tsx.
import { build } from "esbuild";

export const WORKER_BUNDLE = ".data/worker/index.mjs";

/**
 * The production worker's node flags. Measured with bench/publish.ts: the worker's live heap stays
 * around 25-60 MB, but V8 lets garbage promoted by in-flight jobs pile up in old space to ~130 MB
 * before a full GC, so the peak RSS followed the heap's growth, not live data. Capping old space
 * at 128 MB (over twice the live heap) makes full GCs come sooner and keeps RSS flat.
 */
export const WORKER_NODE_FLAGS = ["--max-old-space-size=128"];

export async function buildWorker(outfile = WORKER_BUNDLE) {
  await build({
    entryPoints: ["workers/index.ts"],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    sourcemap: "linked",
    logLevel: "warning",
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outfile = await buildWorker(process.argv[2]);
  console.log(`[worker] built ${outfile}`);
}
