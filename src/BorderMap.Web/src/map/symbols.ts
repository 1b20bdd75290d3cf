import type { Coordinate } from 'ol/coordinate';
import Point from 'ol/geom/Point';
import { asArray } from 'ol/color';
import { toContext } from 'ol/render';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import type ImageStyle from 'ol/style/Image';
import RegularShape from 'ol/style/RegularShape';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import type { Offset } from './spread';
import type { CategoryStyle, SymbolKind } from '../types';

/**
 * Claim symbols: one OpenLayers image style per symbol kind of the shared style definition.
 * The legend draws these same styles, so the map and the legend cannot drift apart.
 */

export type SymbolState = 'normal' | 'hover' | 'selected';

/**
 * Nominal symbol radius in CSS pixels (the style definition's `lines.symbolRadius`, set once at
 * start-up with `setSymbolRadius`); each kind is scaled to a similar visual weight.
 */
let symbolRadius = 8;

/** The nominal radius (CSS px), e.g. for what labels keep clear of. */
export function nominalSymbolRadius(): number {
  return symbolRadius;
}

/** Sets the nominal radius from the shared style (before anything is drawn). */
export function setSymbolRadius(radius: number): void {
  if (!(radius > 0) || radius === symbolRadius) return;
  symbolRadius = radius;
  cache.clear();
}
export const HALO = '#ffffff';
export const SELECTION_RING = '#1b2731';

const SCALE: Record<SymbolState, number> = { normal: 1, hover: 1.2, selected: 1.35 };

/** OpenLayers displacement is y-up; spread offsets are y-down screen pixels. */
function displacement(offset: Offset): number[] {
  return [offset[0], -offset[1]];
}

/**
 * Claim symbols take part in the area labels' declutter group as obstacles: they are always
 * drawn, and labels that would collide with them are left out.
 */
const declutterMode = 'obstacle' as const;

/**
 * A claim whose date is known only to the week, month or year is drawn uncertain: its fill pale
 * and its outline dashed, since it shows over the whole of that period.
 */
function shapePaint(color: string, uncertain: boolean): { fill: Fill; stroke: Stroke } {
  if (!uncertain) return { fill: new Fill({ color }), stroke: new Stroke({ color: HALO, width: 1.5 }) };
  const [r, g, b] = asArray(color);
  return { fill: new Fill({ color: [r, g, b, 0.4] }), stroke: new Stroke({ color: [r, g, b, 1], width: 1.5, lineDash: [3, 2] }) };
}

function shapeStyles(kind: SymbolKind, color: string, radius: number, offset: Offset, uncertain = false): ImageStyle[] {
  const { fill, stroke } = shapePaint(color, uncertain);
  const d = displacement(offset);
  switch (kind) {
    case 'circle':
      return [new CircleStyle({ radius: radius * 0.9, fill, stroke, displacement: d, declutterMode })];
    case 'square':
      return [new RegularShape({ points: 4, radius: radius * 1.05, angle: Math.PI / 4, fill, stroke, displacement: d, declutterMode })];
    case 'triangle':
      return [new RegularShape({ points: 3, radius: radius * 1.25, angle: 0, fill, stroke, displacement: d, declutterMode })];
    case 'diamond':
      return [new RegularShape({ points: 4, radius: radius * 1.2, angle: 0, fill, stroke, displacement: d, declutterMode })];
    case 'star':
      return [
        new RegularShape({ points: 5, radius: radius * 1.3, radius2: radius * 0.55, angle: 0, fill, stroke, displacement: d, declutterMode }),
      ];
    case 'hexagon':
      return [new RegularShape({ points: 6, radius: radius * 1.0, angle: 0, fill, stroke, displacement: d, declutterMode })];
    case 'cross':
      // A plus sign: a white halo stroke under a coloured one (RegularShape with radius2 0 draws spokes).
      return [
        new RegularShape({
          points: 4, radius: radius * 1.15, radius2: 0, angle: 0, displacement: d, declutterMode,
          stroke: new Stroke({ color: HALO, width: radius * 0.75 + 3, lineCap: 'round' }),
        }),
        new RegularShape({
          points: 4, radius: radius * 1.05, radius2: 0, angle: 0, displacement: d, declutterMode,
          stroke: new Stroke({ color, width: radius * 0.75, lineCap: 'butt' }),
        }),
      ];
  }
}

