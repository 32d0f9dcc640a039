/**
 * Pictures in the editor: inserting one from a file the app lets the user choose, pasting or
 * dropping picture files, and the contextual toolbar, dialogs and status of a selected picture.
 * Inserted pictures join the document's media (`media`, mutated in place: the editor's
 * `MediaUrls` and `getDocument()` read the same record).
 */
import { useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { TextMediaItem } from '@ostal/model';
import { EMU_PER_PX, MEDIA_SRC_PREFIX } from '@ostal/model';
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { PictureToolbar } from './PictureToolbar.js';
import { PictureAltDialog, PictureSizeDialog, emuToCmText } from './PictureDialogs.js';
import { fittedSize, insertPicture, newMediaName, pictureInfo, selectedPicture, setPictureAlt, setPictureSize, textWidthEmu } from './picture-commands.js';
import type { PictureLabels } from './picture-labels.js';
import type { WriterMoreLabels } from './writer-more-labels.js';
import { syncSelectionFromPage } from './dom-selection.js';

/** A file the user chose: its name (for messages) and bytes. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface UsePicturesOptions {
  readonly viewRef: RefObject<EditorView | null>;
  readonly loadingRef: RefObject<boolean>;
  readonly media: Record<string, TextMediaItem>;
  readonly labels: PictureLabels;
  readonly run: (command: Command) => void;
  readonly onPickPicture: (() => Promise<PickedFile | null>) | undefined;
  /** Shows a message in the status line. */
  readonly onNotice: (message: string) => void;
}

/** Picture files among a clipboard's or a drop's files. */
function pictureFiles(data: DataTransfer | null): File[] {
  if (!data) return [];
  return Array.from(data.files).filter((f) => f.type.startsWith('image/'));
}

/** True when the clipboard's HTML holds nothing but pictures (a picture copied from a browser or viewer). */
function onlyPictures(data: DataTransfer): boolean {
  const html = data.getData('text/html');
  if (html === '') return data.getData('text/plain').trim() === '';
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() === '';
}

export function usePictures({ viewRef, loadingRef, media, labels, run, onPickPicture, onNotice }: UsePicturesOptions) {
  const [dialog, setDialog] = useState<'alt' | 'size' | null>(null);

  /** Adds the file's picture to the media and inserts it at the cursor; false (with a notice) when it is not a picture. */
  const add = (file: PickedFile): boolean => {
    const view = viewRef.current;
    if (!view || loadingRef.current) return false;
    const info = pictureInfo(file.bytes);
    if (!info) {
      onNotice(labels.notPicture(file.name));
      return false;
    }
    const name = newMediaName(media, info.ext);
    media[name] = { mime: info.mime, bytes: file.bytes };
    onNotice('');
    run(insertPicture(name, fittedSize(info, textWidthEmu(view.state.doc))));
    return true;
  };

  const addFiles = (files: File[]) => {
    for (const file of files) {
      file.arrayBuffer().then(
        (buffer) => add({ name: file.name, bytes: new Uint8Array(buffer) }),
        (e: unknown) => onNotice(labels.readFailed(file.name, e instanceof Error ? e.message : String(e))),
      );
    }
  };

  const insertFromFile = () => {
    const view = viewRef.current;
    if (!view || !onPickPicture || loadingRef.current) return;
    syncSelectionFromPage(view);
    onPickPicture().then(
      (file) => {
        if (file) add(file);
        else viewRef.current?.focus();
      },
      (e: unknown) => onNotice(labels.readFailed('', e instanceof Error ? e.message : String(e))),
    );
  };

  const onPaste = (event: ClipboardEvent): boolean => {
    const data = event.clipboardData;
    const files = pictureFiles(data);
    if (!data || files.length === 0 || !onlyPictures(data)) return false;
    event.preventDefault();
    addFiles(files);
    return true;
  };

  const onDrop = (event: DragEvent): boolean => {
    const files = pictureFiles(event.dataTransfer);
    if (files.length === 0) return false;
    event.preventDefault();
    const view = viewRef.current;
    const at = view?.posAtCoords({ left: event.clientX, top: event.clientY });
    if (view && at) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))));
    addFiles(files);
    return true;
  };

  const natural = (src: string) => {
    const item = src.startsWith(MEDIA_SRC_PREFIX) ? media[src.slice(MEDIA_SRC_PREFIX.length)] : undefined;
    const info = item ? pictureInfo(item.bytes) : null;
    return info ? { width: info.widthPx * EMU_PER_PX, height: info.heightPx * EMU_PER_PX } : null;
  };

  const close = () => {
    setDialog(null);
    viewRef.current?.focus();
  };

  return {
    insertFromFile,
    onPaste,
    onDrop,
    toolbar: (state: EditorState): ReactNode => {
      const picture = selectedPicture(state);
      return picture ? <PictureToolbar labels={labels} picture={picture} run={run} onAltText={() => setDialog('alt')} onSize={() => setDialog('size')} /> : null;
    },
    status: (state: EditorState): ReactNode => {
      const picture = selectedPicture(state);
      return picture ? <span>{labels.selected(emuToCmText(Number(picture.node.attrs.width)), emuToCmText(Number(picture.node.attrs.height)))}</span> : null;
    },
    dialog: (state: EditorState, more: WriterMoreLabels): ReactNode => {
      const picture = selectedPicture(state);
      if (!dialog || !picture) return null;
      const a = picture.node.attrs;
      if (dialog === 'alt')
        return (
          <PictureAltDialog
            labels={labels}
            more={more}
            alt={(a.alt as string | null) ?? ''}
            title={(a.title as string | null) ?? ''}
            onClose={close}
            onSubmit={(alt, title) => {
              setDialog(null);
              run(setPictureAlt(picture.pos, alt, title));
            }}
          />
        );
      return (
        <PictureSizeDialog
          labels={labels}
          more={more}
          width={Number(a.width)}
          height={Number(a.height)}
          natural={natural(String(a.src))}
          onClose={close}
          onSubmit={(width, height) => {
            setDialog(null);
            run(setPictureSize(picture.pos, width, height));
          }}
        />
      );
    },
  };
}
