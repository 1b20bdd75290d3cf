import Icon from 'ol/style/Icon';
import Style from 'ol/style/Style';
import { BADGE_HALO_PX, clusterRadius, HALO, SELECTION_RING } from './symbols';

/**
 * A cluster badge: a ring split by the categories' shares (in their own colours) around a dark
 * disc with the number of claims, drawn once into a small canvas per count, mix and state, and
 * then placed as an icon. Drawn anew on every frame (arcs and text for each badge) it was a
 * large part of rasterising a panning frame (bench/RESULTS.md, "Scale"); an icon is one copy. The
 * icon is hittable and, in the labels' declutter group, an obstacle they keep off.
 */

/** Badges kept drawn: several views' worth (a view shows at most a few hundred). */
const CACHE_LIMIT = 500;
const cache = new Map<string, Style>();

/** The count as a badge shows it: 950, 9.5k, 95k. */
function countLabel(count: number): string {
  return count >= 10_000 ? `${Math.round(count / 1000)}k` : count >= 1000 ? `${(count / 1000).toFixed(1)}k` : String(count);
}

/** Draws the badge, its halo included, centred in a canvas of `ratio` device pixels per CSS pixel. */
function drawBadge(radius: number, count: number, segments: ReadonlyArray<readonly [string, number]>, state: 'normal' | 'hover', font: string, ratio: number): HTMLCanvasElement {
  const r = radius * ratio;
  const outer = r + BADGE_HALO_PX * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.ceil(2 * outer) + 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  const x = canvas.width / 2;
  const y = canvas.height / 2;
  const ring = Math.max(3, r * 0.28);
  ctx.beginPath();
  ctx.arc(x, y, outer, 0, 2 * Math.PI);
  ctx.fillStyle = HALO;
  ctx.fill();
  const total = segments.reduce((sum, [, n]) => sum + n, 0) || 1;
  let angle = -Math.PI / 2;
  for (const [color, n] of segments) {
    const sweep = (2 * Math.PI * n) / total;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.arc(x, y, r, angle, angle + sweep);
    ctx.closePath();
    ctx.fillStyle = color;
    ctx.fill();
    angle += sweep;
  }
  ctx.beginPath();
  ctx.arc(x, y, r - ring, 0, 2 * Math.PI);
  ctx.fillStyle = state === 'hover' ? '#0f171e' : SELECTION_RING;
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.font = font.replace(/(\d+(?:\.\d+)?)px/, (_, px: string) => `${Number(px) * ratio}px`);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(countLabel(count), x, y + 0.5 * ratio);
  return canvas;
}

export function clusterStyle(count: number, segments: ReadonlyArray<readonly [string, number]>, state: 'normal' | 'hover', font: string): Style {
  const ratio = window.devicePixelRatio || 1;
  const key = `${count}|${state}|${ratio}|${segments.map(([c, n]) => `${c}:${n}`).join(',')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const radius = clusterRadius(count) * (state === 'hover' ? 1.12 : 1);
  const canvas = drawBadge(radius, count, segments, state, font, ratio);
  // The canvas holds device pixels; the icon is drawn at its CSS size.
  const style = new Style({ zIndex: 5, image: new Icon({ img: canvas, width: canvas.width / ratio, height: canvas.height / ratio, declutterMode: 'obstacle' }) });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, style);
  return style;
}
