/** Instagram (Instagram Login) conformance over HTTP: tokens, containers, publishing, refusals. */
import { describe, expect, it } from "vitest";
import { sandboxApps } from "@/lib/providers/sandbox-apps";
import { form, redirectUri, setupHarness } from "./test/harness";

const app = sandboxApps.instagram;
const REDIRECT = redirectUri("instagram");
const SCOPES = "instagram_business_basic,instagram_business_content_publish";
const env = setupHarness();

const graph = (route: string) => `${env.h.url}/graph.instagram.com${route}`;
const authorizeUrl = (params: Record<string, string> = {}) =>
  `https://www.instagram.com/oauth/authorize?${new URLSearchParams({ client_id: app.clientId, redirect_uri: REDIRECT, response_type: "code", scope: SCOPES, state: "ig-state", ...params })}`;

const exchangeCode = (code: string, values: Record<string, string> = {}) =>
  fetch(`${env.h.url}/api.instagram.com/oauth/access_token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form({
      client_id: app.clientId,
      client_secret: app.clientSecret,
      grant_type: "authorization_code",
      redirect_uri: REDIRECT,
      code,
      ...values,
    }),
  });

async function connect(user = "sandbox_alice.ig") {
  const { body } = await env.h.control<{ code: string; location: string }>(
    "POST",
    "/_sandbox/authorize",
    { url: authorizeUrl(), user },
  );
  expect(body.location.endsWith("#_")).toBe(true);
  const response = await exchangeCode(body.code);
  expect(response.status).toBe(200);
  const json = (await response.json()) as {
    data: { access_token: string; user_id: string; permissions: string }[];
  };
  return json.data[0]!;
}

const post = async (route: string, values: Record<string, string>) => {
  const response = await fetch(graph(route), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form(values),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown> & {
      error?: { code: number; error_subcode?: number; message: string };
    },
  };
};
const get = async (route: string) => {
  const response = await fetch(graph(route));
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown> & {
      error?: { code: number; error_subcode?: number };
    },
  };
};

describe("Instagram happy path", () => {
  it("exchanges, extends to 60 days, reads /me, creates a container and publishes", async () => {
    const short = await connect();
    expect(short.permissions).toBe(SCOPES);
    const long = await get(
      `/access_token?grant_type=ig_exchange_token&client_secret=${app.clientSecret}&access_token=${short.access_token}`,
    );
    expect(long.json).toMatchObject({ token_type: "bearer", expires_in: 5183944 });
    const token = String(long.json.access_token);

    const me = await get(
      `/v24.0/me?fields=user_id,username,account_type,profile_picture_url&access_token=${token}`,
    );
    expect(me.json).toMatchObject({
      id: short.user_id,
      user_id: "17841400000000001",
      username: "sandbox_alice.ig",
      account_type: "BUSINESS",
    });

    const container = await post("/v24.0/17841400000000001/media", {
      image_url: `${env.h.media}/square-1080.jpg`,
      caption: "Fresh bread #bakery",
      access_token: token,
    });
    expect(container.status).toBe(200);
    expect(container.headers.get("x-app-usage")).toMatch(/call_count/);
    const status = await get(
      `/v24.0/${container.json.id}?fields=status_code,status&access_token=${token}`,
    );
    expect(status.json.status_code).toBe("FINISHED");
    const published = await post("/v24.0/17841400000000001/media_publish", {
      creation_id: String(container.json.id),
      access_token: token,
    });
    expect(published.status).toBe(200);
    expect(published.json.id).toEqual(expect.any(String));
    const limit = await get(
      `/v24.0/me/content_publishing_limit?fields=quota_usage,config&access_token=${token}`,
    );
    expect(limit.json).toEqual({
      data: [{ quota_usage: 1, config: { quota_total: 50, quota_duration: 86400 } }],
    });
    const inbox = await (await fetch(`${env.h.url}/_sandbox/inbox/instagram`)).text();
    expect(inbox).toContain("Fresh bread #bakery");
  });

  it("processes a reel: IN_PROGRESS, not publishable, then FINISHED", async () => {
    const { access_token } = await connect();
    const reel = await post("/17841400000000001/media", {
      media_type: "REELS",
      video_url: `${env.h.media}/reel-9x16-4s.mp4`,
      caption: "reel",
      access_token,
    });
    const id = String(reel.json.id);
    expect(
      (await get(`/${id}?fields=status_code&access_token=${access_token}`)).json.status_code,
    ).toBe("IN_PROGRESS");
    const early = await post("/17841400000000001/media_publish", { creation_id: id, access_token });
    expect(early.json.error).toMatchObject({ code: 9007, error_subcode: 2207027 });
    let code = "";
    for (let attempt = 0; attempt < 50 && code !== "FINISHED"; attempt += 1) {
      await env.h.control("POST", "/_sandbox/clock", { advanceSeconds: 5 });
      code = String(
        (await get(`/${id}?fields=status_code&access_token=${access_token}`)).json.status_code,
      );
      if (code !== "FINISHED") await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(code).toBe("FINISHED");
    expect(
      (await post("/17841400000000001/media_publish", { creation_id: id, access_token })).status,
    ).toBe(200);
  });

  it("builds a carousel from item containers", async () => {
    const { access_token } = await connect();
    const children = [];
    for (const file of ["square-1080.jpg", "portrait-4x5.jpg"]) {
      const child = await post("/me/media", {
        image_url: `${env.h.media}/${file}`,
        is_carousel_item: "true",
        access_token,
      });
      children.push(String(child.json.id));
    }
    const carousel = await post("/me/media", {
      media_type: "CAROUSEL",
      children: children.join(","),
      caption: "two",
      access_token,
    });
    expect(carousel.status).toBe(200);
    expect(
      (await post("/me/media_publish", { creation_id: String(carousel.json.id), access_token }))
        .status,
    ).toBe(200);
    const { body } = await env.h.control<{ posts: { media: string[] }[] }>(
      "GET",
      "/_sandbox/posts?network=instagram",
    );
    expect(body.posts[0]?.media).toHaveLength(2);
  });

  it("accepts the flat token response shape when configured", async () => {
    await env.h.control("PUT", "/_sandbox/config", { instagram: { tokenResponseShape: "flat" } });
    const { body } = await env.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl(),
    });
    expect(await (await exchangeCode(body.code)).json()).toMatchObject({
      access_token: expect.any(String),
      user_id: "27000000000000001",
    });
  });

  it("refreshes a long-lived token only once it is 24 h old", async () => {
    const short = await connect();
    const long = String(
      (
        await get(
          `/access_token?grant_type=ig_exchange_token&client_secret=${app.clientSecret}&access_token=${short.access_token}`,
        )
      ).json.access_token,
    );
    const young = await get(
      `/refresh_access_token?grant_type=ig_refresh_token&access_token=${long}`,
    );
    expect(young.status).toBe(400);
    await env.h.control("POST", "/_sandbox/clock", { advanceSeconds: 86_401 });
    const refreshed = await get(
      `/refresh_access_token?grant_type=ig_refresh_token&access_token=${long}`,
    );
    expect(refreshed.json).toMatchObject({ token_type: "bearer", expires_in: 5183944 });
    expect(refreshed.json.access_token).not.toBe(long);
    const shortRefresh = await get(
      `/refresh_access_token?grant_type=ig_refresh_token&access_token=${short.access_token}`,
    );
    expect(shortRefresh.json.error?.code).toBe(190);
    await env.h.control("POST", "/_sandbox/clock", { advanceSeconds: 5_183_945 });
    const expired = await get(
      `/refresh_access_token?grant_type=ig_refresh_token&access_token=${refreshed.json.access_token}`,
    );
    expect(expired.json.error).toMatchObject({ code: 190, error_subcode: 463 });
  });
});

describe("Instagram refusals", () => {
  it("rejects non-JPEG images (by served type and by bytes) with the documented error", async () => {
    const { access_token } = await connect();
    const png = await post("/me/media", {
      image_url: `${env.h.media}/photo-4x3.png`,
      access_token,
    });
    expect(png.status).toBe(400);
    expect(png.json.error).toMatchObject({ code: 36001, error_subcode: 2207005 });
    const lying = await post("/me/media", {
      image_url: `${env.h.media}/as/image/jpeg/not-an-image.jpg`,
      access_token,
    });
    expect(lying.json.error?.code).toBe(36001);
    const missing = await post("/me/media", { image_url: `${env.h.media}/nope.jpg`, access_token });
    expect(missing.json.error).toMatchObject({ code: 9004, error_subcode: 2207052 });
  });

  it("rejects an aspect ratio outside 4:5..1.91:1 and marks a truncated JPEG as ERROR", async () => {
    const { access_token } = await connect();
    const wide = await post("/me/media", {
      image_url: `${env.h.media}/too-wide-3x1.jpg`,
      access_token,
    });
    expect(wide.json.error).toMatchObject({ code: 36003, error_subcode: 2207009 });
    const truncated = await post("/me/media", {
      image_url: `${env.h.media}/truncated.jpg`,
      access_token,
    });
    expect(truncated.status).toBe(200);
    expect(
      (await get(`/${truncated.json.id}?fields=status_code,status&access_token=${access_token}`))
        .json.status_code,
    ).toBe("ERROR");
  });

  it("refuses a wrong redirect_uri, a reused code, an expired code and a wrong secret", async () => {
    const first = await env.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl(),
    });
    const wrongRedirect = await exchangeCode(first.body.code, {
      redirect_uri: `${REDIRECT}/other`,
    });
    expect(await wrongRedirect.json()).toMatchObject({ error_type: "OAuthException", code: 400 });
    const reused = await exchangeCode(first.body.code);
    expect(await reused.json()).toMatchObject({
      error_message: "Matching code was not found or was already used",
    });
    const second = await env.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl(),
    });
    expect((await exchangeCode(second.body.code, { client_secret: "wrong" })).status).toBe(400);
    const third = await env.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl(),
    });
    await env.h.control("POST", "/_sandbox/clock", { advanceSeconds: 3601 });
    expect(await (await exchangeCode(third.body.code)).json()).toMatchObject({
      error_message: "This authorization code has expired",
    });
    const page = await fetch(
      authorizeUrl({ redirect_uri: "https://evil.example/cb" }).replace(
        "https://www.instagram.com",
        `${env.h.url}/www.instagram.com`,
      ),
      { redirect: "manual" },
    );
    expect(page.status).toBe(400);
  });

  it("refuses publishing without the publish scope, for personal accounts, and over-long captions", async () => {
    const { body } = await env.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl({ scope: "instagram_business_basic" }),
    });
    const basicOnly = (await (await exchangeCode(body.code)).json()) as {
      data: { access_token: string }[];
    };
    const noScope = await post("/me/media", {
      image_url: `${env.h.media}/square-1080.jpg`,
      access_token: basicOnly.data[0]!.access_token,
    });
    expect(noScope.status).toBe(403);
    expect(noScope.json.error?.code).toBe(10);
    const personal = await env.h.control<{ error: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl(),
      user: "sandbox_personal.ig",
    });
    expect(personal.status).toBe(400);
    const { access_token } = await connect();
    const long = await post("/me/media", {
      image_url: `${env.h.media}/square-1080.jpg`,
      caption: "c".repeat(2201),
      access_token,
    });
    expect(long.json.error?.code).toBe(100);
  });

  it("enforces the configurable 24 h publishing quota", async () => {
    await env.h.control("PUT", "/_sandbox/config", { instagram: { publishingQuota: 1 } });
    const { access_token } = await connect();
    for (const expected of [200, 400]) {
      const container = await post("/me/media", {
        image_url: `${env.h.media}/square-1080.jpg`,
        access_token,
      });
      const published = await post("/me/media_publish", {
        creation_id: String(container.json.id),
        access_token,
      });
      expect(published.status).toBe(expected);
    }
  });
});

describe("Instagram partial grants", () => {
  it("a declined content_publish permission is missing from the token's permissions and publishing answers code 10", async () => {
    const { body } = await env.h.control<{ code: string; declined: string[] }>(
      "POST",
      "/_sandbox/authorize",
      {
        url: authorizeUrl(),
        user: "sandbox_alice.ig",
        declined: ["instagram_business_content_publish"],
      },
    );
    expect(body.declined).toEqual(["instagram_business_content_publish"]);
    const tokens = (await (await exchangeCode(body.code)).json()) as {
      data: { access_token: string; permissions: string }[];
    };
    expect(tokens.data[0]?.permissions).toBe("instagram_business_basic");
    const refused = await post("/me/media", {
      image_url: `${env.h.media}/square-1080.jpg`,
      access_token: tokens.data[0]!.access_token,
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error?.code).toBe(10);
    const basicRequired = await env.h.control("POST", "/_sandbox/authorize", {
      url: authorizeUrl(),
      declined: ["instagram_business_basic"],
    });
    expect(basicRequired.status).toBe(400);
  });
});

/** Creates an image container and publishes it; returns the IG media id. */
async function publishImage(accessToken: string, caption: string): Promise<string> {
  const container = await post("/me/media", {
    image_url: `${env.h.media}/square-1080.jpg`,
    caption,
    access_token: accessToken,
  });
  const published = await post("/me/media_publish", {
    creation_id: String(container.json.id),
    access_token: accessToken,
  });
  expect(published.status).toBe(200);
  return String(published.json.id);
}

describe("Instagram reading back media", () => {
  it("GET /{ig-user-id}/media lists published media newest first with fields and cursor paging", async () => {
    const { access_token } = await connect();
    const ids: string[] = [];
    for (const caption of ["one", "two", "three"]) {
      ids.push(await publishImage(access_token, caption));
      await env.h.control("POST", "/_sandbox/clock", { advanceSeconds: 60 });
    }
    const listed = await get(
      `/v24.0/17841400000000001/media?fields=id,caption,timestamp,permalink,media_type&limit=2&access_token=${access_token}`,
    );
    expect(listed.status).toBe(200);
    expect(listed.json.data).toEqual([
      {
        id: ids[2],
        caption: "three",
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/),
        permalink: `https://www.instagram.com/p/${ids[2]}/`,
        media_type: "IMAGE",
      },
      expect.objectContaining({ id: ids[1], caption: "two" }),
    ]);
    const next = (listed.json.paging as { next: string }).next;
    const rest = (await (await fetch(next)).json()) as { data: { id: string }[] };
    expect(rest.data.map((item) => item.id)).toEqual([ids[0]]);
    const defaults = await get(`/me/media?access_token=${access_token}`);
    expect(defaults.json.data).toEqual(ids.toReversed().map((id) => ({ id })));
    const node = await get(
      `/v24.0/${ids[0]}?fields=permalink,caption,media_product_type,timestamp&access_token=${access_token}`,
    );
    expect(node.json).toMatchObject({
      id: ids[0],
      permalink: `https://www.instagram.com/p/${ids[0]}/`,
      media_product_type: "FEED",
    });
    const badField = await get(`/me/media?fields=colour&access_token=${access_token}`);
    expect(badField.json.error?.code).toBe(100);
    const otherUser = await get(`/17841400000000002/media?access_token=${access_token}`);
    expect(otherUser.json.error).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it("drop_after_create on media_publish: no answer, the media exists; container calls leave the fault armed", async () => {
    const { access_token } = await connect();
    await env.h.control("POST", "/_sandbox/faults", {
      network: "instagram",
      kind: "drop_after_create",
    });
    const container = await post("/me/media", {
      image_url: `${env.h.media}/square-1080.jpg`,
      caption: "lost answer",
      access_token,
    });
    expect(container.status).toBe(200);
    await expect(
      fetch(graph("/me/media_publish"), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: form({ creation_id: String(container.json.id), access_token }),
      }),
    ).rejects.toThrow();
    const listed = await get(`/me/media?fields=caption&access_token=${access_token}`);
    expect(listed.json.data).toEqual([{ id: expect.any(String), caption: "lost answer" }]);
    const status = await get(
      `/${container.json.id}?fields=status_code&access_token=${access_token}`,
    );
    expect(status.json.status_code).toBe("PUBLISHED");
  });

  it("the media listing needs instagram_business_basic's token and honours rate-limit faults", async () => {
    const { access_token } = await connect();
    await env.h.control("POST", "/_sandbox/faults", {
      network: "instagram",
      kind: "rate_limit",
      endpoint: "media_list",
    });
    const limited = await get(`/me/media?access_token=${access_token}`);
    expect(limited.json.error?.code).toBe(80002);
    expect((await get("/me/media?access_token=nope")).json.error?.code).toBe(190);
  });
});
