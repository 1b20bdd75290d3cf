import { api, ApiError, isAbort } from '../api/api';
import { el, replaceChildren } from '../shared/dom';
import { type ExportContext, type ExportFormat, type ExportSettings, exportQuery, PAPERS, type Paper } from '../state/exportQuery';
import { languageName, PREFERRED_LANGUAGES } from '../shared/languages';
import type { PendingWork } from '../api/work';

const LABEL_LANGUAGES = [...PREFERRED_LANGUAGES, 'local'];

/**
 * The Export dialog: starts from the current view (or the selected region), filters and
 * selection; the presenter picks format, size or paper and title, sees a small PNG preview
 * rendered by the same server-side renderer, and downloads the file.
 */

/** Pixels across the preview (shown at half that for a sharp picture). */
const PREVIEW_WIDTH = 860;
const PREVIEW_DEBOUNCE_MS = 350;

export interface ExportDialogOptions {
  work: PendingWork;
  /** The screen the export starts from, read when the dialog opens. */
  context: () => ExportContext & { regionName: string | null; claimTitle: string | null; filterSummary: string; hiddenLayers: string[]; viewAspect: number };
  /** A title for the area being exported (the region's name, or the map's subject). */
  defaultTitle: (regionScope: boolean) => string;
}

function field(label: string, control: HTMLElement, error: HTMLElement, className = ''): HTMLElement {
  return el('label', { className: `field ${className}`.trim() }, el('span', { className: 'field-label' }, label), control, error);
}

function numberInput(testId: string, min: number, max: number): HTMLInputElement {
  return el('input', { testId, attrs: { type: 'number', min: String(min), max: String(max), step: '1', inputmode: 'numeric' } });
}

