/** Calendar dates as `YYYY-MM-DD` strings, compared as UTC days. */

/** True for a date that exists: `2026-02-30` does not. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in UTC; `VENDOR_GATE_TODAY` pins it for reproducible runs and tests. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env.VENDOR_GATE_TODAY;
  if (pinned && isRealDate(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
