import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import VectorLayer from 'ol/layer/Vector';
import type OlMap from 'ol/Map';
import { fromLonLat } from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import { DECLUTTER_GROUP } from './layers';
import { FONT_STACK } from './style';

/** A pin with its name for a place found by the search (places are not selectable areas). */
export function createPlaceMarker(map: OlMap): { show: (name: string, lonLat: [number, number]) => void; clear: () => void } {
  const source = new VectorSource<Feature<Point>>();
  // Top of the declutter group as an obstacle: always drawn, other labels give way.
  const layer = new VectorLayer({ source, zIndex: 70, declutter: DECLUTTER_GROUP });
  layer.set('layerId', 'place-marker');
  map.addLayer(layer);
  return {
    show(name, lonLat) {
      const feature = new Feature<Point>({ geometry: new Point(fromLonLat(lonLat)) });
      feature.setStyle(
        new Style({
          image: new CircleStyle({ declutterMode: 'obstacle', radius: 6, fill: new Fill({ color: '#f0a500' }), stroke: new Stroke({ color: '#1b2731', width: 2 }) }),
          text: new Text({
            text: name,
            declutterMode: 'obstacle',
            font: `600 12px ${FONT_STACK}`,
            offsetY: -16,
            fill: new Fill({ color: '#1b2731' }),
            stroke: new Stroke({ color: 'rgba(255,255,255,0.95)', width: 3 }),
          }),
        }),
      );
      source.clear();
      source.addFeature(feature);
    },
    clear: () => source.clear(),
  };
}
