/**
 * The sandbox HTTP server. URLs are <origin>/<real host><real path>, so any real endpoint maps to
 * its sandbox twin by rewriting the origin; /_sandbox/… is the control API and pages, / an index.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { getEnv } from "@/lib/env";
import { handleControl } from "./control/routes";
import { dispatchNetwork } from "./core/dispatch";
import type { Reply } from "./core/reply";
import type { SandboxRequest } from "./core/request";
import { SandboxState } from "./core/state";
import { moduleForHost } from "./networks/registry";

const MAX_BODY = 600 * 1024 * 1024;

export type StartOptions = { port?: number; host?: string; appUrls?: string[] };
export type RunningSandbox = { url: string; state: SandboxState; close(): Promise<void> };

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

const publicOrigin = (host: string, port: number): string => {
  const reachable = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
};

export async function startSandbox(options: StartOptions = {}): Promise<RunningSandbox> {
  const env = getEnv();
  const host = options.host ?? "127.0.0.1";
  const state = new SandboxState(options.appUrls ?? [env.APP_URL]);
  const sockets = new Set<Socket>();
  let origin = "";

  async function route(req: IncomingMessage, rawBody: Buffer): Promise<Reply> {
    const url = new URL(req.url ?? "/", origin);
    const [, first = "", ...rest] = url.pathname.split("/");
    const base = {
      method: req.method ?? "GET",
      query: url.searchParams,
      headers: req.headers,
      rawBody,
      routeParams: {},
      origin,
    };
    const module = moduleForHost(first);
    if (module) {
      const sandboxRequest: SandboxRequest = {
        ...base,
        host: first.toLowerCase(),
        path: `/${rest.join("/")}`,
      };
      return dispatchNetwork(state, module, sandboxRequest);
    }
    return handleControl(state, { ...base, host: "", path: url.pathname });
  }

  function write(res: ServerResponse, reply: Reply): void {
    if (reply.type === "drop") {
      res.socket?.destroy();
      return;
    }
    if (reply.type === "hang") {
      // Answer nothing; the client's own timeout is what is under test.
      if (reply.ms !== undefined) setTimeout(() => res.socket?.destroy(), reply.ms).unref();
      return;
    }
    res.writeHead(reply.status, {
      ...reply.headers,
      "content-length": Buffer.byteLength(reply.body),
    });
    res.end(reply.body);
  }

  const server = createServer((req, res) => {
    readBody(req)
      .then((body) => route(req, body))
      .then((reply) => write(res, reply))
      .catch((error: unknown) => {
        console.error("[sandbox] request failed", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "sandbox_internal_error" }));
      });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? env.SANDBOX_PORT, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("sandbox did not bind a TCP port");
  origin = publicOrigin(host, address.port);

  return {
    url: origin,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
