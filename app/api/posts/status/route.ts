// GET /api/posts/status?ids=a,b,c — the live delivery status of the signed-in user's posts, polled
// by /posts while something is publishing. Other users' ids are simply absent from the answer.
import type { NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { postStatuses } from "@/lib/posts/list-posts";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

const idsSchema = z
  .string()
  .max(100 * 65)
  .transform((value) => [...new Set(value.split(",").filter(Boolean))])
  .pipe(
    z
      .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "Malformed post id." }))
      .min(1, { message: "Give at least one post id." })
      .max(100, { message: "At most 100 post ids at a time." }),
  );

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user)
    return Response.json(
      { error: "Sign in to see your posts." },
      { status: 401, headers: NO_STORE },
    );
  const ids = idsSchema.safeParse(request.nextUrl.searchParams.get("ids") ?? "");
  if (!ids.success) {
    return Response.json(
      { error: ids.error.issues[0]?.message ?? "Invalid ids." },
      { status: 400, headers: NO_STORE },
    );
  }
  const posts = await postStatuses(user.id, ids.data);
  return Response.json(
    {
      posts: posts.map((post) => ({
        id: post.id,
        status: post.status,
        targets: post.targets.map((target) => ({
          id: target.id,
          status: target.status,
          errorCode: target.errorCode,
          remoteUrl: target.remoteUrl,
        })),
      })),
    },
    { headers: NO_STORE },
  );
}
