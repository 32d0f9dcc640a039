/**
 * The slides editor's crop dialog: opened from the object panel for the one selected picture
 * (in crop mode or not), it shows each value typed on the canvas at once; OK keeps them as one
 * undo step, Cancel takes them back. It opens on the picture's crop as it stands, so after the
 * picture was moved inside its frame (crop mode) it shows the new edges.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Deck, DeckShape } from '@ostal/model';
import { CropDialog } from './SlideObjectPanel.js';
import { setCrop } from './object-operations.js';
import type { SlidesLabels } from './slides-labels.js';

export interface PictureCropState {
  readonly openCrop: () => void;
  /** The open crop dialog, or null. */
  readonly dialog: ReactNode;
}

/** `commit` records a change (`merge` joins a dialog session's changes); `revert` forgets the last step. */
export function usePictureCrop(deck: Deck, index: number, selectedShapes: readonly DeckShape[], labels: SlidesLabels, commit: (next: Deck, merge?: string) => void, revert: () => void): PictureCropState {
  const [session, setSession] = useState({ n: 0, open: false, changed: false });
  const picture = selectedShapes.length === 1 && selectedShapes[0]?.kind === 'picture' ? selectedShapes[0] : undefined;
  const merge = `crop-dialog:${String(session.n)}`;
  const close = () => setSession((s) => ({ ...s, open: false }));
  const dialog =
    session.open && picture ? (
      <CropDialog
        shape={picture}
        labels={labels}
        onChange={(crop) => {
          setSession((s) => ({ ...s, changed: true }));
          commit(setCrop(deck, index, picture.id, crop), merge);
        }}
        onCancel={() => {
          close();
          if (session.changed) revert();
        }}
        onApply={(crop) => {
          close();
          commit(setCrop(deck, index, picture.id, crop), merge);
        }}
      />
    ) : null;
  return { openCrop: () => setSession((s) => ({ n: s.n + 1, open: true, changed: false })), dialog };
}
