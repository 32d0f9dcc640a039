/**
 * Spelling as you type: words the dictionary does not know get a red wavy underline (inline
 * decorations, class `writer-misspelt`). Checking happens in idle time, a slice of blocks at a
 * time, the dictionary lookups in a worker (`spell-checker.ts`): typing never waits for it.
 * Only the blocks an edit touched are checked again; the word being typed waits until the
 * cursor leaves it. "Ignorer" (this document, this session) and the personal dictionary (the
 * `personal` option, kept in the settings) clear a word everywhere.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { blockWords } from './spell-words.js';
import type { SpellLanguage, SpellWord } from './spell-words.js';
import type { SpellChecker } from './spell-checker.js';

type Range = readonly [number, number];

interface SpellState {
  readonly decos: DecorationSet;
  /** Parts of the document not checked since they changed. */
  readonly dirty: readonly Range[];
  /** The word left unchecked because it was being typed. */
  readonly atCursor: Range | null;
  /** Where the cursor was after the last edit (null when the edit left a range selected). */
  readonly editedAt: number | null;
  /** Words "Ignorer" cleared, for this editor's life. */
  readonly ignored: ReadonlySet<string>;
}

type SpellMeta =
  | { readonly type: 'checked'; readonly range: Range; readonly misspelt: readonly SpellWord[]; readonly atCursor: Range | null }
  | { readonly type: 'ignore'; readonly word: string };

export const spellKey = new PluginKey<SpellState>('spelling');

/** A misspelt word the user pointed at (context menu). */
export interface Misspelling {
  readonly word: string;
  readonly lang: SpellLanguage;
  readonly from: number;
  readonly to: number;
}

/** The misspelt word at `pos`, or null. */
export function misspellingAt(state: EditorState, pos: number): Misspelling | null {
  const found = spellKey.getState(state)?.decos.find(pos, pos).find((d) => d.from <= pos && pos <= d.to);
  if (!found) return null;
  const spec = found.spec as { word: string; lang: SpellLanguage };
  return { word: spec.word, lang: spec.lang, from: found.from, to: found.to };
}

/** Clears `word` everywhere in the document (Ignorer tout, or after adding it to the dictionary). */
export function ignoreWord(word: string) {
  return (state: EditorState, dispatch?: (tr: Transaction) => void): boolean => {
    if (dispatch) dispatch(state.tr.setMeta(spellKey, { type: 'ignore', word } satisfies SpellMeta).setMeta('addToHistory', false));
    return true;
  };
}

/** Adds `range` to sorted, disjoint `ranges`, merging what touches. */
function addRange(ranges: readonly Range[], range: Range): Range[] {
  const out: Range[] = [];
  let [from, to] = range;
  for (const r of ranges) {
    if (r[1] < from || r[0] > to) out.push(r);
    else {
      from = Math.min(from, r[0]);
      to = Math.max(to, r[1]);
    }
  }
  out.push([from, to]);
  return out.sort((a, b) => a[0] - b[0]);
}

/** `ranges` less `cut`. */
function subtractRange(ranges: readonly Range[], cut: Range): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    if (r[1] <= cut[0] || r[0] >= cut[1]) out.push(r);
    else {
      if (r[0] < cut[0]) out.push([r[0], cut[0]]);
      if (r[1] > cut[1]) out.push([cut[1], r[1]]);
    }
  }
  return out;
}

/** The dirty ranges after `tr`: the old ones mapped, plus what each step changed. */
function mapDirty(dirty: readonly Range[], tr: Transaction): Range[] {
  let out: Range[] = [];
  for (const [from, to] of dirty) {
    const a = tr.mapping.map(from, -1);
    const b = tr.mapping.map(to, 1);
    out = addRange(out, [a, Math.max(a, b)]);
  }
  tr.mapping.maps.forEach((map, i) => {
    const after = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      out = addRange(out, [after.map(newStart, -1), after.map(newEnd, 1)]);
    });
  });
  return out;
}

/** True for an edit typed at the cursor (not an undo, a paste or a drop, which are checked at once). */
function typed(tr: Transaction): boolean {
  return tr.selection.empty && tr.getMeta('history$') === undefined && tr.getMeta('uiEvent') === undefined;
}

/** Blocks checked per idle slice. */
const BLOCKS_PER_SLICE = 120;

export interface SpellOptions {
  readonly checker: SpellChecker;
  /** The document's language tag (text without a `language` mark is in it). */
  readonly documentLang: string | null;
  /** The user's personal dictionary, read at each check. */
  readonly personal: () => ReadonlySet<string>;
}

type Idle = (run: () => void) => () => void;
const idle: Idle =
  typeof requestIdleCallback === 'function'
    ? (run) => {
        const handle = requestIdleCallback(run, { timeout: 600 });
        return () => cancelIdleCallback(handle);
      }
    : (run) => {
        const handle = setTimeout(run, 30);
        return () => clearTimeout(handle);
      };

/**
 * The text blocks meeting `ranges`, in order, at most `limit`; and the part of the document they
 * settle (all of `ranges` when the limit was not reached, else up to the last block taken).
 */
