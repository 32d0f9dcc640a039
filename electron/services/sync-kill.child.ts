/**
 * Child process of sync-kill.test.ts: the host's sync service on `<home>`, as the app runs it.
 * `node child.cjs <home> <siteUrl> <password> <file> <text>`: adds Anne's eXo account, opens the
 * file for editing, saves `<text>` into it (cache + persistent queue, then the upload starts) and
 * prints `saved` once the save is queued. The test SIGKILLs it during the upload.
 */
import path from 'node:path';
import { createHostServices } from './create-host-services.js';

async function main(): Promise<void> {
  const [home, siteUrl, password, file, text] = process.argv.slice(2) as [string, string, string, string, string];
  const services = createHostServices({ ostalHome: home, policyFile: path.join(home, 'no-policy.json'), documentsFolder: home });
  const account = await services.sync.addAccount({ kind: 'exo', label: 'Intranet', siteUrl, username: 'anne', password });
  const url = `${account.rootUrl}${encodeURIComponent(file)}`;
  await services.sync.open(account.id, url, false);
  await services.sync.save(account.id, url, new TextEncoder().encode(text));
  process.stdout.write(`saved ${account.id} ${url}\n`);
  // Keep running (the upload is in flight) until killed.
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
