// GET /api/connect/:provider/callback — the network sends the browser back here after consent.
// Never renders the code: it answers with a redirect, no third-party content, no referrer.
import { type NextRequest, NextResponse } from "next/server";
import { callbackParamsAreSane } from "@/lib/accounts/callback-params";
import { completeConnect } from "@/lib/accounts/complete-connect";
import { connectCookieName, connectCookieOptions } from "@/lib/accounts/connect-cookie";
import { ConnectError } from "@/lib/accounts/connect-errors";
import { withConnectError, withLinked } from "@/lib/accounts/connect-result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { logger } from "@/lib/logger";
import { isProviderId, type ProviderId } from "@/lib/providers/provider-id";

export const dynamic = "force-dynamic";

function finish(provider: ProviderId, target: URL): NextResponse {
  const response = NextResponse.redirect(target, 303);
  response.cookies.set(connectCookieName(provider), "", connectCookieOptions(provider, 0));
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("Cache-Control", "no-store");
  return response;
}

const errorTarget = (request: NextRequest, provider: ProviderId, error: ConnectError): URL =>
  withConnectError(new URL("/accounts", request.url), provider, error);

export async function GET(
  request: NextRequest,
  context: { params: Promise<{ provider: string }> },
) {
  const { provider } = await context.params;
  if (!isProviderId(provider)) {
    return NextResponse.json({ error: "Unknown network." }, { status: 404 });
  }
  const user = await getCurrentUser();
  if (!user) {
    return NextResponse.redirect(new URL("/sign-in?callbackUrl=%2Faccounts", request.url), 303);
  }
  const params = request.nextUrl.searchParams;
  if (!callbackParamsAreSane(params)) {
    return finish(provider, errorTarget(request, provider, new ConnectError("bad_callback")));
  }
  try {
    const outcome = await completeConnect({
      provider,
      userId: user.id,
      binding: request.cookies.get(connectCookieName(provider))?.value,
      params,
    });
    if (outcome.kind === "choose") {
      return finish(provider, new URL(`/accounts/connect/${outcome.attemptId}`, request.url));
    }
    const target = new URL(outcome.returnPath, request.url);
    return finish(provider, withLinked(target, { provider, ...outcome }));
  } catch (error) {
    if (error instanceof ConnectError) {
      logger.info({ provider, code: error.code, userId: user.id }, "link attempt refused");
      return finish(provider, errorTarget(request, provider, error));
    }
    logger.error({ provider, err: (error as Error).message }, "link callback failed");
    return finish(provider, errorTarget(request, provider, new ConnectError("internal")));
  }
}
