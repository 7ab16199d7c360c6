/**
 * A Graph API read with a user or Page token, shared by the two Meta networks. The token goes in
 * the Authorization header rather than the documented `access_token` query parameter (quality.md
 * OA-14: no tokens in URLs), with appsecret_proof (providers.md §2.2 hardening) so a leaked token
 * is useless without the app secret.
 */
import { createHmac } from "node:crypto";
import type { z } from "zod";
import type { ProviderRuntime } from "../config";
import { type ErrorClassifier, requestJson } from "../http";
import type { ProviderId } from "../provider-id";

export const appSecretProof = (appSecret: string, accessToken: string): string =>
  createHmac("sha256", appSecret).update(accessToken).digest("hex");

export function graphGet<T>(
  runtime: ProviderRuntime,
  request: {
    provider: ProviderId;
    network: string;
    url: string;
    accessToken: string;
    query?: Record<string, string | undefined>;
    schema: z.ZodType<T>;
    classify: ErrorClassifier;
  },
): Promise<T> {
  return requestJson(runtime, {
    provider: request.provider,
    network: request.network,
    method: "GET",
    url: request.url,
    query: {
      ...request.query,
      appsecret_proof: appSecretProof(runtime.clientSecret, request.accessToken),
    },
    bearer: request.accessToken,
    kind: "read",
    schema: request.schema,
    classify: request.classify,
  });
}

/**
 * A Graph API POST (publishing): parameters as a form, or multipart when a file is attached;
 * token in the Authorization header, appsecret_proof in the query. `kind` says whether a lost
 * answer may have published something ("write") or only prepared it ("prepare").
 */
export function graphPost<T>(
  runtime: ProviderRuntime,
  request: {
    provider: ProviderId;
    network: string;
    url: string;
    accessToken: string;
    kind: "prepare" | "write";
    form?: Record<string, string | undefined>;
    multipart?: FormData;
    schema: z.ZodType<T>;
    classify: ErrorClassifier;
  },
): Promise<T> {
  return requestJson(runtime, {
    provider: request.provider,
    network: request.network,
    method: "POST",
    url: request.url,
    query: { appsecret_proof: appSecretProof(runtime.clientSecret, request.accessToken) },
    ...(request.multipart ? { multipart: request.multipart } : { form: request.form ?? {} }),
    bearer: request.accessToken,
    kind: request.kind,
    schema: request.schema,
    classify: request.classify,
  });
}
