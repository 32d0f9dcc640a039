/**
 * Find and replace: a plugin holding the search (text, match case, whole word, regular
 * expression), its matches in the document and the current one, drawn as decorations; commands
 * to move between matches and to replace one or all (all in one transaction: one undo step).
 * Matches never cross a paragraph or an inline object (a note, a picture): those read as U+FFFC.
 */
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';

export interface SearchQuery {
  readonly text: string;
  readonly matchCase: boolean;
  readonly wholeWord: boolean;
  readonly regexp: boolean;
}

export interface SearchMatch {
  readonly from: number;
  readonly to: number;
  /** Groups of a regular expression match, for `$1` in the replacement. */
  readonly groups: readonly (string | undefined)[];
}

export interface SearchState {
  readonly query: SearchQuery | null;
  readonly matches: readonly SearchMatch[];
  /** Index of the current match in `matches`, -1 when none. */
  readonly current: number;
  /** True when the text is not a valid regular expression. */
  readonly invalid: boolean;
}

/** Most matches kept (and drawn). */
export const MAX_MATCHES = 10_000;

const OBJECT = '\ufffc';

/**
 * The regular expression of a query, or null when the text is empty or not a valid expression.
 * Plain text is escaped; "whole word" wraps it in Unicode letter/digit boundaries.
 */
export function queryRegExp(query: SearchQuery): RegExp | null {
  if (query.text === '') return null;
  let source = query.regexp ? query.text : query.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (query.wholeWord) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`;
  try {
    return new RegExp(source, query.matchCase ? 'gu' : 'giu');
  } catch {
    return null;
  }
}

/** Matches of `re` in the text blocks of `doc`, in document order (at most {@link MAX_MATCHES}). */
export function findMatches(doc: PMNode, re: RegExp): SearchMatch[] {
  const out: SearchMatch[] = [];
  doc.descendants((node, pos) => {
    if (out.length >= MAX_MATCHES) return false;
    if (!node.isTextblock) return true;
    let text = '';
    const starts: number[] = [];
    node.forEach((child, offset) => {
      starts.push(text.length, pos + 1 + offset);
      text += child.isText ? (child.text ?? '') : OBJECT;
    });
    const toPos = (index: number): number => {
      // The last child starting at or before `index`.
      let i = 0;
      while (i + 2 < starts.length && starts[i + 2]! <= index) i += 2;
      return starts[i + 1]! + (index - starts[i]!);
    };
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && out.length < MAX_MATCHES; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex += 1;
        continue;
      }
      if (m[0].includes(OBJECT)) continue;
      out.push({ from: toPos(m.index), to: toPos(m.index + m[0].length - 1) + 1, groups: m.slice(1) });
    }
    return false;
  });
  return out;
}

/** The replacement text of a match: `$1`…`$9` and `$&` in a regular expression search, literal otherwise. */
export function replacementFor(query: SearchQuery, match: SearchMatch, matched: string, replacement: string): string {
  if (!query.regexp) return replacement;
  return replacement.replace(/\$(\$|&|[1-9])/g, (all, what: string) => {
    if (what === '$') return '$';
    if (what === '&') return matched;
    return match.groups[Number(what) - 1] ?? '';
  });
}

export const searchKey = new PluginKey<SearchState>('writer-search');

const EMPTY: SearchState = { query: null, matches: [], current: -1, invalid: false };

type SearchMeta = { readonly query: SearchQuery | null } | { readonly current: number };

function compute(doc: PMNode, query: SearchQuery | null, from: number): SearchState {
  if (!query || query.text === '') return { ...EMPTY, query };
  const re = queryRegExp(query);
  if (!re) return { query, matches: [], current: -1, invalid: true };
  const matches = findMatches(doc, re);
  const next = matches.findIndex((m) => m.from >= from);
  return { query, matches, current: matches.length === 0 ? -1 : next < 0 ? 0 : next, invalid: false };
}

const decorationCache = new WeakMap<SearchState, DecorationSet>();

/** The find-and-replace plugin; its decorations mark every match and the current one. */
export function searchPlugin(): Plugin<SearchState> {
  return new Plugin<SearchState>({
    key: searchKey,
    state: {
      init: () => EMPTY,
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(searchKey) as SearchMeta | undefined;
        if (meta && 'query' in meta) return compute(state.doc, meta.query, state.selection.from);
        if (meta && 'current' in meta) return { ...value, current: meta.current };
        if (tr.docChanged && value.query) {
          const found = compute(state.doc, value.query, tr.mapping.map(value.matches[value.current]?.from ?? state.selection.from));
          return found;
        }
        return value;
      },
    },
    props: {
      decorations(state) {
        const search = searchKey.getState(state);
        if (!search || search.matches.length === 0) return DecorationSet.empty;
        // Moving the cursor keeps the search state: its decorations are built once.
        let set = decorationCache.get(search);
        if (!set) {
          set = DecorationSet.create(
            state.doc,
            search.matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === search.current ? 'writer-match writer-match--current' : 'writer-match' })),
          );
          decorationCache.set(search, set);
        }
        return set;
      },
    },
  });
}

/** The search state of an editor state (empty when the plugin is absent). */
export function searchState(state: EditorState): SearchState {
  return searchKey.getState(state) ?? EMPTY;
}

/** Starts (or changes, or with null ends) the search. */
export function setSearch(query: SearchQuery | null): Command {
  return (_state, dispatch) => {
    if (dispatch) dispatch(_state.tr.setMeta(searchKey, { query }));
    return true;
  };
}

function select(tr: Transaction, match: SearchMatch): Transaction {
  return tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();
}

/** Selects the next match (`dir` 1) or the previous one (-1), going round the document. */
export function findStep(dir: 1 | -1): Command {
  return (state, dispatch) => {
    const search = searchState(state);
    const n = search.matches.length;
    if (n === 0) return false;
    // The first step goes to the current match when it is not selected yet.
    const cur = search.matches[search.current];
    const onCurrent = cur !== undefined && state.selection.from === cur.from && state.selection.to === cur.to;
    const index = !onCurrent && cur !== undefined ? search.current : (search.current + dir + n) % n;
    if (dispatch) dispatch(select(state.tr.setMeta(searchKey, { current: index }), search.matches[index]!));
    return true;
  };
}

/** Replaces the current match (the one drawn as current) and selects the next one. */
export function replaceCurrent(replacement: string): Command {
  return (state, dispatch) => {
    const search = searchState(state);
    const cur = search.matches[search.current];
    if (!cur || !search.query) return false;
    if (dispatch) {
      const text = replacementFor(search.query, cur, state.doc.textBetween(cur.from, cur.to), replacement);
      const tr = state.tr;
      if (text === '') tr.delete(cur.from, cur.to);
      else tr.insertText(text, cur.from, cur.to);
      tr.setSelection(TextSelection.create(tr.doc, cur.from + text.length));
      const next = compute(tr.doc, search.query, cur.from + text.length);
      const nextMatch = next.matches[next.current];
      if (nextMatch) select(tr, nextMatch);
      dispatch(tr);
    }
    return true;
  };
}

/** Replaces every match, in one transaction (one undo step). */
export function replaceAll(replacement: string): Command {
  return (state, dispatch) => {
    const search = searchState(state);
    if (search.matches.length === 0 || !search.query) return false;
    if (dispatch) {
      const tr = state.tr;
      for (let i = search.matches.length - 1; i >= 0; i -= 1) {
        const m = search.matches[i]!;
        const text = replacementFor(search.query, m, state.doc.textBetween(m.from, m.to), replacement);
        if (text === '') tr.delete(m.from, m.to);
        else tr.insertText(text, m.from, m.to);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
