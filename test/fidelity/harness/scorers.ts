/** The kind scorers the fidelity harness knows, by document kind. */
import type { DocumentKind } from '@ostal/model';
import type { KindScorer } from './kind-scorer.js';
import { deckScorer } from './deck-scorer.js';
import { sheetScorer } from './sheet-scorer.js';
import { textScorer } from './text-scorer.js';

/** Scorers by kind. */
export const SCORERS: Partial<Record<DocumentKind, KindScorer>> = { text: textScorer, workbook: sheetScorer, deck: deckScorer };

/**
 * The scorer for `kind`.
 * @throws RangeError when no scorer exists for that kind yet.
 */
export function scorerFor(kind: string): KindScorer {
  const scorer = (SCORERS as Record<string, KindScorer | undefined>)[kind];
  if (!scorer) throw new RangeError(`No fidelity scorer for kind "${kind}" (known: ${Object.keys(SCORERS).join(', ')}).`);
  return scorer;
}
