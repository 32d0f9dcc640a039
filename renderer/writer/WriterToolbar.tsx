/** The writer's formatting toolbar: style select, marks, direct formatting, lists, tables, undo/redo. Reflects the state. */
import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import { Button, Toolbar, ToolbarSeparator } from '../ui/index.js';
import {
  BLOCK_STYLES,
  currentBlockStyle,
  currentListKind,
  isMarkActive,
  setBlockStyle,
  toggleList,
  toggleTextMark,
} from './commands.js';
import type { BlockStyle } from './commands.js';
import { FormatToolbar } from './FormatToolbar.js';
import { TableToolbar } from './TableToolbar.js';
import type { WriterLabels } from './writer-labels.js';

export interface WriterToolbarProps {
  readonly state: EditorState;
  readonly labels: WriterLabels;
  /** Runs a command on the view and gives the focus back to the text. */
  readonly run: (command: Command) => void;
}

export function WriterToolbar({ state, labels, run }: WriterToolbarProps) {
  const style = currentBlockStyle(state);
  const list = currentListKind(state);
  return (
    <Toolbar label={labels.toolbar} className="writer-toolbar">
      <label className="writer-toolbar__style">
        <span className="ui-visually-hidden">{labels.style}</span>
        <select
          className="ui-select"
          aria-label={labels.style}
          value={style}
          onChange={(event) => run(setBlockStyle(event.target.value as BlockStyle))}
        >
          {BLOCK_STYLES.map((s) => (
            <option key={s} value={s}>
              {labels.styles[s]}
            </option>
          ))}
        </select>
      </label>
      <ToolbarSeparator />
      <Button
        variant="quiet"
        pressed={isMarkActive(state, 'bold')}
        aria-label={labels.bold}
        title={`${labels.bold} (Ctrl+B)`}
        shortcut="Control+B"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => run(toggleTextMark('bold'))}
      >
        <strong aria-hidden="true">{labels.glyphs.bold}</strong>
      </Button>
      <Button
        variant="quiet"
        pressed={isMarkActive(state, 'italic')}
        aria-label={labels.italic}
        title={`${labels.italic} (Ctrl+I)`}
        shortcut="Control+I"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => run(toggleTextMark('italic'))}
      >
        <em aria-hidden="true">{labels.glyphs.italic}</em>
      </Button>
      <Button
        variant="quiet"
        pressed={isMarkActive(state, 'underline')}
        aria-label={labels.underline}
        title={`${labels.underline} (Ctrl+U)`}
        shortcut="Control+U"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => run(toggleTextMark('underline'))}
      >
        <u aria-hidden="true">{labels.glyphs.underline}</u>
      </Button>
      <FormatToolbar state={state} labels={labels} run={run} />
      <ToolbarSeparator />
      <Button
        variant="quiet"
        pressed={list === 'bullet'}
        aria-label={labels.bulletList}
        title={labels.bulletList}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => run(toggleList('bullet'))}
      >
        <span aria-hidden="true">• ≡</span>
      </Button>
      <Button
        variant="quiet"
        pressed={list === 'ordered'}
        aria-label={labels.orderedList}
        title={labels.orderedList}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => run(toggleList('ordered'))}
      >
        <span aria-hidden="true">1. ≡</span>
      </Button>
      <ToolbarSeparator />
      <TableToolbar state={state} labels={labels} run={run} />
      <ToolbarSeparator />
      <Button
        variant="quiet"
        aria-label={labels.undo}
        title={`${labels.undo} (Ctrl+Z)`}
        shortcut="Control+Z"
        disabled={undoDepth(state) === 0}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => run(undo)}
      >
        <span aria-hidden="true">↶</span>
      </Button>
      <Button
        variant="quiet"
        aria-label={labels.redo}
        title={`${labels.redo} (Ctrl+Y)`}
        shortcut="Control+Y"
        disabled={redoDepth(state) === 0}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => run(redo)}
      >
        <span aria-hidden="true">↷</span>
      </Button>
    </Toolbar>
  );
}
