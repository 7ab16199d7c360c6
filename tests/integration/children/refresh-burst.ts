// A separate worker-like process for contention tests: asks for a valid token `count` times at once
// and prints how many calls refreshed and which errors happened (never the tokens themselves).
import { getValidAccessToken } from "@/lib/accounts/get-valid-access-token";
import { getDb } from "@/lib/db/client";
import { createRedis } from "@/lib/redis/connection";

const [accountId, countArg] = process.argv.slice(2);
const redis = createRedis("worker");
const results = await Promise.allSettled(
  Array.from({ length: Number(countArg) }, () => getValidAccessToken(accountId!, redis)),
);
const errors = results.flatMap((r) =>
  r.status === "rejected" ? [String((r.reason as Error).message)] : [],
);
const refreshed = results.filter((r) => r.status === "fulfilled" && r.value.refreshed).length;
console.log(JSON.stringify({ refreshed, errors }));
await redis.quit();
await getDb().$disconnect();
