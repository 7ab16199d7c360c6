/**
 * The usage headers Meta sends on Graph responses: X-App-Usage (percent of the app's hourly
 * budget of 200 calls per user), X-Business-Use-Case-Usage for Page / Instagram objects, and
 * the facebook-api-version / x-fb-trace-id headers.
 */
import { traceId } from "../../core/ids";
import type { SentReply } from "../../core/reply";

export class GraphUsage {
  private calls: number[] = [];
  /** Forced to 100 % while a rate-limit fault is being reported. */
  saturated = false;

  record(now: number): void {
    this.calls.push(now);
    const hourAgo = now - 3_600_000;
    while ((this.calls[0] ?? now) < hourAgo) this.calls.shift();
  }

  percent(users: number): number {
    if (this.saturated) return 100;
    return Math.min(100, Math.round((this.calls.length * 100) / (200 * Math.max(1, users))));
  }
}

export function usageHeaders(
  reply: SentReply,
  input: {
    percent: number;
    version?: string;
    buc?: { id: string; type: "pages" | "instagram"; regainMinutes: number };
  },
): void {
  const usage = {
    call_count: input.percent,
    total_cputime: Math.floor(input.percent / 2),
    total_time: Math.floor(input.percent / 2),
  };
  reply.headers["x-app-usage"] = JSON.stringify(usage);
  if (input.buc) {
    reply.headers["x-business-use-case-usage"] = JSON.stringify({
      [input.buc.id]: [
        {
          type: input.buc.type,
          ...usage,
          estimated_time_to_regain_access: input.buc.regainMinutes,
        },
      ],
    });
  }
  reply.headers["facebook-api-version"] = input.version ?? "v24.0";
  reply.headers["x-fb-trace-id"] = traceId();
  reply.headers["x-fb-rev"] = "1029384756";
}
