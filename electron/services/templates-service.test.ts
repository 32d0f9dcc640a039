import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { read } from '@ostal/formats';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { libreofficeConvert, libreofficeConvertBytes, libreofficeSheetsCsv } from '../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../test/support/odf-schema.js';
import { NodeTemplatesService } from './templates-service.js';

const SHIPPED = path.resolve(import.meta.dirname, '../../resources/templates');

/** What each shipped template must show, as LibreOffice reads it. */
const EXPECTED: Readonly<Record<string, { kind: string; text: string }>> = {
  lettre: { kind: 'text', text: 'Objet :' },
  note: { kind: 'text', text: 'À l’attention de :' },
  rapport: { kind: 'text', text: 'Recommandations' },
  budget: { kind: 'workbook', text: 'Taux de réalisation' },
  presentation: { kind: 'deck', text: 'Ordre du jour' },
};

describe('templates', () => {
  it('lists the shipped templates by id with their kinds', async () => {
    const list = await new NodeTemplatesService([SHIPPED, path.join(os.tmpdir(), 'no-such-templates')]).list();
    expect(list.map((t) => [t.id, t.kind])).toEqual(Object.entries(EXPECTED).map(([id, e]) => [id, e.kind]).sort((a, b) => a[0]!.localeCompare(b[0]!)));
  });

  it('skips hidden files, unknown extensions and folders; the first folder wins a name', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-templates-'));
    await fs.writeFile(path.join(dir, 'lettre.odt'), 'x');
    await fs.writeFile(path.join(dir, '.~lock.lettre.odt#'), 'x');
    await fs.writeFile(path.join(dir, 'notes.txt'), 'x');
    await fs.mkdir(path.join(dir, 'dossier.odt'));
    const list = await new NodeTemplatesService([dir, SHIPPED]).list();
    expect(list.find((t) => t.id === 'lettre')?.path).toBe(path.join(dir, 'lettre.odt'));
    expect(list.map((t) => t.id)).not.toContain('notes');
    expect(list.map((t) => t.id)).not.toContain('dossier');
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(Object.entries(EXPECTED))('%s is valid ODF 1.3, reads in Ostal without a warning, and opens in LibreOffice', async (id, expected) => {
    const entry = (await new NodeTemplatesService([SHIPPED]).list()).find((t) => t.id === id)!;
    const bytes = new Uint8Array(readFileSync(entry.path));
    expect(odfSchemaErrors(bytes, true)).toEqual([]);
    const result = await read(bytes);
    expect(result.document.kind).toBe(expected.kind);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // Impress has no text export: its own ODP re-save shows what it read.
    const seen =
      expected.kind === 'workbook'
        ? libreofficeSheetsCsv(bytes, entry.name)
        : expected.kind === 'deck'
          ? strFromU8(unzipSync(new Uint8Array(libreofficeConvertBytes(bytes, entry.name, 'odp')))['content.xml']!)
          : libreofficeConvert(bytes, entry.name, 'txt');
    expect(seen).toContain(expected.text);
  });
});
