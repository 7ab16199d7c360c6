/** A post's status, derived from its targets (never stored, so it cannot drift). */
export type TargetStatusValue =
  | "QUEUED"
  | "PUBLISHING"
  | "PUBLISHED"
  | "FAILED"
  | "UNCONFIRMED"
  | "CANCELLED";
export type PostStatus =
  | "draft"
  | "scheduled"
  | "publishing"
  | "published"
  | "partial"
  | "failed"
  | "cancelled";

export function derivePostStatus(
  targets: TargetStatusValue[],
  scheduledAt: Date | null,
  now = new Date(),
): PostStatus {
  if (targets.length === 0) return "draft";
  const live = targets.filter((status) => status !== "CANCELLED");
  if (live.length === 0) return "cancelled";
  if (live.every((status) => status === "PUBLISHED")) return "published";
  if (live.some((status) => status === "PUBLISHING")) return "publishing";
  const settledBad = live.filter(
    (status) => status === "FAILED" || status === "UNCONFIRMED",
  ).length;
  const published = live.filter((status) => status === "PUBLISHED").length;
  const queued = live.filter((status) => status === "QUEUED").length;
  if (queued > 0)
    return scheduledAt && scheduledAt > now && published === 0 ? "scheduled" : "publishing";
  if (published > 0 && settledBad > 0) return "partial";
  return "failed";
}
