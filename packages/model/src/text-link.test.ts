import { describe, expect, it } from 'vitest';
import { safeLinkHref } from './text-link.js';

describe('safeLinkHref', () => {
  it('keeps web and mail addresses and internal anchors', () => {
    expect(safeLinkHref(' https://www.service-public.fr/ ')).toBe('https://www.service-public.fr/');
    expect(safeLinkHref('HTTP://exemple.fr')).toBe('HTTP://exemple.fr');
    expect(safeLinkHref('mailto:accueil@mairie.fr')).toBe('mailto:accueil@mairie.fr');
    expect(safeLinkHref('#_Toc123')).toBe('#_Toc123');
  });

  it('refuses anything that could run code or reach files', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:x', 'data:text/html,<b>', 'vbscript:x', 'file:///C:/x', '../rapport.docx', 'rapport.docx', '#', '', null, undefined]) {
      expect(safeLinkHref(href), String(href)).toBeNull();
    }
  });
});
