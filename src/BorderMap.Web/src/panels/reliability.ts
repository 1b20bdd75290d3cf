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

/** Information credibility in the Admiralty code: 1–6, set on one claim, apart from its source's reliability. */
export const CREDIBILITY_GRADES: Array<[string, string]> = [
  ['1', 'confirmed by other sources'],
  ['2', 'probably true'],
  ['3', 'possibly true'],
  ['4', 'doubtful'],
  ['5', 'improbable'],
  ['6', 'truth cannot be judged'],
];

/** "2 (probably true)", or "not rated". */
export function describeCredibility(grade: number | null | undefined): string {
  const meaning = CREDIBILITY_GRADES.find(([g]) => g === String(grade))?.[1];
  return grade && meaning ? `${grade} (${meaning})` : 'not rated';
}

/** The Admiralty code of a claim, its source's letter and its own digit ("B2", "B", "2"), or null when neither is rated. */
export function admiraltyCode(reliability: string | null | undefined, credibility: number | null | undefined): string | null {
  const code = `${reliability ?? ''}${credibility ?? ''}`;
  return code || null;
}
