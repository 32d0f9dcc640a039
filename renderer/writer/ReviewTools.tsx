/** The Révision tab's comment and tracked-change buttons, enabled only where they apply. */
import type { Command, EditorState } from 'prosemirror-state';
import { Button, ToolbarSeparator } from '../ui/index.js';
import { acceptAllChanges, acceptChange, goToChange, isTracking, rejectAllChanges, rejectChange } from './track-changes.js';
import type { ReviewLabels } from './review-labels.js';

/** What the review buttons ask of the editor beyond commands. */
export interface ReviewActions {
  readonly onNewComment: () => void;
  readonly commentsOpen: boolean;
  readonly onComments: () => void;
  readonly onToggleTracking: () => void;
}

const keepFocus = (e: { preventDefault: () => void }): void => e.preventDefault();

export function ReviewTools({ state, labels, run, actions }: { state: EditorState; labels: ReviewLabels; run: (command: Command) => void; actions: ReviewActions }) {
  const button = (label: string, command: Command, shortcut?: string) => (
    <Button variant="quiet" title={shortcut ? `${label} (${shortcut})` : label} disabled={!command(state)} onMouseDown={keepFocus} onClick={() => run(command)}>
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
      <Button variant="quiet" title={`${labels.track} (Ctrl+Maj+E)`} shortcut="Control+Shift+E" pressed={isTracking(state)} onMouseDown={keepFocus} onClick={actions.onToggleTracking}>
        {labels.track}
      </Button>
      {button(labels.previousChange, goToChange(-1))}
      {button(labels.nextChange, goToChange(1))}
      {button(labels.accept, acceptChange)}
      {button(labels.reject, rejectChange)}
      {button(labels.acceptAll, acceptAllChanges)}
      {button(labels.rejectAll, rejectAllChanges)}
      <ToolbarSeparator />
    </>
  );
}
