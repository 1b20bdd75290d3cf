import { api, ApiError } from '../api/api';
import type { PendingWork } from '../api/work';
import { el, replaceChildren } from '../shared/dom';
import { type ExportContext, type ExportSettings, exportQuery, type Paper, type QuoteText } from '../state/exportQuery';
import { heightForWidth, sizeProblems } from '../state/exportSize';
import { describeSequence, sequenceQuery } from '../state/sequenceExport';
import { type ExportControls, type ExportField, type ExportForm, createExportForm } from './exportForm';
import { createExportPreview } from './exportPreview';
import { checkSequence, layOutSequence, mapFormat, offerFormats, readSequence, startSequence } from './exportSequence';

/**
 * The Export dialog: starts from the current view (or the selected region), filters and
 * selection; the presenter picks format, size or paper, title and quote language, sees a small
 * PNG preview rendered by the same server-side renderer, and downloads the file. A size the
 * renderer cannot make is explained beside its field and blocks Download and the preview.
 */

/** Pixels across the preview (shown at half that for a sharp picture). */
const PREVIEW_WIDTH = 860;

export interface ExportDialogOptions {
  work: PendingWork;
  /** The screen the export starts from, read when the dialog opens. */
  context: () => ExportScreen;
  /** A title for the area being exported (the region's name, or the map's subject). */
  defaultTitle: (regionScope: boolean) => string;
}

type ExportScreen = ExportContext & { regionName: string | null; claimTitle: string | null; filterSummary: string; hiddenLayers: string[]; viewAspect: number };

function readSettings(c: ExportControls, context: ExportScreen | null): ExportSettings {
  return {
    format: mapFormat(c),
    width: c.width.valueAsNumber,
    height: c.height.valueAsNumber,
    dpi: c.dpi.valueAsNumber,
    paper: c.paper.value as Paper,
    title: c.title.value,
    subtitle: c.subtitle.value,
    lang: c.lang.value,
    quotes: c.quotes.value as QuoteText,
    outlines: c.outlines.checked,
    scope: c.scopeRegion.checked && context?.region ? 'region' : 'view',
  };
}

function clearErrors(form: ExportForm): void {
  Object.values(form.errors).forEach((e) => (e.textContent = ''));
}

/** Shows a problem+json's per-parameter messages beside the fields they name, the rest in `where`. */
function showProblem(form: ExportForm, error: unknown, where: HTMLElement): void {
  clearErrors(form);
  if (error instanceof ApiError) {
    let placed = false;
    for (const [param, messages] of Object.entries(error.errors)) {
      const target = param === 'region' ? form.errors.bbox : form.errors[param as ExportField];
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

/** Checks width, height and DPI (not used for PDF), and a sequence's dates; shows each problem beside its field. */
function checkSize(form: ExportForm): boolean {
  const c = form.controls;
  const sequenceValid = checkSequence(form);
  const problems = mapFormat(c) === 'pdf' ? {} : sizeProblems({ width: c.width.valueAsNumber, height: c.height.valueAsNumber, dpi: c.dpi.valueAsNumber });
  for (const name of ['width', 'height', 'dpi'] as const) {
    form.errors[name].textContent = problems[name] ?? '';
    c[name].setAttribute('aria-invalid', String(!!problems[name]));
  }
  const valid = Object.keys(problems).length === 0 && sequenceValid;
  // A download under way keeps the button disabled until it ends.
  form.download.disabled = !valid || form.download.hasAttribute('aria-busy');
  return valid;
}

function describe(form: ExportForm, context: ExportScreen): void {
  const items = [
    `Claims: ${context.filterSummary}`,
    context.claimTitle ? `Highlighted: ${context.claimTitle}` : null,
    context.hiddenLayers.length ? `Hidden on screen, left out of the export: ${context.hiddenLayers.join(', ')}` : null,
  ].filter((x): x is string => !!x);
  replaceChildren(form.summary, ...items.map((text) => el('li', null, text)));
}

function layout(form: ExportForm): void {
  const format = mapFormat(form.controls);
  form.sizeFields.hidden = format === 'pdf';
  form.paperField.hidden = format !== 'pdf';
  form.outlinesField.hidden = format !== 'svg';
  layOutSequence(form);
}

/** The file the dialog's settings ask for: one map, or a sequence of them. */
function fileQuery(form: ExportForm, context: ExportScreen): URLSearchParams {
  const query = exportQuery(readSettings(form.controls, context), context);
  const sequence = readSequence(form.controls);
  return sequence ? sequenceQuery(query, sequence, form.controls.format.value) : query;
}

/** What the status line says while the server renders: what, and for how long so far. */
function showProgress(form: ExportForm): () => void {
  const sequence = readSequence(form.controls);
  const what = sequence ? describeSequence(sequence) : 'the map';
  const started = performance.now();
  const tell = () => (form.status.textContent = `Rendering ${what}… ${Math.round((performance.now() - started) / 1000)} s`);
  tell();
  form.progress.hidden = false;
  form.progress.removeAttribute('value');
  const timer = window.setInterval(tell, 1000);
  return () => {
    window.clearInterval(timer);
    form.progress.hidden = true;
  };
}

/** How often, and how long apart, a download is asked again while the server's export slots are all busy (503, e.g. with previews). */
const BUSY_RETRIES = 12;
const BUSY_WAIT_MS = 5_000;

async function exportWhenFree(query: URLSearchParams): Promise<Awaited<ReturnType<typeof api.exportFile>>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await api.exportFile(query);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 503) || attempt >= BUSY_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, BUSY_WAIT_MS));
    }
  }
}

