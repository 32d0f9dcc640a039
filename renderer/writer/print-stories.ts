/**
 * Which header and footer a printed page carries, and how its page number reads. Pure.
 *
 * As in Word and LibreOffice: the first page of a section with "Première page différente"
 * (`titlePage`) takes the first-page story (none when it has none); when the section has an
 * even-page story (odd and even pages differ), pages with an even number take it; every other
 * page takes the default story.
 */
import type { HeaderFooterSet, PMNodeJSON, SectionProps } from '@ostal/model';

/** Which story of a section a page shows. */
export type StoryVariant = 'first' | 'even' | 'default';

/** True when the section's odd and even pages have headers or footers of their own. */
export function oddEvenDiffer(section: SectionProps | null | undefined): boolean {
  return !!(section?.headers?.even ?? section?.footers?.even);
}

/** The variant of a page: `firstOfSection` for a section's first page, `pageNumber` as printed. */
export function storyVariant(section: SectionProps | null | undefined, firstOfSection: boolean, pageNumber: number): StoryVariant {
  if (firstOfSection && section?.titlePage) return 'first';
  if (oddEvenDiffer(section) && pageNumber % 2 === 0) return 'even';
  return 'default';
}

/** The story of `set` a page of that variant shows (undefined: nothing). */
export function storyOf(set: HeaderFooterSet | undefined, variant: StoryVariant): PMNodeJSON | undefined {
  if (!set) return undefined;
  return variant === 'first' ? set.first : variant === 'even' ? set.even : set.default;
}

function roman(n: number): string {
  const table: readonly [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = n;
  let out = '';
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** a, b, … z, aa, bb, … (Word's and LibreOffice's letter numbering). */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A page number in the section's format (DOCX `w:fmt` names; decimal by default). */
export function formatPageNumber(n: number, format?: string): string {
  if (n < 1 || n > 3999) return String(n);
  if (format === 'lowerRoman') return roman(n);
  if (format === 'upperRoman') return roman(n).toUpperCase();
  if (format === 'lowerLetter') return letters(n);
  if (format === 'upperLetter') return letters(n).toUpperCase();
  return String(n);
}

/** A header or footer story with its page-number and page-count fields showing `number` and `count` (the page view's sheets). */
export function withPageFields(story: PMNodeJSON | undefined, number: string, count: string): PMNodeJSON | undefined {
  if (!story) return undefined;
  const walk = (n: PMNodeJSON, depth: number): PMNodeJSON => {
    if (n.type === 'field' && (n.attrs?.kind === 'page-number' || n.attrs?.kind === 'page-count')) return { ...n, attrs: { ...n.attrs, result: n.attrs.kind === 'page-number' ? number : count } };
    return n.content && depth < 32 ? { ...n, content: n.content.map((c) => walk(c, depth + 1)) } : n;
  };
  return walk(story, 0);
}
