/**
 * Writes tracked changes and kept equations into WordprocessingML (ECMA-376 Part 1, 17.13.5
 * revisions; 22.1 Office Math). Mirrors `wml-changes.ts`:
 *
 * - consecutive runs with the same insertion / deletion marks go in one `w:ins` / `w:del`
 *   (a run both inserted and deleted in `w:ins` then `w:del`), deleted text as `w:delText`;
 * - a `format_change` mark becomes a `w:rPrChange` at the end of the run's `w:rPr`, holding the
 *   previous properties as a DOCX file kept them, else built from the former marks the model
 *   holds (`@ostal/model` `formerMarks`: a change made in Ostal or read from ODF), else empty;
 * - `paragraph_change` nodes become `w:pPr/w:rPr/w:ins|w:del` and `w:pPrChange`, whose `w:pPr`
 *   is kept or built the same way from the former block (`formerBlock`);
 * - `opaque` OOXML content is written back as it was read; opaque content from ODF as its
 *   fallback text.
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { formerBlock, formerMarks, isRowChange, textSchema } from '@ostal/model';
import type { FormerBlock } from '@ostal/model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { changeMark, changesOf, paragraphChangesOf, sameChange } from './text-changes.js';
import { WmlRevisionIds, ooxmlOut } from './wml-changes.js';

/** A written inline node: the node and what was written for it. */
export interface WrittenInline {
  readonly node: PMNode;
  readonly out: XmlOut;
}

/** `w:t` → `w:delText` (and `w:instrText` → `w:delInstrText`) in a run, for deleted runs. */
function asDeleted(run: XmlOut): XmlOut {
  if (run.name !== 'w:r') return run;
  const children = run.children.map((c) => {
    if (typeof c === 'string') return c;
    if (c.name === 'w:t') return { ...c, name: 'w:delText' };
    if (c.name === 'w:instrText') return { ...c, name: 'w:delInstrText' };
    return c;
  });
  return { ...run, children };
}

/** The run with a `w:rPrChange` appended to its `w:rPr` (17.3.2.28: it comes last). */
function withFormatChange(run: XmlOut, change: XmlOut): XmlOut {
  if (run.name !== 'w:r') return run;
  const children = [...run.children];
  const i = children.findIndex((c) => typeof c !== 'string' && c.name === 'w:rPr');
  if (i >= 0) {
    const rPr = children[i] as XmlOut;
    children[i] = { ...rPr, children: [...rPr.children, change] };
  } else children.unshift(x('w:rPr', {}, change));
  return { ...run, children };
}

/** How the document writer writes former formats (its own property writers). */
export interface WmlFormerFormats {
  /** The `w:rPr` of text formatted with `marks`, or null for none. */
  readonly runProps: (marks: readonly Mark[]) => XmlOut | null;
}

/** Writes revision marks around runs and into paragraph properties, with unique ids. */
export class WmlChangesWriter {
  private readonly ids = new WmlRevisionIds();

  constructor(private readonly former: WmlFormerFormats) {}

  /** The `w:rPr` of a text format change's former marks (an empty one for plain text), or null when unknown. */
  private formerRunProps(change: Mark): XmlOut | null {
    const marks = formerMarks(change.attrs.before, textSchema);
    return marks ? (this.former.runProps(marks) ?? x('w:rPr')) : null;
  }

  /** Writer output of an `opaque` node: its OOXML, or its fallback text as a run. */
  opaque(node: PMNode, runOf: (text: string) => XmlOut): XmlOut {
    if (node.attrs.family === 'ooxml') {
      const out = ooxmlOut(String(node.attrs.xml));
      if (out) return out;
    }
    return runOf(String(node.attrs.fallback));
  }

  /** The runs of one hyperlink group (or of the paragraph), wrapped in their revisions. */
  wrap(items: readonly WrittenInline[]): XmlOut[] {
    const out: XmlOut[] = [];
    let i = 0;
    while (i < items.length) {
      const first = changesOf(items[i]!.node);
      let j = i + 1;
      while (j < items.length) {
        const next = changesOf(items[j]!.node);
        if (!sameChange(first.insertion, next.insertion) || !sameChange(first.deletion, next.deletion)) break;
        j++;
      }
      let runs = items.slice(i, j).map(({ node, out: r }) => {
        const format = changesOf(node).format;
        return format ? withFormatChange(r, this.ids.formatChange(format, 'rPr', this.formerRunProps(format))) : r;
      });
      if (first.deletion) runs = [x('w:del', this.ids.attrs(first.deletion), runs.map(asDeleted))];
      if (first.insertion) runs = [x('w:ins', this.ids.attrs(first.insertion), runs)];
      out.push(...runs);
      i = j;
    }
    return out;
  }

  /** The `w:ins` / `w:del` of a table row inserted or deleted with changes tracked, or null. */
  rowRevision(row: PMNode): XmlOut | null {
    const change: unknown = row.attrs.change;
    if (!isRowChange(change)) return null;
    const mark = changeMark(change.kind, change);
    return x(change.kind === 'insertion' ? 'w:ins' : 'w:del', this.ids.attrs(mark));
  }

  /**
   * What a paragraph's `paragraph_change` nodes add to its `w:pPr`: a `w:rPr` with `w:ins`/`w:del`
   * for its mark, then a `w:pPrChange` (17.3.1.26 CT_PPr order: `w:rPr`, `w:sectPr`, `w:pPrChange`)
   * whose `w:pPr` `formerProps` builds from the former block when no DOCX source was kept.
   */
  paragraphMark(block: PMNode, formerProps: (former: FormerBlock) => XmlOut | null = () => null): XmlOut[] {
    const changes = paragraphChangesOf(block);
    const out: XmlOut[] = [];
    if (changes.insertion || changes.deletion) {
      out.push(
        x(
          'w:rPr',
          {},
          changes.insertion ? x('w:ins', this.ids.attrs(changes.insertion)) : null,
          changes.deletion ? x('w:del', this.ids.attrs(changes.deletion)) : null,
        ),
      );
    }
    if (changes.format) {
      const former = formerBlock(changes.format.attrs.before);
      out.push(this.ids.formatChange(changes.format, 'pPr', former ? formerProps(former) : null));
    }
    return out;
  }
}
