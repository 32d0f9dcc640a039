/** What the shell needs from any mounted editor, whatever its module. */
import type { OstalDocument } from '@ostal/model';

export interface EditorHandle {
  getDocument(): OstalDocument;
  markSaved(): void;
}