async function download(form: ExportForm, work: PendingWork, query: URLSearchParams): Promise<void> {
  const { status } = form;
  const format = form.controls.format.value;
  const fallbackName = `bordermap.${format === 'png-seq' ? 'zip' : format}`;
  form.download.disabled = true;
  form.download.setAttribute('aria-busy', 'true');
  status.classList.remove('warning');
  const stopProgress = showProgress(form);
  try {
    const { blob, fileName } = await work.track(exportWhenFree(query));
    const url = URL.createObjectURL(blob);
    const link = el('a', { attrs: { href: url, download: fileName ?? fallbackName } });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = `Saved ${fileName ?? fallbackName} (${Math.max(1, Math.round(blob.size / 1024))} KB).`;
    clearErrors(form);
  } catch (error) {
    showProblem(form, error, status);
  } finally {
    stopProgress();
    form.download.removeAttribute('aria-busy');
    checkSize(form);
  }
}

/** Width and height keep the view's aspect while the width is a real size; editing the height sets a new aspect. */
function lockAspect(c: ExportControls): { set(aspect: number): void } {
  let aspect = 1;
  c.width.addEventListener('input', () => {
    const height = heightForWidth(c.width.valueAsNumber, aspect);
    if (height !== null) c.height.valueAsNumber = height;
  });
  c.height.addEventListener('input', () => {
    if (heightForWidth(c.width.valueAsNumber, 1) !== null && heightForWidth(c.height.valueAsNumber, 1) !== null) aspect = c.width.valueAsNumber / c.height.valueAsNumber;
  });
  return { set: (value) => (aspect = value) };
}

export function createExportDialog(options: ExportDialogOptions): { open: () => void } {
  const form = createExportForm();
  const c = form.controls;
  const dialog = el('dialog', { className: 'export-dialog', testId: 'export-dialog', attrs: { 'aria-label': 'Export map' } }, form.form);
  document.body.append(dialog);
  let context: ExportScreen | null = null;
  let titleEdited = false;
  const aspect = lockAspect(c);
  const preview = createExportPreview({
    image: form.preview,
    status: form.previewStatus,
    work: options.work,
    wanted: () => !!context && dialog.open,
    query: () => (checkSize(form) && context ? exportQuery(readSettings(c, context), context, { width: PREVIEW_WIDTH }) : { invalid: 'Correct the size to see a preview.' }),
    onRendered: () => clearErrors(form),
    onFailed: (error) => showProblem(form, error, form.previewStatus),
  });
  const changed = () => {
    layout(form);
    checkSize(form);
    preview.schedule();
  };
  const retitle = () => {
    if (!titleEdited) c.title.value = options.defaultTitle(readSettings(c, context).scope === 'region');
  };

  form.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (context && checkSize(form)) void download(form, options.work, fileQuery(form, context));
  });
  form.cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => preview.cancel());
  c.title.addEventListener('input', () => (titleEdited = true));
  c.scopeView.addEventListener('change', retitle);
  c.scopeRegion.addEventListener('change', retitle);
  // Before the listener below: the kind decides the formats on offer.
  c.kind.addEventListener('change', () => offerFormats(c));
  for (const control of Object.values(c)) {
    control.addEventListener(control instanceof HTMLSelectElement || control.type === 'radio' || control.type === 'checkbox' ? 'change' : 'input', changed);
  }

  return {
    open() {
      context = options.context();
      aspect.set(context.viewAspect);
      form.status.textContent = '';
      startSequence(c, context.filters);
      clearErrors(form);
      if (!c.title.value) titleEdited = false;
      c.width.valueAsNumber = 2400;
      c.height.valueAsNumber = Math.round(2400 / context.viewAspect);
      if (!Number.isFinite(c.dpi.valueAsNumber)) c.dpi.valueAsNumber = 200;
      form.bboxText.textContent = context.bbox.map((v) => v.toFixed(2)).join(', ');
      form.regionChoice.hidden = !context.region;
      form.regionLabel.textContent = `Selected region: ${context.regionName ?? context.region ?? ''}`;
      c.scopeRegion.checked = false;
      c.scopeView.checked = true;
      retitle();
      describe(form, context);
      dialog.showModal();
      changed();
    },
  };
}
