import { el, replaceChildren } from '../shared/dom';

/**
 * The top bar's "Copy link": puts the address of the screen as it is now (the permalink) on the
 * clipboard and says so beside the button. Where the page may not write the clipboard (no
 * permission, an insecure origin), the link is shown selected in a field to copy by hand.
 */

/** How long "Copied" stays beside the button. */
const CONFIRMATION_MS = 2500;

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function showLinkToCopy(status: HTMLElement, url: string): void {
  const field = el('input', { className: 'copy-link-url', testId: 'copy-link-url', attrs: { type: 'text', readonly: '', 'aria-label': 'Link to this screen' } });
  field.value = url;
  replaceChildren(status, 'Copy this link: ', field);
  field.addEventListener('blur', () => status.replaceChildren());
  field.focus();
  field.select();
}

export function wireCopyLink(button: HTMLButtonElement, status: HTMLElement): void {
  let clearing: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', () => {
    const url = location.href;
    clearTimeout(clearing);
    void writeClipboard(url).then((copied) => {
      if (!copied) {
        showLinkToCopy(status, url);
        return;
      }
      status.textContent = 'Copied';
      clearing = setTimeout(() => (status.textContent = ''), CONFIRMATION_MS);
    });
  });
}
