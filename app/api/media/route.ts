// POST /api/media — uploads one image or video (multipart/form-data, field "file") for the composer.
import { getCurrentUser } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";
import { readUploadRequest } from "@/lib/media/read-upload-request";
import { saveUpload } from "@/lib/media/save-upload";
import { uploadErrorResponse } from "@/lib/media/upload-error-response";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) {
    return Response.json({ error: "Sign in to upload media." }, { status: 401 });
  }
  try {
    const upload = await readUploadRequest(request, getEnv().APP_URL);
    const media = await saveUpload({ userId: user.id, ...upload });
    return Response.json(media, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const refusal = uploadErrorResponse(error);
    if (refusal) return refusal;
    throw error;
  }
}
