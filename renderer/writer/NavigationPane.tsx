/**
 * The navigation pane (Affichage › Volet de navigation): the document's headings as an outline;
 * clicking one puts the cursor at its start and scrolls it into view. The heading holding the
 * cursor is marked current.
 */
import { useMemo } from 'react';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { WriterMoreLabels } from './writer-more-labels.js';

export interface HeadingEntry {
  readonly level: number;
  readonly text: string;
  /** Position of the heading node in the document. */
  readonly pos: number;
}

/** The top-level headings of `doc` (headings inside tables or frames are not part of the outline). */
export function documentHeadings(doc: PMNode): HeadingEntry[] {
  const out: HeadingEntry[] = [];
  doc.forEach((node, pos) => {
    if (node.type.name === 'heading') out.push({ level: Math.min(6, Math.max(1, Number(node.attrs.level))), text: node.textContent.trim(), pos });
  });
  return out;
}

export interface NavigationPaneProps {
  readonly state: EditorState;
  readonly labels: WriterMoreLabels;
  readonly onGo: (pos: number) => void;
}

export function NavigationPane({ state, labels, onGo }: NavigationPaneProps) {
  const headings = useMemo(() => documentHeadings(state.doc), [state.doc]);
  const at = state.selection.from;
  let current = -1;
  headings.forEach((h, i) => {
    if (h.pos < at) current = i;
  });
  return (
    <nav className="writer-nav" aria-label={labels.navigation}>
      <h2 className="writer-nav__title">{labels.navigation}</h2>
      {headings.length === 0 ? (
        <p className="writer-nav__empty">{labels.noHeadings}</p>
      ) : (
        <ul className="writer-nav__list">
          {headings.map((h, i) => (
            <li key={h.pos} style={{ paddingInlineStart: `${String((h.level - 1) * 12)}px` }}>
              <button type="button" className="writer-nav__item" aria-current={i === current ? 'location' : undefined} onClick={() => onGo(h.pos)}>
                {h.text === '' ? '…' : h.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
