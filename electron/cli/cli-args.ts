/**
 * The command line of `ostal`: parsed into one {@link CliCommand}, or a usage error.
 */
import { usageError } from './cli-error.js';

/** What the user asked for. */
export type CliCommand =
  | { readonly name: 'help' }
  | { readonly name: 'version' }
  | {
      readonly name: 'convert';
      readonly input: string;
      readonly output: string;
      readonly recalc: boolean;
      /** CSV output: `--separator=;|,|tab` and `--no-bom`, when given. */
      readonly csv?: { readonly separator?: ',' | ';' | '\t'; readonly bom?: false };
    }
  | { readonly name: 'inspect'; readonly file: string; readonly json: boolean; readonly values: boolean };

/** `ostal --help`. */
export const HELP_TEXT = `usage: ostal <command> [options]

Commands:
  convert <input> <output> [--recalc]
                             Convert a document; the output's extension chooses the format:
                             odt, fodt, docx (text); ods, fods, xlsx, csv (spreadsheets);
                             odp, fodp, pptx (presentations); docm, xlsm, pptm keep the
                             macros of a macro-enabled input (never run). An existing output
                             is replaced atomically and its previous version kept under
                             OSTAL_HOME/backups.
                             --recalc computes every formula of a spreadsheet first, so the
                             output stores fresh results.
                             CSV output: --separator=;|,|tab (default from the locale: ; for
                             French) and --no-bom (UTF-8 without byte order mark).
  inspect <file> [--json] [--values]
                             Show a document's format, kind, content counts and diagnostics.
                             --values recalculates a spreadsheet (ignoring stored results) and
                             shows every non-empty cell's value (and formula).

Options:
  -h, --help                 Show this help.
  -V, --version              Show the version.

Exit status: 0 success, 1 a file could not be read, converted or written, 2 wrong command line.
`;

/** Splits options from positional arguments; everything after `--` is positional. */
function split(args: readonly string[]): { positional: string[]; options: string[] } {
  const positional: string[] = [];
  const options: string[] = [];
  let rest = false;
  for (const arg of args) {
    if (rest) positional.push(arg);
    else if (arg === '--') rest = true;
    else if (arg.startsWith('-') && arg !== '-') options.push(arg);
    else positional.push(arg);
  }
  return { positional, options };
}

function expectPositional(command: string, positional: readonly string[], names: readonly string[]): void {
  if (positional.length !== names.length) {
    const usage = `ostal ${command} ${names.map((n) => `<${n}>`).join(' ')}`;
    throw usageError(positional.length < names.length ? `${command}: missing ${names.slice(positional.length).join(' and ')} (usage: ${usage})` : `${command}: too many arguments (usage: ${usage})`);
  }
}

function refuseOptions(command: string, options: readonly string[], allowed: readonly string[] = []): void {
  const unknown = options.find((o) => !allowed.includes(o));
  if (unknown !== undefined) throw usageError(`${command}: unknown option ${unknown}`);
}

/**
 * Parses `argv` (without `node` and the script).
 * @throws CliError (exit 2) for an unknown command or option or a wrong number of arguments.
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [first, ...rest] = argv;
  if (first === undefined) throw usageError('missing command; run `ostal --help` for usage');
  if (first === '-h' || first === '--help' || first === 'help') return { name: 'help' };
  if (first === '-V' || first === '--version' || first === 'version') return { name: 'version' };
  const { positional, options } = split(rest);
  if (options.includes('--help') || options.includes('-h')) return { name: 'help' };
  switch (first) {
    case 'convert': {
      const sepOption = options.find((o) => o.startsWith('--separator='));
      refuseOptions('convert', options, ['--recalc', '--no-bom', ...(sepOption ? [sepOption] : [])]);
      expectPositional('convert', positional, ['input', 'output']);
      const raw = sepOption?.slice('--separator='.length);
      const separator: ',' | ';' | '\t' | undefined | null = raw === undefined ? undefined : raw === 'tab' || raw === '\\t' ? '\t' : raw === ';' || raw === ',' ? raw : null;
      if (separator === null) throw usageError(`convert: --separator takes ;, , or tab, not ${raw ?? ''}`);
      const csv = { ...(separator ? { separator } : {}), ...(options.includes('--no-bom') ? { bom: false as const } : {}) };
      return { name: 'convert', input: positional[0]!, output: positional[1]!, recalc: options.includes('--recalc'), ...(Object.keys(csv).length > 0 ? { csv } : {}) };
    }
    case 'inspect': {
      refuseOptions('inspect', options, ['--json', '--values']);
      expectPositional('inspect', positional, ['file']);
      return { name: 'inspect', file: positional[0]!, json: options.includes('--json'), values: options.includes('--values') };
    }
    default:
      throw usageError(`unknown command ${first}; run \`ostal --help\` for usage`);
  }
}
