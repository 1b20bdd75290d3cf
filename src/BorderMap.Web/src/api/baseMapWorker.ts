import { type PreparedBaseMap, prepareBaseMapBytes } from '../map/preparedGeoJson';

/**
 * The base map's worker (started by api/baseMap.ts): sent the base map's JSON bytes as they came
 * from the server, it parses them and prepares the features (flat, projected coordinates:
 * map/preparedGeoJson.ts) off the page's main thread, which meanwhile compiles, wires and draws
 * the workbench, and sends back the prepared base map or why it could not.
 */
export interface BaseMapAnswer {
  baseMap?: PreparedBaseMap;
  failure?: string;
}

self.addEventListener('message', (event: MessageEvent<ArrayBuffer>) => {
  let answer: BaseMapAnswer;
  try {
    answer = { baseMap: prepareBaseMapBytes(event.data) };
  } catch (error) {
    answer = { failure: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
});
