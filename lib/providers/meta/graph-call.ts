/**
 * A Graph API read with a user or Page token, shared by the two Meta networks. The token goes in
 * the Authorization header rather than the documented `access_token` query parameter (quality.md
 * OA-14: no tokens in URLs), with appsecret_proof (providers.md §2.2 hardening) so a leaked token
 * is useless without the app secret.
 */
import { createHmac } from "node:crypto";
import { z } from "zod";
import type { ProviderRuntime } from "../config";
import { type ErrorClassifier, type HttpRequest, requestJson } from "../http";
import type { ProviderId } from "../provider-id";

/** A Graph object id: a non-empty string, or a JSON number on some edges; always read as a string. */
export const graphId = z.union([z.string().min(1), z.number().int()]).transform(String);

/** The answer of a Graph POST that creates something: its id. */
export const graphCreated = z.object({ id: graphId });

export const appSecretProof = (appSecret: string, accessToken: string): string =>
  createHmac("sha256", appSecret).update(accessToken).digest("hex");

type GraphRequest<T> = {
  provider: ProviderId;
  network: string;
  url: string;
  accessToken: string;
  schema: z.ZodType<T>;
  classify: ErrorClassifier;
};

/** Every Graph call: the token in the Authorization header, appsecret_proof last in the query. */
function graphCall<T>(
  runtime: ProviderRuntime,
  request: GraphRequest<T>,
  call: Pick<HttpRequest<T>, "method" | "kind" | "query" | "form" | "multipart">,
): Promise<T> {
  const { query, ...rest } = call;
  return requestJson(runtime, {
    provider: request.provider,
    network: request.network,
    url: request.url,
    ...rest,
    query: { ...query, appsecret_proof: appSecretProof(runtime.clientSecret, request.accessToken) },
    bearer: request.accessToken,
    schema: request.schema,
    classify: request.classify,
  });
}

export function graphGet<T>(
  runtime: ProviderRuntime,
  request: GraphRequest<T> & { query?: Record<string, string | undefined> },
): Promise<T> {
  return graphCall(runtime, request, {
    method: "GET",
    kind: "read",
    ...(request.query ? { query: request.query } : {}),
  });
}

/**
 * A Graph API POST (publishing): parameters as a form, or multipart when a file is attached;
 * token in the Authorization header, appsecret_proof in the query. `kind` says whether a lost
 * answer may have published something ("write") or only prepared it ("prepare").
 */
export function graphPost<T>(
  runtime: ProviderRuntime,
  request: GraphRequest<T> & {
    kind: "prepare" | "write";
    form?: Record<string, string | undefined>;
    multipart?: FormData;
  },
): Promise<T> {
  return graphCall(runtime, request, {
    method: "POST",
    kind: request.kind,
    ...(request.multipart ? { multipart: request.multipart } : { form: request.form ?? {} }),
  });
}
