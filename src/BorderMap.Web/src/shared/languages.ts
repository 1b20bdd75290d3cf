/** English display names for language codes, from the browser's built-in data (offline). */
let names: Intl.DisplayNames | null | undefined;

export function languageName(code: string | null | undefined): string | null {
  if (!code) return null;
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      names = null;
    }
  }
  try {
    const name = names?.of(code);
    return name && name !== code ? name : null;
  } catch {
    return null; // invalid tag
  }
}

/** "Indonesian (id)", or just the code when the browser does not know it. */
export function describeLanguage(code: string): string {
  const name = languageName(code);
  return name ? `${name} (${code})` : code;
}

const RTL = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'yi', 'ug', 'ckb', 'sd', 'dv', 'prs']);

/** Writing direction of a language's usual script. */
export function directionOf(code: string): 'rtl' | 'ltr' {
  return RTL.has(code.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** The panel lists these first, in this order; others (Uzbek, Tajik, ...) follow. */
export const PREFERRED_LANGUAGES = ['en', 'de', 'id', 'ru', 'fa', 'ps'];

export function orderNames(names: Record<string, string>): Array<[string, string]> {
  const entries = Object.entries(names).filter(([, name]) => !!name);
  const rank = (code: string) => {
    const i = PREFERRED_LANGUAGES.indexOf(code);
    return i < 0 ? PREFERRED_LANGUAGES.length : i;
  };
  return entries.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}
