/**
 * Paragraph content of WordprocessingML (ECMA-376 Part 1, 17.3.2-17.3.3 runs and run content,
 * 17.13.5 revisions, 17.16 fields, 17.5.2 structured document tags, Part 3 (markup
 * compatibility) 10.2 `mc:AlternateContent`, 17.16.22 `w:hyperlink`, 17.3.3.1 `w:br`): turns a
 * `w:p` into ProseMirror inline nodes.
 *
 * Hyperlinks become link marks: `r:id` names an external relationship, `w:anchor` a bookmark
 * (`#name`); targets the model refuses leave the text unlinked. Page breaks (`w:br
 * w:type="page"`) are handed back as positions, for the body reader to split the paragraph.
 *
 * Tracked changes are kept (`wml-changes.ts`): `w:ins`/`w:moveTo` content gets an insertion mark,
 * `w:del`/`w:moveFrom` content (with its `w:delText`) a deletion mark, `w:rPrChange` a format
 * change mark; equations are kept as `opaque` nodes. Fields whose result is plain text become
 * `field` nodes (`wml-field-reader.ts`); for others the instruction is skipped and the last
 * result kept. Column breaks are handed back like page breaks. Pictures and charts are read by
 * `wml-drawing-reader.ts`; other drawings are dropped, but the text boxes they hold are handed
 * back so the body reader can place their text after the paragraph.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, findElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { ReadTally } from './read-tally.js';
import type { Mark } from 'prosemirror-model';
import { applyCharProps, hardBreak, linkMark, markedText } from './text-marks.js';
import type { RunFormat } from './text-marks.js';
import { markFrom } from './text-changes.js';
import { isMath, mathNode, runFormatChange, wrapperMark } from './wml-changes.js';
import { readRunProps, wVal } from './wml-run-properties.js';
import type { WmlNs } from './wml-run-properties.js';
import { pictureChoice } from './wml-drawing-reader.js';
import type { WmlDrawingReader } from './wml-drawing-reader.js';
import type { WmlStyles } from './wml-styles.js';
import { onOffAttr } from './wml-notes-reader.js';
import type { WmlStories } from './wml-notes-reader.js';
import { WmlFieldStack, collapseField, wmlFieldKind } from './wml-field-reader.js';

/** What one paragraph's content reads into. */
export interface WmlInlines {
  readonly inlines: PMNode[];
  /** `w:txbxContent` elements found in the paragraph's drawings, in order. */
  readonly textBoxes: XmlElement[];
  /** Indexes into `inlines` before which a page break stands, in order. */
  readonly pageBreaks: number[];
  /** Indexes into `inlines` before which a column break stands, in order. */
  readonly columnBreaks: number[];
}

/** Resolves a relationship id of the part to its external target. */
export type HyperlinkTargets = (relId: string) => string | undefined;

