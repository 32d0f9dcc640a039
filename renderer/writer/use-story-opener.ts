/**
 * Insertion > En-tête / Pied de page, as Word does it: in the page view, the header or footer of
 * the cursor's sheet opens at once (`story-target.ts`); in Brouillon, which has no pages, the
 * page view is chosen first and the story opens once its sheets are laid out, on the cursor's
 * sheet (Word's Draft view switches to Print Layout the same way).
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { pageViewInfo } from './page-view-plugin.js';
import type { ViewMode } from './page-view-plugin.js';
import type { StoryKind } from './header-footer.js';
import { storyTargetIn } from './story-target.js';
import type { StoryEditing } from './WriterPages.js';

export interface StoryOpenerOptions {
  readonly viewRef: RefObject<EditorView | null>;
  readonly loadingRef: RefObject<boolean>;
  readonly state: EditorState;
  readonly viewMode: ViewMode;
  readonly setViewMode: (mode: ViewMode) => void;
  readonly open: (editing: StoryEditing) => void;
}

/** The action of Insertion > En-tête / Pied de page. */
export function useStoryOpener({ viewRef, loadingRef, state, viewMode, setViewMode, open }: StoryOpenerOptions): (kind: StoryKind) => void {
  // The story asked for in Brouillon, opened once the page view has its sheets.
  const pending = useRef<StoryKind | null>(null);
  useEffect(() => {
    const view = viewRef.current;
    if (pending.current === null || viewMode !== 'page' || !view || pageViewInfo(state).pages.length === 0) return;
    const kind = pending.current;
    pending.current = null;
    open({ kind, ...storyTargetIn(view) });
  }, [state, viewMode]);
  return (kind) => {
    const view = viewRef.current;
    if (!view || loadingRef.current) return;
    if (viewMode === 'page') {
      open({ kind, ...storyTargetIn(view) });
      return;
    }
    pending.current = kind;
    setViewMode('page');
  };
}
