/**
 * What the writer's ribbon shows, derived from the editor state once per transaction: marks and
 * values at the selection, paragraph style, alignment, list kind, which commands apply. A store
 * hands the ribbon a snapshot that keeps its identity while nothing it shows has changed, so
 * typing a letter re-renders no toolbar (useSyncExternalStore compares snapshots by identity).
 * Facts that walk the whole document (tables of contents, tracked changes) are derived only while
 * the tab showing them is open.
 */
import type { TextAlign } from '@ostal/model';
import { textBaseOf, textSchema } from '@ostal/model';
import { redoDepth, undoDepth } from 'prosemirror-history';
import type { EditorState } from 'prosemirror-state';
import { QUOTE_STYLE_NAME, currentBlockStyle, currentListKind, isMarkActive } from './commands.js';
import type { BlockStyle, ListKind } from './commands.js';
import { selectedField } from './field-commands.js';
import { currentAlign, currentMarkValue } from './format-commands.js';
import { APP_FONT } from './doc-base-style.js';
import { linkAt } from './link-commands.js';
import { listLevelDown, listLevelUp, restartNumbering } from './list-commands.js';
import { selectedNote } from './note-edit.js';
import { charStyleAt } from './style-sheet-commands.js';
import { TABLE_COMMANDS, insertPageBreak, insertTable } from './table-commands.js';
import { insertTableOfContents, updateTablesOfContents } from './toc-commands.js';
import { acceptAllChanges, acceptChange, goToChange, isTracking, rejectAllChanges, rejectChange } from './track-changes.js';
import type { RibbonTab } from './writer-more-labels.js';

/** A flat record of what the ribbon shows: every field a boolean, a string, a number or null. */
export interface RibbonState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly blockStyle: BlockStyle;
  /** The paragraph's named style, when it is not one of the gallery's. */
  readonly namedStyle: string | null;
  readonly charStyle: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strike: boolean;
  readonly superscript: boolean;
  readonly subscript: boolean;
  readonly font: string | null;
  readonly size: number | null;
  /** The document's base font (the application's when it names none) and size, what text without a font or size shows. */
  readonly baseFont: string;
  readonly baseSize: number;
  readonly color: string | null;
  readonly highlight: string | null;
  readonly align: TextAlign;
  readonly list: ListKind | null;
  readonly canLevelUp: boolean;
  readonly canLevelDown: boolean;
  readonly canRestartNumbering: boolean;
  readonly canInsertTable: boolean;
  readonly canAddRow: boolean;
  readonly canDeleteRow: boolean;
  readonly canAddColumn: boolean;
  readonly canDeleteColumn: boolean;
  readonly canMergeCells: boolean;
  readonly canSplitCell: boolean;
  readonly canPageBreak: boolean;
  readonly inLink: boolean;
  readonly noteSelected: boolean;
  readonly fieldSelected: boolean;
  readonly canInsertToc: boolean;
  readonly canUpdateToc: boolean;
  readonly tracking: boolean;
  readonly canPreviousChange: boolean;
  readonly canNextChange: boolean;
  readonly canAccept: boolean;
  readonly canReject: boolean;
  readonly canAcceptAll: boolean;
  readonly canRejectAll: boolean;
}

function namedStyleOf(state: EditorState, style: BlockStyle): string | null {
  const block = state.selection.$from.parent;
  const name = block.type === textSchema.nodes.paragraph ? (block.attrs.styleName as string | null) : null;
  return style === 'paragraph' && name !== null && name !== QUOTE_STYLE_NAME ? name : null;
}

/** The ribbon's state at `state` with `tab` open (other tabs' facts are left false). */
export function deriveRibbonState(state: EditorState, tab: RibbonTab): RibbonState {
  const home = tab === 'home';
  const insert = tab === 'insert';
  const review = tab === 'review';
  const blockStyle = currentBlockStyle(state);
  const base = textBaseOf(state.doc.attrs);
  const can = (on: boolean, command: (s: EditorState) => boolean): boolean => on && command(state);
  return {
    canUndo: undoDepth(state) > 0,
    canRedo: redoDepth(state) > 0,
    blockStyle,
    namedStyle: home ? namedStyleOf(state, blockStyle) : null,
    charStyle: home ? charStyleAt(state) : null,
    bold: home && isMarkActive(state, 'bold'),
    italic: home && isMarkActive(state, 'italic'),
    underline: home && isMarkActive(state, 'underline'),
    strike: home && isMarkActive(state, 'strike'),
    superscript: home && isMarkActive(state, 'superscript'),
    subscript: home && isMarkActive(state, 'subscript'),
    font: home ? (currentMarkValue(state, 'font') as string | null) : null,
    size: home ? (currentMarkValue(state, 'font_size') as number | null) : null,
    baseFont: base.font ?? APP_FONT,
    baseSize: base.size,
    color: home ? (currentMarkValue(state, 'color') as string | null) : null,
    highlight: home ? (currentMarkValue(state, 'highlight') as string | null) : null,
    align: currentAlign(state),
    list: currentListKind(state),
    canLevelUp: can(home, listLevelUp),
    canLevelDown: can(home, listLevelDown),
    canRestartNumbering: can(home, restartNumbering),
    canInsertTable: can(insert, insertTable()),
    canAddRow: can(insert, TABLE_COMMANDS.addRow),
    canDeleteRow: can(insert, TABLE_COMMANDS.deleteRow),
    canAddColumn: can(insert, TABLE_COMMANDS.addColumn),
    canDeleteColumn: can(insert, TABLE_COMMANDS.deleteColumn),
    canMergeCells: can(insert, TABLE_COMMANDS.mergeCells),
    canSplitCell: can(insert, TABLE_COMMANDS.splitCell),
    canPageBreak: can(insert, insertPageBreak),
    inLink: insert && linkAt(state) !== null,
    noteSelected: insert && selectedNote(state) !== null,
    fieldSelected: insert && selectedField(state) !== null,
    canInsertToc: can(insert, insertTableOfContents()),
    canUpdateToc: can(insert, updateTablesOfContents),
    tracking: isTracking(state),
    canPreviousChange: can(review, goToChange(-1)),
    canNextChange: can(review, goToChange(1)),
    canAccept: can(review, acceptChange),
    canReject: can(review, rejectChange),
    canAcceptAll: can(review, acceptAllChanges),
    canRejectAll: can(review, rejectAllChanges),
  };
}

/** True when `a` and `b` hold the same value in every field. */
export function sameRibbonState(a: RibbonState, b: RibbonState): boolean {
  for (const key of Object.keys(a) as (keyof RibbonState)[]) if (a[key] !== b[key]) return false;
  return true;
}

/** The editor state the ribbon follows, and its snapshots for useSyncExternalStore. */
export class RibbonStore {
  private listeners = new Set<() => void>();
  private last: { state: EditorState; tab: RibbonTab; value: RibbonState } | null = null;

  constructor(private state: EditorState) {}

  /** The editor state now (for what the ribbon looks up only when asked, like style names). */
  current(): EditorState {
    return this.state;
  }

  /** Called once per transaction with the new state. */
  set(state: EditorState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The ribbon's state with `tab` open; the previous snapshot itself when nothing in it changed. */
  snapshot(tab: RibbonTab): RibbonState {
    const last = this.last;
    if (last && last.state === this.state && last.tab === tab) return last.value;
    const next = deriveRibbonState(this.state, tab);
    const value = last && sameRibbonState(last.value, next) ? last.value : next;
    this.last = { state: this.state, tab, value };
    return value;
  }
}
