import { ApiError } from '../api/api';

/**
 * A form's error slots (one text element beside each field) and how a problem+json answer
 * fills them: each entry of `errors` goes beside the field it names, anything else into the
 * form's general message. Messages are text, never markup.
 */

export type FieldErrors = Record<string, HTMLElement>;

export function clearFieldErrors(errors: FieldErrors, general?: HTMLElement): void {
  for (const slot of Object.values(errors)) slot.textContent = '';
  if (general) general.textContent = '';
}

/**
 * Shows an API error: per-field messages beside their fields (`fieldOf` maps the server's key,
 * such as `quote.text` or `refs[0]`, to a slot, or null), the rest in `general`. Returns how
 * many messages went beside fields.
 */
export function showFieldErrors(error: unknown, errors: FieldErrors, general: HTMLElement, fieldOf: (key: string) => string | null): number {
  clearFieldErrors(errors, general);
  if (!(error instanceof ApiError)) {
    general.textContent = error instanceof Error ? error.message : String(error);
    return 0;
  }
  const rest: string[] = [];
  let placed = 0;
  for (const [key, messages] of Object.entries(error.errors)) {
    const slot = fieldOf(key);
    const target = slot ? errors[slot] : undefined;
    if (target) {
      const prefix = key.includes('.') || key.includes('[') ? `${key}: ` : '';
      target.textContent = [target.textContent, ...messages.map((m) => prefix + m)].filter(Boolean).join(' ');
      placed++;
    } else {
      rest.push(...messages.map((m) => `${key}: ${m}`));
    }
  }
  general.textContent = rest.length
    ? rest.join(' ')
    : placed > 0
      ? 'Not saved: correct the marked fields.'
      : error.message;
  return placed;
}
