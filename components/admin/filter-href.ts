/**
 * The link to a filtered admin list: the current filters with some changed, empty ones left out
 * so the URL stays short and a cleared filter really goes away.
 */
export function filterHref<F extends Record<string, string | undefined>>(
  path: string,
  filters: F,
  change: Partial<F>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...change }))
    if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
