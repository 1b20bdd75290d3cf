import { describe, expect, it } from 'vitest';
import { loadAreaLayers } from '../src/app/areaLoads';
import type { PreparedBaseMap, PreparedFeature } from '../src/map/preparedGeoJson';
import type { AreaProperties, LayerInfo } from '../src/types';

const infos: LayerInfo[] = [
  { id: 'countries', title: 'Countries', featureCount: 1 },
  { id: 'provinces', title: 'Provinces', featureCount: 1 },
  { id: 'rivers', title: 'Rivers', featureCount: 1 },
];

/** A layer of one area with no geometry: what matters here is only whether and when it is added. */
function collection(id: string): PreparedFeature[] {
  const properties: AreaProperties = { id, kind: 'province', country: 'TJK', name: id, focus: false };
  return [{ id, geometry: null, properties: { ...properties } }];
}

/** The order things happened in, as the map's steps record them. */
function recorder() {
  const happened: string[] = [];
  const steps = {
    add: (info: LayerInfo) => happened.push(`add ${info.id}`),
    fail: (info: LayerInfo) => happened.push(`fail ${info.id}`),
    allSettled: () => happened.push('context'),
  };
  return { happened, steps };
}

/** Lets every promise callback queued so far run, as they do before the browser draws the next frame. */
const microtasks = () => new Promise<void>((resolve) => queueMicrotask(() => queueMicrotask(() => queueMicrotask(() => queueMicrotask(resolve)))));

describe('loading the area layers', () => {
  it('derives the focus countries once, right after the last layer is in, without waiting for anything else', async () => {
    const { happened, steps } = recorder();
    const baseMap: PreparedBaseMap = { layers: { countries: collection('a'), provinces: collection('b'), rivers: collection('c') }, towns: collection('t') };
    const loads = loadAreaLayers(infos, Promise.resolve(baseMap), steps);
    await Promise.all(loads);
    await microtasks();
    expect(happened).toEqual(['add countries', 'add provinces', 'add rivers', 'context']);
  });

  it('loads the other layers when one is missing, reports it, and still derives the focus countries', async () => {
    const { happened, steps } = recorder();
    const baseMap: PreparedBaseMap = { layers: { countries: collection('a'), rivers: collection('c') }, towns: collection('t') };
    const loads = loadAreaLayers(infos, Promise.resolve(baseMap), steps);
    const results = await Promise.allSettled(loads);
    await microtasks();
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(happened).toEqual(['add countries', 'fail provinces', 'add rivers', 'context']);
  });

  it('reports every layer when the base map fails, and derives nothing before that', async () => {
    const { happened, steps } = recorder();
    let refuse: (error: Error) => void = () => undefined;
    const loads = loadAreaLayers(infos, new Promise<PreparedBaseMap>((_, reject) => (refuse = reject)), steps);
    await microtasks();
    expect(happened).toEqual([]);
    refuse(new Error('503'));
    await Promise.allSettled(loads);
    await microtasks();
    expect(happened).toEqual(['fail countries', 'fail provinces', 'fail rivers', 'context']);
  });
});
