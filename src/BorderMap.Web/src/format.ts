import type { TimePrecision } from './types';

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
