/** Facebook conformance over HTTP: dialog with Page picker, code and long-lived exchange, Pages, publishing, refusals. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sandboxApps } from "@/lib/providers/sandbox-apps";
import { FIXTURES, type Harness, redirectUri, startHarness } from "./test/harness";

const app = sandboxApps.facebook;
const REDIRECT = redirectUri("facebook");
const SCOPES = "pages_show_list,pages_manage_posts,pages_read_engagement,publish_video";
const ALICE = "100000000000001";
const BAKERY = "200000000000001";
const RUNS = "200000000000002";
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.control("POST", "/_sandbox/reset"));

const graph = (route: string) => `${h.url}/graph.facebook.com${route}`;
const dialogUrl = (params: Record<string, string> = {}) =>
  `https://www.facebook.com/v24.0/dialog/oauth?${new URLSearchParams({ client_id: app.clientId, redirect_uri: REDIRECT, state: "fb-state", scope: SCOPES, ...params })}`;

type Graph = Record<string, unknown> & {
  error?: {
    code: number;
    error_subcode?: number;
    type: string;
    fbtrace_id: string;
    message: string;
  };
};
const get = async (route: string) => {
  const response = await fetch(graph(route));
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Graph,
  };
};
const post = async (
  route: string,
  body: URLSearchParams | FormData,
  host = "graph.facebook.com",
) => {
  const response = await fetch(`${h.url}/${host}${route}`, { method: "POST", body });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Graph,
  };
};

async function codeFor(pages?: string[]) {
  const { body } = await h.control<{ code: string; location: string }>(
    "POST",
    "/_sandbox/authorize",
    { url: dialogUrl(), user: "alice.sandbox", ...(pages ? { pages } : {}) },
  );
  expect(body.location.endsWith("#_=_")).toBe(true);
  return body.code;
}

async function connect(pages?: string[]) {
  const code = await codeFor(pages);
  const short = await get(
    `/v24.0/oauth/access_token?client_id=${app.clientId}&redirect_uri=${encodeURIComponent(REDIRECT)}&client_secret=${app.clientSecret}&code=${code}`,
  );
  expect(short.json).toMatchObject({ token_type: "bearer", expires_in: 3600 });
  const long = await get(
    `/v24.0/oauth/access_token?grant_type=fb_exchange_token&client_id=${app.clientId}&client_secret=${app.clientSecret}&fb_exchange_token=${short.json.access_token}`,
  );
  expect(long.json.expires_in).toBe(5183944);
  const accounts = await get(`/v24.0/me/accounts?access_token=${long.json.access_token}`);
  const data = accounts.json.data as {
    id: string;
    access_token: string;
    name: string;
    tasks: string[];
  }[];
  return { user: String(long.json.access_token), pages: data };
}

describe("Facebook happy path", () => {
  it("exchanges the code, lists both Pages with Page tokens, posts text, a photo and a video", async () => {
    const { user, pages } = await connect();
    expect(pages.map((page) => page.id)).toEqual([BAKERY, RUNS]);
    expect(pages[0]?.tasks).toContain("CREATE_CONTENT");
    const me = await get(`/v24.0/me?fields=id,name&access_token=${user}`);
    expect(me.json).toEqual({ id: ALICE, name: "Alice Sandbox" });
    expect(me.headers.get("x-app-usage")).toMatch(/"call_count":\d+/);
    expect(me.headers.get("facebook-api-version")).toBe("v24.0");

    const pageToken = pages[0]!.access_token;
    const feed = await post(
      `/v24.0/${BAKERY}/feed`,
      new URLSearchParams({ message: "Croissants are out of the oven", access_token: pageToken }),
    );
    expect(feed.status).toBe(200);
    expect(String(feed.json.id)).toMatch(new RegExp(`^${BAKERY}_\\d+$`));
    expect(
      JSON.parse(feed.headers.get("x-business-use-case-usage") ?? "{}")[BAKERY][0],
    ).toMatchObject({ type: "pages" });

    const photo = await post(
      `/v24.0/${BAKERY}/photos`,
      new URLSearchParams({
        url: `${h.media}/square-1080.jpg`,
        caption: "Sourdough",
        access_token: pageToken,
      }),
    );
    expect(photo.json).toMatchObject({
      id: expect.any(String),
      post_id: expect.stringMatching(new RegExp(`^${BAKERY}_`)),
    });

    const video = new FormData();
    video.append(
      "source",
      new Blob([readFileSync(path.join(FIXTURES, "reel-9x16-4s.mp4"))], { type: "video/mp4" }),
      "reel.mp4",
    );
    video.append("description", "Behind the counter");
    video.append("access_token", pageToken);
    const uploaded = await post(`/v24.0/${BAKERY}/videos`, video, "graph-video.facebook.com");
    expect(uploaded.status).toBe(200);

    const node = await get(
      `/v24.0/${feed.json.id}?fields=id,message,created_time,permalink_url&access_token=${pageToken}`,
    );
    expect(node.json.message).toBe("Croissants are out of the oven");
    const { body } = await h.control<{ postsCreated: { facebook: Record<string, number> } }>(
      "GET",
      "/_sandbox/counters",
    );
    expect(body.postsCreated.facebook[BAKERY]).toBe(3);
  });

  it("builds a multi-photo post from unpublished photos and schedules posts", async () => {
    const { pages } = await connect();
    const token = pages[1]!.access_token;
    const ids = [];
    for (const file of ["square-1080.jpg", "photo-4x3.png"]) {
      const photo = await post(
        `/v24.0/${RUNS}/photos`,
        new URLSearchParams({ url: `${h.media}/${file}`, published: "false", access_token: token }),
      );
      ids.push(String(photo.json.id));
    }
    const album = await post(
      `/v24.0/${RUNS}/feed`,
      new URLSearchParams({
        message: "Race day",
        attached_media: JSON.stringify(ids.map((id) => ({ media_fbid: id }))),
        access_token: token,
      }),
    );
    expect(album.status).toBe(200);
    const soon = Math.floor(Date.now() / 1000) + 60;
    const tooSoon = await post(
      `/v24.0/${RUNS}/feed`,
      new URLSearchParams({
        message: "later",
        published: "false",
        scheduled_publish_time: String(soon),
        access_token: token,
      }),
    );
    expect(tooSoon.json.error?.code).toBe(100);
    const scheduled = await post(
      `/v24.0/${RUNS}/feed`,
      new URLSearchParams({
        message: "later",
        published: "false",
        scheduled_publish_time: String(soon + 3600),
        access_token: token,
      }),
    );
    expect(scheduled.status).toBe(200);
  });

  it("grants only the Pages picked in the dialog", async () => {
    const { pages } = await connect([RUNS]);
    expect(pages.map((page) => page.id)).toEqual([RUNS]);
  });

  it("DELETE /me/permissions deauthorizes: every token then fails with 190/458", async () => {
    const { user, pages } = await connect();
    const response = await fetch(graph(`/v24.0/me/permissions?access_token=${user}`), {
      method: "DELETE",
    });
    expect(await response.json()).toEqual({ success: true });
    const after = await post(
      `/v24.0/${BAKERY}/feed`,
      new URLSearchParams({ message: "gone", access_token: pages[0]!.access_token }),
    );
    expect(after.json.error).toMatchObject({
      code: 190,
      error_subcode: 458,
      type: "OAuthException",
      fbtrace_id: expect.any(String),
    });
  });
});

describe("Facebook refusals", () => {
  it("refuses a wrong redirect_uri (36008), a reused code (36009), an expired code (36007) and a wrong secret", async () => {
    const code = await codeFor();
    const base = `/v24.0/oauth/access_token?client_id=${app.clientId}&client_secret=${app.clientSecret}`;
    const wrong = await get(
      `${base}&redirect_uri=${encodeURIComponent(`${REDIRECT}x`)}&code=${code}`,
    );
    expect(wrong.json.error).toMatchObject({ code: 100, error_subcode: 36008 });
    const reused = await get(`${base}&redirect_uri=${encodeURIComponent(REDIRECT)}&code=${code}`);
    expect(reused.json.error).toMatchObject({ code: 100, error_subcode: 36009 });
    const late = await codeFor();
    await h.control("POST", "/_sandbox/clock", { advanceSeconds: 601 });
    expect(
      (await get(`${base}&redirect_uri=${encodeURIComponent(REDIRECT)}&code=${late}`)).json.error
        ?.error_subcode,
    ).toBe(36007);
    const secret = await get(
      `/v24.0/oauth/access_token?client_id=${app.clientId}&client_secret=wrong&redirect_uri=${encodeURIComponent(REDIRECT)}&code=${await codeFor()}`,
    );
    expect(secret.json.error).toMatchObject({ code: 1, type: "OAuthException" });
  });

  it("shows the Invalid Scopes dialog and blocks unregistered redirect URIs", async () => {
    const cases: Record<string, string>[] = [
      { scope: "pages_manage_posts,made_up" },
      { redirect_uri: "https://evil.example/cb" },
    ];
    for (const params of cases) {
      const page = await fetch(
        dialogUrl(params).replace("https://www.facebook.com", `${h.url}/www.facebook.com`),
        { redirect: "manual" },
      );
      expect(page.status).toBe(400);
      expect(page.headers.get("location")).toBeNull();
    }
  });

  it("refuses posting with a user token, without pages_manage_posts, and duplicates", async () => {
    const { user, pages } = await connect();
    const withUser = await post(
      `/v24.0/${BAKERY}/feed`,
      new URLSearchParams({ message: "hi", access_token: user }),
    );
    expect(withUser.status).toBe(403);
    expect(withUser.json.error?.code).toBe(200);
    const token = pages[0]!.access_token;
    expect(
      (
        await post(
          `/v24.0/${BAKERY}/feed`,
          new URLSearchParams({ message: "twice", access_token: token }),
        )
      ).status,
    ).toBe(200);
    const dup = await post(
      `/v24.0/${BAKERY}/feed`,
      new URLSearchParams({ message: "twice", access_token: token }),
    );
    expect(dup.json.error?.code).toBe(506);
    const { body } = await h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: dialogUrl({ scope: "pages_show_list" }),
    });
    const limited = await get(
      `/v24.0/oauth/access_token?client_id=${app.clientId}&client_secret=${app.clientSecret}&redirect_uri=${encodeURIComponent(REDIRECT)}&code=${body.code}`,
    );
    const limitedPages = await get(`/v24.0/me/accounts?access_token=${limited.json.access_token}`);
    const limitedToken = (limitedPages.json.data as { access_token: string }[])[0]!.access_token;
    expect(
      (
        await post(
          `/v24.0/${BAKERY}/feed`,
          new URLSearchParams({ message: "x", access_token: limitedToken }),
        )
      ).json.error?.code,
    ).toBe(200);
  });

  it("expires short-lived user tokens and their Page tokens (190/463) but not Page tokens from long-lived ones", async () => {
    const code = await codeFor();
    const short = await get(
      `/v24.0/oauth/access_token?client_id=${app.clientId}&redirect_uri=${encodeURIComponent(REDIRECT)}&client_secret=${app.clientSecret}&code=${code}`,
    );
    const shortPages = (await get(`/v24.0/me/accounts?access_token=${short.json.access_token}`))
      .json.data as { access_token: string }[];
    const { pages } = await connect();
    await h.control("POST", "/_sandbox/clock", { advanceSeconds: 3601 });
    const expired = await post(
      `/v24.0/${BAKERY}/feed`,
      new URLSearchParams({ message: "late", access_token: shortPages[0]!.access_token }),
    );
    expect(expired.json.error).toMatchObject({ code: 190, error_subcode: 463 });
    expect(
      (
        await post(
          `/v24.0/${BAKERY}/feed`,
          new URLSearchParams({ message: "still fine", access_token: pages[0]!.access_token }),
        )
      ).status,
    ).toBe(200);
  });
});
