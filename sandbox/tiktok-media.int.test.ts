/** TikTok media transfer over HTTP: chunk PUTs to the upload URL (Content-Range, 206/201/416) and upload checks. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./test/harness";
import { setupTikTokSuite } from "./test/tiktok-suite";

const s = setupTikTokSuite();
const { connect, api } = s;

describe("TikTok chunk upload", () => {
  it("rejects out-of-order chunks with 416 and fails a non-video upload", async () => {
    const { access_token } = await connect();
    const bytes = readFileSync(path.join(FIXTURES, "square-1080.jpg"));
    const init = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info: { title: "x", privacy_level: "SELF_ONLY" },
      source_info: {
        source: "FILE_UPLOAD",
        video_size: bytes.length,
        chunk_size: bytes.length,
        total_chunk_count: 1,
      },
    });
    const { upload_url, publish_id } = init.json.data as { upload_url: string; publish_id: string };
    const wrong = await fetch(upload_url, {
      method: "PUT",
      headers: {
        "content-type": "video/mp4",
        "content-range": `bytes 10-${bytes.length - 1}/${bytes.length}`,
      },
      body: bytes.subarray(10),
    });
    expect(wrong.status).toBe(416);
    await fetch(upload_url, {
      method: "PUT",
      headers: {
        "content-type": "video/mp4",
        "content-range": `bytes 0-${bytes.length - 1}/${bytes.length}`,
      },
      body: bytes,
    });
    const status = await api("POST", "/v2/post/publish/status/fetch/", access_token, {
      publish_id,
    });
    expect(status.json.data).toMatchObject({
      status: "FAILED",
      fail_reason: "file_format_check_failed",
    });
  });
});
