/**
 * On a narrow screen (below 1024 px, see styles.css) the left panel (layers, time, legend,
 * filters) and the right panel (details, the editor) become drawers over the map, each opened
 * and closed by its top-bar button (`aria-expanded` says which is open). One drawer is open at a
 * time, so the map stays in sight; Escape closes it. On a wider screen the buttons are hidden and the panels are
 * columns; the open state does nothing there.
 */

export interface Drawers {
  /** Opens the details drawer: something was selected, or the editor opened. */
  showDetails(): void;
}

interface Drawer {
  button: HTMLButtonElement;
  panel: HTMLElement;
}

function setOpen(drawer: Drawer, open: boolean): void {
  drawer.button.setAttribute('aria-expanded', String(open));
  drawer.panel.dataset['open'] = String(open);
}

function isOpen(drawer: Drawer): boolean {
  return drawer.button.getAttribute('aria-expanded') === 'true';
}

export function wireDrawers(buttons: HTMLButtonElement[]): Drawers {
  const drawers: Drawer[] = buttons.map((button) => {
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!panel) throw new Error(`The drawer button #${button.id} controls no element`);
    return { button, panel };
  });
  const open = (chosen: Drawer, value: boolean) => {
    for (const drawer of drawers) setOpen(drawer, drawer === chosen ? value : false);
  };
  for (const drawer of drawers) {
    setOpen(drawer, false);
    drawer.button.addEventListener('click', () => open(drawer, !isOpen(drawer)));
  }
  // Escape closes an open drawer, as it closes other things laid over the map; in a dialog or a field it belongs to that control.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key !== 'Escape' || target?.closest('dialog, input, select, textarea, [role="listbox"]')) return;
    for (const drawer of drawers) setOpen(drawer, false);
  });
  return {
    showDetails: () => {
      const details = drawers.find((d) => d.panel.id === 'details');
      if (details) open(details, true);
    },
  };
}
