/**
 * X's error bodies: problem details for v2 endpoints, RFC 6749 bodies for OAuth, and the
 * documented rate-limit body. Problem types outside x-openapi.json's union (about:blank) are the
 * ones X's error-handling page documents and real responses carry.
 */
import { json, type SentReply } from "../../core/reply";

const PROBLEM = { "content-type": "application/problem+json" };

export const invalidRequest = (detail: string, parameter?: string): SentReply =>
  json(
    400,
    {
      title: "Invalid Request",
      detail,
      type: "https://api.x.com/2/problems/invalid-request",
      status: 400,
      ...(parameter ? { parameter } : {}),
    },
    PROBLEM,
  );

/** X answers auth failures with the generic problem type and the HTTP status title. */
export const genericProblem = (status: number, title: string, detail = title): SentReply =>
  json(status, { title, detail, type: "about:blank", status }, PROBLEM);

export const unauthorized = (): SentReply => genericProblem(401, "Unauthorized");

export const forbidden = (detail: string): SentReply => genericProblem(403, "Forbidden", detail);

export const notFoundProblem = (detail: string): SentReply =>
  json(
    404,
    {
      title: "Not Found Error",
      detail,
      type: "https://api.x.com/2/problems/resource-not-found",
      status: 404,
      resource_type: "endpoint",
      parameter: "path",
      value: detail,
      resource_id: "",
    },
    PROBLEM,
  );

export const internalError = (status: number): SentReply =>
  json(
    status,
    {
      title: status === 503 ? "Service Unavailable" : "Internal Server Error",
      detail: "Something went wrong. Please try again later.",
      type: "https://api.x.com/2/problems/internal-error",
      status,
    },
    PROBLEM,
  );

/**
 * The documented 429 body ({"errors":[{"code":88,…}]}) plus top-level code/message, so it also
 * satisfies the OpenAPI `Error` schema of the endpoints' default response.
 */
export const tooManyRequests = (): SentReply =>
  json(429, {
    code: 88,
    message: "Rate limit exceeded",
    errors: [{ code: 88, message: "Rate limit exceeded" }],
  });

export const oauthError = (status: number, error: string, description: string): SentReply =>
  json(status, { error, error_description: description });

export const DUPLICATE_DETAIL = "You are not allowed to create a Tweet with duplicate content.";
