/**
 * Badge-sized groups of a tile's cluster cells. The server counts claims in a fine grid (32 × 32
 * cells per 512 px tile), finer than a count badge is wide, so drawn one badge per cell the badges
 * would pile up by the thousand at a country view: each costs drawing, hit testing and label
 * placement while hiding the ones below it. Here the cells are merged greedily, largest first:
 * a cell joins the group of the first larger cell within `spacing` of it, else starts its own; a
 * group keeps the total count and category mix of its cells at the mean of their claims' anchors.
 * Pure; any units, as long as positions and spacing agree.
 */

export interface CellCount {
  /** Mean anchor of the cell's claims. */
  x: number;
  y: number;
  count: number;
  /** Claims per category id. */
  categories: ReadonlyMap<string, number>;
}

interface Group {
  seedX: number;
  seedY: number;
  sumX: number;
  sumY: number;
  count: number;
  categories: Map<string, number>;
}

/** Groups by a square grid of side `spacing`, so a cell only looks at the seeds of the 3 × 3 squares around it. */
class Seeds {
  private readonly squares = new Map<string, Group[]>();

  constructor(private readonly spacing: number) {}

  private key(col: number, row: number): string {
    return `${col},${row}`;
  }

  nearest(x: number, y: number): Group | null {
    const col = Math.floor(x / this.spacing);
    const row = Math.floor(y / this.spacing);
    let best: Group | null = null;
    let bestDistance = this.spacing * this.spacing;
    for (let dc = -1; dc <= 1; dc++) {
      for (let dr = -1; dr <= 1; dr++) {
        for (const group of this.squares.get(this.key(col + dc, row + dr)) ?? []) {
          const d = (group.seedX - x) ** 2 + (group.seedY - y) ** 2;
          if (d < bestDistance) {
            bestDistance = d;
            best = group;
          }
        }
      }
    }
    return best;
  }

  add(group: Group): void {
    const key = this.key(Math.floor(group.seedX / this.spacing), Math.floor(group.seedY / this.spacing));
    const square = this.squares.get(key);
    if (square) square.push(group);
    else this.squares.set(key, [group]);
  }
}

/** Merges cells whose positions lie closer than `spacing` to a larger cell into that cell's group. */
export function groupCells(cells: readonly CellCount[], spacing: number): CellCount[] {
  if (!(spacing > 0)) throw new Error(`Badge spacing must be positive, not ${spacing}`);
  const seeds = new Seeds(spacing);
  const groups: Group[] = [];
  const largestFirst = [...cells].sort((a, b) => b.count - a.count);
  for (const cell of largestFirst) {
    let group = seeds.nearest(cell.x, cell.y);
    if (!group) {
      group = { seedX: cell.x, seedY: cell.y, sumX: 0, sumY: 0, count: 0, categories: new Map() };
      seeds.add(group);
      groups.push(group);
    }
    group.sumX += cell.x * cell.count;
    group.sumY += cell.y * cell.count;
    group.count += cell.count;
    for (const [id, n] of cell.categories) group.categories.set(id, (group.categories.get(id) ?? 0) + n);
  }
  return groups.map((g) => ({ x: g.count > 0 ? g.sumX / g.count : g.seedX, y: g.count > 0 ? g.sumY / g.count : g.seedY, count: g.count, categories: g.categories }));
}
