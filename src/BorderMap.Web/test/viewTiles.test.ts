import { fromLonLat, get as getProjection, transformExtent } from 'ol/proj';
import type Projection from 'ol/proj/Projection';
import { createXYZ, wrapX } from 'ol/tilegrid';
import { createFromTemplate } from 'ol/tileurlfunction';
import { describe, expect, it } from 'vitest';
import { createView, fitHome } from '../src/map/map';
import { eventsQuery } from '../src/map/eventMarkerText';
import { claimTileTemplate, claimTileUrl, firstViewBox, firstViewTiles, MAX_TILE_ZOOM, TILE_SIZE_PX, TILE_Z_DIRECTION, type TileCoord } from '../src/map/viewTiles';

type View = { center: [number, number]; zoom: number } | null;

/** The map's own view at a permalink's view or fitted home. */
function openLayersView(initial: View, size: [number, number]) {
  const view = createView();
  if (initial) {
    view.setCenter(fromLonLat(initial.center));
    view.setZoom(initial.zoom);
  } else fitHome(view, size);
  return view;
}

/** The tiles OpenLayers' claim layer asks for first: the map's own view, the claim layer's tile grid, the frame's extent. */
function openLayersTiles(initial: View, size: [number, number]): TileCoord[] {
  const view = openLayersView(initial, size);
  const grid = createXYZ({ maxZoom: MAX_TILE_ZOOM, tileSize: TILE_SIZE_PX });
  const z = grid.getZForResolution(view.getResolution() ?? 0, TILE_Z_DIRECTION);
  const world = grid.getFullTileRange(z);
  const tiles = new Map<string, TileCoord>();
  grid.forEachTileCoord(view.calculateExtent(size), z, (coord) => {
    // As the claim layer's source asks for it: wrapped round the world, nothing past the poles.
    const [tz = 0, x = 0, y = 0] = wrapX(grid, coord, getProjection('EPSG:3857') as Projection);
    if (world?.containsXY(x, y)) tiles.set(`${x}/${y}`, { z: tz, x, y });
  });
  return sorted([...tiles.values()]);
}

function sorted(tiles: TileCoord[]): TileCoord[] {
  return tiles.sort((a, b) => a.y - b.y || a.x - b.x);
}

const SIZES: Array<[number, number]> = [
  [1131, 552],
  [1400, 900],
  [640, 480],
  [333, 777],
  [1920, 1000],
];

const VIEWS: View[] = [
  null,
  { center: [69.5, 37.2], zoom: 7.3 },
  { center: [71.25, 38.5], zoom: 12 },
  { center: [68, 36], zoom: 3 },
  { center: [70, 37], zoom: 6 },
  { center: [70, 37], zoom: 5.999999 },
  { center: [67.3, 34.9], zoom: 14 },
  { center: [74.91, 40.02], zoom: 9.87 },
];

describe('firstViewTiles', () => {
  it('names the tiles OpenLayers asks for first, for the home view and permalink views in maps of several sizes', () => {
    for (const size of SIZES) {
      for (const view of VIEWS) {
        const tiles = sorted(firstViewTiles(view, size));
        expect(tiles.length).toBeGreaterThan(0);
        expect(tiles, `${JSON.stringify(view)} in ${size.join('×')}`).toEqual(openLayersTiles(view, size));
      }
    }
  });

  it('asks for the events of the box the map shows first, as the event markers ask for them', () => {
    for (const size of SIZES) {
      for (const view of VIEWS) {
        const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = transformExtent(openLayersView(view, size).calculateExtent(size), 'EPSG:3857', 'EPSG:4326');
        const shown = [Math.max(-180, minLon), Math.max(-85, minLat), Math.min(180, maxLon), Math.min(85, maxLat)];
        expect(eventsQuery(firstViewBox(view, size), null).toString(), `${JSON.stringify(view)} in ${size.join('×')}`).toBe(eventsQuery(shown, null).toString());
      }
    }
  });

  it('spells a tile URL as OpenLayers fills the template', () => {
    const template = claimTileTemplate('http://127.0.0.1:5173/api/', new URLSearchParams({ from: '2024-01-01', cat: 'shelling,raid' }));
    const olUrl = createFromTemplate(template, createXYZ({ maxZoom: MAX_TILE_ZOOM, tileSize: TILE_SIZE_PX }));
    expect(claimTileUrl(template, { z: 5, x: 22, y: 12 })).toBe(olUrl([5, 22, 12], 1, undefined as never));
    expect(claimTileUrl(template, { z: 5, x: 22, y: 12 })).toBe('http://127.0.0.1:5173/api/tiles/claims/5/22/12.mvt?from=2024-01-01&cat=shelling%2Craid');
  });
});
