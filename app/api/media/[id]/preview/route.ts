// GET /api/media/:id/preview — the composer's thumbnail, for the signed-in owner only.
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { mediaIdSchema } from "@/lib/media/media-request-schemas";
import { previewResponse } from "@/lib/media/preview-response";
import { plainTextResponse } from "@/lib/media/stored-file-response";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return plainTextResponse(401, "Sign in to see this media.");
  const id = mediaIdSchema.safeParse((await context.params).id);
  // A malformed id can't be anyone's media: the same 404 as another user's id.
  if (!id.success) return plainTextResponse(404, "No such media.");
  return previewResponse(user.id, id.data, request.headers.get("range"));
}