/** A ring behind selected/hovered symbols so the state reads at a glance. */
function ringStyle(state: SymbolState, offset: Offset): Style | null {
  if (state === 'normal') return null;
  return new Style({
    zIndex: 0,
    image: new CircleStyle({
      radius: symbolRadius * SCALE[state] + 5,
      fill: new Fill({ color: 'rgba(255,255,255,0.85)' }),
      stroke: new Stroke({ color: SELECTION_RING, width: state === 'selected' ? 2.5 : 1.5 }),
      displacement: displacement(offset),
      declutterMode,
    }),
  });
}

/** Thin leader from the true anchor to a spread-out symbol, with a dot marking the anchor. */
function leaderStyle(offset: Offset): Style {
  return new Style({
    zIndex: -1,
    renderer(coordinates, state) {
      const [x, y] = coordinates as Coordinate;
      const ratio = state.pixelRatio;
      const ctx = state.context;
      ctx.save();
      ctx.strokeStyle = 'rgba(27,39,49,0.55)';
      ctx.lineWidth = ratio;
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + offset[0] * ratio, y + offset[1] * ratio);
      ctx.stroke();
      ctx.fillStyle = SELECTION_RING;
      ctx.beginPath();
      ctx.arc(x, y, 2.5 * ratio, 0, 2 * Math.PI);
      ctx.fill();
      ctx.restore();
    },
  });
}

/** Offsets vary with zoom where groups merge, so the cache is bounded. */
const cache = new Map<string, Style[]>();
const CACHE_LIMIT = 1000;

/** The full style stack for one claim symbol (cached: styles own canvases). */
export function claimSymbolStyle(category: CategoryStyle, state: SymbolState, offset: Offset, uncertain = false): Style[] {
  const key = `${category.id}|${category.color}|${category.symbol}|${state}|${offset[0]},${offset[1]}|${uncertain}`;
  let styles = cache.get(key);
  if (!styles) {
    const zIndex = state === 'selected' ? 3 : state === 'hover' ? 2 : 1;
    const images = shapeStyles(category.symbol, category.color, symbolRadius * SCALE[state], offset, uncertain);
    styles = [
      ...(offset[0] !== 0 || offset[1] !== 0 ? [leaderStyle(offset)] : []),
      ...(state === 'normal' ? [] : [ringStyle(state, offset) as Style]),
      ...images.map((image) => new Style({ image, zIndex })),
    ];
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, styles);
  }
  return styles;
}

/** Each category's symbol as a PNG data URL, per size and pixel ratio: drawn once, then shared by every row that shows it. */
const symbolUrls = new WeakMap<CategoryStyle, Map<string, string>>();

/** Draws a category's symbol with the map's own styles, once per size, as an image. */
function symbolUrl(category: CategoryStyle, size: number, ratio: number): string {
  let urls = symbolUrls.get(category);
  if (!urls) symbolUrls.set(category, (urls = new Map<string, string>()));
  const key = `${size}@${ratio}`;
  const known = urls.get(key);
  if (known) return known;
  const canvas = document.createElement('canvas');
  canvas.width = size * ratio;
  canvas.height = size * ratio;
  const context = canvas.getContext('2d');
  if (context) {
    const render = toContext(context, { size: [size, size], pixelRatio: ratio });
    for (const style of claimSymbolStyle(category, 'normal', [0, 0])) {
      render.setStyle(style);
      render.drawGeometry(new Point([size / 2, size / 2]));
    }
  }
  const url = canvas.toDataURL('image/png');
  urls.set(key, url);
  return url;
}

/**
 * A category's symbol for the legend, the list and the panels, as an image rather than a canvas:
 * Chromium hands every canvas on the page to its compositor again on each frame the map draws
 * (the list's rows held about 40), which cost a panning frame more than drawing the map did
 * (bench/RESULTS.md, "Scale").
 */
export function symbolImage(category: CategoryStyle, size = 22): HTMLImageElement {
  const image = document.createElement('img');
  image.src = symbolUrl(category, size, window.devicePixelRatio || 1);
  image.width = size;
  image.height = size;
  image.alt = '';
  image.className = 'symbol';
  image.setAttribute('aria-hidden', 'true');
  return image;
}

/** The white halo around a cluster badge's ring, in CSS px. */
export const BADGE_HALO_PX = 1.5;

/** Radius of a cluster badge for `count` claims, in CSS px (without its halo). */
export function clusterRadius(count: number): number {
  return Math.round(11 + 3.5 * Math.log10(Math.max(2, count)));
}
