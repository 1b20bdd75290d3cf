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
