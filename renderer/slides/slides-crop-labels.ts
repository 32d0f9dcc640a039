/** Strings of the crop handles used from the keyboard. */
import type { Handle } from './shape-geometry.js';

export interface SlidesCropKeyLabels {
  /** Accessible name of a handle: "Bord gauche du rognage", "Coin supérieur droit du rognage". */
  readonly handle: (h: Handle) => string;
  /** Role description of a handle: "poignée de rognage". */
  readonly role: string;
  /** How the keys work on a handle. */
  readonly help: string;
  /** Announced after a change: "Rognage : gauche 10 %, haut 0 %, droite 0 %, bas 5 %". */
  readonly status: (left: number, top: number, right: number, bottom: number) => string;
}
