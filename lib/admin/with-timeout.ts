/**
 * Bounds a promise in time. Admin views and the health endpoint talk to Redis and the database
 * while either may be down; they must answer within a couple of seconds, never hang a request.
 */
export class TimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} timed out after ${ms < 1000 ? `${ms} ms` : `${ms / 1000} s`}`);
    this.name = "TimeoutError";
  }
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
    // The loser may still settle later: never let it surface as an unhandled rejection.
    promise.catch(() => {});
  }
}
