/**
 * What a shape's text looks like once inherited formatting is applied: a placeholder takes the
 * master's title or body style for each outline level (p:txStyles), other shapes the deck's
 * default text style or else the master's other style; the paragraph's and run's own properties override. Also bullet markers
 * (characters and automatic numbers) and CSS lengths in container units of the slide.
 */
import { BODY_PLACEHOLDERS, TITLE_PLACEHOLDERS, masterLevelStyle, placeholderListStyles, slideLayoutAndMaster } from '@ostal/model';
import type { Deck, GeometryShape, ParagraphStyle, RunStyle, Slide, TextParagraph } from '@ostal/model';

/** Sizes (hundredths of a point) when neither the master nor the text says. */
const DEFAULT_TITLE_SIZE = 4400;
const DEFAULT_BODY_SIZES = [2800, 2400, 2000, 2000, 2000, 2000, 2000, 2000, 2000];
const DEFAULT_OTHER_SIZE = 1800;

export type TextRole = 'title' | 'body' | 'other';

export function textRole(shape: Pick<GeometryShape, 'placeholder'>): TextRole {
  const type = shape.placeholder?.type;
  if (type === undefined) return 'other';
  if (TITLE_PLACEHOLDERS.has(type)) return 'title';
  return BODY_PLACEHOLDERS.has(type) ? 'body' : 'other';
}

/** The inherited paragraph and run style of a paragraph at `level` in `shape`. */
export function inheritedStyle(deck: Deck, slide: Slide, shape: Pick<GeometryShape, 'placeholder'>, level: number): { paragraph: ParagraphStyle; run: RunStyle } {
  const { master } = slideLayoutAndMaster(deck, slide);
  const role = textRole(shape);
  const fromMaster = masterLevelStyle(master, shape.placeholder?.type, level, deck.defaultTextStyle);
  const size = role === 'title' ? DEFAULT_TITLE_SIZE : role === 'body' ? (DEFAULT_BODY_SIZES[level] ?? 2000) : DEFAULT_OTHER_SIZE;
  const bullet = role === 'body' && shape.placeholder?.type !== 'subTitle' ? ({ kind: 'char', char: '•' } as const) : ({ kind: 'none' } as const);
  // Over the master's text styles: the list styles of the master's and layout's placeholder, then the shape's own.
  const own = (shape as Partial<Pick<GeometryShape, 'text'>>).text?.listStyle;
  const lists = [...placeholderListStyles(deck, slide, shape.placeholder), ...(own && own.length > 0 ? [own] : [])].map((l) => l[Math.min(level, l.length - 1)]);
  const paragraph: ParagraphStyle = [fromMaster?.paragraph, ...lists.map((l) => l?.paragraph)].reduce<ParagraphStyle>((acc, p) => ({ ...acc, ...p }), { bullet });
  const run: RunStyle = [fromMaster?.run, ...lists.map((l) => l?.run)].reduce<RunStyle>((acc, r) => ({ ...acc, ...r }), { size, ...(role === 'title' ? { font: '+mj-lt' } : { font: '+mn-lt' }) });
  return { paragraph, run };
}

const ROMAN: readonly [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

function alpha(n: number): string {
  let out = '';
  let rest = n;
  while (rest > 0) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

/** The marker of the `n`th (1-based) item of an automatic numbering scheme (ST_TextAutonumberScheme). */
export function autoNumber(scheme: string, n: number): string {
  const lower = scheme.startsWith('alphaLc') ? alpha(n) : scheme.startsWith('alphaUc') ? alpha(n).toUpperCase() : scheme.startsWith('romanLc') ? roman(n) : scheme.startsWith('romanUc') ? roman(n).toUpperCase() : String(n);
  if (scheme.endsWith('ParenBoth')) return `(${lower})`;
  if (scheme.endsWith('ParenR')) return `${lower})`;
  if (scheme.endsWith('Plain')) return lower;
  return `${lower}.`;
}

/** Bullet markers of each paragraph ('' for none), numbering counted per level within a run of numbered paragraphs. */
export function bulletMarkers(paragraphs: readonly TextParagraph[], inherited: (level: number) => ParagraphStyle): string[] {
  const counters: number[] = [];
  return paragraphs.map((p) => {
    const level = p.style?.level ?? 0;
    const bullet = p.style?.bullet ?? inherited(level).bullet;
    const empty = p.runs.every((r) => r.text === '');
    counters.length = Math.min(counters.length, level + 1);
    if (!bullet || bullet.kind === 'none' || empty) return '';
    if (bullet.kind === 'char') return bullet.char;
    counters[level] = (counters[level] ?? (bullet.startAt ?? 1) - 1) + 1;
    return autoNumber(bullet.scheme, counters[level]);
  });
}

/** CSS length for EMU along the slide width, in container units. */
export function emuToCqw(emu: number, deck: Deck): string {
  return `${String((emu / deck.size.cx) * 100)}cqw`;
}

/** Left margin of a paragraph at `level` when neither it nor the master says (0.5 inch a level). */
export function defaultMargin(level: number, bulleted: boolean): number {
  return level * 457_200 + (bulleted ? 342_900 : 0);
}
