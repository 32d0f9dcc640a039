import { describe, expect, it } from 'vitest';
import { formatListNumber, outlineLabels, textSchema as s } from './index.js';

describe('outline numbering', () => {
  it('formats numbers as word processors do', () => {
    expect(formatListNumber(4, 'upper-roman')).toBe('IV');
    expect(formatListNumber(1994, 'lower-roman')).toBe('mcmxciv');
    expect(formatListNumber(27, 'lower-letter')).toBe('aa');
    expect(formatListNumber(3, 'decimal-zero')).toBe('03');
    expect(formatListNumber(2, 'decimal-enclosed-circle')).toBe('\u2461');
  });

  it('shows parent levels from their start when a heading comes before them', () => {
    const outline = [
      { format: 'upper-letter', prefix: '', suffix: '.', levels: 1, start: 2 },
      { format: 'decimal', prefix: '§', suffix: '', levels: 2, start: 1 },
    ];
    const doc = s.node('doc', { outline }, [s.node('heading', { level: 2, numbered: true }, [s.text('Early')]), s.node('heading', { level: 1, numbered: true }, [s.text('First')])]);
    expect([...outlineLabels(doc).values()]).toEqual(['§B.1', 'B.']);
  });

  it('refuses malformed outlines', () => {
    expect(() => s.node('doc', { outline: [{ format: 'klingon', prefix: '', suffix: '', levels: 1, start: 1 }] }, [s.node('paragraph')]).check()).toThrow(RangeError);
    expect(() => s.node('heading', { level: 1, restart: -3 }).check()).toThrow(RangeError);
  });
});
