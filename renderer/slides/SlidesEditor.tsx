/**
 * The slides editor: toolbars, slide panel of thumbnails on the left, the canvas of the selected
 * slide with its speaker notes below, the slide's transition on the right, and the reveal.js
 * presentation on F5. Every change goes through one undo history (Ctrl+Z / Ctrl+Y).
 * The app reads the deck through the handle (`ref`).
 */
import { useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, Ref } from 'react';
import { newSlideId, textBodyLines } from '@ostal/model';
import type { Deck, DeckShape, GeometryShape, Slide } from '@ostal/model';
import { Button } from '../ui/index.js';
import { addSlide, deleteSlide, moveSlide, stepSlide, updateSlide } from './deck-operations.js';
import type { InPlaceTextHandle } from './InPlaceText.js';
import { Presenter } from './Presenter.js';
import { basicShape, freeMediaName, furniturePlaceholder, layoutKind, pictureShape, slideOfLayout, tableShape, textBox, BUILT_IN_LAYOUTS } from './slide-factory.js';
import { applyLayoutAt } from './apply-layout.js';
import type { LayoutChoice } from './slide-factory.js';
import { deleteShapes, duplicateSlide, editShapes, editableShapes, groupShapes, insertShape, pasteShapes, reorderShapes, setShapeText, shapeFrame, ungroupShapes } from './shape-operations.js';
import { SlideCanvas } from './SlideCanvas.js';
import { SlideList } from './SlideList.js';
import { SectionsToolbar } from './SlideSections.js';
import { useSlideSections } from './use-slide-sections.js';
import { usePictureCrop } from './use-picture-crop.js';
import { useSlideComments } from './use-slide-comments.js';
import { useSlideChart } from './use-slide-chart.js';
import { SlideSidePanel } from './SlideSidePanel.js';
import { useMediaUrls } from './SlideShapes.js';
import { canRedo, canUndo, discard, record, redo, startHistory, undo } from './slides-history.js';
import { historyWithRest } from './deck-rest.js';
import type { SlidesHistory } from './slides-history.js';
import type { SlidesLabels } from './slides-labels.js';
import { FormatToolbar, SlidesToolbar } from './SlidesToolbar.js';
import type { LayoutOption, SlidesCommand } from './SlidesToolbar.js';
import { formatWholeBody, formatWholeParagraphs, wholeBodyHas } from './text-format.js';
import type { CharFormat, ParagraphFormat } from './text-format.js';
import { inheritedStyle } from './slide-text-style.js';
import { SlidesExportTools } from './SlidesExportTools.js';
import { ThemeDialog } from './ThemeDialog.js';
import { FooterDialog, TableDialog } from './InsertDialogs.js';
import { editableTheme } from './deck-themes.js';
import { AltTextDialog, SlideObjectPanel } from './SlideObjectPanel.js';
import { moveInReadingOrder, setDescription } from './object-operations.js';
import type { SlidesExportHost } from './slide-export.js';
import './slides.css';
import './slides-panels.css';

/** What the app can ask of a mounted slides editor. */
export interface SlidesHandle {
  getDocument(): Deck;
  markSaved(): void;
  /** Starts the presentation from the first slide (F5), or from the selected one (Shift+F5). */
  present(fromCurrent?: boolean): void;
}

export interface SlidesEditorProps {
  /** Initial content; remount with a new `key` to load another deck. */
  readonly document: Deck;
  readonly labels: SlidesLabels;
  readonly onDirtyChange?: (dirty: boolean) => void;
  readonly ref?: Ref<SlidesHandle>;
  /** False while the tab is in the background: F5 is ignored then. */
  readonly active?: boolean;
  /** Where exports (PDF, PNG) go and how the host prints; no Export toolbar without it. */
  readonly exportHost?: SlidesExportHost;
  /** The user's name (settings): author of the comments they write. */
  readonly author?: string;
  /**
   * `document` is the first slide of a deck still being read (the panel says so): it stays
   * editable, and when `whole` arrives every state of the undo history takes the rest of it.
   */
  readonly loading?: boolean;
  /** The whole deck, once read, when `document` was its first slide. */
  readonly whole?: Deck;
}

const PICTURE_TYPES: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/webp': 'webp' };

