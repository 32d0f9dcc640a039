import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import { BUILT_IN_THEMES, editableTheme } from './deck-themes.js';
import { THEME_SLOTS, rgbOfInput, themeWith } from './ThemeDialog.js';

describe('editing the theme', () => {
  it('offers the twelve colour slots of a DrawingML scheme', () => {
    expect(THEME_SLOTS).toHaveLength(12);
    for (const t of BUILT_IN_THEMES) for (const slot of THEME_SLOTS) expect(t.colors[slot], `${t.name} ${slot}`).toMatch(/^[0-9A-F]{6}$/);
  });

  it('reads colour inputs as RRGGBB and refuses anything else', () => {
    expect(rgbOfInput('#c00000')).toBe('C00000');
    expect(rgbOfInput('c00000')).toBeUndefined();
    expect(rgbOfInput('#c000')).toBeUndefined();
  });

  it('changes one colour or one font, a blank font keeping the previous one', () => {
    const base = BUILT_IN_THEMES[0]!;
    const red = themeWith(base, { slot: 'accent1', rgb: 'C00000' });
    expect(red.colors['accent1']).toBe('C00000');
    expect(red.colors['accent2']).toBe(base.colors['accent2']);
    expect(themeWith(base, { font: 'majorFont', name: ' Verdana ' }).majorFont).toBe('Verdana');
    expect(themeWith(base, { font: 'minorFont', name: '  ' })).toBe(base);
  });

  it('starts from the deck theme; an edited built-in one gets its own name', () => {
    expect(editableTheme(emptyDeck(), 'Personnalisé').name).toBe('Personnalisé');
    expect(editableTheme({ theme: BUILT_IN_THEMES[1]! }, 'Personnalisé')).toMatchObject({ name: 'Personnalisé', majorFont: BUILT_IN_THEMES[1]!.majorFont });
    const own = { ...BUILT_IN_THEMES[0]!, name: 'Préfecture' };
    expect(editableTheme({ theme: own }, 'Personnalisé')).toBe(own);
  });
});
