/** Structural checks that a read document is usable by the editors (what a user would see break). */
import { FORMAT_KIND, textDocumentToNode } from '@ostal/model';
import type { FormatId, OstalDocument } from '@ostal/model';

/** Problems that would break an editor on this document; empty when it is sound. */
export function documentProblems(doc: OstalDocument, format: FormatId): string[] {
  const problems: string[] = [];
  if (FORMAT_KIND[format] !== doc.kind) problems.push(`kind ${doc.kind} for format ${format}`);
  switch (doc.kind) {
    case 'text':
      try {
        textDocumentToNode(doc);
      } catch (e) {
        problems.push(`text does not fit the schema: ${(e as Error).message}`);
      }
      break;
    case 'workbook':
      if (doc.sheets.length === 0) problems.push('workbook without sheets');
      if (new Set(doc.sheets.map((s) => s.name)).size !== doc.sheets.length) problems.push('duplicate sheet names');
      break;
    case 'deck':
      if (!(doc.size.cx > 0 && doc.size.cy > 0)) problems.push('slide size not positive');
      if (new Set(doc.slides.map((s) => s.id)).size !== doc.slides.length) problems.push('duplicate slide ids');
      break;
    default: {
      const never: never = doc;
      problems.push(`unknown kind ${String((never as { kind: string }).kind)}`);
    }
  }
  return problems;
}
