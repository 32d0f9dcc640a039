import { describe, expect, it } from 'vitest';
import type { PMNodeJSON, SectionProps } from '@ostal/model';
import { formatPageNumber, storyOf, storyVariant, withPageFields } from './print-stories.js';

const story = (text: string): PMNodeJSON => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('storyVariant', () => {
  const plain: SectionProps = { headers: { default: story('Tous') } };
  const titled: SectionProps = { titlePage: true, headers: { default: story('Tous'), first: story('Garde') } };
  const oddEven: SectionProps = { titlePage: true, headers: { default: story('Impaire'), first: story('Garde'), even: story('Paire') } };

  it('gives every page the default story when nothing differs', () => {
    expect([1, 2, 3].map((n) => storyVariant(plain, n === 1, n))).toEqual(['default', 'default', 'default']);
  });

  it('gives the first page of a section with a different first page its own story', () => {
    expect([1, 2, 3].map((n) => storyVariant(titled, n === 1, n))).toEqual(['first', 'default', 'default']);
    expect(storyOf(titled.headers, storyVariant(titled, true, 1))).toEqual(story('Garde'));
  });

  it('gives even pages the even story when the section has one, by the printed number', () => {
    expect([1, 2, 3, 4].map((n) => storyVariant(oddEven, n === 1, n))).toEqual(['first', 'even', 'default', 'even']);
    // A section whose numbering restarts at 2 starts on an "even" page after its first.
    expect(storyVariant({ headers: { default: story('I'), even: story('P') } }, true, 2)).toBe('even');
    expect(storyOf(oddEven.headers, 'even')).toEqual(story('Paire'));
    expect(storyOf(undefined, 'default')).toBeUndefined();
  });
});

describe('formatPageNumber', () => {
  it('writes numbers in the section’s format', () => {
    expect(formatPageNumber(4)).toBe('4');
    expect(formatPageNumber(4, 'decimal')).toBe('4');
    expect(formatPageNumber(14, 'lowerRoman')).toBe('xiv');
    expect(formatPageNumber(1994, 'upperRoman')).toBe('MCMXCIV');
    expect(formatPageNumber(3, 'lowerLetter')).toBe('c');
    expect(formatPageNumber(28, 'upperLetter')).toBe('BB');
  });
});

describe('withPageFields', () => {
  it('fills the page number and page count fields of a story for one sheet, leaving other fields and text alone', () => {
    const field = (kind: string, result: string): PMNodeJSON => ({ type: 'field', attrs: { kind, instruction: '', result } });
    const footer: PMNodeJSON = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Page ' }, field('page-number', '1'), { type: 'text', text: ' sur ' }, field('page-count', '1'), field('author', 'Anne')] }] };
    const filled = withPageFields(footer, 'iii', '12');
    const runs = filled?.content?.[0]?.content ?? [];
    expect(runs.map((r) => (r.type === 'text' ? r.text : r.attrs?.result))).toEqual(['Page ', 'iii', ' sur ', '12', 'Anne']);
    // The story itself is not changed.
    expect(footer.content?.[0]?.content?.[1]?.attrs?.result).toBe('1');
    expect(withPageFields(undefined, '1', '1')).toBeUndefined();
  });
});
