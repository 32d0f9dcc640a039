/**
 * The Node implementation of {@link TemplatesService}: the documents found in the templates
 * folders (`resources/templates/` of the installed app), by extension. A missing folder has no
 * templates; nothing here throws for a folder's content.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentKind } from '@ostal/model';
import type { TemplateEntry, TemplatesService } from '../shared/templates.js';

const KIND_BY_EXTENSION: Readonly<Record<string, DocumentKind>> = {
  odt: 'text',
  fodt: 'text',
  docx: 'text',
  ott: 'text',
  ods: 'workbook',
  fods: 'workbook',
  xlsx: 'workbook',
  odp: 'deck',
  fodp: 'deck',
  pptx: 'deck',
};

export class NodeTemplatesService implements TemplatesService {
  constructor(private readonly folders: readonly string[]) {}

  async list(): Promise<readonly TemplateEntry[]> {
    const entries: TemplateEntry[] = [];
    for (const folder of this.folders) {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch {
        continue;
      }
      for (const name of names) {
        if (name.startsWith('.')) continue;
        const ext = path.extname(name).slice(1).toLowerCase();
        const kind = KIND_BY_EXTENSION[ext];
        const id = path.basename(name, path.extname(name)).toLowerCase();
        if (kind === undefined || entries.some((e) => e.id === id)) continue;
        const full = path.join(path.resolve(folder), name);
        const stat = await fs.stat(full).catch(() => undefined);
        if (stat?.isFile()) entries.push({ id, name, kind, path: full });
      }
    }
    return entries.sort((a, b) => a.id.localeCompare(b.id));
  }
}
