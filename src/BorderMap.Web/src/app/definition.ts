import { showError } from '../panels/errorBanner';
import { ensureSession, renderSessionBadge } from '../panels/session';
import { byId } from '../shared/dom';
import type { EarlyAnswers } from './early';
import type { Definition } from './workbench';

/** Signs in where the map is shared, then takes the map's style, layers and regions (asked for early, app/early.ts). */
export async function loadDefinition(early: EarlyAnswers): Promise<Definition> {
  try {
    const session = await ensureSession(document.body, early.session);
    renderSessionBadge(byId('session'), session);
    const [style, layerInfos, regions] = await Promise.all([early.style, early.layerInfos, early.regions]);
    return { style, layerInfos, regions, canEdit: session.role === 'editor' };
  } catch (error) {
    showError('Could not load the map definition.', error);
    throw error;
  }
}
