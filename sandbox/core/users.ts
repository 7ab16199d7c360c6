/**
 * Sandbox people, pages and accounts. Default ones exist after every reset, with fixed ids, so
 * tests (ours and the app's) can authorize as "sandbox_alice" without creating anyone first.
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import { numericId } from "./ids";

export type InstagramAccountType = "BUSINESS" | "MEDIA_CREATOR" | "PERSONAL";

export type SandboxUser = {
  id: string;
  network: ProviderId;
  username: string;
  name: string;
  createdAt: number;
  /** Instagram: the app-scoped id `/me` returns as `id`; `id` above is the professional account id. */
  appScopedId?: string;
  accountType?: InstagramAccountType;
  /** TikTok: private accounts are the only ones an unaudited client may post to. */
  isPrivate?: boolean;
  unionId?: string;
};

export type FacebookPage = {
  id: string;
  name: string;
  category: string;
  ownerId: string;
};

export type UserDirectory = { users: SandboxUser[]; pages: FacebookPage[] };

const user = (
  network: ProviderId,
  id: string,
  username: string,
  name: string,
  extra: Partial<SandboxUser> = {},
) => ({ network, id, username, name, createdAt: Date.now(), ...extra }) satisfies SandboxUser;

export function seedDirectory(): UserDirectory {
  return {
    users: [
      user("x", "1500000000000000001", "sandbox_alice", "Alice Sandbox"),
      user("x", "1500000000000000002", "sandbox_bob", "Bob Sandbox"),
      user("facebook", "100000000000001", "alice.sandbox", "Alice Sandbox"),
      user("facebook", "100000000000002", "bob.sandbox", "Bob Sandbox"),
      user("instagram", "17841400000000001", "sandbox_alice.ig", "Alice Sandbox", {
        appScopedId: "27000000000000001",
        accountType: "BUSINESS",
      }),
      user("instagram", "17841400000000002", "sandbox_creator.ig", "Carol Creator", {
        appScopedId: "27000000000000002",
        accountType: "MEDIA_CREATOR",
      }),
      user("instagram", "17841400000000003", "sandbox_personal.ig", "Pat Personal", {
        appScopedId: "27000000000000003",
        accountType: "PERSONAL",
      }),
      user("tiktok", "-000SandboxCreatorAlice0000000001", "sandbox_creator", "Alice Creates", {
        isPrivate: true,
        unionId: "u-000SandboxAlice01",
      }),
      user("tiktok", "-000SandboxPublicBob000000000002", "sandbox_public", "Bob Public", {
        isPrivate: false,
        unionId: "u-000SandboxBob02",
      }),
    ],
    pages: [
      {
        id: "200000000000001",
        name: "Alice's Bakery",
        category: "Bakery",
        ownerId: "100000000000001",
      },
      {
        id: "200000000000002",
        name: "Alice Runs",
        category: "Sports & Recreation",
        ownerId: "100000000000001",
      },
      {
        id: "200000000000003",
        name: "Bob's Garage",
        category: "Automotive Repair Shop",
        ownerId: "100000000000002",
      },
    ],
  };
}

export const usersOf = (directory: UserDirectory, network: ProviderId): SandboxUser[] =>
  directory.users.filter((candidate) => candidate.network === network);

/** Finds a user by id, username or (Instagram) app-scoped id. */
export const findUser = (
  directory: UserDirectory,
  network: ProviderId,
  key: string,
): SandboxUser | undefined =>
  usersOf(directory, network).find(
    (candidate) =>
      candidate.id === key || candidate.username === key || candidate.appScopedId === key,
  );

export const pagesOf = (directory: UserDirectory, ownerId: string): FacebookPage[] =>
  directory.pages.filter((page) => page.ownerId === ownerId);

/** Creates a user (and, on Facebook, one Page for them) from a chosen username. */
export function createUser(
  directory: UserDirectory,
  network: ProviderId,
  input: {
    username: string;
    name?: string;
    isPrivate?: boolean;
    accountType?: InstagramAccountType;
  },
): SandboxUser {
  const existing = findUser(directory, network, input.username);
  if (existing) return existing;
  const name = input.name ?? input.username;
  const id =
    network === "tiktok"
      ? `-000${input.username.replace(/[^A-Za-z0-9]/g, "")}${numericId(12)}`
      : numericId(network === "x" ? 19 : 17);
  const created = user(network, id, input.username, name, {
    ...(network === "instagram"
      ? { appScopedId: numericId(17), accountType: input.accountType ?? "BUSINESS" }
      : {}),
    ...(network === "tiktok"
      ? { isPrivate: input.isPrivate ?? true, unionId: `u-${numericId(12)}` }
      : {}),
  });
  directory.users.push(created);
  if (network === "facebook") {
    directory.pages.push({
      id: numericId(15),
      name: `${name}'s Page`,
      category: "Personal Blog",
      ownerId: id,
    });
  }
  return created;
}
