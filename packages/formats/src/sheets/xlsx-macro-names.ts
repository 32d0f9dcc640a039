/**
 * The VBA code names of a macro-enabled workbook (.xlsm): `workbookPr codeName` (18.2.28, the
 * `ThisWorkbook` module) and each worksheet's `sheetPr codeName` (18.3.1.82, `Sheet1`...). The
 * project's document modules are bound to the workbook and its sheets by these names: written
 * without them, Excel would give the sheets new modules and leave the code of the old ones
 * behind. Read and written here, beside the kept project (ooxml/macro-project.ts), only for
 * workbooks that carry one.
 */
import type { Sheet, StoredMacroProject, Workbook } from '@ostal/model';
import type { WriteOptions } from '../codec.js';
import type { DiagnosticSink } from '../diagnostics-sink.js';
import { keptStoredMacros, withMacroProject } from '../ooxml/macro-project.js';
import { resolvePartName } from '../ooxml/opc-package.js';
import type { OpcPackage } from '../ooxml/opc-package.js';
import type { OpcPartOut } from '../ooxml/opc-writer.js';

/** A VBA identifier: what a code name may be (letters, digits, underscores; at most 31 characters in Excel). */
const CODE_NAME = /^[\p{L}_][\p{L}\p{N}_]{0,254}$/u;
const WORKBOOK_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

function decodeAttr(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? '';
  });
}

/** The `codeName` attribute of the first `element` start tag of `xml` (any prefix), when it is a VBA identifier. */
function codeNameOf(xml: string, element: string): string | undefined {
  const tag = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${element}(?=[\\s/>])[^>]*>`).exec(xml)?.[0];
  const value = tag ? /\scodeName\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag) : null;
  const name = value ? decodeAttr(value[1] ?? value[2] ?? '') : undefined;
  return name !== undefined && CODE_NAME.test(name) ? name : undefined;
}

/**
 * The reader's macro fields of a workbook: `{ macros }` (the project, with the workbook's code
 * name) and `{ sheets }` carrying their code names, or nothing for a workbook without a project.
 */
export function keptWorkbookMacros(pkg: OpcPackage, workbookPart: string, sheets: readonly Sheet[], diagnostics: DiagnosticSink): { readonly macros?: StoredMacroProject; readonly sheets?: Sheet[] } {
  const { macros } = keptStoredMacros(pkg, workbookPart, diagnostics);
  if (!macros) return {};
  const workbookXml = pkg.text(workbookPart);
  const codeName = codeNameOf(workbookXml, 'workbookPr');
  const rels = new Map(pkg.relationships(workbookPart).map((r) => [r.id, r]));
  const byName = new Map<string, string>();
  for (const tag of workbookXml.match(/<(?:[A-Za-z_][\w.-]*:)?sheet(?=[\s/>])[^>]*>/g) ?? []) {
    const name = /\sname\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
    const id = /\s(?:[A-Za-z_][\w.-]*:)?id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
    const rel = id ? rels.get(decodeAttr(id[1] ?? id[2] ?? '')) : undefined;
    if (!name || !rel || rel.external || !pkg.has(rel.target)) continue;
    let text: string;
    try {
      text = pkg.text(rel.target);
    } catch {
      continue; // the sheet reader reported the part already
    }
    const sheetCode = codeNameOf(text, 'sheetPr');
    if (sheetCode) byName.set(decodeAttr(name[1] ?? name[2] ?? ''), sheetCode);
  }
  return {
    macros: codeName ? { ...macros, codeName } : macros,
    ...(byName.size > 0 ? { sheets: sheets.map((s) => (byName.has(s.name) ? { ...s, codeName: byName.get(s.name)! } : s)) } : {}),
  };
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** `xml` (Ostal's own output) with `codeName` on its first `element`, added when it has none. */
function withCodeName(xml: string | Uint8Array, root: string, element: string, codeName: string): string {
  const text = typeof xml === 'string' ? xml : new TextDecoder().decode(xml);
  const attr = ` codeName="${escapeAttr(codeName)}"`;
  const existing = new RegExp(`<${element}(?=[\\s/>])`).exec(text);
  if (existing) return text.slice(0, existing.index + existing[0].length) + attr + text.slice(existing.index + existing[0].length);
  // Otherwise it goes first in the root (both are the first child their root may have).
  const start = new RegExp(`<${root}(?=[\\s>])[^>]*>`).exec(text);
  return start ? text.slice(0, start.index + start[0].length) + `<${element}${attr}/>` + text.slice(start.index + start[0].length) : text;
}

/**
 * The parts of an XLSX about to be written, macro-enabled when `options.macroEnabled` (see
 * `withMacroProject`), the workbook and its sheets named by their VBA code names (each name once).
 */
export function withWorkbookMacros(parts: readonly OpcPartOut[], workbook: Workbook, options: WriteOptions | undefined): OpcPartOut[] {
  const out = withMacroProject(parts, workbook.macros, options);
  const mainIndex = out.findIndex((p) => p.contentType === WORKBOOK_MAIN);
  const main = out[mainIndex];
  if (!main || !workbook.macros) return out;
  const used = new Set<string>();
  if (workbook.macros.codeName) {
    used.add(workbook.macros.codeName.toLowerCase());
    out[mainIndex] = { ...main, data: withCodeName(main.data, 'workbook', 'workbookPr', workbook.macros.codeName) };
  }
  const workbookXml = typeof main.data === 'string' ? main.data : new TextDecoder().decode(main.data);
  const dir = main.name.slice(0, main.name.lastIndexOf('/'));
  const targets = new Map((main.rels ?? []).map((r) => [r.id, resolvePartName(dir, r.target)]));
  const tags = workbookXml.match(/<sheet(?=[\s/>])[^>]*>/g) ?? [];
  tags.forEach((tag, i) => {
    const codeName = workbook.sheets[i]?.codeName;
    if (!codeName || used.has(codeName.toLowerCase()) || !CODE_NAME.test(codeName)) return;
    const id = /\sr:id="([^"]*)"/.exec(tag)?.[1];
    const part = id ? targets.get(id) : undefined;
    const index = part ? out.findIndex((p) => p.name === part) : -1;
    if (index < 0) return;
    used.add(codeName.toLowerCase());
    out[index] = { ...out[index]!, data: withCodeName(out[index]!.data, 'worksheet', 'sheetPr', codeName) };
  });
  return out;
}
