/**
 * Tiny DOM builder. Strings always become text nodes, so untrusted data (quotes, notes, titles,
 * source text) can never be parsed as markup. Nothing in this app assigns innerHTML.
 */

export type Child = Node | string | number | null | undefined | false;

export interface ElementOptions {
  className?: string;
  testId?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options?.className) element.className = options.className;
  if (options?.testId) element.dataset['testid'] = options.testId;
  for (const [name, value] of Object.entries(options?.attrs ?? {})) element.setAttribute(name, value);
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Removes all children, then appends the given ones. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Missing #${id} in index.html`);
  return element as T;
}

/** A definition list from [term, value] rows; rows with an empty value are skipped. */
export function definitionList(rows: Array<[string, Child | Child[], string?]>): HTMLDListElement {
  const list = el('dl', { className: 'facts' });
  for (const [term, value, testId] of rows) {
    const values = Array.isArray(value) ? value : [value];
    if (values.every((v) => v === null || v === undefined || v === false || v === '')) continue;
    const dd = el('dd', testId ? { testId } : null);
    append(dd, ...values);
    list.append(el('dt', null, term), dd);
  }
  return list;
}
