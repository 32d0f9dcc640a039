/**
 * A long DOCX shown from its first blocks while the rest is read (the reader's preview): once the
 * whole document is read, the editor takes its attributes, its pictures and the blocks after
 * those shown (`wholeAfterPreview`), and loads them slice by slice as it loads any long document.
 */
import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { TextDocument } from '@ostal/model';
import { loadRest, wholeAfterPreview } from './progressive-load.js';
import type { SplitDocument } from './progressive-load.js';

/**
 * Loads blocks into the editor slice by slice (`loadRest`), one loading at a time: the document's
 * own rest, then, after a preview, the whole document's. The editor becomes editable (and takes
 * the focus) once the last slice is in and no preview waits for the whole document.
 */
export function editorLoader(
  view: EditorView,
  input: { readonly loadingRef: RefObject<boolean>; readonly pendingRef: RefObject<boolean>; readonly onProgress: (share: number) => void; readonly onError: (error: unknown) => void },
): { load: (rest: SplitDocument) => void; stop: () => void } {
  const { loadingRef, pendingRef } = input;
  let stop = (): void => undefined;
  const load = (rest: SplitDocument): void => {
    stop();
    stop = loadRest(
      rest,
      () => view.state,
      (tr) => view.dispatch(tr),
      (share) => {
        // A preview's blocks all in: the rest of the document is still being read.
        if (pendingRef.current) return;
        if (share === 1 && loadingRef.current) {
          loadingRef.current = false;
          // Re-reads `editable`: the document can be edited now.
          view.setProps({});
          view.focus();
        }
        input.onProgress(share);
      },
      input.onError,
    );
  };
  return { load, stop: () => stop() };
}

export function useWholeDocument(input: {
  readonly viewRef: RefObject<EditorView | null>;
  /** The preview the editor was opened with. */
  readonly preview: TextDocument;
  /** The whole document, once read (undefined before, and for a document opened whole). */
  readonly whole: TextDocument | undefined;
  /** True while the editor waits for the whole document; set false here when it arrives. */
  readonly pendingRef: RefObject<boolean>;
  /** The editor's pictures (shown from it): the whole document's are added. */
  readonly media: NonNullable<TextDocument['media']>;
  /** Loads the blocks still to add (stops the loading of the preview's own blocks first). */
  readonly loadRest: (rest: SplitDocument) => void;
}): void {
  const { viewRef, preview, whole, pendingRef, media, loadRest } = input;
  useEffect(() => {
    const view = viewRef.current;
    if (!whole || !view || !pendingRef.current) return;
    pendingRef.current = false;
    Object.assign(media, whole.media ?? {});
    const { tr, rest } = wholeAfterPreview(view.state, preview, whole);
    view.dispatch(tr);
    loadRest(rest);
    // Once, when the whole document arrives.
  }, [whole]);
}
