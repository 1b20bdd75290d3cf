import type { Extent } from 'ol/extent';
import { containsExtent } from 'ol/extent';
import Layer from 'ol/layer/Layer';
import type { FrameState } from 'ol/Map';
import CanvasImmediateRenderer from 'ol/render/canvas/Immediate';
import { getSquaredTolerance } from 'ol/renderer/vector';
import type VectorSource from 'ol/source/Vector';
import type Style from 'ol/style/Style';
import type { StyleFunction } from 'ol/style/Style';
import { apply as applyTransform, type Transform } from 'ol/transform';
import ViewHint from 'ol/ViewHint';
import type { AreaFeature } from './layers';

/**
 * The area polygons (country fills, provinces, country outlines, other area layers) drawn as one
 * canvas image covering IMAGE_RATIO times the view, and drawn again only while the view rests
 * (or when a style input such as the choropleth changed). While the map is dragged or zoomed the
 * image is only moved and scaled with a CSS transform, which the compositor does off the page's
 * main thread: OpenLayers' own vector layers replay (or copy) every polygon on every frame.
 * It is an OpenLayers layer with its own `render` (an element in the map's layer stack), so it
 * keeps its place below the claims, the labels and the rivers.
 */

/** A drag of up to a quarter of the view's width or height each way shows drawn areas before the image is drawn anew. */
const IMAGE_RATIO = 1.5;

/** One area layer in the image: its features, their style, its order, and whether the Layers panel shows it now. */
export interface AreaImagePart {
  source: VectorSource<AreaFeature>;
  style: Style | StyleFunction;
  order: number;
  shown: () => boolean;
}

interface Drawn {
  extent: Extent;
  resolution: number;
  pixelRatio: number;
}

function stylesOf(style: Style | StyleFunction, feature: AreaFeature, resolution: number): Style[] {
  const result = typeof style === 'function' ? style(feature, resolution) : style;
  if (!result) return [];
  return Array.isArray(result) ? result : [result];
}

export class AreaImage {
  readonly layer: Layer;
  private readonly element = document.createElement('div');
  private readonly canvas = document.createElement('canvas');
  private drawn: Drawn | null = null;
  private stale = true;

  constructor(
    private readonly parts: AreaImagePart[],
    zIndex: number,
  ) {
    this.element.className = 'area-image';
    this.element.append(this.canvas);
    this.layer = new Layer({ zIndex, render: (frameState) => this.render(frameState) });
  }

  /** Draws the image anew at the next frame the view rests in (a part's features, style or visibility changed). */
  redraw(): void {
    this.stale = true;
    this.layer.changed();
  }

  private render(frameState: FrameState): HTMLElement {
    const moving = !!(frameState.viewHints[ViewHint.ANIMATING] || frameState.viewHints[ViewHint.INTERACTING]);
    const drawn = this.drawn;
    const fits = !!drawn && drawn.resolution === frameState.viewState.resolution && drawn.pixelRatio === frameState.pixelRatio && !!frameState.extent && containsExtent(drawn.extent, frameState.extent);
    if (!drawn || (!moving && (this.stale || !fits))) this.draw(frameState);
    this.place(frameState);
    return this.element;
  }

  private draw(frameState: FrameState): void {
    const { resolution, center } = frameState.viewState;
    const pixelRatio = frameState.pixelRatio;
    const width = Math.ceil(frameState.size[0] * IMAGE_RATIO);
    const height = Math.ceil(frameState.size[1] * IMAGE_RATIO);
    const [cx = 0, cy = 0] = center;
    const extent: Extent = [cx - (width / 2) * resolution, cy - (height / 2) * resolution, cx + (width / 2) * resolution, cy + (height / 2) * resolution];
    this.canvas.width = Math.round(width * pixelRatio);
    this.canvas.height = Math.round(height * pixelRatio);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    const context = this.canvas.getContext('2d');
    if (!context) return;
    const scale = pixelRatio / resolution;
    const toPixel: Transform = [scale, 0, 0, -scale, -extent[0] * scale, extent[3] * scale];
    const renderer = new CanvasImmediateRenderer(context, pixelRatio, extent, toPixel, 0, getSquaredTolerance(resolution, pixelRatio));
    for (const part of [...this.parts].sort((a, b) => a.order - b.order)) {
      if (part.shown()) drawPart(renderer, part, extent, resolution);
    }
    this.drawn = { extent, resolution, pixelRatio };
    this.stale = false;
  }

  /** Moves (and while zooming, scales) the drawn image to where its extent is in the view now. */
  private place(frameState: FrameState): void {
    const drawn = this.drawn;
    if (!drawn) return;
    const [x = 0, y = 0] = applyTransform(frameState.coordinateToPixelTransform, [drawn.extent[0], drawn.extent[3]]);
    const scale = drawn.resolution / frameState.viewState.resolution;
    this.canvas.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
  }
}

/** One part's features in the image's extent, by their styles' z-index as OpenLayers orders them within a layer. */
function drawPart(renderer: CanvasImmediateRenderer, part: AreaImagePart, extent: Extent, resolution: number): void {
  const drawings: Array<{ feature: AreaFeature; style: Style }> = [];
  for (const feature of part.source.getFeaturesInExtent(extent)) {
    for (const style of stylesOf(part.style, feature, resolution)) drawings.push({ feature, style });
  }
  drawings.sort((a, b) => (a.style.getZIndex() ?? 0) - (b.style.getZIndex() ?? 0));
  for (const { feature, style } of drawings) renderer.drawFeature(feature, style);
}
