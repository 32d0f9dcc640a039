/**
 * The `ostal` command, callable in-process: `run(argv, io)` returns the exit code. User errors
 * print exactly one line on stderr (`ostal: cannot read foo.docx: ...`); only a bug prints more,
 * and only with OSTAL_DEBUG set.
 */
import path from 'node:path';
import { version } from '../../package.json';
import { NodeFilesService } from '../services/files-service.js';
import { NodeSettingsService } from '../services/settings-service.js';
import { resolveOstalHome, resolvePolicyFile } from '../services/user-data-dir.js';
import type { PlatformInfo } from '../services/user-data-dir.js';
import { parseCliArgs, HELP_TEXT } from './cli-args.js';
import { CliError, EXIT_INPUT, EXIT_OK } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { convertCommand } from './convert-command.js';
import { inspectCommand } from './inspect-command.js';

/** The product version `ostal --version` prints. */
export const OSTAL_VERSION: string = version;

function platformOf(io: CliIo): PlatformInfo {
  return { env: io.env, platform: process.platform, homedir: io.env.HOME ?? io.env.USERPROFILE ?? io.cwd };
}

function filesService(io: CliIo): NodeFilesService {
  return new NodeFilesService({ backupFolder: path.join(resolveOstalHome(platformOf(io)), 'backups') });
}

/** The calculation engine's licence key from the user's settings and the machine policy, read when needed. */
function calcLicenseKey(io: CliIo): () => Promise<string> {
  return async () => {
    const info = platformOf(io);
    const settings = new NodeSettingsService({
      userFile: path.join(resolveOstalHome(info), 'settings.json'),
      policyFile: resolvePolicyFile(info),
    });
    return (await settings.get()).values.calcLicenseKey;
  };
}

/**
 * Runs the command line `argv` (without `node` and the script name).
 * @returns the exit code: 0 success, 1 input/output failure, 2 usage error. Never throws.
 * @example process.exitCode = await run(process.argv.slice(2), processIo());
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(argv);
    switch (command.name) {
      case 'help':
        io.stdout(HELP_TEXT);
        return EXIT_OK;
      case 'version':
        io.stdout(`ostal ${OSTAL_VERSION}\n`);
        return EXIT_OK;
      case 'convert':
        return await convertCommand(filesService(io), command, io, calcLicenseKey(io));
      case 'inspect':
        return await inspectCommand(filesService(io), command, io, calcLicenseKey(io));
      default: {
        const missing: never = command;
        throw new Error(`Missing case for command ${JSON.stringify(missing)}`);
      }
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`ostal: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`ostal: internal error: ${detail}${io.env.OSTAL_DEBUG ? '' : ' (set OSTAL_DEBUG=1 for details)'}\n`);
    if (io.env.OSTAL_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_INPUT;
  }
}
