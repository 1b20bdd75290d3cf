import type { FeatureLike } from 'ol/Feature';
import type Geometry from 'ol/geom/Geometry';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import { getHeight, getWidth } from 'ol/extent';
import { largestPolygon } from './labels';
import type { AreaColours, AreaProperties, LineWidths, StyleDefinition } from '../types';

/**
 * Styles for the area layers (countries, provinces, river), driven by the `areas` colours and
 * the `lines` widths of the shared style definition (the export renderer reads the same). Focus
 * areas get stronger fills, strokes and bolder labels. Area, country and town names are placed
 * and drawn by mapLabels.ts; only the rivers' names follow their lines here.
 */

/** The widths a server without `lines` in `/api/style` gets (the values the style shipped with). */
export const DEFAULT_LINES: LineWidths = {
  focusStroke: 1.8,
  focusCountryStroke: 0.8,
  contextStroke: 0.8,
  coreCountryStroke: 2.2,
  neighbourCountryStroke: 1,
  river: 2.4,
  riverCasing: 4.5,
  symbolRadius: 8,
};

/** The style definition's line widths, any missing one from DEFAULT_LINES. */
export function lineWidths(style: StyleDefinition): LineWidths {
  const lines: LineWidths = { ...DEFAULT_LINES };
  for (const key of Object.keys(lines) as Array<keyof LineWidths>) {
    const value = style.lines?.[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) lines[key] = value;
  }
  return lines;
}

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Which countries are the subject of the map, derived from the data once everything loaded. */
export interface AreaContext {
  /** Countries flagged `focus` (Tajikistan). Their provinces share the focus fill. */
  focusCountries: Set<string>;
  /** Focus countries plus those holding a focus province (Afghanistan); all others are neighbours. */
  coreCountries: Set<string>;
  /** Choropleth mode: the fill colour of each province, or null when the mode is off. */
  shade: ((areaId: string) => string) | null;
}

export function areaProps(feature: FeatureLike): AreaProperties {
  return feature.getProperties() as AreaProperties;
}

/** The English name, as labels are in English. */
export function englishName(props: AreaProperties): string {
  return props.names?.['en'] || props.name || props.id;
}

export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!hex?.[1]) return color;
  const digits = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

function label(text: string, font: string, color: string, halo: string, extra: Partial<ConstructorParameters<typeof Text>[0]> = {}): Text {
  return new Text({
    text,
    font,
    fill: new Fill({ color }),
    stroke: new Stroke({ color: halo, width: 3 }),
    ...extra,
  });
}

/** Label styles are per feature; cache them so a redraw allocates nothing. */
function memo<T>(): (key: string, make: () => T) => T {
  const cache = new Map<string, T>();
  return (key, make) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make();
      cache.set(key, value);
    }
    return value;
  };
}

const LABEL_MIN_ZOOM_RESOLUTION = 6000; // m/px: hide province labels when zoomed far out

/** Whether a context label roughly fits inside its area's largest part at this resolution. */
function labelFits(feature: FeatureLike, text: string, resolution: number): boolean {
  const polygon = largestPolygon(feature.getGeometry() as Geometry | undefined);
  if (!polygon) return false;
  const extent = polygon.getExtent();
  return getWidth(extent) / resolution >= text.length * 5.5 && getHeight(extent) / resolution >= 14;
}

/** Whether a province shows its name at a resolution: focus areas always, others where they fit. */
export function hasProvinceLabel(feature: FeatureLike, resolution: number): boolean {
  const p = areaProps(feature);
  return p.focus || (resolution <= LABEL_MIN_ZOOM_RESOLUTION && labelFits(feature, englishName(p), resolution));
}

const FOCUS_LABEL_FONT = `700 12.5px ${FONT_STACK}`;
const CONTEXT_LABEL_FONT = `500 11px ${FONT_STACK}`;
const CORE_COUNTRY_FONT = `700 14px ${FONT_STACK}`;
const NEIGHBOUR_COUNTRY_FONT = `italic 500 12px ${FONT_STACK}`;

/** A province label's text and font (label placement measures it). */
export function provinceLabelText(feature: FeatureLike): { text: string; font: string } {
  const p = areaProps(feature);
  return { text: englishName(p), font: p.focus ? FOCUS_LABEL_FONT : CONTEXT_LABEL_FONT };
}

