/**
 * Date + time inputs (`<input type="date">`, `<input type="time">`) speak the browser's local time;
 * the API wants an ISO date-time with offset. These helpers translate between the two.
 */

/** `2026-12-03` + `09:00` → `2026-12-03T09:00:00+01:00` (offset of the browser's zone on that day); null when incomplete. */
export function localToIsoWithOffset(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) {
    return null;
  }
  const local = new Date(`${date}T${time}:00`);
  if (Number.isNaN(local.getTime())) {
    return null;
  }
  const offsetMinutes = -local.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An ISO date-time → the `date` and `time` input values in the browser's zone. */
export function isoToLocalParts(iso: string | null | undefined): { date: string; time: string } {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) {
    return { date: '', time: '' };
  }
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
