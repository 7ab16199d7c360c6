// The success banner's lookup: a link-back's account ids resolve to names for their owner only.
import { afterAll, describe, expect, test } from "vitest";
import { seedAccount } from "@/lib/admin/testing/admin-fixtures";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/tests/integration/factories";
import { parseConnectResult } from "./connect-result";
import { findLinkedAccounts } from "./find-linked-accounts";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

/** What the accounts page does with its query: parse, then look up for the signed-in user. */
async function bannerAccounts(userId: string, query: string) {
  const search = new URLSearchParams(query);
  const params = Object.fromEntries([...search.keys()].map((key) => [key, search.getAll(key)]));
  const result = parseConnectResult(params);
  if (!result || result.kind === "failed") return null;
  return findLinkedAccounts(userId, result.provider, result.accountIds);
}

describe("findLinkedAccounts", () => {
  test("names the owner's accounts, in the link-back's order", async () => {
    const owner = await createUser("Olive Owner");
    const first = await seedAccount(owner.id, "facebook");
    const second = await seedAccount(owner.id, "facebook");
    const found = await findLinkedAccounts(owner.id, "facebook", [second.id, first.id]);
    expect(found.map((account) => account.id)).toEqual([second.id, first.id]);
    expect(found[0]).toEqual({
      id: second.id,
      handle: second.handle,
      displayName: expect.stringMatching(/^IT facebook /),
    });
  });

  test("another user's ids read as nothing, alone or mixed with the user's own", async () => {
    const owner = await createUser("Olive Owner");
    const other = await createUser("Mallory Other");
    const own = await seedAccount(owner.id, "x");
    const foreign = await seedAccount(other.id, "x");

    expect(await findLinkedAccounts(owner.id, "x", [foreign.id])).toEqual([]);
    const mixed = await findLinkedAccounts(owner.id, "x", [foreign.id, own.id]);
    expect(mixed.map((account) => account.id)).toEqual([own.id]);
    // The other user still sees their own.
    const theirs = await findLinkedAccounts(other.id, "x", [foreign.id, own.id]);
    expect(theirs.map((account) => account.id)).toEqual([foreign.id]);
  });

  test("ids of another network, unknown ids and no ids read as nothing", async () => {
    const owner = await createUser("Olive Owner");
    const tiktok = await seedAccount(owner.id, "tiktok");
    expect(await findLinkedAccounts(owner.id, "x", [tiktok.id])).toEqual([]);
    expect(await findLinkedAccounts(owner.id, "x", ["cmzzzzzzzzzzzzzzzzzzzzzzz"])).toEqual([]);
    expect(await findLinkedAccounts(owner.id, "x", [])).toEqual([]);
  });

  test("from the page's query: a crafted link names only the signed-in user's accounts", async () => {
    const owner = await createUser("Olive Owner");
    const other = await createUser("Mallory Other");
    const own = await seedAccount(owner.id, "x");
    const foreign = await seedAccount(other.id, "x");

    const crafted = `linked=x&account=${foreign.id}&account=%3Cscript%3E&account=${own.id}`;
    expect(await bannerAccounts(owner.id, crafted)).toEqual([
      { id: own.id, handle: own.handle, displayName: expect.any(String) },
    ]);
    // Signed in as the other user, the same link names only theirs.
    expect((await bannerAccounts(other.id, crafted))?.map((account) => account.id)).toEqual([
      foreign.id,
    ]);
    expect(await bannerAccounts(owner.id, `linked=x&account=${foreign.id}`)).toEqual([]);
    expect(await bannerAccounts(owner.id, "linked=x&account=garbage")).toEqual([]);
  });
});
