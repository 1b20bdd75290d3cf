/**
 * The export's pixel size and resolution as the dialog checks them before asking the server: the
 * renderer's own limits (ExportRequestParser), said in words beside the field, so that a width of
 * 0 is a message and never a derived height of 1 or a preview at 172,000 DPI. Pure.
 */

export const MAX_PIXELS = 20_000;
export const MIN_DPI = 36;
export const MAX_DPI = 2_400;
/** The renderer needs a page of at least 3 × 2 inches for the map, its title and its panels. */
const MIN_INCHES = { width: 3, height: 2 } as const;

export interface ExportSize {
  width: number;
  height: number;
  dpi: number;
}

export type SizeProblems = Partial<Record<keyof ExportSize, string>>;

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

function isWholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function pixelProblem(label: string, value: number): string | undefined {
  if (Number.isNaN(value)) return `Enter the ${label} in pixels, from 1 to ${whole.format(MAX_PIXELS)}.`;
  if (!isWholeIn(value, 1, MAX_PIXELS)) return `The ${label} must be a whole number of pixels from 1 to ${whole.format(MAX_PIXELS)}.`;
  return undefined;
}

/** What is wrong with each field, in words; an empty object when the size can be exported. */
export function sizeProblems({ width, height, dpi }: ExportSize): SizeProblems {
  const problems: SizeProblems = {};
  const widthProblem = pixelProblem('width', width);
  const heightProblem = pixelProblem('height', height);
  if (widthProblem) problems.width = widthProblem;
  if (heightProblem) problems.height = heightProblem;
  if (!isWholeIn(dpi, MIN_DPI, MAX_DPI)) {
    problems.dpi = `The DPI must be a whole number from ${MIN_DPI} to ${whole.format(MAX_DPI)}.`;
    return problems;
  }
  for (const side of ['width', 'height'] as const) {
    const least = MIN_INCHES[side] * dpi;
    const value = side === 'width' ? width : height;
    if (!problems[side] && value < least) {
      problems[side] = `At ${dpi} DPI the ${side} must be at least ${whole.format(least)} px (${MIN_INCHES[side]} inches): enter more pixels or a lower DPI.`;
    }
  }
  return problems;
}

/** The height that keeps `aspect` (width ÷ height) for a width, or null while the width is no size at all. */
export function heightForWidth(width: number, aspect: number): number | null {
  if (!isWholeIn(width, 1, MAX_PIXELS) || !(aspect > 0)) return null;
  return Math.max(1, Math.round(width / aspect));
}
