/**
 * Builds the ProseMirror document from a flat flow of paragraphs, each optionally placed in a
 * list at some level. Both WordprocessingML (ECMA-376 Part 1, 17.9: numbering is a paragraph
 * property, lists are implicit) and ODF (ODF 1.3 Part 3, 5.3: nested `text:list` elements) are
 * read into this flow, so nesting rules and schema fixes live in one place:
 *
 * - a level deeper than the open lists reach is kept as a list that skips the levels between
 *   (`skip`, no empty placeholder items): "1.1.1." right under "1." stays at level 3;
 * - a heading inside a list becomes a paragraph (`list_item` holds `paragraph block*`);
 * - an empty document gets one empty paragraph (`doc` holds `block+`);
 * - tables and page breaks end the open lists (they are placed at the top level of the story).
 */
import { MAX_HEADING_LEVEL, MAX_LIST_SKIP, defaultBullet, listNumberingOf, textSchema } from '@ostal/model';
import { Fragment } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';

/** Where a paragraph sits in a list. */
export interface ListPlacement {
  /** Nesting level, 0 for the outermost list. */
  readonly level: number;
  /** Identifies the list at this level; a different id at the same level starts a new list. */
  readonly id: string;
  readonly ordered: boolean;
  /** The number this item shows (used as `order` when it opens an ordered list). */
  readonly number: number;
  /** True for a second (third...) paragraph of the same item, which gets no number of its own. */
  readonly continuation?: boolean;
  /**
   * The list's format (`ordered_list`/`bullet_list` attributes of `text-list-format.ts`, without
   * `order`), taken from the paragraph that opens the list.
   */
  readonly format?: Readonly<Record<string, unknown>>;
}

interface OpenList {
  readonly srcLevel: number;
  readonly id: string;
  readonly ordered: boolean;
  readonly order: number;
  readonly format: Readonly<Record<string, unknown>> | undefined;
  /** Block children of each item. */
  readonly items: PMNode[][];
}

const { paragraph, heading, bullet_list: bulletList, ordered_list: orderedList, list_item: listItem, doc, page_break: pageBreak } = textSchema.nodes as Record<
  'paragraph' | 'heading' | 'bullet_list' | 'ordered_list' | 'list_item' | 'doc' | 'page_break',
  NonNullable<(typeof textSchema.nodes)[string]>
>;

/** A key of an ordered list's label (what must match for one list to continue another). */
function labelKey(f: Readonly<Record<string, unknown>> | undefined): string {
  const n = listNumberingOf(f ?? {});
  return `${n.format}|${n.prefix}|${n.suffix}|${String(n.levels)}`;
}

/** The last top-level ordered list of a label, and the node built for it. */
interface LastList {
  readonly last: number;
  readonly node: PMNode;
}

/** Accumulates blocks in reading order and nests list paragraphs; call {@link FlowBuilder.finish} once. */
export class FlowBuilder {
  private readonly blocks: PMNode[] = [];
  private readonly stack: OpenList[] = [];
  /** Last top-level ordered list per label, for continuations. */
  private readonly lastByLabel = new Map<string, LastList>();