function blocksIn(doc: PMNode, ranges: readonly Range[], limit: number): { blocks: { node: PMNode; pos: number }[]; covered: Range | null } {
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (!first || !last) return { blocks: [], covered: null };
  const size = doc.content.size;
  const blocks: { node: PMNode; pos: number }[] = [];
  let end = 0;
  for (const [from, to] of ranges) {
    if (blocks.length >= limit) break;
    const a = Math.max(0, Math.min(from, size) - 1);
    const b = Math.min(size, Math.max(a, to) + 1);
    doc.nodesBetween(a, b, (node, pos) => {
      if (blocks.length >= limit || pos < end) return false;
      if (node.isTextblock) {
        blocks.push({ node, pos });
        end = pos + node.nodeSize;
        return false;
      }
      return true;
    });
  }
  const start = Math.min(first[0], blocks[0]?.pos ?? first[0]);
  return { blocks, covered: [start, blocks.length >= limit ? end : Math.max(last[1], end)] };
}

/** The spelling plugin; it starts checking the whole document once mounted. */
export function spellPlugin(options: SpellOptions): Plugin<SpellState> {
  return new Plugin<SpellState>({
    key: spellKey,
    state: {
      init: (_config, state) => ({ decos: DecorationSet.empty, dirty: [[0, state.doc.content.size]], atCursor: null, editedAt: null, ignored: new Set() }),
      apply(tr, value, _old, state) {
        let next: SpellState = tr.docChanged
          ? {
              ...value,
              decos: value.decos.map(tr.mapping, tr.doc),
              dirty: mapDirty(value.dirty, tr),
              atCursor: value.atCursor ? [tr.mapping.map(value.atCursor[0], -1), tr.mapping.map(value.atCursor[1], 1)] : null,
              editedAt: typed(tr) ? tr.selection.head : null,
            }
          : value;
        const meta = tr.getMeta(spellKey) as SpellMeta | undefined;
        if (meta?.type === 'checked') {
          const [from, to] = meta.range;
          const decos = next.decos.remove(next.decos.find(from, to));
          const added = meta.misspelt.map((w) => Decoration.inline(w.from, w.to, { class: 'writer-misspelt' }, { word: w.word, lang: w.lang }));
          next = { ...next, decos: decos.add(state.doc, added), dirty: subtractRange(next.dirty, meta.range), atCursor: meta.atCursor };
        } else if (meta?.type === 'ignore') {
          const ignored = new Set(next.ignored).add(meta.word);
          next = { ...next, ignored, decos: next.decos.remove(next.decos.find(undefined, undefined, (spec) => (spec as { word?: string }).word === meta.word)) };
        }
        return next;
      },
    },
    props: {
      decorations: (state) => spellKey.getState(state)?.decos,
    },
    view: (view) => new SpellView(view, options),
  });
}

class SpellView {
  private cancel: (() => void) | null = null;
  private busy = false;
  private destroyed = false;
  /** `lang\0word` → misspelt. */
  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly view: EditorView,
    private readonly options: SpellOptions,
  ) {
    this.schedule();
  }

  update(): void {
    this.schedule();
  }

  destroy(): void {
    this.destroyed = true;
    this.cancel?.();
  }

  private pending(): Range[] {
    const st = spellKey.getState(this.view.state);
    if (!st) return [];
    const ranges = [...st.dirty];
    const head = this.view.state.selection.head;
    if (st.atCursor && (head < st.atCursor[0] || head > st.atCursor[1])) return addRange(ranges, st.atCursor);
    return ranges;
  }

  private schedule(): void {
    if (this.cancel || this.busy || this.destroyed || this.pending().length === 0) return;
    this.cancel = idle(() => {
      this.cancel = null;
      this.run();
    });
  }

  /** Checks the next slice: asks the worker for words not seen yet, else lays the decorations. */
  private run(): void {
    if (this.destroyed) return;
    const state = this.view.state;
    const st = spellKey.getState(state);
    if (!st) return;
    const { blocks, covered } = blocksIn(state.doc, this.pending(), BLOCKS_PER_SLICE);
    if (!covered) return;
    const words = blocks.flatMap((b) => blockWords(b.node, b.pos, this.options.documentLang));
    const unseen = new Map<SpellLanguage, Set<string>>();
    for (const w of words) {
      if (this.known.has(`${w.lang}\0${w.word}`)) continue;
      const set = unseen.get(w.lang) ?? new Set<string>();
      set.add(w.word);
      unseen.set(w.lang, set);
    }
    if (unseen.size > 0) {
      this.busy = true;
      void Promise.all(
        [...unseen].map(async ([lang, set]) => {
          const list = [...set];
          const bad = new Set(await this.options.checker.misspelt(lang, list));
          for (const word of list) this.known.set(`${lang}\0${word}`, bad.has(word));
        }),
      ).finally(() => {
        this.busy = false;
        if (!this.destroyed) this.run();
      });
      return;
    }
    const personal = this.options.personal();
    const { selection } = state;
    let atCursor: Range | null = null;
    const misspelt = words.filter((w) => {
      if (!this.known.get(`${w.lang}\0${w.word}`) || st.ignored.has(w.word) || personal.has(w.word)) return false;
      // The word being typed waits until the cursor leaves it.
      if (selection.empty && st.editedAt === selection.head && selection.head >= w.from && selection.head <= w.to) {
        atCursor = [w.from, w.to];
        return false;
      }
      return true;
    });
    const meta: SpellMeta = { type: 'checked', range: covered, misspelt, atCursor };
    this.view.dispatch(state.tr.setMeta(spellKey, meta).setMeta('addToHistory', false));
  }
}
