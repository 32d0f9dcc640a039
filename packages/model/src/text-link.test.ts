import { describe, expect, it } from 'vitest';
import { safeLinkHref } from './text-link.js';

describe('safeLinkHref', () => {
  it('keeps web and mail addresses and internal anchors', () => {
    expect(safeLinkHref(' https://www.service-public.fr/ ')).toBe('https://www.service-public.fr/');
    expect(safeLinkHref('HTTP://exemple.fr')).toBe('HTTP://exemple.fr');
    expect(safeLinkHref('mailto:accueil@mairie.fr')).toBe('mailto:accueil@mairie.fr');
    expect(safeLinkHref('#_Toc123')).toBe('#_Toc123');
    // "Open in desktop" links to the platform (the host checks them again before opening).
    expect(safeLinkHref('ostal:ofe|u|https://exo.region.fr/webdav/drives/a.odt')).toBe('ostal:ofe|u|https://exo.region.fr/webdav/drives/a.odt');
  });

  it('refuses anything that could run code or reach files', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:x', 'data:text/html,<b>', 'vbscript:x', 'file:///C:/x', '../rapport.docx', 'rapport.docx', '#', '', null, undefined]) {
      expect(safeLinkHref(href), String(href)).toBeNull();
    }
  });
});
