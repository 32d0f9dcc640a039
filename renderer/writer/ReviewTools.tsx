/** The Révision tab's comment and tracked-change buttons, enabled only where they apply. */
import type { Command } from 'prosemirror-state';
import { Button, ToolbarSeparator } from '../ui/index.js';
import { acceptAllChanges, acceptChange, goToChange, rejectAllChanges, rejectChange } from './track-changes.js';
import type { RibbonState } from './ribbon-state.js';
import type { ReviewLabels } from './review-labels.js';

/** What the review buttons ask of the editor beyond commands. */
export interface ReviewActions {
  readonly onNewComment: () => void;
  readonly commentsOpen: boolean;
  readonly onComments: () => void;
  readonly onToggleTracking: () => void;
}

const keepFocus = (e: { preventDefault: () => void }): void => e.preventDefault();

export function ReviewTools({ ribbon, labels, run, actions }: { ribbon: RibbonState; labels: ReviewLabels; run: (command: Command) => void; actions: ReviewActions }) {
  const button = (label: string, command: Command, enabled: boolean, shortcut?: string) => (
    <Button variant="quiet" title={shortcut ? `${label} (${shortcut})` : label} disabled={!enabled} onMouseDown={keepFocus} onClick={() => run(command)}>
      {label}
    </Button>
  );
  return (
    <>
      <Button variant="quiet" title={`${labels.newComment} (Ctrl+Alt+M)`} shortcut="Control+Alt+M" onMouseDown={keepFocus} onClick={actions.onNewComment}>
        {labels.newComment}
      </Button>
      <Button variant="quiet" pressed={actions.commentsOpen} onMouseDown={keepFocus} onClick={actions.onComments}>
        {labels.comments}
      </Button>
      <ToolbarSeparator />
      <Button variant="quiet" title={`${labels.track} (Ctrl+Maj+E)`} shortcut="Control+Shift+E" pressed={ribbon.tracking} onMouseDown={keepFocus} onClick={actions.onToggleTracking}>
        {labels.track}
      </Button>
      {button(labels.previousChange, goToChange(-1), ribbon.canPreviousChange)}
      {button(labels.nextChange, goToChange(1), ribbon.canNextChange)}
      {button(labels.accept, acceptChange, ribbon.canAccept)}
      {button(labels.reject, rejectChange, ribbon.canReject)}
      {button(labels.acceptAll, acceptAllChanges, ribbon.canAcceptAll)}
      {button(labels.rejectAll, rejectAllChanges, ribbon.canRejectAll)}
      <ToolbarSeparator />
    </>
  );
}
