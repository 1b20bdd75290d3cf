import { api, ApiError } from '../api/api';
import { readFullClaim } from '../api/fullClaims';
import type { GeoJsonGeometry } from '../map/placeTool';
import { errorField, featureOf, valuesOf } from './claimDraft';
import { showConflict } from './conflictView';
import { type EditorRun, fill } from './editorView';
import { chooseSource } from './editorSources';
import { clearFieldErrors, showFieldErrors } from './fieldErrors';

/**
 * Saving the claim: `POST /api/claims`, or `PUT` with `If-Match` for an edit. The server
 * validates; its field errors show beside the fields. An edit that lost a race shows the
 * conflict (conflictView.ts).
 */

function onConflict(run: EditorRun, error: ApiError): void {
  const { state, controls } = run;
  showConflict(controls.conflictBox, error, state.base, {
    overwrite: (current, version) => {
      if (current) state.base = current;
      state.etag = `"${version}"`;
      void submit(run);
    },
    editTheirs: (current, feature) => {
      state.base = current;
      state.etag = current.etag;
      state.values = valuesOf(current.props, feature.geometry as GeoJsonGeometry | null);
      state.precisionTouched = true;
      clearFieldErrors(controls.errors, controls.general);
      fill(run);
      void chooseSource(run, state.values.source);
    },
  });
}

export async function submit(run: EditorRun): Promise<void> {
  const { state, controls: c, options } = run;
  if (state.saving) return;
  state.saving = true;
  c.save.disabled = true;
  c.statusText.textContent = 'Saving…';
  clearFieldErrors(c.errors, c.general);
  try {
    const base = state.base;
    const body = featureOf(state.values, base?.props ?? null);
    const result = base
      ? await options.work.track(api.updateClaim(base.props.id, state.etag ?? `"${base.props.version ?? 0}"`, body))
      : await options.work.track(api.createClaim(body));
    c.statusText.textContent = 'Saved.';
    options.onSaved(readFullClaim(result.value, result.etag));
  } catch (error) {
    c.statusText.textContent = '';
    if (error instanceof ApiError && (error.status === 412 || error.status === 409) && state.base) {
      onConflict(run, error);
    } else {
      showFieldErrors(error, c.errors, c.general, errorField);
      const first = Object.values(c.errors).find((slot) => slot.textContent);
      (first ?? c.general).scrollIntoView({ block: 'nearest' });
    }
  } finally {
    state.saving = false;
    c.save.disabled = false;
  }
}
