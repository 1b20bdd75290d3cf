import { el } from '../shared/dom';
import { directionOf, languageName, orderNames } from '../shared/languages';

/** An area's names in every language we hold, in the usual order, each marked with its language and writing direction; null when there are none. */
export function renderNames(names: Record<string, string> | null | undefined): HTMLElement | null {
  const entries = orderNames(names ?? {});
  if (entries.length === 0) return null;
  return el(
    'div',
    { className: 'names' },
    el('h3', null, 'Names'),
    el(
      'dl',
      { className: 'facts names-list', testId: 'area-names' },
      ...entries.flatMap(([lang, name]) => [
        el('dt', { attrs: { title: languageName(lang) ?? lang } }, lang),
        el('dd', { attrs: { lang, dir: directionOf(lang), 'data-lang': lang } }, name),
      ]),
    ),
  );
}
