/**
 * A small element tree for the style sections of an ODF spreadsheet (`office:styles`,
 * `office:automatic-styles`), built from the streamed parse: these sections are small, and
 * resolving parents and data styles needs them whole. Attributes are keyed `uri local`.
 */
import type { SaxesTagNS } from 'saxes';

export interface OdfNode {
  readonly ns: string;
  readonly local: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: OdfNode[];
  /** All character data directly inside the element, joined. */
  text: string;
  /** Text and children in document order, for mixed content (header paragraphs with fields). */
  readonly content: (string | OdfNode)[];
}

/** The text of a node and its descendants, in document order. */
export function odfText(node: OdfNode): string {
  return node.content.map((c) => (typeof c === 'string' ? c : odfText(c))).join('');
}

/** The attribute `local` in namespace `ns`. */
export function odfAttr(node: OdfNode, ns: string, local: string): string | undefined {
  return node.attrs.get(`${ns} ${local}`);
}

/** The first child named `local` in `ns`. */
export function odfChild(node: OdfNode, ns: string, local: string): OdfNode | undefined {
  return node.children.find((c) => c.ns === ns && c.local === local);
}

/** Builds nodes from stream events, below one root. */
export class OdfNodeBuilder {
  readonly root: OdfNode = { ns: '', local: '', attrs: new Map(), children: [], text: '', content: [] };
  private readonly stack: OdfNode[] = [this.root];

  open(tag: SaxesTagNS): void {
    const attrs = new Map<string, string>();
    for (const key in tag.attributes) {
      const a = tag.attributes[key]!;
      attrs.set(`${a.uri} ${a.local}`, a.value);
    }
    const node: OdfNode = { ns: tag.uri, local: tag.local, attrs, children: [], text: '', content: [] };
    const parent = this.stack[this.stack.length - 1]!;
    parent.children.push(node);
    parent.content.push(node);
    this.stack.push(node);
  }

  close(): void {
    if (this.stack.length > 1) this.stack.pop();
  }

  text(t: string): void {
    const top = this.stack[this.stack.length - 1]!;
    if (top === this.root) return;
    top.text += t;
    const last = top.content.length - 1;
    if (typeof top.content[last] === 'string') top.content[last] += t;
    else top.content.push(t);
  }
}
