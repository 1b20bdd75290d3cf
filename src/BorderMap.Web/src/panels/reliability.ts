import { el } from '../shared/dom';

/** Source reliability in the Admiralty code (NATO AJP-2.1): A–F, apart from any one claim's credibility. */
const GRADES: Record<string, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** "B (usually reliable)", or "not rated". */
export function describeReliability(grade: string | null | undefined): string {
  return grade && GRADES[grade] ? `${grade} (${GRADES[grade]})` : 'not rated';
}

/** The source's grade as a small badge for the claim panel and the source facts. */
export function reliabilityBadge(grade: string | null | undefined): HTMLElement {
  return el(
    'span',
    { className: `reliability reliability-${grade ?? 'none'}`, testId: 'source-reliability', attrs: { title: 'Source reliability (Admiralty code)' } },
    `Source reliability ${describeReliability(grade)}`,
  );
}
