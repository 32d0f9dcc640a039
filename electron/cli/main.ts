/** Entry of `ostal` (bundled to dist/cli.cjs, started by bin/ostal.cjs). */
import { processIo } from './cli-io.js';
import { run } from './run.js';

void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
