/**
 * Browsers send the page's origin with every WebSocket and cross-site request. The room server answers pages
 * from its own host (the game it serves, or Vite's dev server proxying it) and the origins it was told about
 * (CROWD_ORIGINS), so another site open on a phone cannot use the room. A request with no Origin is not from a
 * page (the tests, the load test) and is let through.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined || origin === '') return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
