/**
 * Child process of the kill-during-save torture test: saves versions 1, 2, 3... of one file with
 * {@link atomicWrite} as fast as it can, until it is killed. `argv`: the target path and the first
 * version number. Prints `ready` once, before the first save.
 */
import { atomicWrite } from './atomic-write.js';
import { tortureVersion } from './atomic-write.torture-versions.js';

async function main(): Promise<void> {
  const [target, first] = process.argv.slice(2);
  if (target === undefined || first === undefined) throw new Error('usage: child <target> <first-version>');
  process.stdout.write('ready\n');
  for (let version = Number(first); ; version += 1) {
    await atomicWrite(target, tortureVersion(version));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
