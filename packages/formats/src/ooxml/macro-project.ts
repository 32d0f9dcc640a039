/**
 * The macro project of a macro-enabled package (.docm, .xlsm, .pptm), shared by the three OOXML
 * readers and writers. Reading finds the VBA project through the main part's relationship of type
 * `http://schemas.microsoft.com/office/2006/relationships/vbaProject` and keeps, as bytes, the
 * project part, its relationships part and every part reachable from it (vbaData.xml, the
 * project signature...), with the macro parts the main part links beside it (Word's key bindings
 * and attached toolbars). Nothing is ever run or interpreted.
 *
 * Writing to a macro-enabled target (WriteOptions.macroEnabled) gives the main part its
 * macroEnabled content type (ECMA-376 Part 1 and [MS-OFFMACRO]; Office refuses a .docm whose
 * main part says docx) and puts the kept parts back byte for byte, with their content types and
 * the main part's relationships to them. Any other target leaves them out (conversion loss
 * `macros-dropped`).
 */
import type { MacroLink, MacroPart, MacroProject, StoredMacroProject } from '@ostal/model';
import { FormatError } from '../errors.js';
import type { DiagnosticSink } from '../diagnostics-sink.js';
import { decodeBase64, encodeBase64 } from '../text/text-media.js';
import type { OpcPackage } from './opc-package.js';
import type { OpcPartOut, OpcRelOut } from './opc-writer.js';

const MS_RELATIONSHIPS = 'http://schemas.microsoft.com/office/2006/relationships/';
/** Main-part relationships kept with a VBA project, the project first. */
const KEPT_FROM_MAIN = ['vbaProject', 'keyMapCustomizations', 'attachedToolbars'] as const;
const RELATIONSHIPS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
const VBA_PROJECT_TYPE = 'application/vnd.ms-office.vbaProject';
/** Parts the package writer makes itself (lower case). */
const PACKAGE_PARTS = ['[content_types].xml', '_rels/.rels'];
/** More parts than any real project has: a hostile package cannot make the reader walk forever. */
const MAX_PARTS = 256;

/** Plain main-part content type → its macro-enabled counterpart. */
const MACRO_ENABLED_MAIN: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': 'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml',
};

/** The relationships part of `part` (`xl/_rels/vbaProject.bin.rels`). */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** `target` relative to the folder of `source` (both part names without leading slash). */
function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * The macro project of the package whose main part is `main`, or undefined when it has none.
 * A project whose parts cannot be read whole is left out with a warning (half a project would
 * be a broken file); the document itself still opens.
 */
export function readMacroProject(pkg: OpcPackage, main: string, diagnostics: DiagnosticSink): MacroProject | undefined {
  const fromMain = pkg.relationships(main).filter((r) => !r.external && r.type.startsWith(MS_RELATIONSHIPS));
  const links: MacroLink[] = [];
  for (const kind of KEPT_FROM_MAIN) {
    for (const r of fromMain) if (r.type === MS_RELATIONSHIPS + kind && r.target !== main && !links.some((l) => l.path === r.target)) links.push({ type: r.type, path: r.target });
  }
  if (!links.some((l) => l.type === MS_RELATIONSHIPS + 'vbaProject')) return undefined;
  const parts: MacroPart<Uint8Array>[] = [];
  // The package's own directory parts are never a project's, whatever a hostile file says.
  const seen = new Set<string>([main.toLowerCase(), ...PACKAGE_PARTS]);
  const queue = links.map((l) => l.path);
  try {
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path.toLowerCase())) continue;
      seen.add(path.toLowerCase());
      if (parts.length >= MAX_PARTS) throw new FormatError('limit-exceeded', `The macro project has more than ${String(MAX_PARTS)} parts.`, path);
      if (!pkg.has(path)) throw new FormatError('missing-part', `The macro project names a part "${path}" the package does not have.`, path);
      const contentType = pkg.contentType(path) ?? (path.toLowerCase().endsWith('.bin') ? VBA_PROJECT_TYPE : 'application/octet-stream');
      parts.push({ path, contentType, bytes: pkg.zip.read(path) });
      const rels = relsPartOf(path);
      if (!pkg.has(rels)) continue;
      parts.push({ path: rels, contentType: RELATIONSHIPS_TYPE, bytes: pkg.zip.read(rels) });
      for (const r of pkg.relationships(path)) if (!r.external) queue.push(r.target);
    }
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    diagnostics.warn('macros-unreadable', `The document's macro project cannot be read whole (${error.message}); it is left out and will not be saved.`, error.part ?? links[0]!.path);
    return undefined;
  }
  const size = parts.reduce((n, p) => n + p.bytes.length, 0);
  diagnostics.add('info', 'macros-kept', `The document holds a macro project (${String(parts.length)} parts, ${String(size)} bytes): Ostal never runs it, and keeps it when saving in a macro-enabled format.`, links[0]!.path);
  return { links, parts };
}

