/**
 * The model's style sheet (`doc` attribute `styles`, `packages/model/src/text-styles.ts`) as the
 * readers build it: the named styles the content uses, and the styles those are based on or
 * followed by, each with an entry when it says more than "based on the default style, followed
 * by itself". Both readers hand their styles through {@link StyleSheetSource}.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { TextStyleDef, TextStyleFamily } from '@ostal/model';
import { MAX_STYLE_DEFS, sortStyleDefs } from '@ostal/model';

/** What a reader knows of one style of its file, by the file's own style id. */
export interface StyleSheetEntry {
  /** The model name, or null for a style the model does not name (the default style, headings, unknown ids). */
  readonly name: string | null;
  /** File id of the style it is based on, if any. */
  readonly basedOn: string | undefined;
  /** File id of the next paragraph's style; undefined: itself. */
  readonly next: string | undefined;
}

export interface StyleSheetSource {
  entry(family: TextStyleFamily, id: string): StyleSheetEntry | undefined;
  /** True for the default paragraph style's id (Normal, Standard): `next` to it is `null` in the model. */
  isDefault(id: string): boolean;
}

/** Collects the style ids content uses while a file is read. */
export class StyleSheetCollector {
  private readonly used: Record<TextStyleFamily, Set<string>> = { paragraph: new Set(), character: new Set() };

  use(family: TextStyleFamily, id: string): void {
    if (this.used[family].size < MAX_STYLE_DEFS) this.used[family].add(id);
  }

  /** The sheet: entries of the styles used and of those they lead to, in that order; null when none says anything. */
  sheet(source: StyleSheetSource): TextStyleDef[] | null {
    const out: TextStyleDef[] = [];
    const taken = new Set<string>();
    for (const family of ['paragraph', 'character'] as const) {
      const queue = [...this.used[family]];
      const seen = new Set(queue);
      const add = (id: string | undefined): string | null => {
        if (id === undefined) return null;
        const e = source.entry(family, id);
        if (!e?.name) return null;
        if (!seen.has(id) && seen.size < MAX_STYLE_DEFS) {
          seen.add(id);
          queue.push(id);
        }
        return e.name;
      };
      for (let i = 0; i < queue.length; i++) {
        const id = queue[i]!;
        const e = source.entry(family, id);
        if (!e?.name || taken.has(`${family}:${e.name}`)) continue;
        taken.add(`${family}:${e.name}`);
        const basedOn = add(e.basedOn);
        let next: string | null = e.name;
        if (family === 'paragraph' && e.next !== undefined && e.next !== id) next = source.isDefault(e.next) ? null : (add(e.next) ?? e.name);
        if (family === 'character') next = null;
        const based = basedOn === e.name ? null : basedOn;
        if (based !== null || (family === 'paragraph' && next !== e.name)) out.push({ name: e.name, family, basedOn: based, next });
      }
    }
    return out.length > 0 ? sortStyleDefs(out) : null;
  }
}

/** `doc` with style sheet `sheet`. */
export function withStyleSheet(doc: PMNode, sheet: readonly TextStyleDef[] | null): PMNode {
  if (sheet === null) return doc;
  return doc.type.create({ ...doc.attrs, styles: sheet }, doc.content, doc.marks);
}
