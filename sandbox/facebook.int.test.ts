/** Facebook conformance over HTTP: dialog with Page picker, code and long-lived exchange, Pages, publishing, refusals. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sandboxApps } from "@/lib/providers/sandbox-apps";
import { authorizeQueryOf, FIXTURES, redirectUri, setupHarness } from "./test/harness";

const app = sandboxApps.facebook;
const REDIRECT = redirectUri("facebook");
const SCOPES = "pages_show_list,pages_manage_posts,pages_read_engagement,publish_video";
const ALICE = "100000000000001";
const BAKERY = "200000000000001";
const RUNS = "200000000000002";
const env = setupHarness();

const graph = (route: string) => `${env.h.url}/graph.facebook.com${route}`;
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
  const response = await fetch(`${env.h.url}/${host}${route}`, { method: "POST", body });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Graph,
  };
};

async function codeFor(pages?: string[], declined?: string[]) {
  const { body } = await env.h.control<{ code: string; location: string }>(
    "POST",
    "/_sandbox/authorize",
    {
      url: dialogUrl(),
      user: "alice.sandbox",
      ...(pages ? { pages } : {}),
      ...(declined ? { declined } : {}),
    },
  );
  expect(body.location.endsWith("#_=_")).toBe(true);
  return body.code;
}

async function connect(pages?: string[], declined?: string[]) {
  const code = await codeFor(pages, declined);
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
        url: `${env.h.media}/square-1080.jpg`,
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
    const { body } = await env.h.control<{ postsCreated: { facebook: Record<string, number> } }>(
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
        new URLSearchParams({
          url: `${env.h.media}/${file}`,
          published: "false",
          access_token: token,
        }),
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
    await env.h.control("POST", "/_sandbox/clock", { advanceSeconds: 601 });
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
        dialogUrl(params).replace("https://www.facebook.com", `${env.h.url}/www.facebook.com`),
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
    const { body } = await env.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
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
    await env.h.control("POST", "/_sandbox/clock", { advanceSeconds: 3601 });
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

describe("Facebook partial grants and GET /me/permissions", () => {
  it("lists granted and declined permissions; a declined pages_manage_posts blocks posting", async () => {
    const { user, pages } = await connect(undefined, ["pages_manage_posts"]);
    const permissions = await get(`/v24.0/me/permissions?access_token=${user}`);
    expect(permissions.status).toBe(200);
    expect(permissions.json.data).toEqual([
      { permission: "public_profile", status: "granted" },
      { permission: "pages_show_list", status: "granted" },
      { permission: "pages_read_engagement", status: "granted" },
      { permission: "publish_video", status: "granted" },
      { permission: "pages_manage_posts", status: "declined" },
    ]);
    const declined = await get(`/v24.0/${ALICE}/permissions?status=declined&access_token=${user}`);
    expect(declined.json.data).toEqual([{ permission: "pages_manage_posts", status: "declined" }]);
    const one = await get(`/v24.0/me/permissions/publish_video?access_token=${user}`);
    expect(one.json.data).toEqual([{ permission: "publish_video", status: "granted" }]);
    const refused = await post(
      `/v24.0/${BAKERY}/feed`,
      new URLSearchParams({ message: "no permission", access_token: pages[0]!.access_token }),
    );
    expect(refused.status).toBe(403);
    expect(refused.json.error?.code).toBe(200);
    const withPageToken = await get(`/v24.0/me/permissions?access_token=${pages[0]!.access_token}`);
    expect(withPageToken.json.error?.code).toBe(100);
  });

  it("return_scopes=true puts granted_scopes and denied_scopes on the redirect; public_profile cannot be declined", async () => {
    const { body } = await env.h.control<{ location: string }>("POST", "/_sandbox/authorize", {
      url: dialogUrl({ return_scopes: "true" }),
      declined: ["publish_video"],
    });
    const location = new URL(body.location.replace("#_=_", ""));
    expect(location.searchParams.get("granted_scopes")).toBe(
      "pages_show_list,pages_manage_posts,pages_read_engagement",
    );
    expect(location.searchParams.get("denied_scopes")).toBe("publish_video");
    const refused = await env.h.control<{ error: string }>("POST", "/_sandbox/authorize", {
      url: dialogUrl({ scope: `public_profile,${SCOPES}` }),
      declined: ["public_profile"],
    });
    expect(refused.status).toBe(400);
  });

  it("the dialog's unticked permissions are declined", async () => {
    const page = await (
      await fetch(dialogUrl().replace("https://www.facebook.com", `${env.h.url}/www.facebook.com`))
    ).text();
    expect(page).toContain('name="grant" value="publish_video" checked');
    const authorizeQuery = authorizeQueryOf(page);
    const body = new URLSearchParams({
      authorize_query: authorizeQuery,
      decision: "allow",
      user: ALICE,
      scope_choice: "1",
    });
    for (const scope of ["pages_show_list", "pages_manage_posts", "pages_read_engagement"])
      body.append("grant", scope);
    const allow = await fetch(`${env.h.url}/www.facebook.com/v24.0/dialog/oauth`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    const code = new URL(allow.headers.get("location") ?? "").searchParams.get("code");
    const short = await get(
      `/v24.0/oauth/access_token?client_id=${app.clientId}&redirect_uri=${encodeURIComponent(REDIRECT)}&client_secret=${app.clientSecret}&code=${code}`,
    );
    const permissions = await get(
      `/v24.0/me/permissions?status=declined&access_token=${short.json.access_token}`,
    );
    expect(permissions.json.data).toEqual([{ permission: "publish_video", status: "declined" }]);
  });

  it("DELETE /me/permissions/{permission} turns it declined and posting then fails", async () => {
    const { user, pages } = await connect();
    const removed = await fetch(
      graph(`/v24.0/me/permissions/pages_manage_posts?access_token=${user}`),
      {
        method: "DELETE",
      },
    );
    expect(await removed.json()).toEqual({ success: true });
    const permissions = await get(`/v24.0/me/permissions?status=declined&access_token=${user}`);
    expect(permissions.json.data).toEqual([
      { permission: "pages_manage_posts", status: "declined" },
    ]);
    const refused = await post(
      `/v24.0/${BAKERY}/feed`,
      new URLSearchParams({ message: "x", access_token: pages[0]!.access_token }),
    );
    expect(refused.json.error?.code).toBe(200);
  });
});

describe("Facebook reading back posts (feed, published_posts)", () => {
  it("lists published posts newest first with the requested fields and cursor paging", async () => {
    const { user, pages } = await connect();
    const token = pages[0]!.access_token;
    for (const message of ["first", "second", "third"]) {
      await post(`/v24.0/${BAKERY}/feed`, new URLSearchParams({ message, access_token: token }));
      await env.h.control("POST", "/_sandbox/clock", { advanceSeconds: 60 });
    }
    await post(
      `/v24.0/${BAKERY}/feed`,
      new URLSearchParams({
        message: "later",
        published: "false",
        scheduled_publish_time: String(Math.floor(Date.now() / 1000) + 3600),
        access_token: token,
      }),
    );
    await post(
      `/v24.0/${BAKERY}/photos`,
      new URLSearchParams({
        url: `${env.h.media}/square-1080.jpg`,
        published: "false",
        access_token: token,
      }),
    );
    const feed = await get(
      `/v24.0/${BAKERY}/feed?fields=message,created_time,id,permalink_url&limit=2&access_token=${token}`,
    );
    expect(feed.status).toBe(200);
    const data = feed.json.data as Record<string, string>[];
    expect(data.map((item) => item.message)).toEqual(["third", "second"]);
    expect(data[0]).toMatchObject({
      id: expect.stringMatching(new RegExp(`^${BAKERY}_`)),
      created_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/),
      permalink_url: expect.stringContaining("https://www.facebook.com/"),
    });
    const paging = feed.json.paging as { next: string; cursors: { after: string } };
    expect(paging.next).toContain("after=");
    const rest = await (await fetch(paging.next)).json();
    expect(rest.data.map((item: { message: string }) => item.message)).toEqual(["first"]);
    expect(rest.paging.next).toBeUndefined();
    expect(feed.headers.get("x-business-use-case-usage")).toContain(BAKERY);

    const published = await get(`/v24.0/${BAKERY}/published_posts?access_token=${token}`);
    expect((published.json.data as { message: string }[]).map((item) => item.message)).toEqual([
      "third",
      "second",
      "first",
    ]);
    await env.h.control("POST", "/_sandbox/clock", { advanceSeconds: 3600 });
    const afterSchedule = await get(
      `/v24.0/me/published_posts?fields=message&limit=1&access_token=${token}`,
    );
    expect(afterSchedule.json.data).toEqual([{ id: expect.any(String), message: "later" }]);

    const withUserToken = await get(`/v24.0/${BAKERY}/feed?access_token=${user}`);
    expect(withUserToken.json.error?.code).toBe(210);
    const otherPage = await get(`/v24.0/${RUNS}/feed?access_token=${token}`);
    expect(otherPage.json.error).toMatchObject({ code: 100, error_subcode: 33 });
    const badField = await get(`/v24.0/${BAKERY}/feed?fields=colour&access_token=${token}`);
    expect(badField.json.error?.code).toBe(100);
  });

  it("needs pages_read_engagement and honours faults like any endpoint", async () => {
    const { pages } = await connect(undefined, ["pages_read_engagement"]);
    const refused = await get(`/v24.0/${BAKERY}/feed?access_token=${pages[0]!.access_token}`);
    expect(refused.status).toBe(403);
    expect(refused.json.error?.code).toBe(10);
    const full = await connect();
    await env.h.control("POST", "/_sandbox/faults", {
      network: "facebook",
      kind: "rate_limit",
      endpoint: "list",
    });
    const limited = await get(
      `/v24.0/${BAKERY}/published_posts?access_token=${full.pages[0]!.access_token}`,
    );
    expect(limited.json.error?.code).toBe(80001);
  });
});

describe("Facebook create-call faults", () => {
  it("drop_after_create on feed, photos and videos: each post exists and the feed shows it", async () => {
    const { pages } = await connect();
    const token = pages[0]!.access_token;
    await env.h.control("POST", "/_sandbox/faults", {
      network: "facebook",
      kind: "drop_after_create",
      count: 3,
    });
    const send = (route: string, body: URLSearchParams | FormData, host = "graph.facebook.com") =>
      fetch(`${env.h.url}/${host}${route}`, { method: "POST", body });
    await expect(
      send(`/v24.0/${BAKERY}/feed`, new URLSearchParams({ message: "text", access_token: token })),
    ).rejects.toThrow();
    await expect(
      send(
        `/v24.0/${BAKERY}/photos`,
        new URLSearchParams({
          url: `${env.h.media}/square-1080.jpg`,
          caption: "photo",
          access_token: token,
        }),
      ),
    ).rejects.toThrow();
    const bytes = readFileSync(path.join(FIXTURES, "reel-9x16-4s.mp4"));
    const start = await post(
      `/v24.0/${BAKERY}/videos`,
      new URLSearchParams({
        upload_phase: "start",
        file_size: String(bytes.length),
        access_token: token,
      }),
      "graph-video.facebook.com",
    );
    expect(start.status).toBe(200);
    const chunk = new FormData();
    chunk.append("upload_phase", "transfer");
    chunk.append("upload_session_id", String(start.json.upload_session_id));
    chunk.append("start_offset", "0");
    chunk.append("video_file_chunk", new Blob([bytes]), "chunk");
    chunk.append("access_token", token);
    expect((await post(`/v24.0/${BAKERY}/videos`, chunk, "graph-video.facebook.com")).status).toBe(
      200,
    );
    await expect(
      send(
        `/v24.0/${BAKERY}/videos`,
        new URLSearchParams({
          upload_phase: "finish",
          upload_session_id: String(start.json.upload_session_id),
          description: "video",
          access_token: token,
        }),
        "graph-video.facebook.com",
      ),
    ).rejects.toThrow();
    const feed = await get(`/v24.0/${BAKERY}/feed?fields=message&access_token=${token}`);
    expect((feed.json.data as { message: string }[]).map((item) => item.message).sort()).toEqual([
      "photo",
      "text",
      "video",
    ]);
    const { body } = await env.h.control<{ faultsFired: { facebook: Record<string, number> } }>(
      "GET",
      "/_sandbox/counters",
    );
    expect(body.faultsFired.facebook).toEqual({ drop_after_create: 3 });
  });
});
