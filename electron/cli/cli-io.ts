/**
 * What the CLI touches of its process, passed in so that `run` can be tested in-process:
 * output streams, working folder and environment.
 */

export interface CliIo {
  /** Writes to standard output (text as is; add your own newlines). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Folder relative paths are resolved against. */
  readonly cwd: string;
  /** Environment (OSTAL_HOME, OSTAL_DEBUG...). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The real process's streams, folder and environment. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
}
