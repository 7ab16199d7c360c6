/**
 * Validates recorded X exchanges against the official OpenAPI spec (tests/oracles/x-openapi.json):
 * query parameters, JSON / multipart request bodies and response bodies per status and content
 * type. OpenAPI's `discriminator` is dropped (Ajv does not support its `mapping`); `oneOf` still
 * enforces the union. Problems of type about:blank, which X documents and sends but the spec's
 * Problem union omits, are checked against the RFC 7807 shape instead.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";

type Json = Record<string, unknown>;
type Operation = {
  parameters?: Json[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
};

const spec = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../tests/oracles/x-openapi.json"), "utf8"),
) as {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Json> };
};

function stripDiscriminators(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripDiscriminators);
  if (node && typeof node === "object") {
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => key !== "discriminator")
        .map(([key, value]) => [key, stripDiscriminators(value)]),
    );
  }
  return node;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...(stripDiscriminators(spec) as Json), $id: "x" });

const GENERIC_PROBLEM = {
  type: "object",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: { const: "about:blank" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
  },
};

export type Exchange = {
  method: string;
  /** The real X path with its query, e.g. /2/users/me?user.fields=id */
  path: string;
  requestContentType?: string;
  /** JSON body, or multipart fields with binary parts replaced by a placeholder string. */
  requestBody?: unknown;
  status: number;
  contentType: string;
  responseBody: unknown;
};

function findOperation(
  method: string,
  pathname: string,
): { template: string; op: Operation } | undefined {
  for (const [template, item] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    const op = item[method.toLowerCase()];
    if (pattern.test(pathname) && op) return { template, op };
  }
  return undefined;
}

const ref = (pointer: string) => ({ $ref: `x${pointer.slice(pointer.indexOf("#"))}` });
const schemaRef = (schema: Json): Json =>
  typeof schema.$ref === "string" ? ref(schema.$ref) : schema;

const compiled = new Map<string, ReturnType<Ajv["compile"]>>();

function check(schema: Json, value: unknown, label: string): string[] {
  const key = JSON.stringify(schemaRef(schema));
  const validate = compiled.get(key) ?? ajv.compile(schemaRef(schema));
  compiled.set(key, validate);
  if (validate(value)) return [];
  return [`${label}: ${ajv.errorsText(validate.errors)}`];
}

export type Violations = { request: string[]; response: string[] };

/** All violations of an exchange (empty = it conforms). */
export const validateExchange = (exchange: Exchange): string[] => {
  const { request, response } = violationsOf(exchange);
  return [...request, ...response];
};

/** Violations split by side, for exchanges whose request is deliberately invalid. */
export function violationsOf(exchange: Exchange): Violations {
  const request = requestViolations(exchange);
  return { request, response: responseViolations(exchange) };
}

/** A query string value as the parameter's schema types it (form style: arrays comma-separated). */
function queryValue(schema: Json, value: string): unknown {
  const type = (schema as { type?: string }).type;
  if (type === "array") return value.split(",");
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(value))
    return Number(value);
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

function requestViolations(exchange: Exchange): string[] {
  const url = new URL(exchange.path, "https://api.x.com");
  const found = findOperation(exchange.method, url.pathname);
  if (!found) return [`${exchange.method} ${url.pathname}: not in x-openapi.json`];
  const { op, template } = found;
  const label = `${exchange.method} ${template} -> ${exchange.status}`;
  const errors: string[] = [];
  for (const raw of op.parameters ?? []) {
    const param = (
      typeof raw.$ref === "string"
        ? spec.components.parameters[raw.$ref.split("/").pop() ?? ""]
        : raw
    ) as Json & { name: string; in: string; schema: Json; required?: boolean };
    if (param.in !== "query") continue;
    const value = url.searchParams.get(param.name);
    if (value === null) {
      if (param.required) errors.push(`${label}: missing required query parameter ${param.name}`);
      continue;
    }
    errors.push(
      ...check(param.schema, queryValue(param.schema, value), `${label} query ${param.name}`),
    );
  }
  if (exchange.requestBody !== undefined && op.requestBody) {
    const media = op.requestBody.content[exchange.requestContentType ?? "application/json"];
    if (!media)
      errors.push(`${label}: request content type ${exchange.requestContentType} not allowed`);
    else errors.push(...check(media.schema, exchange.requestBody, `${label} request`));
  }
  return errors;
}

function responseViolations(exchange: Exchange): string[] {
  const url = new URL(exchange.path, "https://api.x.com");
  const found = findOperation(exchange.method, url.pathname);
  if (!found) return [];
  const { op, template } = found;
  const label = `${exchange.method} ${template} -> ${exchange.status}`;
  const errors: string[] = [];
  const response = op.responses[String(exchange.status)] ?? op.responses.default;
  if (!response) return [...errors, `${label}: status not documented`];
  if (!response.content) return errors;
  const body = exchange.responseBody as Json;
  if (exchange.contentType === "application/problem+json" && body?.type === "about:blank") {
    return [...errors, ...check(GENERIC_PROBLEM, body, `${label} response (about:blank problem)`)];
  }
  const media = response.content[exchange.contentType];
  if (!media)
    return [...errors, `${label}: response content type ${exchange.contentType} not documented`];
  return [...errors, ...check(media.schema, body, `${label} response`)];
}
