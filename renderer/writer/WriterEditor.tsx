/**
 * The word processor view: toolbar + ProseMirror page. The app reads the current document
 * through the handle (`ref`), so nothing is serialised on every keystroke.
 */
import { docBasePlugin } from './doc-base-style.js';
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, Ref, WheelEvent as ReactWheelEvent } from 'react';
import { EditorView } from 'prosemirror-view';
import type { Command, EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import type { TextDocument } from '@ostal/model';
import { createWriterStateFor, documentFromState } from './editor-state.js';
import { LOADING_META, splitDocument } from './progressive-load.js';
import type { SplitDocument } from './progressive-load.js';
import { editorLoader, useWholeDocument } from './use-whole-document.js';

/** Top-level blocks from which a document counts as long (about 20 pages). */
const LONG_DOCUMENT_BLOCKS = 400;
import { WriterToolbar } from './WriterToolbar.js';
import type { WriterLabels } from './writer-labels.js';
import { countWords } from './word-count.js';
import { breakViews } from './node-views.js';
import { noteViews, renumberNotes } from './note-views.js';
import { changeMarkViews, changeNodeViews } from './change-views.js';
import { MediaUrls } from './image-view.js';
import { WriterChartView } from './chart-view.js';
import { shapeView } from './shape-view.js';
import { PictureView } from './picture-view.js';
import { usePictures } from './use-pictures.js';
import { useChartEdit } from './use-chart-edit.js';
import { atomEditProps } from './atom-edit-props.js';
import { useReview } from './use-review.js';
import { WriterPages } from './WriterPages.js';
import type { StoryEditing } from './WriterPages.js';
import { useStoryOpener } from './use-story-opener.js';
import { pageViewInfo, pageViewPlugin, relayoutPages, setViewMode } from './page-view-plugin.js';
import { floatDropPlugin } from './float-drop-plugin.js';
import { floatAnchorPlugin } from './float-anchor.js';
import type { ViewMode } from './page-view-plugin.js';
import { pageAt } from './page-view-gaps.js';
import { writerDomEvents } from './writer-dom-events.js';
import { useContextMenu } from './use-context-menu.js';
import { useNamedStyles } from './use-named-styles.js';
import { pdfExportAction } from './pdf-export.js';
import type { PdfExporter } from './pdf-export.js';
import { printAction } from './print.js';
import { pageFieldsPlugin } from './page-fields.js';
import { tableMoveLabelPlugin } from './floating-table-move.js';
import { isTracking, trackTransaction } from './track-changes.js';
import type { PickedFile } from './use-pictures.js';
import { FindReplacePanel } from './FindReplacePanel.js';
import { NavigationPane } from './NavigationPane.js';
import { BookmarkDialog, LinkDialog, NoteDialog, OpenLinkDialog, PageSetupDialog, ParagraphDialog, StatsDialog } from './WriterDialogs.js';
import { currentPageSetup, setPageSetup } from './page-setup.js';
import { insertNote } from './note-commands.js';
import { editNote, noteEditProps, selectedNote } from './note-edit.js';
import type { NoteAt } from './note-edit.js';
import { NoteEditorDialog } from './NoteEditorDialog.js';
import { NoteSettingsDialog } from './NoteSettingsDialog.js';
import { sectionIndexAt } from './story-sections.js';
import { useFields } from './use-fields.js';
import { EndnotesArea } from './EndnotesArea.js';
import { stepZoom } from './WriterToolbar.js';
import { RibbonStore } from './ribbon-state.js';
import { useStableActions } from './stable-actions.js';
import { updateTablesOfContents } from './toc-commands.js';
import type { RibbonActions } from './WriterToolbar.js';
import { copyFormat } from './format-painter.js';
import type { CopiedFormat } from './format-painter.js';
import { bookmarkNames, insertBookmark, isValidBookmarkName, linkAt, removeLink, setLink } from './link-commands.js';
import { currentParagraphFormat, setParagraphFormat } from './paragraph-format.js';
import { textStats } from './text-stats.js';
import { safeLinkHref } from '@ostal/model';
import { syncSelectionFromPage } from './dom-selection.js';
import { giveReactSelectionOffsets } from './react-selection-offsets.js';
import { goToBlock, goToBookmark } from './go-to.js';
import 'prosemirror-view/style/prosemirror.css';
import 'prosemirror-tables/style/tables.css';
import './writer.css';
import './writer-tools.css';
import './writer-parts.css';

/** What the app can ask of a mounted writer. */
export interface WriterHandle {
  /** The document as it is now, with the metadata it was opened with. */
  getDocument(): TextDocument;
  /** Records the current content as saved: dirty becomes false until the next change. */
  markSaved(): void;
  focus(): void;
}

export interface WriterEditorProps {
  /** Initial content; later changes to this prop are ignored (remount with a new `key` instead). */
  readonly document: TextDocument;
  /** `document` is a long DOCX's first blocks (a preview) while the rest is read: read-only until `whole` arrives and is loaded. */
  readonly loading?: boolean;
  /** The whole document, once read, when the editor was opened with a preview of it. */
  readonly whole?: TextDocument;
  readonly labels: WriterLabels;
  /** Called when the document becomes different from (or equal again to) the saved content. */
  readonly onDirtyChange?: (dirty: boolean) => void;
  readonly ref?: Ref<WriterHandle>;
  /** When false the editor is hidden in a background tab; it keeps its state. */
  readonly active?: boolean;
  /**
   * Opens a web or mail address outside the app, after the user confirmed (Ctrl+click on a
   * link). Resolves true when it was opened, false when the host allowed it but has nothing to
   * open it with (browser mode); rejects when refused. Without it, nothing is opened.
   */
  readonly onOpenLink?: (href: string) => Promise<boolean>;
  /** Lets the user choose a picture file (the app's file dialog over the host); null when cancelled. Without it, no "Image" button. */
  readonly onPickPicture?: () => Promise<PickedFile | null>;
  /** The user's name (settings), author of the comments and changes they make; '' or absent: `labels.review.unknownAuthor`. */
  readonly author?: string;
  /** The file's name with its extension, for file-name fields (absent while it is not saved). */
  readonly fileName?: string;
  /** Words of the user's personal spelling dictionary (settings). */
  readonly personalWords?: readonly string[];
  /** Adds a word to the personal dictionary; without it the context menu offers no "Ajouter au dictionnaire". */
  readonly onAddToDictionary?: (word: string) => void;
  /**
   * Prints the document's print layout (pages with their paper, margins, headers and footers:
   * `print-layout.ts`) to a PDF and saves it. Without it, no "Exporter en PDF".
   */
  readonly onExportPdf?: PdfExporter;
}

const NO_WORDS: readonly string[] = [];

/** Dialogs the writer can show, one at a time. */
type WriterDialog =
  | { readonly kind: 'stats' }
  | { readonly kind: 'link'; readonly href: string | null; readonly text: string }
  | { readonly kind: 'openLink'; readonly href: string }
  | { readonly kind: 'bookmark' }
  | { readonly kind: 'paragraph' }
  | { readonly kind: 'pageSetup' | 'noteSettings' }
  | { readonly kind: 'footnote' | 'endnote' }
  | { readonly kind: 'editNote'; readonly note: NoteAt };

export function WriterEditor({ document, loading, whole, labels, onDirtyChange, ref, active = true, onOpenLink, onPickPicture, author = '', fileName, personalWords = NO_WORDS, onAddToDictionary, onExportPdf }: WriterEditorProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const savedDocRef = useRef<PMNode | null>(null);
  const dirtyRef = useRef(false);
  const onDirtyRef = useRef(onDirtyChange);
  onDirtyRef.current = onDirtyChange;
  // Long documents arrive in slices (progressive-load.ts): the first one is built here, once.
  const [split] = useState(() => splitDocument(document));
  const [state, setState] = useState<EditorState>(() => createWriterStateFor(split.first));
  const [ribbonStore] = useState(() => new RibbonStore(state));
  /** Share of the document's blocks in the editor, 1 once loaded. */
  const [loaded, setLoaded] = useState(() => (loading === true ? 0 : split.rest.length === 0 ? 1 : (split.total - split.rest.length) / split.total));
  // A preview waits for the whole document; it is loaded like the rest of a long one.
  const pendingRef = useRef(loading === true);
  const loadingRef = useRef(split.rest.length > 0 || pendingRef.current);
  const loaderRef = useRef<(rest: SplitDocument) => void>(() => undefined);
  const [loadError, setLoadError] = useState<unknown>(null);
  // A block that does not fit the schema fails the editor like a bad first slice would: the
  // document pane's error boundary shows it.
  if (loadError) throw loadError instanceof Error ? loadError : new Error('The document could not be loaded in the editor.', { cause: loadError });
  // Pictures are shown from blob: URLs of the document's media, revoked when the editor closes.
  // The document's pictures, and those inserted since it was opened.
  const [media] = useState(() => ({ ...document.media }));
  const [mediaUrls] = useState(() => new MediaUrls(media));
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  // Headers' and footers' pictures: the same media and placeholders (labels read when drawn).
  const [storyPictures] = useState(() => ({ urls: mediaUrls, labels: { get unavailable() { return labelsRef.current.imageUnavailable; }, get linked() { return labelsRef.current.imageLinked; } } }));
  const [find, setFind] = useState<{ replace: boolean; key: number; text: string } | null>(null);
  const [navigationOpen, setNavigationOpen] = useState(false);
  const [zoom, setZoom] = useState(100);
  const [dialog, setDialog] = useState<WriterDialog | null>(null);
  // The header or footer being edited in place (HeaderFooterArea.tsx).
  const [storyEditing, setStoryEditing] = useState<StoryEditing | null>(null);
  const [viewMode, setViewModeState] = useState<ViewMode>('page');
  const [linkNotice, setLinkNotice] = useState('');
  // The format painter's copied format while it is armed (until the next selection).
  const [painter, setPainter] = useState<CopiedFormat | null>(null);
  const painterRef = useRef<CopiedFormat | null>(null);
  painterRef.current = painter;
  const openLinkRef = useRef<(href: string) => void>(() => undefined);
  openLinkRef.current = (href) => {
    if (href.startsWith('#')) {
      if (viewRef.current) goToBookmark(viewRef.current, href.slice(1));
      return;
    }
    if (safeLinkHref(href) !== null) setDialog({ kind: 'openLink', href });
  };
  const nodeViews = () => ({
    ...breakViews(labelsRef.current),
    image: (node: PMNode, view: EditorView, getPos: () => number | undefined) => new PictureView(node, view, getPos, mediaUrls, { unavailable: labelsRef.current.imageUnavailable, linked: labelsRef.current.imageLinked, move: labelsRef.current.pictureMove }),
    shape: (node: PMNode) => shapeView(node, { shape: labelsRef.current.shape, group: labelsRef.current.shapeGroup }),
    chart: (node: PMNode) => new WriterChartView(node, labelsRef.current.chart),
    ...noteViews(labelsRef.current.notes),
    ...changeNodeViews(labelsRef.current),
  });

  const menu = useContextMenu({ viewRef, documentLang: document.meta.language ?? null, personalWords, onAddWord: onAddToDictionary, labels });

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return undefined;
    const initial = state.reconfigure({ plugins: [...state.plugins, menu.plugin, pageViewPlugin(), docBasePlugin(), floatAnchorPlugin(), floatDropPlugin(), pageFieldsPlugin(), tableMoveLabelPlugin(() => labelsRef.current.tableMove)] });
    savedDocRef.current = initial.doc;
    const view = new EditorView(mount, {
      state: initial,
      // Read-only until the whole document is in.
      editable: () => !loadingRef.current,
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': labels.textArea,
        // Long documents lay out only what is near the screen (writer.css).
        class: split.total > LONG_DOCUMENT_BLOCKS || pendingRef.current ? 'writer-page__content writer-page__content--long' : 'writer-page__content',
        // Ostal's own spelling (use-spelling.tsx), with the dictionaries it ships: not the browser's.
        spellcheck: 'false',
        // An explicit tab stop: the scrolling desk holds a focusable element (axe scrollable-region-focusable).
        tabindex: '0',
        lang: document.meta.language ?? 'fr',
      },
      nodeViews: nodeViews(),
      markViews: changeMarkViews(labels),
      handlePaste: (_view, event) => picturesRef.current.onPaste(event),
      handleDrop: (_view, event) => picturesRef.current.onDrop(event),
      // Double-click on a note's citation, a field or a chart, or Enter on a selected one, edits it.
      ...atomEditProps(noteEditProps((note) => setDialog({ kind: 'editNote', note })), fieldsRef.current.editProps, charts.editProps),
      handleDOMEvents: writerDomEvents({
        openLinkRef,
        painterRef,
        disarmPainter: () => setPainter(null),
        loadingRef,
        openMenu: menu.openAt,
      }),
      dispatchTransaction(original) {
        // While changes are recorded, an edit becomes a tracked one (track-changes.ts).
        const tr = original.getMeta(LOADING_META) === true ? original : trackTransaction(view.state, original, reviewRef.current.changeAuthor());
        const next = view.state.apply(tr);
        view.updateState(next);
        renumberNotes(view);
        setState(next);
        ribbonStore.set(next);
        // A loading step is the saved content arriving, not a change.
        if (tr.getMeta(LOADING_META) === true) savedDocRef.current = next.doc;
        else if (tr.docChanged) {
          const dirty = !next.doc.eq(savedDocRef.current ?? next.doc);
          if (dirty !== dirtyRef.current) {
            dirtyRef.current = dirty;
            onDirtyRef.current?.(dirty);
          }
        }
      },
    });
    viewRef.current = view;
    // React commits (ribbon, status line) then cost the same at any length of document.
    giveReactSelectionOffsets(view);
    renumberNotes(view);
    setState(view.state);
    ribbonStore.set(view.state);
    // While slices arrive the selection stays out of the editor: ProseMirror would otherwise
    // read it back from the DOM after each slice, which lays out the whole page every time.
    if (!loadingRef.current) view.focus();
    const loader = editorLoader(view, { loadingRef, pendingRef, onProgress: setLoaded, onError: setLoadError });
    loaderRef.current = loader.load;
    loader.load(split);
    return () => {
      loader.stop();
      view.destroy();
      viewRef.current = null;
      mediaUrls.revokeAll();
    };
    // The document prop is the initial content only.
  }, []);

  useEffect(() => {
    viewRef.current?.setProps({ attributes: { ...viewRef.current.props.attributes, 'aria-label': labels.textArea } });
  }, [labels.textArea]);

  const notesKey = Object.values(labels.notes).filter((v) => typeof v === 'string').join('|');
  const changesKey = `${labels.keptContent}|${labels.changeTitle('insertion', null, null)}`;
  useEffect(() => {
    // New node views redraw the document from the editor's state: a selection the page has and
    // the editor has not read yet (a Shift+Arrow just pressed) would be lost.
    if (viewRef.current && !loadingRef.current) syncSelectionFromPage(viewRef.current);
    viewRef.current?.setProps({ nodeViews: nodeViews(), markViews: changeMarkViews(labels) });
    if (viewRef.current) renumberNotes(viewRef.current);
    // The labels object is rebuilt on every render of the app: follow its strings, not its
    // identity (new node views redraw the whole document).
  }, [labels.pageBreak, labels.columnBreak, labels.sectionBreak, labels.imageUnavailable, labels.imageLinked, labels.pictureMove, labels.shape, labels.shapeGroup, labels.chart, notesKey, changesKey]);

  useEffect(() => {
    if (active && !loadingRef.current) viewRef.current?.focus();
  }, [active]);

  // Page or Brouillon, and the pages laid out again at a new zoom (page-view-plugin.ts).
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    setViewMode(view, viewMode);
    relayoutPages(view, zoom);
  }, [viewMode, zoom]);

  useImperativeHandle(
    ref,
    () => ({
      // While loading nothing can be edited: the document is still the one that was opened.
      getDocument: () => (loadingRef.current ? (whole ?? document) : documentFromState(viewRef.current?.state ?? state, document.meta, media)),
      markSaved: () => {
        savedDocRef.current = viewRef.current?.state.doc ?? null;
        dirtyRef.current = false;
        onDirtyRef.current?.(false);
      },
      focus: () => viewRef.current?.focus(),
    }),
    [state, document, whole],
  );
  useWholeDocument({ viewRef, preview: document, whole, pendingRef, media, loadRest: (rest) => loaderRef.current(rest) });

  // Stable: the ribbon, memoised, is not re-rendered for a new `run` on every keystroke.
  const run = useCallback((command: Command) => {
    const view = viewRef.current;
    if (!view || loadingRef.current) return;
    syncSelectionFromPage(view);
    command(view.state, view.dispatch);
    view.focus();
  }, []);
  /** Runs a command and leaves the focus where it is (in the search bar, say). */
  const apply = (command: Command) => {
    const view = viewRef.current;
    if (!view) return;
    command(view.state, view.dispatch);
  };
  const goTo = (pos: number) => {
    if (viewRef.current) goToBlock(viewRef.current, pos);
  };
  const closeDialog = () => setDialog(null);
  const editSelectedNote = () => {
    const note = viewRef.current && !loadingRef.current ? selectedNote(viewRef.current.state) : null;
    if (note) setDialog({ kind: 'editNote', note });
  };
  // Back to the text once a dialog has closed (after the dialog gave the focus back to its opener).
  const hadDialog = useRef(false);
  useEffect(() => {
    if (dialog === null && hadDialog.current) viewRef.current?.focus();
    hadDialog.current = dialog !== null;
  }, [dialog]);
  const openFind = (replace: boolean) => {
    const view = viewRef.current;
    if (view) syncSelectionFromPage(view);
    const sel = view?.state.selection;
    const selected = sel && !sel.empty ? view.state.doc.textBetween(sel.from, sel.to) : '';
    setFind((f) => ({ replace, key: (f?.key ?? 0) + 1, text: selected.length <= 200 && !selected.includes('\n') ? selected : '' }));
  };
  const openLinkDialog = () => {
    const view = viewRef.current;
    if (!view || loadingRef.current) return;
    syncSelectionFromPage(view);
    const link = linkAt(view.state);
    const { from, to } = view.state.selection;
    setDialog({ kind: 'link', href: link?.href ?? null, text: link && view.state.selection.empty ? link.text : view.state.doc.textBetween(from, to) });
  };
  /** Opens a dialog on the selection the user sees. */
  const openDialog = (next: WriterDialog) => {
    if (viewRef.current) syncSelectionFromPage(viewRef.current);
    setDialog(next);
  };
  const pictures = usePictures({ viewRef, loadingRef, media, labels: labels.pictures, run, onPickPicture, onNotice: setLinkNotice });
  const review = useReview({ viewRef, labels: labels.review, author, run });
  const reviewRef = useRef(review);
  reviewRef.current = review;
  const picturesRef = useRef(pictures);
  picturesRef.current = pictures;
  const fields = useFields({ viewRef, loadingRef, meta: document.meta, author, fileName: fileName ?? '', labels: labels.fields, run });
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const styles = useNamedStyles({ viewRef, loadingRef, labels, run });
  const charts = useChartEdit({ viewRef, loadingRef, labels: labels.charts, run });
  const exportPdf = pdfExportAction(viewRef, document.meta, media, onExportPdf);
  const print = printAction(viewRef, document.meta, media, labels.printFrame);
  const openStory = useStoryOpener({ viewRef, loadingRef, state, viewMode, setViewMode: setViewModeState, open: setStoryEditing });
  const actions: RibbonActions = useStableActions<RibbonActions>({
    ...(onPickPicture ? { onPicture: pictures.insertFromFile } : {}),
    onChart: charts.insertNew,
    review: review.actions,
    onHeaderFooter: openStory,
    painterActive: painter !== null,
    onPainter: () => {
      const view = viewRef.current;
      if (!view) return;
      syncSelectionFromPage(view);
      setPainter(painter ? null : copyFormat(view.state));
      view.focus();
    },
    onFind: openFind,
    onLink: openLinkDialog,
    onBookmark: () => openDialog({ kind: 'bookmark' }),
    onStats: () => openDialog({ kind: 'stats' }),
    onParagraph: () => openDialog({ kind: 'paragraph' }),
    onPageSetup: () => openDialog({ kind: 'pageSetup' }),
    onNoteSettings: () => openDialog({ kind: 'noteSettings' }),
    onFootnote: () => openDialog({ kind: 'footnote' }),
    onEndnote: () => openDialog({ kind: 'endnote' }),
    onInsertField: fields.onInsert,
    onEditField: fields.onEdit,
    onUpdateFields: fields.onUpdate,
    onEditNote: editSelectedNote,
    ...styles.actions,
    navigationOpen,
    onNavigation: () => setNavigationOpen((open) => !open),
    zoom,
    onZoom: setZoom,
    viewMode,
    onViewMode: setViewModeState,
    onPrint: print,
    ...(exportPdf ? { onExportPdf: exportPdf } : {}),
  });
  /** Word's shortcuts the text keymap does not hold: they open panels and dialogs. */
  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (review.onKeyDown(event) || menu.onKeyDown(event) || fields.onKeyDown(event)) return;
    // Ctrl+Alt+D: Word's shortcut for an endnote.
    if (event.ctrlKey && event.altKey && !event.shiftKey && event.key.toLowerCase() === 'd' && !loadingRef.current) {
      event.preventDefault();
      openDialog({ kind: 'endnote' });
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey) {
      if (event.key === 'Escape' && painter) {
        setPainter(null);
        event.preventDefault();
      }
      return;
    }
    const key = event.key.toLowerCase();
    if (key === 'p' && !event.shiftKey) print();
    else if (key === 'f' && !event.shiftKey) openFind(false);
    else if (key === 'h' && !event.shiftKey) openFind(true);
    else if (key === 'k' && !event.shiftKey) openLinkDialog();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const onWheel = (event: ReactWheelEvent<HTMLDivElement>) => {
    if (!event.ctrlKey) return;
    setZoom((z) => stepZoom(z, event.deltaY < 0 ? 1 : -1));
  };
  const dialogs = () => {
    const more = labels.more;
    const view = viewRef.current;
    if (!dialog || !view) return null;
    switch (dialog.kind) {
      case 'stats':
        return <StatsDialog stats={textStats(view.state.doc)} labels={more} onClose={closeDialog} />;
      case 'link':
        return (
          <LinkDialog
            labels={more}
            href={dialog.href}
            text={dialog.text}
            onClose={closeDialog}
            onRemove={() => {
              closeDialog();
              run(removeLink);
            }}
            onSubmit={(href, text) => {
              closeDialog();
              run(setLink(href, text));
            }}
          />
        );
      case 'openLink':
        return (
          <OpenLinkDialog
            labels={more}
            href={dialog.href}
            onClose={closeDialog}
            onOpen={() => {
              const href = dialog.href;
              closeDialog();
              if (!onOpenLink) return;
              void onOpenLink(href).then(
                (opened) => setLinkNotice(opened ? more.linkOpened(href) : more.linkAllowed(href)),
                () => setLinkNotice(more.linkRefused),
              );
            }}
          />
        );
      case 'bookmark':
        return (
          <BookmarkDialog
            labels={more}
            isValid={(name) => isValidBookmarkName(name) && !bookmarkNames(view.state).includes(name)}
            onClose={closeDialog}
            onSubmit={(name) => {
              closeDialog();
              run(insertBookmark(name));
            }}
          />
        );
      case 'paragraph':
        return (
          <ParagraphDialog
            labels={more}
            format={currentParagraphFormat(view.state)}
            onClose={closeDialog}
            onSubmit={(format) => {
              closeDialog();
              run(setParagraphFormat(format));
            }}
          />
        );
      case 'pageSetup':
        return (
          <PageSetupDialog
            labels={more}
            setup={currentPageSetup(view.state.doc)}
            onClose={closeDialog}
            onSubmit={(setup) => (closeDialog(), run(setPageSetup(setup)))}
          />
        );
      case 'noteSettings':
        return <NoteSettingsDialog labels={labels.fields} more={more} doc={view.state.doc} section={sectionIndexAt(view.state.doc, view.state.selection.from)} onClose={closeDialog} run={run} />;
      case 'footnote':
      case 'endnote': {
        const kind = dialog.kind;
        return <NoteDialog labels={more} title={kind === 'endnote' ? labels.fields.insertEndnote : more.insertFootnote} onClose={closeDialog} onSubmit={(text) => (closeDialog(), run(insertNote(kind, text)))} />;
      }
      case 'editNote':
        return <NoteEditorDialog note={dialog.note.node} labels={more} pictures={{ urls: mediaUrls, labels: { unavailable: labels.imageUnavailable, linked: labels.imageLinked } }} onClose={closeDialog} onSubmit={(content) => (closeDialog(), run(editNote(dialog.note.pos, content)))} />;
      default:
        return null;
    }
  };

  const pages = pageViewInfo(state);
  return (
    <div ref={rootRef} className={painter ? 'writer writer--painting' : 'writer'} onKeyDown={onKeyDown}>
      <WriterToolbar store={ribbonStore} labels={labels} run={run} actions={actions} />
      {pictures.toolbar(state) ?? charts.toolbar(state)}
      {find && (
        <FindReplacePanel
          state={state}
          labels={labels.more}
          apply={apply}
          showReplace={find.replace}
          focusKey={find.key}
          initialText={find.text}
          onClose={() => {
            setFind(null);
            viewRef.current?.focus();
          }}
        />
      )}
      <div className="writer-body">
      {navigationOpen && <NavigationPane state={state} labels={labels.more} onGo={goTo} />}
      <div className="writer-desk" onWheel={onWheel}>
        <WriterPages
          mode={viewMode}
          zoom={zoom}
          state={state}
          labels={labels}
          mountRef={mountRef}
          review={{ tracking: isTracking(state), author: () => reviewRef.current.changeAuthor(), markViews: changeMarkViews(labels), changeTitle: labels.changeTitle }}
          pictures={storyPictures}
          editing={storyEditing}
          onEditing={setStoryEditing}
          canEdit={() => !loadingRef.current}
          apply={apply}
          onClosed={() => viewRef.current?.focus()}
          after={<EndnotesArea state={state} labels={labels} onEdit={(note) => { if (!loadingRef.current) setDialog({ kind: 'editNote', note }); }} />}
        />
      </div>
      {review.pane(state)}
      </div>
      <div className="writer-status" aria-live="off">
        {pages.enabled && <span className="writer-status__page">{labels.more.pageOf(pageAt(pages.starts, state.selection.head), pages.count)}</span>}
        <span className="writer-status__words">{loaded < 1 ? labels.loading(Math.floor(loaded * 100)) : labels.wordCount(countWords(state.doc))}</span>
        {pictures.status(state) ?? charts.status(state)}
        {review.status(state)}
        {linkNotice !== '' && (
          <span role="status" className="writer-status__notice">
            {linkNotice}
          </span>
        )}
      </div>
      {dialogs()}
      {pictures.dialog(state, labels.more) ?? charts.dialog(state)}
      {styles.dialog()}
      {fields.dialog(labels.more)}
      {menu.render(state, { onParagraph: () => openDialog({ kind: 'paragraph' }), onLink: openLinkDialog, onComment: review.actions.onNewComment, onEditNote: editSelectedNote, onEditField: fields.onEdit, onUpdateToc: () => run(updateTablesOfContents), onNotice: setLinkNotice })}
    </div>
  );
}
