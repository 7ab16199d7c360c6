// GET/HEAD /api/media/:id/file?variant&expires&sig — the file behind a signed link. No session:
// networks (Instagram, TikTok, Facebook) fetch it from their servers; the signature authorizes.
import type { NextRequest } from "next/server";
import { mediaIdSchema, signedFileQuerySchema } from "@/lib/media/media-request-schemas";
import { resolveSignedFile } from "@/lib/media/resolve-signed-file";
import { getMediaStorage } from "@/lib/media/storage";
import { plainTextResponse, storedFileResponse } from "@/lib/media/stored-file-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

async function serve(request: NextRequest, context: Context, head: boolean): Promise<Response> {
  const id = mediaIdSchema.safeParse((await context.params).id);
  const query = signedFileQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!id.success || !query.success) {
    return plainTextResponse(403, "This media link is invalid or has expired.");
  }
  const target = await resolveSignedFile(id.data, query.data);
  if (!target.ok) return plainTextResponse(target.status, target.message);
  return storedFileResponse({
    storage: getMediaStorage(),
    storageKey: target.storageKey,
    mime: target.mime,
    fileName: target.fileName,
    cacheControl: `private, max-age=${target.maxAgeSeconds}`,
    rangeHeader: request.headers.get("range"),
    head,
  });
}

export function GET(request: NextRequest, context: Context) {
  return serve(request, context, false);
}

export function HEAD(request: NextRequest, context: Context) {
  return serve(request, context, true);
}
