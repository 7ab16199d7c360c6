/**
 * Targets that need a person: FAILED (the network refused, or retries ran out) and UNCONFIRMED
 * (the create request was sent and no answer came back: maybe posted). Read from the database,
 * the source of truth; BullMQ's failed set is only a short-lived echo of it.
 */
import { db } from "@/lib/db/client";
import type { ProviderId } from "@/lib/providers/provider-id";

export const PROBLEM_TARGETS_LIMIT = 100;
const EXCERPT_CHARS = 140;

/** The first line-ish of a post: whitespace collapsed, cut at a word near the limit. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export async function listProblemTargets(limit = PROBLEM_TARGETS_LIMIT) {
  const where = { status: { in: ["FAILED", "UNCONFIRMED"] as ("FAILED" | "UNCONFIRMED")[] } };
  const [rows, total] = await Promise.all([
    db.postTarget.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        provider: true,
        accountHandle: true,
        status: true,
        errorCode: true,
        errorMessage: true,
        attempts: true,
        updatedAt: true,
        socialAccount: { select: { id: true, status: true } },
        post: {
          select: {
            id: true,
            text: true,
            user: { select: { id: true, name: true, email: true } },
          },
        },
      },
    }),
    db.postTarget.count({ where }),
  ]);
  const targets = rows.map(({ post, ...target }) => ({
    ...target,
    provider: target.provider as ProviderId,
    status: target.status as "FAILED" | "UNCONFIRMED",
    postId: post.id,
    excerpt: excerpt(post.text),
    owner: post.user,
  }));
  return { targets, total };
}

export type ProblemTarget = Awaited<ReturnType<typeof listProblemTargets>>["targets"][number];
