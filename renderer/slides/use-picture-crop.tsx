/**
 * The slides editor's crop dialog: opened from the object panel for the one selected picture,
 * it applies the crop typed (in % of the picture) as one undo step.
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

export function usePictureCrop(deck: Deck, index: number, selectedShapes: readonly DeckShape[], labels: SlidesLabels, commit: (next: Deck) => void): PictureCropState {
  const [open, setOpen] = useState(false);
  const picture = selectedShapes.length === 1 && selectedShapes[0]?.kind === 'picture' ? selectedShapes[0] : undefined;
  const dialog =
    open && picture ? (
      <CropDialog
        shape={picture}
        labels={labels}
        onCancel={() => setOpen(false)}
        onApply={(crop) => {
          setOpen(false);
          commit(setCrop(deck, index, picture.id, crop));
        }}
      />
    ) : null;
  return { openCrop: () => setOpen(true), dialog };
}
