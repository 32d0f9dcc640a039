import { describe, expect, it } from 'vitest';
import { TEXT_DOCUMENT_VERSION, emptyTextDocument } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { pageStyle } from './page-layout.js';

describe('pageStyle', () => {
  it('sizes the page after the first section: landscape Letter with 1 inch margins', () => {
    const section = { page: { width: 15840, height: 12240, orientation: 'landscape' }, margins: { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 0, footer: 0 } };
    const doc: TextDocument = {
      kind: 'text',
      version: TEXT_DOCUMENT_VERSION,
      meta: {},
      content: { type: 'doc', attrs: { section: null }, content: [{ type: 'paragraph' }, { type: 'section_break', attrs: { section } }, { type: 'paragraph' }] },
    };
    expect(pageStyle(doc)).toEqual({ '--page-width': '1056px', '--page-height': '816px', '--page-padding': '96px 96px 96px 96px' });
  });

  it('leaves the default page to documents without page layout', () => {
    expect(pageStyle(emptyTextDocument())).toEqual({});
  });
});
