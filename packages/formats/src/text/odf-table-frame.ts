/**
 * Floating tables in ODF text: a `draw:frame` (ODF 1.3 Part 3, 10.4.2) whose `draw:text-box`
 * (10.4.3) holds only the table, anchored to the paragraph that follows the table
 * (`text:anchor-type="paragraph"`), as LibreOffice turns Word's floating tables into frames.
 * Its graphic style (17.27) says where: 20.348/20.349 `style:horizontal-pos`/`-rel`,
 * 20.386/20.387 `style:vertical-pos`/`-rel`, offsets in `svg:x`/`svg:y`, the distances from
 * the text as `fo:margin-*` (20.176...), and text flows around it (`style:wrap="parallel"`).
 * The style derives from the common `Frame` style ({@link FRAME_STYLE}), without which
 * LibreOffice 7.4 reads the frame as a shape and drops the table.
 *
 * Mapping (model ↔ ODF): across `page` ↔ `page`, `margin` ↔ `page-content`, `column` ↔
 * `paragraph`; down `page` ↔ `page`, `margin` ↔ `page-content`, `paragraph` ↔ `paragraph`;
 * alignments replace offsets (`center` down is `middle`; ODF has no inside/outside down, those
 * are written as top/bottom). Lengths are written in points with two decimals, which read
 * back to the same twips. ODF cannot say whether floating tables may overlap: `overlap` reads
 * back true. Only frames deriving from `Frame` read as floating tables: a text box Ostal writes
 * (a `text_frame`, whose style has no parent) may hold just a table too.
 */
import { DEFAULT_TABLE_POSITION, clampPositionTwips } from '@ostal/model';
import type { TablePosition, TableXAlign, TableXRelative, TableYAlign, TableYRelative } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { attr } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { XmlOut } from '../xml/xml-writer.js';
import type { Node as PMNode } from 'prosemirror-model';
import { odfLengthToEmu } from './odf-frame-reader.js';

/**
 * The common graphic style the frames of floating tables derive from: LibreOffice reads a frame
 * whose style derives from its `Frame` style as a text frame (which may hold a table), and any
 * other as a drawing shape with text (which loses it).
 */
export const FRAME_STYLE = 'Frame';

/** EMU in one twip. */
const EMU_PER_TWIP = 635;

const H_REL_OUT: Readonly<Record<TableXRelative, string>> = { page: 'page', margin: 'page-content', column: 'paragraph' };
const V_REL_OUT: Readonly<Record<TableYRelative, string>> = { page: 'page', margin: 'page-content', paragraph: 'paragraph' };
const V_POS_OUT: Readonly<Record<TableYAlign, string>> = { top: 'top', center: 'middle', bottom: 'bottom', inside: 'top', outside: 'bottom' };

const H_REL_IN: Readonly<Record<string, TableXRelative>> = {
  page: 'page',
  'page-start-margin': 'page',
  'page-end-margin': 'page',
  'page-content': 'margin',
};
const V_REL_IN: Readonly<Record<string, TableYRelative>> = { page: 'page', 'page-content': 'margin' };
const H_POS_IN: Readonly<Record<string, TableXAlign>> = { left: 'left', center: 'center', right: 'right', inside: 'inside', outside: 'outside' };
const V_POS_IN: Readonly<Record<string, TableYAlign>> = { top: 'top', middle: 'center', bottom: 'bottom', below: 'bottom' };

/** Twips as ODF points (two decimals: exact back to twips). */
export function twipsToPt(twips: number): string {
  return `${String(Number((twips / 20).toFixed(2)))}pt`;
}

/** An ODF length in twips (rounded), or undefined when it is not one. */
export function odfLengthToTwips(v: string | undefined, signed: boolean): number | undefined {
  const emu = odfLengthToEmu(v);
  return emu === undefined ? undefined : clampPositionTwips(emu / EMU_PER_TWIP, signed);
}

/** The graphic properties of the frame of a table at `position`. */
export function tableFrameGraphicProps(position: TablePosition): Record<string, string> {
  const p = position;
  return {
    'fo:margin-left': twipsToPt(p.left),
    'fo:margin-right': twipsToPt(p.right),
    'fo:margin-top': twipsToPt(p.top),
    'fo:margin-bottom': twipsToPt(p.bottom),
    'style:wrap': 'parallel',
    'style:number-wrapped-paragraphs': 'no-limit',
    'style:vertical-pos': p.yAlign === null ? 'from-top' : V_POS_OUT[p.yAlign],
    'style:vertical-rel': V_REL_OUT[p.yRelative],
    'style:horizontal-pos': p.xAlign ?? 'from-left',
    'style:horizontal-rel': H_REL_OUT[p.xRelative],
    'fo:padding': '0pt',
    'fo:border': 'none',
  };
}

/** The frame attributes (besides its style and name) of a table at `position`, `width` twips wide. */
export function tableFrameAttrs(position: TablePosition, width: number): Record<string, string | undefined> {
  return {
    'text:anchor-type': 'paragraph',
    'svg:x': position.xAlign === null ? twipsToPt(position.x) : undefined,
    'svg:y': position.yAlign === null ? twipsToPt(position.y) : undefined,
    'svg:width': twipsToPt(Math.max(1, width)),
  };
}

/**
 * The position of a table in `frame`, whose graphic properties (parent styles resolved) `props`
 * gives. A frame anchored as a character is placed like one anchored to its paragraph.
 */
