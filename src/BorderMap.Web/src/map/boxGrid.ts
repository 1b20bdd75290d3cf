import type { Extent } from 'ol/extent';

/**
 * A uniform grid over boxes (a point is a box of no size), for the questions label placement
 * asks of the claim symbols and badges many times per placement: which of them lie near this
 * spot, does any overlap this box. A query looks only at the grid squares it covers, so its cost
 * follows what is near, not how many symbols are drawn. A box covering more than
 * MAX_SQUARES_PER_BOX squares is kept aside and looked at by every query, so no box floods the
 * grid. Pure; any units, y up or down.
 */

const MAX_SQUARES_PER_BOX = 64;

export class BoxGrid {
  private readonly squares = new Map<string, number[]>();
  private readonly large: number[] = [];
  /** The query each box was last visited by, so a box in several squares is visited once. */
  private readonly visited: Uint32Array;
  private query = 0;

  constructor(
    private readonly boxes: readonly Extent[],
    private readonly size: number,
  ) {
    if (!(size > 0)) throw new Error(`Grid square size must be positive, not ${size}`);
    this.visited = new Uint32Array(boxes.length);
    boxes.forEach((box, index) => this.insert(box, index));
  }

  private range(box: Extent): [number, number, number, number] {
    const [minX = 0, minY = 0, maxX = 0, maxY = 0] = box;
    return [Math.floor(minX / this.size), Math.floor(minY / this.size), Math.floor(maxX / this.size), Math.floor(maxY / this.size)];
  }

  private insert(box: Extent, index: number): void {
    const [c0, r0, c1, r1] = this.range(box);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > MAX_SQUARES_PER_BOX) {
      this.large.push(index);
      return;
    }
    for (let c = c0; c <= c1; c++) {
      for (let r = r0; r <= r1; r++) {
        const key = `${c},${r}`;
        const square = this.squares.get(key);
        if (square) square.push(index);
        else this.squares.set(key, [index]);
      }
    }
  }

  /**
   * Calls `visit` once for each box that may touch `area` (those in the squares it covers, and the
   * large ones), until `visit` returns true; says whether one did.
   */
  some(area: Extent, visit: (box: Extent) => boolean): boolean {
    this.query = (this.query + 1) >>> 0 || 1;
    const stamp = this.query;
    const check = (index: number): boolean => {
      if (this.visited[index] === stamp) return false;
      this.visited[index] = stamp;
      const box = this.boxes[index];
      return box !== undefined && visit(box);
    };
    if (this.large.some(check)) return true;
    const [c0, r0, c1, r1] = this.range(area);
    // An area wider than the whole grid looks at every box once instead of every square.
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > this.squares.size) return this.boxes.some((_, index) => check(index));
    for (let c = c0; c <= c1; c++) {
      for (let r = r0; r <= r1; r++) {
        if (this.squares.get(`${c},${r}`)?.some(check)) return true;
      }
    }
    return false;
  }

  /** Calls `visit` once for each box that may touch `area`. */
  forEach(area: Extent, visit: (box: Extent) => void): void {
    this.some(area, (box) => {
      visit(box);
      return false;
    });
  }
}