/** A country label's text (capitals) and font: bold for the map's own countries, italic for neighbours. */
export function countryLabelText(name: string, core: boolean): { text: string; font: string } {
  return { text: name.toUpperCase(), font: core ? CORE_COUNTRY_FONT : NEIGHBOUR_COUNTRY_FONT };
}

export function countryFillStyle(colours: AreaColours, context: AreaContext): (f: FeatureLike) => Style {
  const focus = new Style({ fill: new Fill({ color: colours.focusFill }) });
  const core = new Style({ fill: new Fill({ color: colours.contextFill }) });
  const neighbour = new Style({ fill: new Fill({ color: colours.neighbourFill }) });
  return (feature) => {
    const p = areaProps(feature);
    if (p.focus || context.focusCountries.has(p.country)) return focus;
    return context.coreCountries.has(p.country) ? core : neighbour;
  };
}

export function countryOutlineStyle(colours: AreaColours, lines: LineWidths, context: AreaContext): (f: FeatureLike) => Style {
  const coreStroke = new Style({ stroke: new Stroke({ color: colours.countryStroke, width: lines.coreCountryStroke }) });
  const neighbourStroke = new Style({ stroke: new Stroke({ color: colours.contextStroke, width: lines.neighbourCountryStroke }) });
  return (feature) => {
    const p = areaProps(feature);
    return context.coreCountries.has(p.country) || p.focus ? coreStroke : neighbourStroke;
  };
}

export function provinceStyle(colours: AreaColours, lines: LineWidths, context: AreaContext): (f: FeatureLike) => Style {
  const focusArea = new Style({
    fill: new Fill({ color: colours.focusFill }),
    stroke: new Stroke({ color: colours.focusStroke, width: lines.focusStroke }),
    zIndex: 2,
  });
  const focusCountryArea = new Style({
    fill: new Fill({ color: colours.focusFill }),
    stroke: new Stroke({ color: withAlpha(colours.focusStroke, 0.45), width: lines.focusCountryStroke }),
    zIndex: 1,
  });
  const contextArea = new Style({
    fill: new Fill({ color: colours.contextFill }),
    stroke: new Stroke({ color: colours.contextStroke, width: lines.contextStroke }),
    zIndex: 0,
  });
  const shaded = memo<Style>();
  const shadedArea = (p: AreaProperties, color: string) =>
    shaded(`${color}|${p.focus}`, () =>
      new Style({
        fill: new Fill({ color }),
        stroke: p.focus
          ? new Stroke({ color: colours.countryStroke, width: lines.focusStroke })
          : new Stroke({ color: colours.contextStroke, width: lines.contextStroke }),
        zIndex: p.focus ? 2 : 0,
      }),
    );
  return (feature) => {
    const p = areaProps(feature);
    if (context.shade) return shadedArea(p, context.shade(p.id));
    return p.focus ? focusArea : context.focusCountries.has(p.country) ? focusCountryArea : contextArea;
  };
}

export function riverStyle(colours: AreaColours, lines: LineWidths): (f: FeatureLike) => Style[] {
  const casing = new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.7)', width: lines.riverCasing }), zIndex: 0 });
  const line = new Style({ stroke: new Stroke({ color: colours.river, width: lines.river }), zIndex: 1 });
  const labels = memo<Style>();
  return (feature) => {
    const p = areaProps(feature);
    const text = labels(p.id, () =>
      new Style({
        zIndex: 50,
        text: label(englishName(p), `italic 600 11px ${FONT_STACK}`, colours.river, 'rgba(255,255,255,0.9)', {
          placement: 'line',
          maxAngle: Math.PI / 10, // only along fairly straight stretches: the Panj meanders
          textBaseline: 'bottom',
          offsetY: -4,
          repeat: 600,
        }),
      }),
    );
    return [casing, line, text];
  };
}

/** For layers the UI has no dedicated style for (new layers added on the server). */
export function genericAreaStyle(colours: AreaColours, lines: LineWidths): Style {
  return new Style({
    fill: new Fill({ color: withAlpha(colours.contextStroke, 0.12) }),
    stroke: new Stroke({ color: colours.contextStroke, width: lines.neighbourCountryStroke }),
  });
}

/** The outline drawn around the selected area. */
export function areaSelectionStyle(): Style {
  return new Style({
    fill: new Fill({ color: 'rgba(27, 39, 49, 0.08)' }),
    stroke: new Stroke({ color: '#1b2731', width: 3 }),
  });
}
