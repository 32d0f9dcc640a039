import { describe, expect, it } from 'vitest';
import { shortcutFor } from './use-shortcuts.js';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('maps the office-suite shortcuts', () => {
    expect(shortcutFor(key('s', { ctrlKey: true }))).toBe('save');
    expect(shortcutFor(key('S', { ctrlKey: true, shiftKey: true }))).toBe('saveAs');
    expect(shortcutFor(key('w', { ctrlKey: true }))).toBe('close');
    expect(shortcutFor(key('o', { metaKey: true }))).toBe('open');
    expect(shortcutFor(key('n', { ctrlKey: true }))).toBe('newText');
  });

  it('leaves other keys alone (Ctrl+Alt+1 belongs to the writer)', () => {
    expect(shortcutFor(key('s'))).toBeNull();
    expect(shortcutFor(key('1', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutFor(key('b', { ctrlKey: true }))).toBeNull();
  });
});
