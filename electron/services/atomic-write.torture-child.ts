/**
 * Child process of the kill-during-save torture test: saves versions 1, 2, 3... of one file the
 * way the app saves (the files service: atomic write, previous version to the backups) as fast as
 * it can, until it is killed. `argv`: the target path, the first version number and the backups
 * folder. Prints `ready` once, before the first save.
 */
import { NodeFilesService } from './files-service.js';
import { tortureVersion } from './atomic-write.torture-versions.js';

async function main(): Promise<void> {
  const [target, first, backupFolder] = process.argv.slice(2);
  if (target === undefined || first === undefined || backupFolder === undefined) throw new Error('usage: child <target> <first-version> <backups>');
  const files = new NodeFilesService({ backupFolder });
  process.stdout.write('ready\n');
  for (let version = Number(first); ; version += 1) {
    await files.save(target, tortureVersion(version));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