/** The project with its bytes in base64, as a workbook stores it. */
export function storedMacroProject(project: MacroProject | undefined): StoredMacroProject | undefined {
  return project ? { links: project.links, parts: project.parts.map((p) => ({ path: p.path, contentType: p.contentType, bytes: encodeBase64(p.bytes) })) } : undefined;
}

/** The parts a project's bytes decode to; a part whose base64 is damaged drops the whole project. */
function bytesOf(project: MacroProject | StoredMacroProject): MacroPart<Uint8Array>[] | undefined {
  const out: MacroPart<Uint8Array>[] = [];
  for (const p of project.parts as readonly MacroPart<Uint8Array | string>[]) {
    const bytes = typeof p.bytes === 'string' ? decodeBase64(p.bytes) : p.bytes;
    if (!bytes) return undefined;
    out.push({ path: p.path, contentType: p.contentType, bytes });
  }
  return out;
}

/**
 * The parts of a package about to be written, made macro-enabled when `options.macroEnabled`:
 * the main part (found by its content type) gets the macroEnabled content type and the
 * relationships to the kept parts, which are added byte for byte. Without the option, the parts
 * are returned as they are (the project is dropped: a .docx/.xlsx/.pptx holds no macros). A kept
 * part whose name a written part already uses is left out (the written part wins).
 */
export function withMacroProject(
  parts: readonly OpcPartOut[],
  project: MacroProject | StoredMacroProject | undefined,
  options: { readonly macroEnabled?: boolean } | undefined,
): OpcPartOut[] {
  if (options?.macroEnabled !== true) return [...parts];
  const mainIndex = parts.findIndex((p) => MACRO_ENABLED_MAIN[p.contentType] !== undefined);
  const main = parts[mainIndex];
  if (!main) return [...parts];
  const kept = project ? (bytesOf(project) ?? []) : [];
  const taken = new Set<string>(PACKAGE_PARTS);
  for (const p of parts) {
    taken.add(p.name.toLowerCase());
    if (p.rels && p.rels.length > 0) taken.add(relsPartOf(p.name).toLowerCase());
  }
  const added = kept.filter((p) => !taken.has(p.path.toLowerCase()));
  const addedNames = new Set(added.map((p) => p.path));
  const ids = new Set((main.rels ?? []).map((r) => r.id));
  let n = 0;
  const links: OpcRelOut[] = [];
  for (const link of project?.links ?? []) {
    if (!addedNames.has(link.path)) continue;
    let id: string;
    do id = `rIdMacro${String(++n)}`;
    while (ids.has(id));
    links.push({ id, type: link.type, target: relativeTarget(main.name, link.path) });
  }
  const out = [...parts];
  out[mainIndex] = { ...main, contentType: MACRO_ENABLED_MAIN[main.contentType]!, rels: [...(main.rels ?? []), ...links] };
  out.push(...added.map((p) => ({ name: p.path, contentType: p.contentType, data: p.bytes })));
  return out;
}

/** The reader's `{ macros }` field: the package's macro project, or nothing. */
export function keptMacros(pkg: OpcPackage, main: string, diagnostics: DiagnosticSink): { readonly macros?: MacroProject } {
  const macros = readMacroProject(pkg, main, diagnostics);
  return macros ? { macros } : {};
}

/** The workbook reader's `{ macros }` field, bytes in base64. */
export function keptStoredMacros(pkg: OpcPackage, main: string, diagnostics: DiagnosticSink): { readonly macros?: StoredMacroProject } {
  const macros = storedMacroProject(readMacroProject(pkg, main, diagnostics));
  return macros ? { macros } : {};
}
