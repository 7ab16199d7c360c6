import { expect, test } from "vitest";
import { MediaRejectedError } from "./media-rejected-error";
import { UploadRequestError } from "./read-upload-request";
import { uploadErrorResponse } from "./upload-error-response";

test("maps refusals to 4xx JSON and leaves unexpected errors alone", async () => {
  const tooLarge = uploadErrorResponse(new MediaRejectedError("too_large", "Up to 20 MB."));
  expect(tooLarge?.status).toBe(413);
  expect(await tooLarge?.json()).toEqual({
    error: "This file is too large. Up to 20 MB.",
    reason: "too_large",
  });
  expect(uploadErrorResponse(new MediaRejectedError("corrupt_image"))?.status).toBe(422);
  expect(uploadErrorResponse(new UploadRequestError(415, "multipart please"))?.status).toBe(415);
  expect(uploadErrorResponse(new Error("bug"))).toBeNull();
});
