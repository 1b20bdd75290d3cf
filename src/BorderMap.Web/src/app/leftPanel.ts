import { classesFor, colorFor, renderChoroplethControl, renderChoroplethLegend } from '../map/choropleth';
import { redrawAreas } from '../map/layers';
import { areaProps } from '../map/style';
import { renderAdmiraltyControl } from '../panels/admiraltyControl';
import { renderLayerSwitcher } from '../panels/layerSwitcher';
import { renderLegend } from '../panels/legend';
import { orderedCategories } from '../shared/categories';
import { byId } from '../shared/dom';
import type { Workbench } from './workbench';

/** The left panel's layer switcher (with the choropleth switch and key) and legend. */
export interface LeftPanel {
  /** A layer's count; `atLeast`: a lower bound. */
  setLayerCount: (layerId: string, count: number, atLeast?: boolean) => void;
  setCategoryCounts: (counts: Map<string, number>, atLeast: boolean) => void;
  /** Claims per region under the filters (the store's counts), which the choropleth shades by. */
  setRegionCounts: (counts: Map<string, number>) => void;
  /** Shades the provinces by their number of filtered claims, or clears the shading (choropleth off). */
  shade: () => void;
}

export function wireLeftPanel(bench: Workbench): LeftPanel {
  const { areas, claims, choropleth, codes } = bench;
  const choroplethControl = renderChoroplethControl(choropleth);
  const setLayerCount = renderLayerSwitcher(
    byId('layer-switcher'),
    [
      ...bench.layerInfos.map((info) => ({ id: info.id, title: info.title, count: info.featureCount, layers: areas.byId.get(info.id) ?? [] })),
      { id: 'towns', title: 'Towns', count: null, layers: [bench.towns] },
      { id: 'claims', title: 'Claims', count: null, layers: [claims.symbols] },
      { id: 'events', title: 'Events', count: null, layers: [bench.events.toggle] },
    ],
    choroplethControl.element,
    renderAdmiraltyControl(codes),
  );
  codes.subscribe((shown) => claims.showCodes(shown));
  claims.showCodes(codes.get());
  const legend = renderLegend(byId('legend'), {
    categories: orderedCategories(bench.style, [], bench.category),
    areas: bench.style.areas,
    filters: bench.filters,
  });
  let counts = new Map<string, number>();
  const provinceIds = () => (areas.sources.get('provinces')?.getFeatures() ?? []).map((f) => areaProps(f).id);
  const shade = () => {
    if (!choropleth.get()) {
      areas.context.shade = null;
    } else {
      const ids = provinceIds();
      const classes = classesFor(Math.max(0, ...ids.map((id) => counts.get(id) ?? 0)));
      areas.context.shade = (id) => colorFor(classes, counts.get(id) ?? 0);
      renderChoroplethLegend(choroplethControl.legend, classes, ids.filter((id) => (counts.get(id) ?? 0) > 0).length);
    }
    redrawAreas(areas);
  };
  choropleth.subscribe(shade);
  return {
    setLayerCount,
    setCategoryCounts: (byCategory, atLeast) => legend.setCounts(byCategory, atLeast),
    setRegionCounts: (byRegion) => {
      counts = byRegion;
      if (choropleth.get()) shade();
    },
    shade,
  };
}
