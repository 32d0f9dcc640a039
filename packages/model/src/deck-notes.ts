/**
 * Speaker notes: the editor edits them as plain text (`Slide.notes`); a deck read from a file
 * also holds them rich (`Slide.notesBody`: formatted paragraphs, bullets and numbering), which
 * writers keep while the editor has not changed the text.
 */
import type { Slide } from './deck.js';
import { paragraphPlainText, plainTextBody } from './deck-text.js';
import type { TextBody } from './deck-text.js';

/** The notes to write: the rich notes while their text is the slide's `notes`, else plain paragraphs; undefined when there are none. */
export function slideNotesBody(slide: Slide): TextBody | undefined {
  if (slide.notes === '') return undefined;
  const rich = slide.notesBody;
  if (rich && rich.paragraphs.map(paragraphPlainText).join('\n') === slide.notes) return rich;
  return plainTextBody(slide.notes.split('\n'));
}
