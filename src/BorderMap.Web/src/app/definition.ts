import { api } from '../api/api';
import { showError } from '../panels/errorBanner';
import { ensureSession, renderSessionBadge } from '../panels/session';
import { byId } from '../shared/dom';
import type { Definition } from './workbench';

/** Signs in where the map is shared, then loads the map's style, layers and regions (`signedIn` runs first, to ask for what the page will need next). */
export async function loadDefinition(signedIn: () => void = () => undefined): Promise<Definition> {
  try {
    const session = await ensureSession(document.body);
    signedIn();
    renderSessionBadge(byId('session'), session);
    const [style, layerInfos, regions] = await Promise.all([api.style(), api.layers(), api.regions()]);
    return { style, layerInfos, regions, canEdit: session.role === 'editor' };
  } catch (error) {
    showError('Could not load the map definition.', error);
    throw error;
  }
}
