/** Test support: a scripted fetch that records each request and answers from a queue. */
export type RecordedRequest = {
  method: string;
  url: string;
  query: Record<string, string>;
  headers: Headers;
  form: Record<string, string>;
};

export function recordingFetch(answers: (() => Response)[]) {
  const requests: RecordedRequest[] = [];
  const fetchImpl = async (url: string, init: RequestInit): Promise<Response> => {
    const parsed = new URL(url);
    requests.push({
      method: init.method ?? "GET",
      url: `${parsed.origin}${parsed.pathname}`,
      query: Object.fromEntries(parsed.searchParams),
      headers: new Headers(init.headers),
      form: Object.fromEntries(new URLSearchParams(typeof init.body === "string" ? init.body : "")),
    });
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected request ${url}`);
    return answer();
  };
  return { requests, fetchImpl };
}

export const jsonResponse =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
