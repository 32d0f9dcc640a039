import { read } from '@ostal/formats';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { closeTab, newTextDocumentBy, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** Comments and tracked changes of a file as Ostal's readers see them. */
async function reviewOf(bytes: Uint8Array) {
  const { document } = await read(bytes);
  const comments: { author: unknown; text: string; resolved: unknown; reply: boolean }[] = [];
  const changes: { kind: string; text: string; author: unknown }[] = [];
  textDocumentToNode(document as TextDocument).descendants((node) => {
    if (node.type.name === 'comment') {
      comments.push({ author: node.attrs.author, text: node.textContent, resolved: node.attrs.resolved, reply: node.attrs.parent !== null });
      return false;
    }
    for (const m of node.marks) {
      if (m.type.name !== 'insertion' && m.type.name !== 'deletion') continue;
      const last = changes[changes.length - 1];
      if (last && last.kind === m.type.name) last.text += node.text ?? '';
      else changes.push({ kind: m.type.name, text: node.text ?? '', author: m.attrs.author });
    }
    return true;
  });
  return { comments, changes, text: textDocumentToNode(document as TextDocument).textContent };
}

test('comments are added, answered, resolved and deleted, changes recorded, and both survive DOCX, ODT and LibreOffice', async ({ page, host }) => {
  await page.goto(host.url);
  // The author comes from the settings: the user's name on the start page.
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Le budget est voté par le conseil.');

  // Select "budget" and comment it with Ctrl+Alt+M.
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Alt+m');
  const pane = page.getByRole('complementary', { name: 'Commentaires' });
  const draft = pane.getByRole('textbox', { name: 'Texte du commentaire' });
  await expect(draft).toBeFocused();
  await expect(pane.getByText('Sur « budget »')).toBeVisible();
  await draft.fill('Quel montant ?');
  await draft.press('Control+Enter');
  const thread = pane.getByRole('article', { name: 'Anne Martin : Quel montant ?' });
  await expect(thread).toBeVisible();
  await expect(editor.locator('.comment-range')).toHaveText('budget');
  await expect(editor.locator('.writer-comment__marker')).toHaveText('AM');

  // Reply, then resolve the thread.
  await thread.getByRole('button', { name: 'Répondre' }).click();
  await thread.getByRole('textbox', { name: 'Votre réponse' }).fill('12 000 €');
  await thread.getByRole('button', { name: 'Publier' }).click();
  await expect(thread.getByText('12 000 €')).toBeVisible();
  await thread.getByRole('button', { name: 'Résoudre' }).click();
  await expect(thread.getByText('Résolu', { exact: true })).toBeVisible();
  await expect(thread.getByRole('button', { name: 'Rouvrir' })).toBeVisible();

  // A second comment, on the word at the cursor (Révision > Nouveau commentaire), then deleted.
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('tab', { name: 'Révision' }).click();
  await page.getByRole('button', { name: 'Nouveau commentaire' }).click();
  await pane.getByRole('textbox', { name: 'Texte du commentaire' }).fill('Quel conseil ?');
  await pane.getByRole('button', { name: 'Publier' }).click();
  const second = pane.getByRole('article', { name: 'Anne Martin : Quel conseil ?' });
  await expect(second.getByText('Sur « conseil »')).toBeVisible();
  await second.getByRole('button', { name: 'Supprimer' }).click();
  await expect(second).toHaveCount(0);
  await expect(pane.getByRole('article')).toHaveCount(1);

  // Record changes (Ctrl+Shift+E): a word added at the end, "voté" deleted.
  await editor.click();
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByText('Suivi des modifications activé')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Suivi des modifications' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('End');
  await page.keyboard.type(' Adopté.');
  await expect(editor.locator('ins.tracked-insertion')).toHaveText(' Adopté.');
  await expect(editor.locator('ins.tracked-insertion')).toHaveAttribute('title', /Anne Martin/);
  const paragraph = (await editor.locator('p').first().textContent()) ?? '';
  expect(paragraph).toContain('est voté par');
  // Double-click "voté" and delete it: it stays, struck through.
  const word = await editor.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent?.indexOf('voté') ?? -1;
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 4);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  });
  await page.mouse.dblclick(word!.x, word!.y);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('voté');
  await page.keyboard.press('Backspace');
  await expect(editor.locator('del.tracked-deletion')).toHaveText('voté');
  // A slip, typed and rejected at once: "Refuser" takes it back.
  await page.keyboard.type('X');
  await expect(editor.locator('ins.tracked-insertion').first()).toHaveText('X');
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('button', { name: 'Refuser', exact: true }).click();
  await expect(editor.locator('ins.tracked-insertion')).toHaveCount(1);
  await expect(editor.locator('ins.tracked-insertion')).toHaveText(' Adopté.');

  // OSTAL_SCREENSHOTS=1 refreshes the README's picture of this screen.
  if (process.env.OSTAL_SCREENSHOTS) await page.screenshot({ path: new URL('../../docs/screenshots/writer-review.png', import.meta.url).pathname });
  const docx = await saveAs(page, host.docs, 'revue', 'docx');
  const odt = await saveAs(page, host.docs, 'revue', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  for (const [label, bytes] of [['docx', docx], ['odt', odt]] as const) {
    const seen = await reviewOf(bytes);
    // ODF 1.3 has no form for replies and the resolved state (the ODF writer adds no loext:
    // attribute): in ODT the reply is a comment of its own right after, and the thread is open.
    const odf = label === 'odt';
    expect(seen.comments, label).toEqual([
      { author: 'Anne Martin', text: 'Quel montant ?', resolved: !odf, reply: false },
      { author: 'Anne Martin', text: '12 000 €', resolved: !odf, reply: !odf },
    ]);
    expect(seen.changes, label).toEqual([
      { kind: 'deletion', text: 'voté', author: 'Anne Martin' },
      { kind: 'insertion', text: ' Adopté.', author: 'Anne Martin' },
    ]);
  }

  // LibreOffice keeps both: our ODT saved by it as DOCX, our DOCX saved by it as ODT.
  const fromOdt = ZipArchive.open(new Uint8Array(libreofficeConvertBytes(odt, 'revue.odt', 'docx')), DEFAULT_LIMITS);
  const body = fromOdt.readText('word/document.xml');
  expect(body).toMatch(/<w:ins [^>]*w:author="Anne Martin"/);
  expect(body).toMatch(/<w:del [^>]*w:author="Anne Martin"[\s\S]*?<w:delText>voté<\/w:delText>/);
  expect(fromOdt.readText('word/comments.xml')).toContain('Quel montant ?');
  const fromDocx = ZipArchive.open(new Uint8Array(libreofficeConvertBytes(docx, 'revue.docx', 'odt')), DEFAULT_LIMITS).readText('content.xml');
  expect(fromDocx).toMatch(/<text:changed-region[\s\S]*<text:insertion>[\s\S]*Anne Martin/);
  expect(fromDocx).toContain('<text:deletion>');
  expect(fromDocx).toMatch(/<office:annotation\b[\s\S]*Quel montant \?/);

  // Reopened in Ostal: the changes are there to review; accept them all.
  await closeTab(page, 'revue.odt');
  await openFile(page, 'revue.docx');
  const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(reopened.locator('del.tracked-deletion')).toHaveText('voté');
  await reopened.click();
  await page.getByRole('tab', { name: 'Révision' }).click();
  await page.getByRole('button', { name: 'Modification suivante' }).click();
  await page.getByRole('button', { name: 'Tout accepter' }).click();
  await expect(reopened.locator('del.tracked-deletion, ins.tracked-insertion')).toHaveCount(0);
  await expect(reopened.locator('p').first()).toContainText(/budget est\s+par le conseil\. Adopté\.$/);
  await expect(reopened.locator('p').first()).not.toContainText('voté');
});
