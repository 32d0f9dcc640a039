import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../fidelity/corpus.js';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('a Word document shows its footnote as a numbered citation and its comment with author and date', async ({ page, host }) => {
  // A real Word file with a footnote ("Footnote list") and a comment by ISIS on a passage.
  copyFileSync(path.join(CORPUS, 'docx/tika-testWORD_numbered_list.docx'), path.join(host.docs, 'notes.docx'));
  await page.goto(host.url);
  await openFile(page, 'notes.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });

  // The footnote: a superscript "1" in the text; its content opens on hover.
  const note = editor.locator('.writer-note').first();
  await expect(note.locator('sup')).toHaveText('1');
  await expect(note).toHaveAttribute('aria-label', /^Note de bas de page 1 : Footnote list/);
  const noteBox = note.getByRole('note');
  await expect(noteBox).toBeHidden();
  await note.hover();
  await expect(noteBox).toBeVisible();
  await expect(noteBox).toContainText('Footnote list');

  // The comment: author, date and text open on keyboard focus.
  const comment = editor.locator('.writer-comment').first();
  await expect(comment).toHaveAttribute('aria-label', /^Commentaire, ISIS, 15\/04\/2015/);
  await comment.focus();
  const commentBox = comment.getByRole('note');
  await expect(commentBox).toBeVisible();
  await expect(commentBox).toContainText('ISIS');
  await expect(commentBox).toContainText('Let’s add a list here');
});

test('the text a Word comment covers is highlighted, and the comment opens on hover', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx/pydocx-comments-rich-para.docx'), path.join(host.docs, 'commentaires.docx'));
  await page.goto(host.url);
  await openFile(page, 'commentaires.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const range = editor.locator('.comment-range').first();
  await expect(range).toHaveText('Some text worthy of note.');
  await expect(range).toHaveCSS('background-color', 'rgb(255, 242, 179)');
  const comment = editor.locator('.writer-comment').first();
  await expect(comment.locator('.writer-comment__marker')).toHaveText('SJC');
  await comment.hover();
  await expect(comment.getByRole('note')).toContainText('Steve Canny');
  await expect(comment.getByRole('note')).toContainText('Text with hyperlink');
});
