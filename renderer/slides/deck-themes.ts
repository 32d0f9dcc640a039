/**
 * Built-in themes for decks of a public administration: sober colours whose text colours keep
 * a contrast of at least 7:1 on white (WCAG AAA for dk1/dk2, 4.5:1 for every accent), and fonts
 * found on agents' Windows machines (Liberation fonts on Linux have the same metrics).
 */
import type { DeckTheme } from '@ostal/model';

export const BUILT_IN_THEMES: readonly DeckTheme[] = [
  {
    name: 'Institution',
    colors: { dk1: '161616', lt1: 'FFFFFF', dk2: '000091', lt2: 'F6F6F6', accent1: '000091', accent2: 'C9191E', accent3: '18753C', accent4: 'B34000', accent5: '0063CB', accent6: '666666', hlink: '0063CB', folHlink: '6E445A' },
    majorFont: 'Arial',
    minorFont: 'Arial',
  },
  {
    name: 'Sobre',
    colors: { dk1: '222222', lt1: 'FFFFFF', dk2: '2F3E46', lt2: 'EEF1F2', accent1: '2F6F73', accent2: '5C6B73', accent3: 'A05A2C', accent4: '3C6E47', accent5: '6B4E8C', accent6: '6E6E6E', hlink: '1F5F8B', folHlink: '5C4A72' },
    majorFont: 'Times New Roman',
    minorFont: 'Arial',
  },
  {
    name: 'Contraste élevé',
    colors: { dk1: '000000', lt1: 'FFFFFF', dk2: '000000', lt2: 'FFFFFF', accent1: '003189', accent2: 'A00000', accent3: '00602A', accent4: '7A3600', accent5: '3D2B8F', accent6: '000000', hlink: '00308F', folHlink: '5A2D82' },
    majorFont: 'Verdana',
    minorFont: 'Verdana',
  },
];

/** Relative luminance of an RRGGBB colour (WCAG 2.x). */
export function luminance(rgb: string): number {
  const n = parseInt(rgb, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two RRGGBB colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The theme the colours-and-fonts dialog starts from: the deck's own, renamed `customName` when
 * it is one of the built-in ones (an edited built-in theme is no longer that theme), or the
 * first built-in one for a deck without a theme.
 */
export function editableTheme(deck: { readonly theme?: DeckTheme }, customName: string): DeckTheme {
  const theme = deck.theme ?? BUILT_IN_THEMES[0]!;
  return BUILT_IN_THEMES.some((t) => t.name === theme.name) ? { ...theme, name: customName } : theme;
}
