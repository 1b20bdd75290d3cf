import { el, replaceChildren } from '../shared/dom';
import type { ExportFormat } from '../state/exportQuery';
import { describeSequence, type ExportKind, KIND_FORMATS, type SequenceField, sequenceProblems, type SequenceSettings, type SequenceStep } from '../state/sequenceExport';
import type { ExportControls, ExportForm } from './exportForm';

/**
 * The Export dialog's animation and small-multiples part: which formats each kind offers, the
 * date fields it shows, the settings it reads, and the frame count checked before the server is
 * asked (state/sequenceExport.ts has the rules).
 */

const SEQUENCE_FIELDS: readonly SequenceField[] = ['from', 'to', 'step', 'window', 'fps'];

export function exportKind(c: ExportControls): ExportKind {
  return c.kind.value as ExportKind;
}

/** The single map's format the sequence's frames are drawn as (its size or paper fields apply). */
export function mapFormat(c: ExportControls): ExportFormat {
  if (exportKind(c) === 'map') return c.format.value as ExportFormat;
  return c.format.value === 'pdf' ? 'pdf' : 'png';
}

/** The sequence settings, or null for a single map. */
export function readSequence(c: ExportControls): SequenceSettings | null {
  const kind = exportKind(c);
  if (kind === 'map') return null;
  return {
    kind,
    from: c.from.value,
    to: c.to.value,
    step: c.step.value as SequenceStep,
    window: c.windowMode.value === 'cumulative' ? 'cumulative' : c.window.valueAsNumber,
    fps: c.fps.valueAsNumber,
  };
}

/** The kind's formats in the format list, keeping the chosen one where the kind has it. */
export function offerFormats(c: ExportControls): void {
  const formats = KIND_FORMATS[exportKind(c)];
  const kept = formats.some(([value]) => value === c.format.value) ? c.format.value : (formats[0]?.[0] ?? 'png');
  replaceChildren(c.format, ...formats.map(([value, label]) => el('option', { attrs: { value } }, label)));
  c.format.value = kept;
  // An animation steps by days or weeks only.
  const month = c.step.querySelector<HTMLOptionElement>('option[value="month"]');
  if (month) month.disabled = exportKind(c) === 'animation';
  if (month?.disabled && c.step.value === 'month') c.step.value = 'week';
}

/** Shows the date fields a sequence needs (none for a single map). */
export function layOutSequence(form: ExportForm): void {
  const kind = exportKind(form.controls);
  form.sequenceFields.hidden = kind === 'map';
  form.animationFields.hidden = kind !== 'animation';
  form.windowField.hidden = form.controls.windowMode.value === 'cumulative';
}

/** Checks the sequence's fields, shows each problem beside its field and the frame count; true when fine. */
export function checkSequence(form: ExportForm): boolean {
  const settings = readSequence(form.controls);
  const problems = settings ? sequenceProblems(settings) : {};
  for (const name of SEQUENCE_FIELDS) {
    form.errors[name].textContent = problems[name] ?? '';
    form.controls[name].setAttribute('aria-invalid', String(!!problems[name]));
  }
  const valid = Object.keys(problems).length === 0;
  form.frames.textContent = settings && valid ? describeSequence(settings) : '';
  return valid;
}

/** Dates for a new sequence: the filter's (or playback's) dates where set; frames of a day a week long by default. */
export function startSequence(c: ExportControls, dates: { from: string | null; to: string | null }): void {
  if (dates.from) c.from.value = dates.from;
  if (dates.to) c.to.value = dates.to;
  if (!Number.isFinite(c.window.valueAsNumber)) c.window.valueAsNumber = 1;
  if (!Number.isFinite(c.fps.valueAsNumber)) c.fps.valueAsNumber = 2;
}
