import { makeSlide } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { slideCreationIds } from './pptx-creation-id.js';

describe('slide creation ids', () => {
  it('keep the file’s, derive the same from the same slide at every save, and never give 0 or one twice', () => {
    const a = { ...makeSlide('A'), id: 'a' };
    const b = { ...makeSlide('B'), id: 'b', creationId: 42 };
    const twin = { ...makeSlide('C'), id: 'c', creationId: 42 };
    const zero = { ...makeSlide('D'), id: 'd', creationId: 0 };
    const ids = slideCreationIds([a, b, twin, zero]);
    expect(ids[1]).toBe(42);
    expect(ids[0]).toBe(slideCreationIds([a])[0]);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((n) => n > 0 && n <= 0xffffffff && Number.isInteger(n))).toBe(true);
  });
});
