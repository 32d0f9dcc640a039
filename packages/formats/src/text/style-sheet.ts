/**
 * The model's style sheet (`doc` attribute `styles`, `packages/model/src/text-styles.ts`) as the
 * readers build it: every named paragraph and character style the file defines, with an entry
 * when it says more than "based on the default style, followed by itself" — so that what a
 * writer wrote reads back the same whether content uses the style or not. Both readers hand
 * their styles through {@link StyleSheetSource}.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { TextStyleDef, TextStyleFamily } from '@ostal/model';
import { MAX_STYLE_DEFS, isStyleName, sortStyleDefs } from '@ostal/model';

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
  /** Ids of the (common) styles of `family` the file defines, in file order. */
  ids(family: TextStyleFamily): Iterable<string>;
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
      for (const id of source.ids(family)) if (queue.length < MAX_STYLE_DEFS && !this.used[family].has(id)) queue.push(id);
      const seen = new Set(queue);
      const add = (id: string | undefined): string | null => {
        if (id === undefined) return null;
        const e = source.entry(family, id);
        if (!e?.name || !isStyleName(e.name)) return null;
        if (!seen.has(id) && seen.size < MAX_STYLE_DEFS) {
          seen.add(id);
          queue.push(id);
        }
        return e.name;
      };
      for (let i = 0; i < queue.length; i++) {
        const id = queue[i]!;
        const e = source.entry(family, id);
        if (!e?.name || !isStyleName(e.name) || taken.has(`${family}:${e.name}`)) continue;
        taken.add(`${family}:${e.name}`);
        const basedOn = add(e.basedOn);
        let next: string | null = e.name;
        if (family === 'paragraph' && e.next !== undefined && e.next !== id) next = source.isDefault(e.next) ? null : (add(e.next) ?? e.name);
        if (family === 'character') next = null;
        const based = basedOn === e.name ? null : basedOn;
        if ((based !== null || (family === 'paragraph' && next !== e.name)) && out.length < MAX_STYLE_DEFS) out.push({ name: e.name, family, basedOn: based, next });
      }
    }
    return out.length > 0 ? sortStyleDefs(out) : null;
  }
}

const LOOK_STYLES = new Set(['hyperlink', 'followedhyperlink', 'internetlink', 'visitedinternetlink', 'defaultparagraphfont', 'footnotereference', 'endnotereference', 'commentreference', 'annotationreference', 'footnoteanchor', 'endnoteanchor', 'footnotesymbol', 'endnotesymbol', 'footnotecharacters', 'endnotecharacters', 'numberingsymbols', 'bullets', 'bulletsymbols', 'indexlink']);

/**
 * True for a character style that is the look of something the model has otherwise (links,
 * note and comment references, list labels, Word's "Default Paragraph Font"), not a style of its
 * own: by id or display name, in any case, spaces (`_20_`) left out.
 */
export function isLookStyle(idOrName: string): boolean {
  return LOOK_STYLES.has(idOrName.replace(/_20_|\s/g, '').toLowerCase());
}

/**
 * The styles written without properties: those another style of the sheet is based on. Their
 * text carries its formatting anyway; a property in a parent would reach the text of the styles
 * based on it that do not share it.
 */
export function parentStyles(sheet: readonly { readonly family: TextStyleFamily; readonly basedOn: string | null }[], family: TextStyleFamily): Set<string> {
  return new Set(sheet.filter((d) => d.family === family && d.basedOn !== null).map((d) => d.basedOn!));
}

/** `doc` with style sheet `sheet` (without it, should the sheet not be one the model keeps: a file's styles never stop it from opening). */
export function withStyleSheet(doc: PMNode, sheet: readonly TextStyleDef[] | null): PMNode {
  if (sheet === null) return doc;
  try {
    return doc.type.create({ ...doc.attrs, styles: sheet }, doc.content, doc.marks);
  } catch (e) {
    if (e instanceof RangeError) return doc;
    throw e;
  }
}
