/**
 * `ostal convert [--recalc] <input> <output>`: reads any document Ostal knows, writes it in the
 * format the output's extension names, and saves it atomically (previous version kept as a
 * backup). `--recalc` computes every formula of a spreadsheet first, so the stored results are
 * fresh.
 */
import path from 'node:path';
import { conversionLosses, csvSeparatorForLocale, write } from '@ostal/formats';
import type { DocumentKind, FormatId, OstalDocument } from '@ostal/model';
import { FORMAT_IDS, FORMAT_KIND, formatFromFileName, isMacroEnabledName } from '@ostal/model';
import type { NodeFilesService } from '../services/files-service.js';
import type { CliCommand } from './cli-args.js';
import { CliError, EXIT_INPUT, EXIT_OK, usageError, writeFailure } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { loadDocument } from './load-document.js';
import { recalculateDocument } from './recalc-workbook.js';

const KIND_PHRASES: Readonly<Record<DocumentKind, string>> = {
  text: 'a text document',
  workbook: 'a spreadsheet',
  deck: 'a presentation',
};

/**
 * The target format named by `output`'s extension.
 * @throws CliError (exit 2) for an extension Ostal does not write.
 */
export function targetFormat(output: string): FormatId {
  const format = formatFromFileName(output);
  if (format === null) {
    throw usageError(`cannot tell the format of ${output} from its extension; use one of ${FORMAT_IDS.map((f) => `.${f}`).join(', ')}`);
  }
  return format;
}

/**
 * Runs `convert`.
 * @throws CliError: exit 2 for an unknown output extension; exit 1 when the input cannot be read,
 *   holds another kind of document than the target format (docx -> xlsx), is no spreadsheet under
 *   `--recalc`, or the output cannot be written.
 */
export async function convertCommand(
  files: NodeFilesService,
  command: Extract<CliCommand, { name: 'convert' }>,
  io: CliIo,
  calcLicenseKey: () => Promise<string>,
): Promise<number> {
  const { input, output } = command;
  const format = targetFormat(output);
  const loaded = await loadDocument(files, input, io.cwd);
  const kind = loaded.document.kind;
  if (FORMAT_KIND[format] !== kind) {
    throw new CliError(
      EXIT_INPUT,
      `cannot convert ${input} to ${format}: it is ${KIND_PHRASES[kind]} and .${format} holds ${KIND_PHRASES[FORMAT_KIND[format]]}`,
    );
  }
  const document: OstalDocument = command.recalc ? recalculateDocument(loaded.document, input, io, await calcLicenseKey()) : loaded.document;
  let bytes: Uint8Array;
  try {
    // POSIX locale variables first (Linux); otherwise the system's locale as Node sees it (Windows).
    const locale = (io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale).split('.')[0]!.replace('_', '-');
    let separator: ',' | ';' | '\t' = ',';
    try {
      separator = csvSeparatorForLocale(locale === 'C' || locale === 'POSIX' ? 'en' : locale);
    } catch {
      // An unknown locale name keeps the comma.
    }
    bytes = await write(document, format, { csv: { separator, ...command.csv }, macroEnabled: isMacroEnabledName(output) });
  } catch (error) {
    throw writeFailure(output, error);
  }
  try {
    await files.save(path.resolve(io.cwd, output), bytes);
  } catch (error) {
    throw writeFailure(output, error);
  }
  for (const loss of conversionLosses(document, format, { macroEnabled: isMacroEnabledName(output) })) io.stderr(`ostal: ${output}: ${loss.message}\n`);
  const warnings = loaded.diagnostics.filter((d) => d.severity !== 'info').length;
  if (warnings > 0) {
    io.stderr(`ostal: ${input}: ${String(warnings)} warning(s) while reading; run \`ostal inspect ${input}\` for details\n`);
  }
  return EXIT_OK;
}
