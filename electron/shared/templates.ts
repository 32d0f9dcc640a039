/**
 * Templates contract: the documents the start page offers to start from (a letter, a note, a
 * report, a budget, a presentation suited to a public administration), shipped in
 * `resources/templates/`. Starting from one opens a copy as a new, never-saved document.
 */
import type { DocumentKind } from '@ostal/model';

export interface TemplateEntry {
  /** The file name without its extension, lower case (`lettre`): the key of its translated name. */
  readonly id: string;
  /** The file name, e.g. `lettre.fodt`. */
  readonly name: string;
  readonly kind: DocumentKind;
  /** Absolute path, to read with `files.read`. */
  readonly path: string;
}

export interface TemplatesService {
  /** The templates available, sorted by id. */
  list(): Promise<readonly TemplateEntry[]>;
}