export function createExportDialog(options: ExportDialogOptions): { open: () => void } {
  const format = el('select', { testId: 'export-format' }, ...(['png', 'svg', 'pdf'] as const).map((f) => el('option', { attrs: { value: f } }, f.toUpperCase())));
  const width = numberInput('export-width', 1, 20000);
  const height = numberInput('export-height', 1, 20000);
  const dpi = numberInput('export-dpi', 72, 1200);
  const paper = el('select', { testId: 'export-paper' }, ...PAPERS.map((p) => el('option', { attrs: { value: p } }, p.replace('-', ' '))));
  const title = el('input', { testId: 'export-title', attrs: { type: 'text', maxlength: '200' } });
  const lang = el(
    'select',
    { testId: 'export-lang' },
    ...LABEL_LANGUAGES.map((code) => el('option', { attrs: { value: code } }, code === 'local' ? 'Local names' : (languageName(code) ?? code))),
  );
  const outlines = el('input', { testId: 'export-outlines', attrs: { type: 'checkbox' } });
  const outlinesField = el('label', { className: 'row' }, outlines, el('span', null, 'Text as outlines (SVG opens without our fonts)'));
  const subtitle = el('input', { testId: 'export-subtitle', attrs: { type: 'text', maxlength: '300' } });
  const scopeView = el('input', { testId: 'export-scope-view', attrs: { type: 'radio', name: 'export-scope', value: 'view' } });
  const scopeRegion = el('input', { testId: 'export-scope-region', attrs: { type: 'radio', name: 'export-scope', value: 'region' } });
  const regionLabel = el('span', null);
  const regionChoice = el('label', { className: 'row' }, scopeRegion, regionLabel);
  const bboxText = el('code', { className: 'bbox' });
  const errors = {
    format: el('span', { className: 'field-error' }),
    width: el('span', { className: 'field-error' }),
    height: el('span', { className: 'field-error' }),
    dpi: el('span', { className: 'field-error' }),
    paper: el('span', { className: 'field-error' }),
    title: el('span', { className: 'field-error' }),
    subtitle: el('span', { className: 'field-error' }),
    bbox: el('span', { className: 'field-error' }),
    lang: el('span', { className: 'field-error' }),
    outlines: el('span', { className: 'field-error' }),
  };
  const summary = el('ul', { className: 'export-summary hint' });
  const preview = el('img', { className: 'export-preview', testId: 'export-preview', attrs: { alt: 'Preview of the exported map' } });
  const previewStatus = el('p', { className: 'hint preview-status', attrs: { 'aria-live': 'polite' } });
  const status = el('p', { className: 'export-status', attrs: { 'aria-live': 'polite' } });
  const download = el('button', { className: 'button', testId: 'export-download', attrs: { type: 'submit' } }, 'Download');
  const cancel = el('button', { className: 'button button-quiet', attrs: { type: 'button' } }, 'Cancel');
  const sizeFields = el(
    'div',
    { className: 'field-row' },
    field('Width (px)', width, errors.width),
    field('Height (px)', height, errors.height),
    field('DPI', dpi, errors.dpi),
  );
  const paperField = field('Paper', paper, errors.paper);

  const form = el(
    'form',
    { className: 'export-form', attrs: { method: 'dialog' } },
    el('div', { className: 'dialog-head' }, el('h2', null, 'Export map'), cancel),
    el(
      'div',
      { className: 'dialog-body' },
      el(
        'div',
        { className: 'dialog-fields' },
        field('Title', title, errors.title),
        field('Subtitle', subtitle, errors.subtitle),
        el(
          'fieldset',
          { className: 'filter-group' },
          el('legend', null, 'Area'),
          el('label', { className: 'row' }, scopeView, el('span', null, 'Current view '), bboxText),
          regionChoice,
          errors.bbox,
        ),
        el('div', { className: 'field-row two' }, field('Format', format, errors.format), field('Label language', lang, errors.lang)),
        sizeFields,
        paperField,
        outlinesField,
        el('div', { className: 'export-includes' }, el('span', { className: 'field-label' }, 'Includes'), summary),
      ),
      el('figure', { className: 'preview-box' }, preview, el('figcaption', null, previewStatus)),
    ),
    el('div', { className: 'dialog-actions' }, status, download),
  );
  const dialog = el('dialog', { className: 'export-dialog', testId: 'export-dialog', attrs: { 'aria-label': 'Export map' } }, form);
  document.body.append(dialog);

  let context: ReturnType<ExportDialogOptions['context']> | null = null;
  let previewTimer: number | undefined;
  let previewRequest: AbortController | null = null;
  let previewUrl: string | null = null;
  let releaseWait: (() => void) | null = null;
  let lockedAspect = 1;
  let titleEdited = false;

  function settings(): ExportSettings {
    return {
      format: format.value as ExportFormat,
      width: width.valueAsNumber,
      height: height.valueAsNumber,
      dpi: dpi.valueAsNumber,
      paper: paper.value as Paper,
      title: title.value,
      subtitle: subtitle.value,
      lang: lang.value,
      outlines: outlines.checked,
      scope: scopeRegion.checked && context?.region ? 'region' : 'view',
    };
  }

  function clearErrors(): void {
    Object.values(errors).forEach((e) => (e.textContent = ''));
  }

  /** Shows a problem+json's per-parameter messages beside the fields they name. */
  function showProblem(error: unknown, where: HTMLElement): void {
    clearErrors();
    if (error instanceof ApiError) {
      let placed = false;
      for (const [param, messages] of Object.entries(error.errors)) {
        const target = errors[param as keyof typeof errors] ?? (param === 'region' ? errors.bbox : null);
        if (target) {
          target.textContent = messages.join(' ');
          placed = true;
        }
      }
      where.textContent = error.status === 404 && !placed ? 'Export is not available on this server yet.' : error.message;
    } else {
      where.textContent = error instanceof Error ? error.message : String(error);
    }
    where.classList.add('warning');
  }

  function layout(): void {
    const pdf = format.value === 'pdf';
    sizeFields.hidden = pdf;
    paperField.hidden = !pdf;
    outlinesField.hidden = format.value !== 'svg';
  }

  function schedulePreview(): void {
    cancelPreview();
    // The debounce counts as pending work, so automation can wait for the preview.
    void options.work.track(new Promise<void>((resolve) => (releaseWait = resolve)));
    previewStatus.textContent = 'Rendering preview…';
    previewStatus.classList.remove('warning');
    preview.classList.add('stale');
    previewTimer = window.setTimeout(() => {
      releaseWait?.();
      releaseWait = null;
      if (!context || !dialog.open) return;
      const controller = new AbortController();
      previewRequest = controller;
      const query = exportQuery(settings(), context, { width: PREVIEW_WIDTH });
      void options.work.track(
        api.exportFile(query, controller.signal).then(
          ({ blob }) => {
            if (controller !== previewRequest) return;
            if (previewUrl) URL.revokeObjectURL(previewUrl);
            previewUrl = URL.createObjectURL(blob);
            preview.src = previewUrl;
            preview.classList.remove('stale');
            preview.dataset['query'] = query.toString();
            previewStatus.textContent = 'Preview';
            clearErrors();
          },
          (error: unknown) => {
            if (isAbort(error) || controller !== previewRequest) return;
            preview.removeAttribute('src');
            showProblem(error, previewStatus);
          },
        ),
      );
    }, PREVIEW_DEBOUNCE_MS);
  }

  function cancelPreview(): void {
    window.clearTimeout(previewTimer);
    previewRequest?.abort();
    previewRequest = null;
    releaseWait?.();
    releaseWait = null;
  }

  function describe(): void {
    if (!context) return;
    const items = [
      `Claims: ${context.filterSummary}`,
      context.claimTitle ? `Highlighted: ${context.claimTitle}` : null,
      context.hiddenLayers.length ? `Hidden on screen, left out of the export: ${context.hiddenLayers.join(', ')}` : null,
    ].filter((x): x is string => !!x);
    replaceChildren(summary, ...items.map((text) => el('li', null, text)));
  }

  async function save(): Promise<void> {
    if (!context) return;
    download.disabled = true;
    status.textContent = 'Rendering…';
    status.classList.remove('warning');
    try {
      const query = exportQuery(settings(), context);
      const { blob, fileName } = await options.work.track(api.exportFile(query));
      const url = URL.createObjectURL(blob);
      const link = el('a', { attrs: { href: url, download: fileName ?? `bordermap.${format.value}` } });
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      status.textContent = `Saved ${fileName ?? `bordermap.${format.value}`} (${Math.max(1, Math.round(blob.size / 1024))} KB).`;
      clearErrors();
    } catch (error) {
      showProblem(error, status);
    } finally {
      download.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', cancelPreview);
  format.addEventListener('change', () => {
    layout();
    schedulePreview();
  });
  width.addEventListener('input', () => {
    if (Number.isFinite(width.valueAsNumber)) height.valueAsNumber = Math.max(1, Math.round(width.valueAsNumber / lockedAspect));
  });
  height.addEventListener('input', () => {
    if (Number.isFinite(height.valueAsNumber) && height.valueAsNumber > 0) lockedAspect = width.valueAsNumber / height.valueAsNumber;
  });
  title.addEventListener('input', () => (titleEdited = true));
  const retitle = () => {
    if (!titleEdited) title.value = options.defaultTitle(settings().scope === 'region');
  };
  scopeView.addEventListener('change', retitle);
  scopeRegion.addEventListener('change', retitle);
  for (const control of [width, height, dpi, paper, title, subtitle, scopeView, scopeRegion, lang]) {
    control.addEventListener(control instanceof HTMLSelectElement || control.type === 'radio' ? 'change' : 'input', schedulePreview);
  }

  return {
    open() {
      context = options.context();
      lockedAspect = context.viewAspect;
      status.textContent = '';
      clearErrors();
      if (!title.value) titleEdited = false;
      width.valueAsNumber = 2400;
      height.valueAsNumber = Math.round(2400 / lockedAspect);
      if (!Number.isFinite(dpi.valueAsNumber)) dpi.valueAsNumber = 200;
      bboxText.textContent = context.bbox.map((v) => v.toFixed(2)).join(', ');
      regionChoice.hidden = !context.region;
      regionLabel.textContent = context.regionName ? `Selected region: ${context.regionName}` : '';
      scopeRegion.checked = false;
      scopeView.checked = true;
      retitle();
      layout();
      describe();
      dialog.showModal();
      schedulePreview();
    },
  };
}

