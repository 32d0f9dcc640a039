/**
 * Recalculation for the CLI: @ostal/calc computes every formula of a workbook afresh (stored
 * results are ignored); what it could not compute is summed up in one stderr line.
 */
import { CalcLicenseError, createCalc } from '@ostal/calc';
import type { CalcDiagnostic } from '@ostal/calc';
import type { DocumentKind, OstalDocument, Workbook } from '@ostal/model';
import { CliError, EXIT_INPUT } from './cli-error.js';
import type { CliIo } from './cli-io.js';

const KIND_PHRASES: Readonly<Record<DocumentKind, string>> = {
  text: 'a text document',
  workbook: 'a spreadsheet',
  deck: 'a presentation',
};

/** Diagnostics named in the stderr line before "and N more". */
const MAX_NAMED = 3;

/**
 * The workbook `document` with every formula recalculated, under the HyperFormula licence key
 * of the settings (`calcLicenseKey`, lockable by machine policy).
 * @throws CliError (exit 1) when the document is not a spreadsheet.
 */
export function recalculateDocument(document: OstalDocument, shown: string, io: CliIo, licenseKey: string): Workbook {
  if (document.kind !== 'workbook') {
    throw new CliError(EXIT_INPUT, `cannot calculate ${shown}: it is ${KIND_PHRASES[document.kind]}, not a spreadsheet`);
  }
  let calc: ReturnType<typeof createCalc>;
  try {
    calc = createCalc(document, { licenseKey });
  } catch (err) {
    if (err instanceof CalcLicenseError) {
      throw new CliError(EXIT_INPUT, `cannot calculate ${shown}: the calculation engine refuses its licence key (setting calcLicenseKey, from your settings or the machine policy)`);
    }
    throw err;
  }
  try {
    const fresh = calc.recalculate();
    if (calc.diagnostics.length > 0) io.stderr(`ostal: ${shown}: ${describeDiagnostics(calc.diagnostics)}\n`);
    return fresh;
  } finally {
    calc.destroy();
  }
}

/** `2 formulas could not be computed: Sheet1!B2 (function FOO is not supported), ...`. */
export function describeDiagnostics(diagnostics: readonly CalcDiagnostic[]): string {
  const named = diagnostics.slice(0, MAX_NAMED).map((d) => {
    const what = d.code === 'unsupported-function' ? `function ${d.name ?? '?'} is not supported` : d.code === 'unknown-name' ? `name ${d.name ?? '?'} is not defined` : 'formula could not be read';
    return `${d.sheet}!${d.cell} (${what})`;
  });
  const more = diagnostics.length > MAX_NAMED ? `, and ${String(diagnostics.length - MAX_NAMED)} more` : '';
  const count = diagnostics.length === 1 ? '1 formula could not be computed' : `${String(diagnostics.length)} formulas could not be computed`;
  return `${count}: ${named.join(', ')}${more}`;
}
