/** Entry point (`npm run sandbox`): serves the sandbox on SANDBOX_PORT until SIGTERM/SIGINT. */
import { getEnv } from "@/lib/env";
import { type RunningSandbox, startSandbox } from "./server";

let sandbox: RunningSandbox | undefined;
let closing = false;

// Registered before listening so a signal during start-up still exits cleanly.
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  (sandbox?.close() ?? Promise.resolve()).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`[sandbox] failed to close on ${signal}`, error);
      process.exit(1);
    },
  );
};
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));

sandbox = await startSandbox({ port: getEnv().SANDBOX_PORT });
console.log(`[sandbox] provider sandbox listening on ${sandbox.url}`);
