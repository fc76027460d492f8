import { BAKU_OFFSET_MINUTES, bakuDate, daysBetween } from "@exidmet/core/time/baku";

/** `YYYY-MM-DD` → `DD.MM.YYYY` (gün.ay.il), the only date format the UI shows. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** An instant as `DD.MM.YYYY HH:MM` in Baku time. */
export function formatDateTime(instant: string | undefined): string {
  if (!instant) return "";
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return instant;
  const local = new Date(t + BAKU_OFFSET_MINUTES * 60_000).toISOString();
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** `DD.MM.YYYY` typed by a user → `YYYY-MM-DD`; anything else is returned unchanged (and fails validation). */
export function parseDate(input: string): string {
  const m = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$/.exec(input ?? "");
  if (!m) return (input ?? "").trim();
  return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
}

/**
 * The last Baku calendar day on which something closing at `closesAt` is still open, and how many
 * days remain until it (0 = closes today). A window closing at 00:00 ends with the day before.
 */
export function closing(closesAt: string, now = new Date()): { lastDay: string; time: string; daysLeft: number } {
  const end = Date.parse(closesAt);
  const lastDay = bakuDate(new Date(end - 1));
  const local = new Date(end + BAKU_OFFSET_MINUTES * 60_000).toISOString().slice(11, 16);
  return { lastDay, time: local === "00:00" ? "23:59" : local, daysLeft: daysBetween(bakuDate(now), lastDay) };
}

export const todayInBaku = () => bakuDate(new Date());
