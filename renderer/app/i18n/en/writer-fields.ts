/** English messages of fields, endnotes and the table of contents' menu: exactly the keys of ../fr/writer-fields.ts. */
import type { frWriterFields } from '../fr/writer-fields.js';

export const enWriterFields: Readonly<Record<keyof typeof frWriterFields, string>> = {
  'writer.field.insert': 'Field…',
  'writer.field.insertTitle': 'Insert field',
  'writer.field.edit': 'Edit field…',
  'writer.field.editTitle': 'Edit field',
  'writer.field.update': 'Update fields',
  'writer.field.kind': 'Field type',
  'writer.field.kind.page-number': 'Page number',
  'writer.field.kind.page-count': 'Page count',
  'writer.field.kind.date': 'Date',
  'writer.field.kind.time': 'Time',
  'writer.field.kind.title': 'Document title',
  'writer.field.kind.author': 'Author',
  'writer.field.kind.file-name': 'File name',
  'writer.field.format': 'Format',
  'writer.field.fixed': 'Fixed value (not updated)',
  'writer.field.preview': 'Preview',
  'writer.field.pageNote': 'Computed page by page when printing and in the PDF',
  'writer.insertEndnote': 'Insert endnote',
  'writer.endnotes': 'Endnotes',
};