/** `HYPERLINK "target" \l "anchor"` field instructions (ECMA-376 Part 1, 17.16.5.25). */
const HYPERLINK_FIELD = /^\s*HYPERLINK\s+(?:"([^"]*)")?(?:.*?\\l\s+"([^"]*)")?/i;

/** Elements whose content belongs to the paragraph as if they were not there. */
const READ_THROUGH = new Set(['smartTag', 'customXml', 'fldSimple', 'dir', 'bdo']);
/** Tracked change wrappers: their content is kept with an insertion or deletion mark. */
const CHANGES = new Set(['ins', 'del', 'moveTo', 'moveFrom']);

/**
 * The `mc:Choice`/`mc:Fallback` branch to read: the fallback when there is one (every consumer
 * understands it), else the first choice. Exactly one branch is read, so text is never doubled.
 */
export function alternateBranch(el: XmlElement): XmlElement | undefined {
  let first: XmlElement | undefined;
  for (const c of el.children) {
    if (typeof c !== 'object' || c.ns !== NS.mc) continue;
    if (c.local === 'Fallback') return c;
    if (c.local === 'Choice' && !first) first = c;
  }
  return first;
}

/** Reads the inline content of paragraphs of one part. */
export class WmlInlineReader {
  /** Complex fields open across the paragraphs of the part. */
  readonly fields = new WmlFieldStack();

  constructor(
    private readonly ns: WmlNs,
    private readonly styles: WmlStyles,
    private readonly tally: ReadTally,
    private readonly part: string,
    private readonly hyperlinks: HyperlinkTargets = () => undefined,
    private readonly stories?: WmlStories,
    private readonly drawings?: WmlDrawingReader,
  ) {}

  /** Reads the content of paragraph `p`, whose paragraph-level marks are `baseMask`. */
  read(p: XmlElement, baseMask: RunFormat, path: string): WmlInlines {
    const out: WmlInlines = { inlines: [], textBoxes: [], pageBreaks: [], columnBreaks: [] };
    this.stories?.ranges.startParagraph(out.inlines);
    this.container(p, baseMask, out, path, null);
    this.stories?.ranges.finishParagraph(out.inlines);
    return out;
  }

  /** The link mark of a `w:hyperlink` (null when it has no usable target). */
  private hyperlink(el: XmlElement, path: string): Mark | null {
    const relId = attr(el, this.ns.r, 'id');
    const anchor = attr(el, this.ns.w, 'anchor');
    let href = relId !== undefined ? this.hyperlinks(relId) : undefined;
    if (anchor) href = href === undefined ? `#${anchor}` : href.includes('#') ? href : `${href}#${anchor}`;
    return this.link(href, attr(el, this.ns.w, 'tooltip'), path);
  }

  private link(href: string | undefined, title: string | undefined, path: string): Mark | null {
    if (href === undefined) return null;
    const mark = linkMark(href, title);
    if (!mark) this.tally.note('link-dropped', this.part, path, 'info');
    return mark;
  }

  private container(el: XmlElement, mask: RunFormat, out: WmlInlines, path: string, link: Mark | null): void {
    const w = this.ns.w;
    for (const c of el.children) {
      if (typeof c !== 'object') continue;
      if (c.ns === w) {
        if (c.local === 'r') this.run(c, mask, out, path, link);
        else if (c.local === 'hyperlink') this.container(c, mask, out, path, this.hyperlink(c, path) ?? link);
        else if (c.local === 'commentRangeStart' || c.local === 'commentRangeEnd') this.comment(c, out, path);
        else if (READ_THROUGH.has(c.local)) {
          let inner = link;
          if (c.local === 'fldSimple') {
            const field = HYPERLINK_FIELD.exec(attr(c, w, 'instr') ?? '');
            if (field && (field[1] || field[2])) inner = this.link(field[1] ? field[1] + (field[2] ? `#${field[2]}` : '') : `#${field[2]!}`, undefined, path) ?? link;
            else {
              this.simpleField(c, mask, out, path, link);
              continue;
            }
          }
          this.container(c, mask, out, path, inner);
        } else if (CHANGES.has(c.local)) {
          if (c.local === 'moveTo' || c.local === 'moveFrom') this.tally.note('move-as-change', this.part, path, 'info');
          const from = out.inlines.length;
          this.container(c, mask, out, path, link);
          markFrom(out.inlines, from, wrapperMark(c, this.ns));
        } else if (c.local === 'sdt') {
          const content = childElement(c, w, 'sdtContent');
          if (content) this.container(content, mask, out, path, link);
        } else if (c.local === 'bookmarkStart' && this.drawings) {
          const bookmark = this.drawings.bookmark(attr(c, w, 'name'));
          if (bookmark) out.inlines.push(bookmark);
        }
      } else if (c.ns === NS.mc && c.local === 'AlternateContent') {
        const branch = alternateBranch(c);
        if (branch) this.container(branch, mask, out, path, link);
      } else if (isMath(c)) {
        out.inlines.push(mathNode(c, this.ns, link ? [link] : []));
      }
    }
  }

  /** The format of a run with properties `rPr` in a paragraph whose runs have `paragraphMask`. */
  private runFormatOf(rPr: XmlElement | undefined, paragraphMask: RunFormat): RunFormat {
    let mask = paragraphMask;
    if (rPr) {
      const rStyle = wVal(childElement(rPr, this.ns.w, 'rStyle'), this.ns);
      const charStyle = this.styles.charStyleName(rStyle);
      mask = applyCharProps(mask, charStyle === null ? this.styles.runProps(rStyle) : { ...this.styles.runProps(rStyle), charStyle });
      mask = applyCharProps(mask, readRunProps(rPr, this.ns, this.styles.theme));
    }
    return this.styles.runBaseline.apply(mask);
  }

  private run(r: XmlElement, paragraphMask: RunFormat, out: WmlInlines, path: string, link: Mark | null): void {
    const w = this.ns.w;
    const rPr = childElement(r, w, 'rPr');
    const mask = this.runFormatOf(rPr, paragraphMask);
    const from = out.inlines.length;
    let text = '';
    const flush = (): void => {
      const t = markedText(text, mask, link);
      if (t) out.inlines.push(t);
      text = '';
    };
    const skip = new Set<XmlElement>();
    const visit = (parent: XmlElement): void => {
      for (const c of parent.children) {
        if (typeof c !== 'object' || skip.has(c)) continue;
        if (c.ns === NS.mc && c.local === 'AlternateContent') {
          const branch = (this.drawings && pictureChoice(c)) ?? alternateBranch(c);
          if (branch) visit(branch);
          continue;
        }
        if (c.ns !== w) {
          if (isMath(c) && !this.fields.inInstruction) {
            flush();
            out.inlines.push(mathNode(c, this.ns, link ? [link] : []));
          }
          continue;
        }
        if (this.fields.inInstruction && c.local !== 'fldChar') {
          if (c.local === 'instrText') for (const t of c.children) if (typeof t === 'string') this.fields.instruction(t);
          continue;
        }
        switch (c.local) {
          case 't':
          case 'delText':
            for (const t of c.children) if (typeof t === 'string') text += t;
            break;
          case 'tab':
          case 'ptab':
            text += '\t';
            break;
          case 'br': {
            const type = attr(c, w, 'type');
            if (type === 'page') {
              flush();
              out.pageBreaks.push(out.inlines.length);
            } else if (type === 'column') {
              flush();
              out.columnBreaks.push(out.inlines.length);
            } else {
              flush();
              out.inlines.push(hardBreak(link));
            }
            break;
          }
          case 'cr':
            flush();
            out.inlines.push(hardBreak(link));
            break;
          case 'noBreakHyphen':
            text += '\u2011';
            break;
          case 'softHyphen':
            text += '\u00AD';
            break;
          case 'sym': {
            const code = Number.parseInt(attr(c, w, 'char') ?? '', 16);
            if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) text += String.fromCodePoint(code);
            break;
          }
          case 'drawing':
          case 'pict':
            flush();
            this.drawing(c, out, path, link);
            break;
          case 'object':
            flush();
            this.embeddedObject(c, out, path, link);
            break;
          case 'footnoteReference':
          case 'endnoteReference': {
            flush();
            // 17.11.14: with w:customMarkFollows, the run's following text is the citation mark.
            let custom: string | null = null;
            if (onOffAttr(attr(c, w, 'customMarkFollows'))) {
              const i = r.children.indexOf(c);
              const t = r.children.slice(i + 1).find((n): n is XmlElement => typeof n === 'object' && n.ns === w && n.local === 't');
              if (t) {
                custom = t.children.filter((n) => typeof n === 'string').join('') || null;
                skip.add(t);
              }
            }
            const note = this.stories?.note(c.local === 'footnoteReference' ? 'footnote' : 'endnote', attr(c, w, 'id'), custom) ?? null;
            if (note) out.inlines.push(note);
            else this.tally.note('footnote-dropped', this.part, path);
            break;
          }
          case 'commentReference':
            flush();
            this.comment(c, out, path);
            break;
          case 'fldChar': {
            const type = attr(c, w, 'fldCharType');
            flush();
            if (type === 'begin') this.fields.begin(isOn(attr(c, w, 'fldLock')));
            else if (type === 'separate') this.fields.separate(out.inlines);
            else if (type === 'end' && this.fields.end(out.inlines) === null) this.tally.note('field-result-kept', this.part, path, 'info');
            break;
          }
          case 'ruby': {
            const base = childElement(c, w, 'rubyBase');
            if (base) for (const br of base.children) if (typeof br === 'object' && br.local === 'r') visit(br);
            break;
          }
          default:
            break; // rPr, instrText, lastRenderedPageBreak, annotation references...
        }
      }
    };
    visit(r);
    flush();
    // The former properties are read like the run's own, in the same paragraph.
    const formatChange = runFormatChange(rPr, this.ns, (old) => this.runFormatOf(old, paragraphMask).marks);
    if (formatChange) markFrom(out.inlines, from, formatChange);
  }

  /** A comment range boundary or reference: places the comment node, or reports it dropped. */
  private comment(el: XmlElement, out: WmlInlines, path: string): void {
    const nodes = this.stories?.commentBoundary(el, out.inlines.length) ?? false;
    if (nodes === false) {
      if (el.local === 'commentReference') this.tally.note('comment-dropped', this.part, path);
    } else out.inlines.push(...nodes);
  }


  /** A `w:fldSimple` (17.16.19): a `field` node when its result is plain text, else its content. */
  private simpleField(el: XmlElement, mask: RunFormat, out: WmlInlines, path: string, link: Mark | null): void {
    const instruction = attr(el, this.ns.w, 'instr') ?? '';
    const start = out.inlines.length;
    this.container(el, mask, out, path, link);
    const kind = wmlFieldKind(instruction);
    if (kind === null || kind === 'toc' || !collapseField(out.inlines, start, kind, instruction, isOn(attr(el, this.ns.w, 'fldLock')))) this.tally.note('field-result-kept', this.part, path, 'info');
  }


  /**
   * A `w:object` (17.3.3.19: an OLE object, a spreadsheet, diagram or Equation 3.0 formula
   * embedded in the document) as the picture Word shows for it (its VML `v:imagedata`, sized
   * by the shape's style) carrying the object (wml-object-reader.ts), or dropped when it has no
   * picture the reader can load. An object whose part is missing or linked is its picture alone.
   */
  private embeddedObject(el: XmlElement, out: WmlInlines, path: string, link: Mark | null): void {
    const picture = this.drawings?.objectPicture(el);
    if (!picture?.image) {
      this.tally.note('embedded-object-dropped', this.part, path);
      return;
    }
    out.inlines.push(link ? picture.image.mark([link]) : picture.image);
    if (picture.image.attrs.object === null) this.tally.note('embedded-object-as-picture', this.part, path);
  }

  private drawing(el: XmlElement, out: WmlInlines, path: string, link: Mark | null): void {
    const boxes = findElements(el, this.ns.w, 'txbxContent');
    if (boxes.length === 0) {
      const picture = this.drawings?.read(el);
      if (picture?.image) {
        out.inlines.push(link ? picture.image.mark([link]) : picture.image);
        if (picture.linked) this.tally.note('image-link-not-loaded', this.part, path, 'info');
        return;
      }
      const shape = picture?.reason === 'not-a-picture' ? this.drawings?.shape(el) : null;
      if (shape) {
        out.inlines.push(link ? shape.mark([link]) : shape);
        return;
      }
      this.tally.note('image-dropped', this.part, path);
      return;
    }
    // Choice/fallback duplicates are already resolved by alternateBranch; a group may hold several boxes.
    if (this.drawings) {
      this.drawings.noteTextBoxes(el, boxes);
      const shapes = this.drawings.groupShapes(el);
      if (shapes) out.inlines.push(shapes);
    } else this.tally.note('text-box-moved', this.part, path, 'info');
    out.textBoxes.push(...boxes);
  }
}

/** An ST_OnOff attribute (17.18.60) that is on. */
function isOn(v: string | undefined): boolean {
  return v === 'true' || v === '1' || v === 'on';
}
