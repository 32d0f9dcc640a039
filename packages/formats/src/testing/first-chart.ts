/** Test support: a text document with its first chart replaced by an edit of it, as the writer's chart dialog does. */
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { Chart, TextDocument } from '@ostal/model';
import { Fragment, Slice } from 'prosemirror-model';

export function withFirstChart(doc: TextDocument, edit: (chart: Chart) => Chart): TextDocument {
  const root = textDocumentToNode(doc);
  let pos = -1;
  root.descendants((n, p) => {
    if (pos < 0 && n.type.name === 'chart') pos = p;
  });
  const node = root.nodeAt(pos);
  if (pos < 0 || !node) throw new Error('the document has no chart');
  const next = textSchema.nodes.chart!.create({ ...node.attrs, chart: edit(node.attrs.chart as Chart) });
  return textDocumentFromNode(root.replace(pos, pos + 1, new Slice(Fragment.from(next), 0, 0)), doc.meta, doc.media);
}