export function tablePositionOfFrame(frame: XmlElement, props: (ns: string, local: string) => string | undefined): TablePosition {
  const length = (local: string, signed: boolean): number | undefined => odfLengthToTwips(props(NS.fo, local), signed);
  const margin = length('margin', false);
  const hPos = props(NS.style, 'horizontal-pos');
  const vPos = props(NS.style, 'vertical-pos');
  const anchor = attr(frame, NS.text, 'anchor-type');
  const hRel = props(NS.style, 'horizontal-rel');
  const vRel = props(NS.style, 'vertical-rel');
  return {
    xRelative: H_REL_IN[hRel ?? ''] ?? (anchor === 'page' && hRel === undefined ? 'page' : 'column'),
    yRelative: V_REL_IN[vRel ?? ''] ?? (anchor === 'page' && vRel === undefined ? 'page' : 'paragraph'),
    x: odfLengthToTwips(attr(frame, NS.svg, 'x'), true) ?? 0,
    y: odfLengthToTwips(attr(frame, NS.svg, 'y'), true) ?? 0,
    xAlign: H_POS_IN[hPos ?? ''] ?? null,
    yAlign: V_POS_IN[vPos ?? ''] ?? null,
    left: length('margin-left', false) ?? margin ?? 0,
    right: length('margin-right', false) ?? margin ?? 0,
    top: length('margin-top', false) ?? margin ?? 0,
    bottom: length('margin-bottom', false) ?? margin ?? 0,
    overlap: DEFAULT_TABLE_POSITION.overlap,
  };
}

/**
 * True when a row of `table` was deleted with changes tracked (all its text carries a deletion
 * mark, how the readers keep such a row). LibreOffice keeps a floating table with such rows in
 * the flow (it tracks row deletions only there), so the ODF writer does too.
 */
export function hasDeletedRow(table: PMNode): boolean {
  let found = false;
  table.forEach((row) => {
    if (found) return;
    let texts = 0;
    let deleted = 0;
    row.descendants((n) => {
      if (!n.isText) return true;
      texts += 1;
      if (n.marks.some((m) => m.type.name === 'deletion')) deleted += 1;
      return false;
    });
    found = texts > 0 && deleted === texts;
  });
  return found;
}

/**
 * True when `table` holds a footnote or endnote: LibreOffice refuses to load notes inside a text
 * frame (the whole document fails), so such a floating table stays in the flow in ODF.
 */
export function holdsNotes(table: PMNode): boolean {
  let found = false;
  table.descendants((n) => {
    if (n.type.name === 'note') found = true;
    return !found;
  });
  return found;
}

/** True when the ODF writer keeps floating table `table` in the flow (see above). */
export function floatsInFlow(table: PMNode): boolean {
  return hasDeletedRow(table) || holdsNotes(table);
}

/** The `table:table` that is the only content of text box `box` (white space aside), if it is one. */
export function onlyTableOf(box: XmlElement): XmlElement | undefined {
  if (box.ns !== NS.draw || box.local !== 'text-box') return undefined;
  let table: XmlElement | undefined;
  for (const c of box.children) {
    if (typeof c === 'string') {
      if (c.trim() !== '') return undefined;
      continue;
    }
    if (c.ns !== NS.table || c.local !== 'table' || table) return undefined;
    table = c;
  }
  return table;
}

/**
 * Puts the frames of floating tables in the paragraph after them. The body writer writes a
 * floating table as a paragraph holding only its frame (a *holder*) and tells which written
 * paragraphs could anchor it; {@link settle} then moves each holder's frame to the start of the
 * next sibling when that one is such a paragraph (one with content, as the reader needs to tell
 * it from a holder), and drops the holder.
 */
export class FloatingTableAnchors {
  private readonly holders = new WeakSet<XmlOut>();
  private readonly anchors = new WeakSet<XmlOut>();
  private count = 0;

  /** Whether a floating table was written. */
  get written(): boolean {
    return this.count > 0;
  }

  /** `holder` is a paragraph holding only the frame of a floating table. */
  holder(holder: XmlOut): XmlOut {
    this.holders.add(holder);
    this.count += 1;
    return holder;
  }

  /** `paragraph` (a `text:p` or `text:h` with content) may anchor the frame of a table before it. */
  anchor(paragraph: XmlOut): XmlOut {
    this.anchors.add(paragraph);
    return paragraph;
  }

  /** A copy of `blocks` with every holder followed by an anchor merged into it. */
  settle(blocks: readonly XmlOut[]): XmlOut[] {
    return [...(this.count === 0 ? blocks : (this.settleAll(blocks) as readonly XmlOut[]))];
  }

  private settleOne(el: XmlOut): XmlOut {
    const children = this.settleAll(el.children);
    return children === el.children ? el : { ...el, children };
  }

  private settleAll(children: readonly (XmlOut | string)[]): readonly (XmlOut | string)[] {
    let out: (XmlOut | string)[] | null = null;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (typeof c === 'string') {
        out?.push(c);
        continue;
      }
      const settled = this.settleOne(c);
      const after = children[i + 1];
      if (this.holders.has(c) && after !== undefined && typeof after !== 'string' && this.anchors.has(after)) {
        const anchor = this.settleOne(after);
        out ??= children.slice(0, i);
        out.push({ ...anchor, children: [...settled.children, ...anchor.children] });
        i += 1;
        continue;
      }
      if (settled !== c) out ??= children.slice(0, i);
      out?.push(settled);
    }
    return out ?? children;
  }
}
