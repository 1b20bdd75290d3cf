import type { TimePrecision } from '../types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` without `Date`, so time zones cannot shift the day. */
function parse(iso: string): DateParts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!match) return null;
  const parts: DateParts = { year: Number(match[1]) };
  if (match[2]) parts.month = Number(match[2]);
  if (match[3]) parts.day = Number(match[3]);
  return parts;
}

/** "5 Jul 2021"; coarser precisions drop the parts they do not know ("Jul 2021", "2021"). */
export function formatDate(iso: string | null | undefined, precision: TimePrecision = 'day'): string {
  if (!iso) return '';
  const p = parse(iso);
  if (!p) return iso;
  const month = p.month ? MONTHS[p.month - 1] : undefined;
  if (precision === 'year' || !month) return String(p.year);
  if (precision === 'month' || !p.day) return `${month} ${p.year}`;
  return `${p.day} ${month} ${p.year}`;
}

/** "5 Jul 2021 (day)" or "3 Jul 2021 – 4 Jul 2021 (week)". */
export function formatEventDate(start: string, end: string | null | undefined, precision: TimePrecision): string {
  const from = formatDate(start, precision);
  const to = end && end !== start ? formatDate(end, precision) : '';
  const range = to && to !== from ? `${from} – ${to}` : from;
  return `${range} (${precision})`;
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US');
}

/** "borderKm" → "border km", "soldiers" → "soldiers". */
export function humanizeKey(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "736.4 km" (always one decimal, thousands separated). */
export function formatKm(km: number): string {
  return `${oneDecimal.format(km)} km`;
}

/** "43,692 km²" */
export function formatArea(km2: number): string {
  return `${Math.round(km2).toLocaleString('en-US')} km²`;
}

/** "+12.3" / "−79.9" with a real minus sign. */
export function formatSigned(value: number, digits = 1): string {
  const text = Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** "1 claim", "3 claims" */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/**
 * A compact date range for lists: "5 Jul 2021", "3–5 Jul 2021", "29 Jun – 5 Jul 2021",
 * "May – Jul 2021", "1996 – 2001"; parts finer than the precision are dropped.
 */
export function formatShortRange(start: string, end: string | null | undefined, precision: TimePrecision): string {
  const a = parse(start);
  const b = end ? parse(end) : null;
  if (!a) return start;
  if (!b || formatDate(start, precision) === formatDate(end, precision)) return formatDate(start, precision);
  if (precision === 'year' || !a.month || !b.month) return `${a.year} – ${b.year}`;
  const ma = MONTHS[a.month - 1];
  const mb = MONTHS[b.month - 1];
  if (precision === 'month' || !a.day || !b.day) return a.year === b.year ? `${ma} – ${mb} ${b.year}` : `${ma} ${a.year} – ${mb} ${b.year}`;
  if (a.year !== b.year) return `${formatDate(start)} – ${formatDate(end)}`;
  if (a.month === b.month) return `${a.day}–${b.day} ${mb} ${b.year}`;
  return `${a.day} ${ma} – ${b.day} ${mb} ${b.year}`;
}
