/**
 * Keyboard shortcuts of the writer (Ctrl on Windows/Linux, Cmd on macOS via `Mod`):
 * Ctrl+B/I/U marks, Ctrl+L/E/R/J alignment, Ctrl+Alt+1/2/3 headings, Ctrl+Alt+0 and Ctrl+Shift+N paragraph, Ctrl+Z / Ctrl+Y (and
 * Ctrl+Shift+Z) undo/redo, Enter/Tab/Shift+Tab inside lists, Enter after a named style's paragraph (its next style), Tab/Shift+Tab between table cells
 * (Tab in the last cell adds a row; ↓ from the last row of a table that ends the document adds a
 * paragraph after it), Ctrl+Enter page break, Alt+arrows (Ctrl+Alt+arrows) move a selected floating
 * picture, or the floating table holding the cursor, by 1 mm (0.1 mm). Ctrl+S and friends are left to the app.
 */
import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import { textSchema } from '@ostal/model';
import type { TextAlign } from '@ostal/model';
import { Selection, TextSelection } from 'prosemirror-state';
import type { Command, Plugin } from 'prosemirror-state';
import { setBlockStyle, toggleTextMark } from './commands.js';
import { setAlign } from './format-commands.js';
import { insertPageBreak, leaveTableDown, nextCellOrNewRow, previousCell } from './table-commands.js';
import { splitToNextStyle } from './style-sheet-commands.js';
import { nudgeKeys, nudgePicture } from './picture-move.js';
import { nudgeFloatingTable } from './floating-table-move.js';

const insertHardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
  if (dispatch) dispatch(state.tr.replaceSelectionWith(textSchema.nodes.hard_break!.create()).scrollIntoView());
  return true;
});

/** An alignment shortcut that always consumes the key: Ctrl+R must never reach the browser (reload). */
function alignKey(align: TextAlign): Command {
  return (state, dispatch) => {
    setAlign(align)(state, dispatch);
    return true;
  };
}

/**
 * Ctrl+Home / Ctrl+End (with Shift: extending the selection) go to the document's start or end
 * as in Word. Left to the browser, they stop at the page view's gap widgets (not editable).
 */
function documentEdge(toEnd: boolean, extend: boolean): Command {
  return (state, dispatch) => {
    const edge = toEnd ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
    if (dispatch) {
      const selection = extend ? TextSelection.between(state.selection.$anchor, edge.$head) : edge;
      dispatch(state.tr.setSelection(selection).scrollIntoView());
    }
    return true;
  };
}

/** The writer's own bindings, to be placed before `baseKeymap`. */
export function writerKeymap(): Plugin {
  const item = textSchema.nodes.list_item!;
  return keymap({
    'Mod-b': toggleTextMark('bold'),
    'Mod-i': toggleTextMark('italic'),
    'Mod-u': toggleTextMark('underline'),
    'Mod-l': alignKey('left'),
    'Mod-e': alignKey('center'),
    'Mod-r': alignKey('right'),
    'Mod-j': alignKey('justify'),
    'Mod-z': undo,
    'Mod-y': redo,
    'Shift-Mod-z': redo,
    'Ctrl-Alt-0': setBlockStyle('paragraph'),
    // Word's shortcut for the Normal style.
    'Mod-Shift-n': setBlockStyle('paragraph'),
    'Ctrl-Alt-1': setBlockStyle('heading1'),
    'Ctrl-Alt-2': setBlockStyle('heading2'),
    'Ctrl-Alt-3': setBlockStyle('heading3'),
    // At the end of a paragraph of a named style, the next one takes the style's next style.
    Enter: chainCommands(splitListItem(item), splitToNextStyle),
    // Inside a table Tab moves between cells, even in a list in a cell (as in Word).
    Tab: chainCommands(nextCellOrNewRow, sinkListItem(item)),
    'Shift-Tab': chainCommands(previousCell, liftListItem(item)),
    'Mod-Enter': insertPageBreak,
    ArrowDown: leaveTableDown,
    'Shift-Enter': insertHardBreak,
    'Mod-Home': documentEdge(false, false),
    'Mod-End': documentEdge(true, false),
    'Shift-Mod-Home': documentEdge(false, true),
    'Shift-Mod-End': documentEdge(true, true),
    // A selected floating picture, or the floating table holding the cursor, moves by 1 mm (Alt+arrows) or 0.1 mm (Ctrl+Alt+arrows).
    ...nudgeKeys((dx, dy) => chainCommands(nudgePicture(dx, dy), nudgeFloatingTable(dx, dy))),
  });
}

/** ProseMirror's base editing keys (Backspace, Delete, Enter, select all...). */
export function writerBaseKeymap(): Plugin {
  return keymap(baseKeymap);
}
