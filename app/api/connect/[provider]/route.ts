// GET /api/connect/:provider — starts linking a network account (redirects to its consent page).
import { type NextRequest, NextResponse } from "next/server";
import { connectCookieName, connectCookieOptions } from "@/lib/accounts/connect-cookie";
import { ConnectError } from "@/lib/accounts/connect-errors";
import { withConnectError } from "@/lib/accounts/connect-result";
import { CONNECT_ATTEMPT_TTL_MS, startConnect } from "@/lib/accounts/start-connect";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { ProviderNotConfiguredError } from "@/lib/providers/config";
import { isProviderId } from "@/lib/providers/provider-id";

export const dynamic = "force-dynamic";

export async function GET(
  request: NextRequest,
  context: { params: Promise<{ provider: string }> },
) {
  const { provider } = await context.params;
  if (!isProviderId(provider)) {
    return NextResponse.json(
      { error: `Unknown network "${provider.slice(0, 40)}".` },
      { status: 404 },
    );
  }
  const user = await getCurrentUser();
  if (!user) {
    return NextResponse.redirect(new URL("/sign-in?callbackUrl=%2Faccounts", request.url), 303);
  }
  const returnPath = safeReturnPath(request.nextUrl.searchParams.get("returnTo"), "/accounts");
  try {
    const started = await startConnect({ userId: user.id, provider, returnPath });
    const response = NextResponse.redirect(started.authorizationUrl, 303);
    response.cookies.set(
      connectCookieName(provider),
      started.binding,
      connectCookieOptions(provider, CONNECT_ATTEMPT_TTL_MS / 1000),
    );
    response.headers.set("Cache-Control", "no-store");
    return response;
  } catch (error) {
    if (error instanceof ProviderNotConfiguredError) {
      const target = new URL("/accounts", request.url);
      return NextResponse.redirect(
        withConnectError(target, provider, new ConnectError("not_configured")),
        303,
      );
    }
    throw error;
  }
}