  /**
   * Adds a paragraph (or a heading when `headingLevel` is 1 or more, at most {@link MAX_HEADING_LEVEL}) made of `inlines`.
   * @param list where the paragraph sits in a list, if it does.
   * @param attrs paragraph formatting (`BlockFormat` attributes), if any.
   */
  addParagraph(inlines: readonly PMNode[], headingLevel?: number, list?: ListPlacement, attrs?: Readonly<Record<string, unknown>> | null): void {
    const content = Fragment.fromArray(inlines);
    const format = attrs ?? null;
    // A continuation paragraph with no list open is an ordinary paragraph.
    if (!list || (list.continuation && this.stack.length === 0)) {
      this.closeLists(0);
      this.blocks.push(
        headingLevel !== undefined && headingLevel >= 1 ? heading.create({ ...format, level: Math.min(MAX_HEADING_LEVEL, Math.round(headingLevel)) }, content) : paragraph.create(format, content),
      );
      return;
    }
    const para = paragraph.create(format, content);
    while (this.top() && this.top()!.srcLevel > list.level) this.closeTop();
    const top = this.top();
    if (list.continuation && top) {
      top.items[top.items.length - 1]!.push(para);
      return;
    }
    if (top && top.srcLevel === list.level) {
      if (top.id === list.id && top.ordered === list.ordered) {
        top.items.push([para]);
        return;
      }
      this.closeTop();
    }
    // Levels between the enclosing list (or the story) and this one that hold no item of their own.
    const skip = Math.min(MAX_LIST_SKIP, Math.max(0, list.level - (top ? top.srcLevel + 1 : 0)));
    // A list that skips levels does not continue another: its first number is written as a restart.
    const listFormat = this.listFormat(list, list.level, this.stack.length === 0 && skip === 0);
    this.stack.push({ srcLevel: list.level, id: list.id, ordered: list.ordered, order: list.number, format: skip > 0 ? { ...listFormat, skip } : listFormat, items: [[para]] });
  }

  /** Adds a block that is not a paragraph (a table, a page break), closing open lists. */
  addBlock(node: PMNode): void {
    this.closeLists(0);
    this.blocks.push(node);
  }

  /** Adds a page break, closing open lists. */
  addPageBreak(): void {
    this.addBlock(pageBreak.create());
  }

  /** The top-level blocks complete so far (a list still open is not), for a preview; reading goes on. */
  doneBlocks(): PMNode[] {
    return [...this.blocks];
  }

  /** Closes open lists and returns the blocks (one empty paragraph when there is none). */
  finishBlocks(): PMNode[] {
    this.closeLists(0);
    if (this.blocks.length === 0) this.blocks.push(paragraph.create());
    return this.blocks;
  }

  /** Closes open lists and returns the `doc` node, with the last section's properties if any. */
  finish(section: unknown = null): PMNode {
    return doc.create(section === null ? null : { section }, this.finishBlocks());
  }

  /**
   * The format attributes of a list opened at level `depth` (skipped levels count), normalised to what both file
   * formats write back the same way: a default bullet with no font is the default (null); a label
   * shows at most the levels above it; a list `continues` only at the top level, right after
   * the number where the previous top-level list with the same label stopped, and not when that
   * list comes just before it (the two would read back as one list).
   */
  private listFormat(list: ListPlacement, depth: number, topLevel: boolean): Readonly<Record<string, unknown>> | undefined {
    const f = list.format;
    if (!f) return f;
    if (!list.ordered) return f.bullet === defaultBullet(depth) && (f.bulletFont ?? null) === null ? { ...f, bullet: null } : f;
    const out: Record<string, unknown> = { ...f };
    if (typeof out.levels === 'number' && out.levels > depth + 1) out.levels = depth + 1;
    // A label without a number is one text.
    if (out.format === 'none') Object.assign(out, { prefix: `${(out.prefix as string | undefined) ?? ''}${(out.suffix as string | undefined) ?? ''}`.slice(0, 50), suffix: '', levels: 1 });
    if (out.continues === true) {
      const previous = topLevel ? this.lastByLabel.get(labelKey(out)) : undefined;
      out.continues = previous !== undefined && previous.last + 1 === list.number && this.blocks[this.blocks.length - 1] !== previous.node;
    }
    return out;
  }

  private top(): OpenList | undefined {
    return this.stack[this.stack.length - 1];
  }

  private closeLists(depth: number): void {
    while (this.stack.length > depth) this.closeTop();
  }

  private closeTop(): void {
    const list = this.stack.pop();
    if (!list) return;
    const items = list.items.map((blocks) => listItem.create(null, blocks));
    const node = list.ordered ? orderedList.create({ ...list.format, order: list.order }, items) : bulletList.create(list.format ?? null, items);
    const parent = this.top();
    if (parent) parent.items[parent.items.length - 1]!.push(node);
    else {
      this.blocks.push(node);
      if (list.ordered) this.lastByLabel.set(labelKey(list.format), { last: list.order + items.length - 1, node });
    }
  }
}
