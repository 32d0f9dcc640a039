import { describe, expect, it } from 'vitest';
import { parseOfficeUri } from './office-uri.js';

describe('parseOfficeUri', () => {
  it('reads edit and view links, and the bare form', () => {
    expect(parseOfficeUri('ostal:ofe|u|https://exo.region.fr/webdav/drives/a%20b.odt')).toEqual({ mode: 'edit', url: 'https://exo.region.fr/webdav/drives/a%20b.odt' });
    expect(parseOfficeUri('ostal:ofv|u|https://exo.region.fr/x.ods')).toEqual({ mode: 'view', url: 'https://exo.region.fr/x.ods' });
    expect(parseOfficeUri('OSTAL:https://exo.region.fr/x.odp')).toEqual({ mode: 'edit', url: 'https://exo.region.fr/x.odp' });
  });

  it('refuses other schemes, non-http targets and embedded credentials', () => {
    expect(parseOfficeUri('ms-word:ofe|u|https://h/x.docx')).toBeUndefined();
    expect(parseOfficeUri('ostal:ofe|u|file:///etc/passwd')).toBeUndefined();
    expect(parseOfficeUri('ostal:ofe|u|https://anne:pw@h/x.odt')).toBeUndefined();
    expect(parseOfficeUri('ostal:ofe|u|pas une url')).toBeUndefined();
  });
});
