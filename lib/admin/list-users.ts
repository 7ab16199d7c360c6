/** Everyone with a Socialite account: role, linked-account and post counts, last activity. */
import { db, type Prisma } from "@/lib/db/client";

export const USERS_PAGE_SIZE = 200;

export async function listUsers(filters: { q?: string } = {}) {
  const where: Prisma.UserWhereInput = filters.q
    ? {
        OR: [
          { email: { contains: filters.q, mode: "insensitive" } },
          { name: { contains: filters.q, mode: "insensitive" } },
        ],
      }
    : {};
  const [rows, total, admins] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        createdAt: true,
        _count: { select: { socialAccounts: true, posts: true } },
        sessions: { select: { lastSeenAt: true }, orderBy: { lastSeenAt: "desc" }, take: 1 },
      },
    }),
    db.user.count({ where }),
    db.user.count({ where: { role: "ADMIN" } }),
  ]);
  const users = rows.map(({ _count, sessions, ...user }) => ({
    ...user,
    role: user.role as "USER" | "ADMIN",
    accounts: _count.socialAccounts,
    posts: _count.posts,
    lastSeenAt: sessions[0]?.lastSeenAt ?? null,
  }));
  return { users, total, admins };
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>["users"][number];
