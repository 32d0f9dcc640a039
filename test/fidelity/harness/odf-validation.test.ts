import os from 'node:os';
import { read, write } from '@ostal/formats';
import { describe, expect, it } from 'vitest';
import { loadCorpusFile } from '../corpus.js';
import { odfSchemaErrors } from '../../support/odf-schema.js';
import { validateOdfFiles } from './odf-validation.js';

/** jing's message without the temporary path, so both validators' lines compare. */
const strip = (line: string): string => line.replace(/^.*?(content|styles|meta|settings|manifest|flat)\.xml:/, '$1.xml:');

describe('validateOdfFiles', () => {
  it('gives the same verdicts as odfSchemaErrors, file by file, in one batch', async () => {
    const { document } = await read(loadCorpusFile('docx/mammoth-simple-list.docx'));
    const files = [
      { id: 'ostal-odt', bytes: await write(document, 'odt'), flat: false },
      { id: 'ostal-fodt', bytes: await write(document, 'fodt'), flat: true },
      // Written by LibreOffice with its own extensions: invalid against strict ODF 1.3.
      { id: 'libreoffice-odt', bytes: loadCorpusFile('odt/odfdo-base_text.odt'), flat: false },
    ];
    const batch = await validateOdfFiles(files, os.tmpdir());
    for (const f of files) {
      const single = odfSchemaErrors(f.bytes, f.flat).filter((l) => /: (error|fatal):/.test(l));
      expect(batch.get(f.id)!.map(strip).sort(), f.id).toEqual(single.map(strip).sort());
    }
    expect(batch.get('ostal-odt')).toEqual([]);
    expect(batch.get('libreoffice-odt')!.length).toBeGreaterThan(0);
  });

  it('reports a package that is not a zip instead of throwing', async () => {
    const batch = await validateOdfFiles([{ id: 'x', bytes: new Uint8Array([1, 2, 3]), flat: false }], os.tmpdir());
    expect(batch.get('x')![0]).toMatch(/unreadable package/);
  });
});
