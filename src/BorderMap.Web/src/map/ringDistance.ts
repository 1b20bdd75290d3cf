/**
 * How far inside a polygon a point lies: the distance to its nearest ring edge if the point is
 * inside (even-odd rule over all rings), or -1 if it is outside. Label placement (labels.ts) asks
 * this of ~170 sample points per area label, and a province or a clipped country has thousands of
 * edges, so testing every edge for every sample was the first render's largest piece of script.
 *
 * The edges are kept in runs of RUN_EDGES consecutive edges of one ring, each run with its
 * bounding box. A point's rightward ray can only cross an edge of a run whose box spans the
 * point's y and reaches to its right, and an edge is never nearer than its run's box, so most runs
 * are skipped whole; the runs looked into apply the same per-edge arithmetic as a test of every
 * edge, so the answers are the same. The run nearest to the previous point is looked into first:
 * neighbouring samples have the same nearest edges, which makes the bound tight at once.
 * Pure; any units.
 */

const RUN_EDGES = 16;
/** Per run: its box (min x, min y, max x, max y), then the index of its first vertex's x and its number of edges. */
const RUN_FIELDS = 6;

export class RingDistance {
  private readonly coordinates: Float64Array;
  private readonly runs: Float64Array;
  private readonly runCount: number;
  private nearestRun = 0;

  /** `rings`: each ring as flat [x0, y0, x1, y1, …], closed (its last point repeats its first). */
  constructor(rings: readonly (readonly number[])[]) {
    const vertices = rings.reduce((sum, ring) => sum + ring.length, 0);
    this.coordinates = new Float64Array(vertices);
    const runs: number[] = [];
    let offset = 0;
    for (const ring of rings) {
      this.coordinates.set(ring, offset);
      const edges = Math.max(0, Math.floor(ring.length / 2) - 1);
      for (let first = 0; first < edges; first += RUN_EDGES) runs.push(...this.runOf(offset + 2 * first, Math.min(RUN_EDGES, edges - first)));
      offset += ring.length;
    }
    this.runs = Float64Array.from(runs);
    this.runCount = runs.length / RUN_FIELDS;
  }

  private runOf(start: number, edges: number): number[] {
    const c = this.coordinates;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = start; i <= start + 2 * edges; i += 2) {
      const x = c[i] ?? 0;
      const y = c[i + 1] ?? 0;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    return [minX, minY, maxX, maxY, start, edges];
  }

  /** The distance from (x, y) to the nearest ring edge if the point is inside, or -1 if it is outside. */
  distance(x: number, y: number): number {
    if (!this.inside(x, y)) return -1;
    let best = this.runDistance(this.nearestRun, x, y, Infinity);
    for (let run = 0; run < this.runCount; run++) {
      if (run === this.nearestRun || this.boxDistanceSquared(run, x, y) >= best) continue;
      const d = this.runDistance(run, x, y, best);
      if (d < best) {
        best = d;
        this.nearestRun = run;
      }
    }
    return Math.sqrt(best);
  }

  /** Even-odd: the edges the rightward ray from (x, y) crosses, counted only in runs that can hold one. */
  private inside(x: number, y: number): boolean {
    const c = this.coordinates;
    const r = this.runs;
    let inside = false;
    for (let run = 0; run < this.runCount; run++) {
      const at = run * RUN_FIELDS;
      // An edge straddles y only if min y ≤ y < max y, and is crossed only if it reaches right of x.
      if (y < (r[at + 1] ?? 0) || y >= (r[at + 3] ?? 0) || x > (r[at + 2] ?? 0)) continue;
      const start = r[at + 4] ?? 0;
      const end = start + 2 * (r[at + 5] ?? 0);
      for (let i = start; i < end; i += 2) {
        const ax = c[i] ?? 0;
        const ay = c[i + 1] ?? 0;
        const bx = c[i + 2] ?? 0;
        const by = c[i + 3] ?? 0;
        if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      }
    }
    return inside;
  }

  /** The squared distance from (x, y) to a run's box (0 inside it): no edge of the run is nearer. */
  private boxDistanceSquared(run: number, x: number, y: number): number {
    const at = run * RUN_FIELDS;
    const r = this.runs;
    const dx = Math.max((r[at] ?? 0) - x, 0, x - (r[at + 2] ?? 0));
    const dy = Math.max((r[at + 1] ?? 0) - y, 0, y - (r[at + 3] ?? 0));
    return dx * dx + dy * dy;
  }

  /** The least squared distance from (x, y) to a run's edges, or `best` if none is nearer. */
  private runDistance(run: number, x: number, y: number, best: number): number {
    const c = this.coordinates;
    const at = run * RUN_FIELDS;
    const start = this.runs[at + 4] ?? 0;
    const end = start + 2 * (this.runs[at + 5] ?? 0);
    let nearest = best;
    for (let i = start; i < end; i += 2) {
      const ax = c[i] ?? 0;
      const ay = c[i + 1] ?? 0;
      const dx = (c[i + 2] ?? 0) - ax;
      const dy = (c[i + 3] ?? 0) - ay;
      const lengthSq = dx * dx + dy * dy;
      const t = lengthSq > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSq)) : 0;
      const ex = ax + t * dx - x;
      const ey = ay + t * dy - y;
      const d = ex * ex + ey * ey;
      if (d < nearest) nearest = d;
    }
    return nearest;
  }
}
