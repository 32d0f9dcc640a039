/**
 * The ribbon's style lists: "Style de paragraphe" (Normal, Titre 1–6, Citation and the document's
 * named paragraph styles) and "Style de caractère" ((Aucun) and the document's character styles),
 * each showing the style at the cursor and applying the one chosen. The document's styles are
 * listed when a list takes the focus or is opened, not on every keystroke: looking them up walks
 * the whole document.
 */
import { useState } from 'react';
import type { Command } from 'prosemirror-state';
import { BLOCK_STYLES, setBlockStyle } from './commands.js';
import type { BlockStyle } from './commands.js';
import { applyCharStyle, applyParagraphStyle, charStyleNames, paragraphStyleNames } from './style-sheet-commands.js';
import type { RibbonState, RibbonStore } from './ribbon-state.js';
import type { WriterLabels } from './writer-labels.js';

const NAMED = 'named:';
const CHAR = 'char:';

export function StylePickers({ ribbon, store, labels, run }: { ribbon: RibbonState; store: RibbonStore; labels: WriterLabels; run: (command: Command) => void }) {
  const [named, setNamed] = useState<readonly string[]>([]);
  const [chars, setChars] = useState<readonly string[]>([]);
  const value = ribbon.namedStyle !== null ? NAMED + ribbon.namedStyle : ribbon.blockStyle;
  const current = value.startsWith(NAMED) ? value.slice(NAMED.length) : null;
  const paragraphOptions = current !== null && !named.includes(current) ? [...named, current] : named;
  const charStyle = ribbon.charStyle;
  const charOptions = charStyle !== null && !chars.includes(charStyle) ? [...chars, charStyle] : chars;
  const s = labels.styleEditor;
  return (
    <>
      <label className="writer-toolbar__style">
        <span className="ui-visually-hidden">{labels.style}</span>
        <select
          className="ui-select"
          aria-label={labels.style}
          title={labels.style}
          value={value}
          onFocus={() => setNamed(paragraphStyleNames(store.current().doc))}
          onMouseDown={() => setNamed(paragraphStyleNames(store.current().doc))}
          onChange={(event) => {
            const v = event.target.value;
            run(v.startsWith(NAMED) ? applyParagraphStyle(v.slice(NAMED.length)) : setBlockStyle(v as BlockStyle));
          }}
        >
          {BLOCK_STYLES.map((b) => (
            <option key={b} value={b}>
              {labels.styles[b]}
            </option>
          ))}
          {paragraphOptions.map((n) => (
            <option key={n} value={NAMED + n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label className="writer-toolbar__style">
        <span className="ui-visually-hidden">{s.charStyle}</span>
        <select
          className="ui-select"
          aria-label={s.charStyle}
          title={s.charStyle}
          value={charStyle === null ? '' : CHAR + charStyle}
          onFocus={() => setChars(charStyleNames(store.current().doc))}
          onMouseDown={() => setChars(charStyleNames(store.current().doc))}
          onChange={(event) => {
            const v = event.target.value;
            run(applyCharStyle(v === '' ? null : v.slice(CHAR.length)));
          }}
        >
          <option value="">{s.noCharStyle}</option>
          {charOptions.map((n) => (
            <option key={n} value={CHAR + n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
