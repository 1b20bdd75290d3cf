import type { FullClaim, FullClaims } from '../api/fullClaims';
import type { PendingWork } from '../api/work';
import type { DraftValues } from '../editor/claimDraft';
import type { ClaimsLayer } from '../map/claimsLayer';
import type { AreaFeature } from '../map/layers';
import type { CategoryLookup } from '../shared/categories';
import type { Filters } from '../state/filters';
import type { SelectionStore } from '../state/selection';
import type { Store } from '../state/store';
import type { StyleDefinition } from '../types';

export interface DetailsOptions {
  root: HTMLElement;
  style: StyleDefinition;
  category: CategoryLookup;
  claims: ClaimsLayer;
  fullClaims: FullClaims;
  selection: SelectionStore;
  filters: Store<Filters>;
  work: PendingWork;
  areaName: (id: string) => string | null;
  countryName: (code: string) => string | null;
  area: (id: string) => AreaFeature | null;
  /** Whether `/api/regions/{id}` knows the area (countries and provinces; rivers are not regions). */
  isRegion: (id: string) => boolean;
  zoomToArea: (id: string) => void;
  /** Whether the signed-in user may change claims; readers get no Edit, Delete or proposals. */
  canEdit: boolean;
  /** Opens the claim editor on this claim. */
  onEdit: (claim: FullClaim) => void;
  /** Opens the claim editor on a proposal the researcher accepted (a new claim). */
  onPropose: (values: DraftValues) => void;
  /** After the claim was deleted on the server. */
  onDeleted: (id: string) => void;
}

/**
 * What the right panel's views share: the options, and a token per view. Each view takes a fresh
 * token; a response that arrives for an older token (the user moved on) is dropped.
 */
export interface DetailsContext {
  options: DetailsOptions;
  next(): number;
  isCurrent(token: number): boolean;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