/** Pixel size of a picture, read by the browser (0 x 0 when it cannot). */
async function pictureSize(blob: Blob): Promise<{ width: number; height: number }> {
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { width: img.naturalWidth || 300, height: img.naturalHeight || 200 };
  } catch {
    return { width: 0, height: 0 };
  } finally {
    URL.revokeObjectURL(url);
  }
}

function layoutOptions(deck: Deck, labels: SlidesLabels): LayoutOption[] {
  if (deck.layouts && deck.layouts.length > 0) {
    return deck.layouts.map((l, i) => {
      const kind = layoutKind(l.type);
      return { value: `l:${l.id}`, label: l.name ?? (kind ? labels.editor.layouts[kind] : `${labels.editor.layout} ${String(i + 1)}`), choice: { layout: l.id } };
    });
  }
  return BUILT_IN_LAYOUTS.map((k) => ({ value: `b:${k}`, label: labels.editor.layouts[k], choice: { builtIn: k } }));
}

export function SlidesEditor({ document, labels, onDirtyChange, ref, active = true, exportHost, author = '', loading = false, whole }: SlidesEditorProps) {
  const [history, setHistory] = useState<SlidesHistory<Deck>>(() => startHistory(document));
  const deck = history.present.value;
  const [selected, setSelected] = useState(0);
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const [editing, setEditing] = useState<number | undefined>();
  const [editSession, setEditSession] = useState(0);
  const [textState, setTextState] = useState({ bold: false, italic: false, underline: false });
  const [dialog, setDialog] = useState<'table' | 'footer' | 'alt' | 'theme' | null>(null);
  // Theme dialog session: its live changes merge into one undo step; Cancel undoes it.
  const [themeSession, setThemeSession] = useState({ n: 0, changed: false });
  const [notice, setNotice] = useState('');
  const [focusToken, setFocusToken] = useState(0);
  // F5 presents from the first slide, Shift+F5 from the selected one (as in PowerPoint and Impress).
  const [presenting, setPresenting] = useState<'first' | 'current' | null>(null);
  const savedRef = useRef<Deck>(document);
  const deckRef = useRef(deck);
  deckRef.current = deck;
  const onDirtyRef = useRef(onDirtyChange);
  onDirtyRef.current = onDirtyChange;
  const dirtyRef = useRef(false);
  const textRef = useRef<InPlaceTextHandle>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLDivElement>(null);
  const urls = useMediaUrls(deck);
  const layouts = useMemo(() => layoutOptions(deck, labels), [deck, labels]);
  const [layoutValue, setLayoutValue] = useState(() => layouts[0]?.value ?? '');

  const index = deck.slides[selected] ? selected : 0;
  const current: Slide | undefined = deck.slides[index];

  const setDirty = (next: Deck) => {
    const dirty = next !== savedRef.current;
    if (dirty !== dirtyRef.current) {
      dirtyRef.current = dirty;
      onDirtyRef.current?.(dirty);
    }
  };
  const commit = (next: Deck, merge?: string, slide = index) => {
    if (next === deckRef.current) return;
    deckRef.current = next;
    setHistory((h) => record(h, next, slide, merge));
    setDirty(next);
  };
  const sections = useSlideSections(deck, index, labels, (next, slide) => commit(next, undefined, slide), (i) => goTo(i));
  const { ranges, collapsed, sectionFocus, setSectionFocus, sectionFolded, toggleSection, onSectionCommand } = sections;
  const goTo = (i: number) => {
    setSelected(i);
    setSectionFocus(null);
    setSelection(new Set());
    setEditing(undefined);
  };
  const applyEdit = (edit: { deck: Deck; selected: number }) => {
    commit(edit.deck, undefined, edit.selected);
    goTo(edit.selected);
  };
  const step = (back: boolean) => {
    const r = back ? undo(history) : redo(history);
    if (r.history === history) return;
    setHistory(r.history);
    deckRef.current = r.history.present.value;
    setDirty(r.history.present.value);
    setSelected(Math.min(r.slide, r.history.present.value.slides.length - 1));
    setSectionFocus(null);
    setSelection(new Set());
    setEditing(undefined);
  };

  // The rest of a deck opened from its first slide: into every state, edits made meanwhile kept.
  const restTaken = useRef(false);
  useEffect(() => {
    if (!whole || restTaken.current) return;
    restTaken.current = true;
    const r = historyWithRest(history, document, whole, savedRef.current);
    savedRef.current = r.saved;
    deckRef.current = r.history.present.value;
    setHistory(r.history);
    setDirty(r.history.present.value);
  }, [whole, document, history]);

  useImperativeHandle(
    ref,
    () => ({
      getDocument: () => deckRef.current,
      markSaved: () => {
        savedRef.current = deckRef.current;
        dirtyRef.current = false;
        onDirtyRef.current?.(false);
      },
      present: (fromCurrent = false) => setPresenting(fromCurrent ? 'current' : 'first'),
    }),
    [],
  );

  useEffect(() => {
    if (!active) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F5' && !presenting) {
        event.preventDefault();
        setPresenting(event.shiftKey ? 'current' : 'first');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, presenting]);

  const shapes = current ? editableShapes(current) : [];
  const selectedShapes = shapes.filter((s) => selection.has(s.id));
  const textTargets = selectedShapes.filter((s): s is GeometryShape => s.kind === 'shape');
  // A cancelled crop dialog forgets its live changes; the picture stays selected (and in crop mode).
  const revert = () => {
    const h = discard(history);
    setHistory(h);
    deckRef.current = h.present.value;
    setDirty(h.present.value);
  };
  const firstSelected = current && selectedShapes[0] ? shapeFrame(deck, current, selectedShapes[0]) : undefined;
  const comments = useSlideComments(deck, index, author, labels.editor.comments, firstSelected, (next, merge) => commit(next, merge));
  const crop = usePictureCrop(deck, index, selectedShapes, labels, (next, merge) => commit(next, merge), revert);
  const chart = useSlideChart({ deck, index, shapes, labels: labels.editor.charts, commit: (next) => commit(next), onSelect: setSelection, onDone: () => setFocusToken((n) => n + 1) });

  const insert = (make: (id: number) => Parameters<typeof insertShape>[2] extends (id: number) => infer R ? R : never, edit = false) => {
    const r = insertShape(deck, index, make);
    commit(r.deck);
    setSelection(new Set([r.id]));
    setEditing(edit ? r.id : undefined);
    if (edit) setEditSession((n) => n + 1);
    else setFocusToken((n) => n + 1);
  };

  const choiceOf = (value: string): LayoutChoice => layouts.find((l) => l.value === value)?.choice ?? { builtIn: 'titleAndContent' };

  const insertPicture = async (file: Blob, name: string) => {
    const ext = PICTURE_TYPES[file.type];
    if (!ext) {
      setNotice(labels.editor.pictureUnreadable);
      return;
    }
    const data = new Uint8Array(await file.arrayBuffer());
    const { width, height } = await pictureSize(file);
    if (width === 0) {
      setNotice(labels.editor.pictureUnreadable);
      return;
    }
    setNotice('');
    const base = deckRef.current;
    // While the rest of the deck is read, a name its pictures cannot have (they are named after their parts).
    const media = freeMediaName(base, ext, loading ? 'added-image' : 'image');
    const withMedia: Deck = { ...base, media: { ...(base.media ?? {}), [media]: { type: file.type, data } } };
    const r = insertShape(withMedia, index, (id) => pictureShape(withMedia, id, media, width, height, name.replace(/\.[^.]+$/, '')));
    commit(r.deck);
    setSelection(new Set([r.id]));
    setFocusToken((n) => n + 1);
  };

  const onCommand = (command: SlidesCommand) => {
    if (typeof command === 'object') {
      insert((id) => basicShape(deck, command.shape, id, labels.editor.shapes[command.shape]));
      return;
    }
    switch (command) {
      case 'addSlide':
        applyEdit(addSlide(deck, index, slideOfLayout(deck, choiceOf(layoutValue))));
        return;
      case 'duplicateSlide':
        applyEdit(duplicateSlide(deck, index, newSlideId()));
        return;
      case 'deleteSlide':
        applyEdit(deleteSlide(deck, index));
        return;
      case 'toggleHidden':
        if (current) commit(updateSlide(deck, index, { hidden: !current.hidden }));
        return;
      case 'applyLayout':
        if (current) commit(applyLayoutAt(deck, index, choiceOf(layoutValue)));
        setSelection(new Set());
        return;
      case 'undo':
        step(true);
        return;
      case 'redo':
        step(false);
        return;
      case 'present':
        setPresenting('first');
        return;
      case 'presentCurrent':
        setPresenting('current');
        return;
      case 'textBox':
        insert((id) => textBox(deck, id, labels.editor.textBox), true);
        return;
      case 'picture':
        fileRef.current?.click();
        return;
      case 'table':
        setDialog('table');
        return;
      case 'chart':
        chart.insertNew();
        return;
      case 'slideNumber':
        if (current) {
          const r = insertShape(deck, index, () => furniturePlaceholder(deck, current, shapes, 'sldNum', String(index + 1)));
          commit({ ...r.deck, headerFooter: { ...(deck.headerFooter ?? {}), slideNumber: true } });
          setSelection(new Set([r.id]));
        }
        return;
      case 'footer':
        setDialog('footer');
        return;
      case 'forward':
      case 'backward':
        commit(reorderShapes(deck, index, selection, command));
        return;
      case 'group': {
        const r = groupShapes(deck, index, selection, labels.editor.shapeKind('group'));
        commit(r.deck);
        if (r.id) setSelection(new Set([r.id]));
        return;
      }
      case 'ungroup': {
        const r = ungroupShapes(deck, index, selection);
        commit(r.deck);
        setSelection(new Set(r.ids));
        return;
      }
      case 'deleteShapes':
        commit(deleteShapes(deck, index, selection));
        setSelection(new Set());
    }
  };

  const clipboardRef = useRef<readonly DeckShape[]>([]);
  const paste = (list: readonly DeckShape[]) => {
    const r = pasteShapes(deckRef.current, index, list);
    commit(r.deck);
    setSelection(new Set(r.ids));
  };
  // Clipboard while the canvas has the focus (not in text being edited nor in the notes): shapes
  // are copied within the editor; a pasted picture file becomes a picture.
  const onClipboard = (event: ClipboardEvent, kind: 'copy' | 'cut' | 'paste') => {
    const active = window.document.activeElement;
    if (!active || active.getAttribute('role') !== 'application' || !mainRef.current?.contains(active) || !event.clipboardData) return;
    if (kind === 'paste') {
      const file = Array.from(event.clipboardData.files).find((f) => f.type.startsWith('image/'));
      if (file) {
        event.preventDefault();
        void insertPicture(file, file.name || labels.editor.shapeKind('picture'));
      } else if (clipboardRef.current.length > 0) {
        event.preventDefault();
        paste(clipboardRef.current);
      }
      return;
    }
    if (selectedShapes.length === 0) return;
    event.preventDefault();
    clipboardRef.current = selectedShapes;
    const text = selectedShapes.flatMap((s) => (s.kind === 'shape' ? textBodyLines(s.text) : [])).join('\n');
    event.clipboardData.setData('text/plain', text);
    if (kind === 'cut') onCommand('deleteShapes');
  };

  const onClipboardRef = useRef(onClipboard);
  onClipboardRef.current = onClipboard;
  useEffect(() => {
    const copy = (e: ClipboardEvent) => onClipboardRef.current(e, 'copy');
    const cut = (e: ClipboardEvent) => onClipboardRef.current(e, 'cut');
    const pasted = (e: ClipboardEvent) => onClipboardRef.current(e, 'paste');
    window.document.addEventListener('copy', copy);
    window.document.addEventListener('cut', cut);
    window.document.addEventListener('paste', pasted);
    return () => {
      window.document.removeEventListener('copy', copy);
      window.document.removeEventListener('cut', cut);
      window.document.removeEventListener('paste', pasted);
    };
  }, []);

  const onCanvasCommand = (event: ReactKeyboardEvent<HTMLDivElement>): boolean => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === 'd' && selectedShapes.length > 0) {
      event.preventDefault();
      paste(selectedShapes);
      return true;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && selection.size > 0) {
      event.preventDefault();
      onCommand('deleteShapes');
      return true;
    }
    if (mod && (event.key === ']' || event.key === '[')) {
      event.preventDefault();
      onCommand(event.key === ']' ? 'forward' : 'backward');
      return true;
    }
    if (mod && event.key.toLowerCase() === 'g') {
      event.preventDefault();
      onCommand(event.shiftKey ? 'ungroup' : 'group');
      return true;
    }
    return false;
  };

  const onChar = (f: CharFormat) => {
    if (editing !== undefined) {
      textRef.current?.char(f);
      setTextState(textRef.current?.state() ?? textState);
      return;
    }
    const ids = new Set(textTargets.map((s) => s.id));
    commit(editShapes(deck, index, (list) => list.map((s) => (s.kind === 'shape' && ids.has(s.id) ? { ...s, text: formatWholeBody(s.text, f) } : s))));
  };
  const onParagraph = (f: ParagraphFormat) => {
    if (editing !== undefined) {
      textRef.current?.paragraph(f);
      return;
    }
    const ids = new Set(textTargets.map((s) => s.id));
    commit(
      editShapes(deck, index, (list) =>
        list.map((s) => (s.kind === 'shape' && ids.has(s.id) && current ? { ...s, text: formatWholeParagraphs(s.text, f, (st) => inheritedStyle(deck, current, s, st?.level ?? 0).paragraph.bullet) } : s)),
      ),
    );
  };

  if (presenting) {
    return (
      <Presenter
        deck={deck}
        start={presenting === 'current' ? index : 0}
        labels={labels}
        urls={urls}
        onExit={(shown) => {
          setPresenting(null);
          goTo(Math.min(shown, deck.slides.length - 1));
        }}
      />
    );
  }

  const formatState = editing !== undefined ? textState : { bold: textTargets.length > 0 && textTargets.every((s) => wholeBodyHas(s.text, 'bold')), italic: textTargets.length > 0 && textTargets.every((s) => wholeBodyHas(s.text, 'italic')), underline: textTargets.length > 0 && textTargets.every((s) => wholeBodyHas(s.text, 'underline')) };

  return (
    <div
      className="slides"
      onKeyDown={(event) => {
        const mod = event.ctrlKey || event.metaKey;
        if (!mod || event.altKey) return;
        const target = event.target as HTMLElement;
        if (target.isContentEditable || target.tagName === 'INPUT') return;
        const key = event.key.toLowerCase();
        if (key === 'z' || key === 'y') {
          event.preventDefault();
          step(key === 'z' && !event.shiftKey);
        }
      }}
    >
      <SlidesToolbar
        labels={labels}
        layouts={layouts}
        layout={layoutValue}
        onLayout={setLayoutValue}
        canDelete={deck.slides.length > 1}
        canUndo={canUndo(history)}
        canRedo={canRedo(history)}
        hidden={current?.hidden === true}
        hasSelection={selection.size > 0}
        canGroup={selectedShapes.filter((s) => !s.placeholder).length >= 2}
        canUngroup={selectedShapes.some((s) => s.kind === 'group')}
        onCommand={onCommand}
      />
      {exportHost ? <SlidesExportTools deck={deck} index={index} host={exportHost} labels={labels.editor.more} /> : null}
      <FormatToolbar labels={labels} enabled={editing !== undefined || textTargets.length > 0} state={formatState} onChar={onChar} onParagraph={onParagraph} />
      {notice ? (
        <p className="slides-notice" role="alert">
          {notice}
        </p>
      ) : null}
      <div className="slides-workspace">
        <div className="slides-panel">
          <SectionsToolbar labels={labels} hasSections={ranges.length > 0} folded={sectionFolded} canMoveUp={sections.canMoveUp} canMoveDown={sections.canMoveDown} onCommand={onSectionCommand} />
          <SlideList
            deck={deck}
            selected={index}
            labels={labels}
            urls={urls}
            onSelect={goTo}
            onDelete={(i) => applyEdit(deleteSlide(deck, i))}
            onMove={(from, to) => applyEdit(moveSlide(deck, from, to))}
            onStep={(i, step) => applyEdit(stepSlide(deck, i, step))}
            collapsed={collapsed}
            onToggleSection={toggleSection}
            sectionFocus={sectionFocus}
            onSectionFocus={setSectionFocus}
            onMoveSection={sections.onMoveSection}
            growing={loading && !whole}
          />
          {loading && !whole ? (
            <p className="slides-panel__loading" role="status">
              {labels.editor.more.loadingRest}
            </p>
          ) : null}
        </div>
        <div className="slides-main" ref={mainRef}>
          {current ? (
            <SlideCanvas
              key={current.id}
              deck={deck}
              index={index}
              urls={urls}
              labels={labels}
              selection={selection}
              onSelect={setSelection}
              onChange={(next, merge) => commit(next, merge)}
              editing={editing}
              onEdit={(id) => {
                setEditing(id);
                if (id !== undefined) setEditSession((n) => n + 1);
              }}
              onTextChange={(id, text) => commit(setShapeText(deckRef.current, index, id, text), `text:${current.id}:${String(id)}:${String(editSession)}`)}
              onCommand={onCanvasCommand}
              onChart={chart.edit}
              textRef={textRef}
              focusToken={focusToken}
              onTextSelection={() => setTextState(textRef.current?.state() ?? textState)}
              overlay={comments.markers}
            />
          ) : null}
          {current ? (
            <label className="slides-notes">
              <span className="slides-notes__label">{labels.notes}</span>
              <textarea className="ui-textarea slides-notes__text" value={current.notes} rows={3} onChange={(event) => commit(updateSlide(deck, index, { notes: event.target.value }), `notes:${current.id}`)} />
            </label>
          ) : null}
        </div>
        {current ? <SlideSidePanel labels={labels} transition={current.transition} onTransition={(t) => commit(updateSlide(deck, index, { transition: t }))} masterShapesHidden={current.hideMasterShapes === true} onMasterShapes={(hide) => commit(updateSlide(deck, index, { hideMasterShapes: hide }))} theme={deck.theme} onTheme={(theme) => commit({ ...deck, theme })}>
          <Button variant="quiet" className="slides-side__theme-edit" onClick={() => {
            setThemeSession((t) => ({ n: t.n + 1, changed: false }));
            setDialog('theme');
          }}>
            {labels.editor.more.themeEdit}
          </Button>
          <SlideObjectPanel shapes={shapes} selection={selection} labels={labels} onSelect={setSelection} onMove={(id, delta) => commit(moveInReadingOrder(deck, index, id, delta))} onAltText={() => setDialog('alt')} onCrop={crop.openCrop} onChart={chart.edit} />
          {comments.panel}
        </SlideSidePanel> : null}
      </div>
      <input
        ref={fileRef}
        type="file"
        hidden
        accept={Object.keys(PICTURE_TYPES).join(',')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void insertPicture(file, file.name);
        }}
      />
      {dialog === 'theme' ? <ThemeDialog theme={editableTheme(deck, labels.editor.more.customTheme)} labels={labels} onChange={(theme) => {
        setThemeSession((t) => ({ ...t, changed: true }));
        commit({ ...deckRef.current, theme }, `theme:${String(themeSession.n)}`);
      }} onDone={() => setDialog(null)} onCancel={() => {
        setDialog(null);
        if (themeSession.changed) step(true);
      }} /> : null}
      {dialog === 'alt' && selectedShapes.length === 1 ? <AltTextDialog shape={selectedShapes[0]!} labels={labels} onCancel={() => setDialog(null)} onApply={(text) => {
        setDialog(null);
        commit(setDescription(deck, index, selectedShapes[0]!.id, text));
      }} /> : null}
      {crop.dialog}
      {chart.dialog}
      {sections.dialog}
      {dialog === 'table' ? <TableDialog labels={labels} onCancel={() => setDialog(null)} onInsert={(rows, cols) => {
        setDialog(null);
        insert((id) => tableShape(deck, id, rows, cols, labels.editor.shapeKind('table')));
      }} /> : null}
      {dialog === 'footer' ? <FooterDialog labels={labels} onCancel={() => setDialog(null)} onInsert={(text) => {
        setDialog(null);
        // The footer goes on every slide, as PowerPoint's "Apply to all" does.
        const slides = deck.slides.map((s) => {
          const list = editableShapes(s);
          const kept = list.filter((x) => x.placeholder?.type !== 'ftr');
          return { ...s, shapes: [...kept, furniturePlaceholder(deck, s, kept, 'ftr', text)] };
        });
        commit({ ...deck, slides, headerFooter: { ...(deck.headerFooter ?? {}), footer: true } });
      }} /> : null}
    </div>
  );
}
