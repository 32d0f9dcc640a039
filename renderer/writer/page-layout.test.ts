import { describe, expect, it } from 'vitest';
import { TEXT_DOCUMENT_VERSION, emptyTextDocument } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { headerFooterText, pageStyle } from './page-layout.js';

describe('pageStyle', () => {
  it('sizes the page after the first section: landscape Letter with 1 inch margins', () => {
    const section = { page: { width: 15840, height: 12240, orientation: 'landscape' }, margins: { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 0, footer: 0 } };
    const doc: TextDocument = {
      kind: 'text',
      version: TEXT_DOCUMENT_VERSION,
      meta: {},
      content: { type: 'doc', attrs: { section: null }, content: [{ type: 'paragraph' }, { type: 'section_break', attrs: { section } }, { type: 'paragraph' }] },
    };
    expect(pageStyle(doc)).toEqual({ '--page-width': '1056px', '--page-height': '816px', '--page-padding': '96px 96px 96px 96px', '--page-padding-inline': '96px 96px' });
  });

  it('gives the header and footer text of the first section, fields by their result', () => {
    const header = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rapport\tannuel' }] }, { type: 'paragraph' }] };
    const footer = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Page ' }, { type: 'field', attrs: { kind: 'page-number', instruction: '', result: '3' } }] }] };
    const doc: TextDocument = { kind: 'text', version: TEXT_DOCUMENT_VERSION, meta: {}, content: { type: 'doc', attrs: { section: { headers: { default: header }, footers: { default: footer } } }, content: [{ type: 'paragraph' }] } };
    expect(headerFooterText(doc)).toEqual({ header: 'Rapport annuel', footer: 'Page 3' });
    expect(headerFooterText(emptyTextDocument())).toEqual({ header: '', footer: '' });
  });

  it('leaves the default page to documents without page layout', () => {
    expect(pageStyle(emptyTextDocument())).toEqual({});
  });
});
