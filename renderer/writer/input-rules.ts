/**
 * Typing shortcuts: "- " or "* " starts a bullet list, "1. " a numbered list (starting at the
 * typed number), "# ", "## ", "### " a heading, as most word processors do.
 */
import { inputRules, textblockTypeInputRule, wrappingInputRule } from 'prosemirror-inputrules';
import { textSchema } from '@ostal/model';
import type { Plugin } from 'prosemirror-state';

export function writerInputRules(): Plugin {
  const nodes = textSchema.nodes;
  return inputRules({
    rules: [
      wrappingInputRule(/^\s*([-*•])\s$/, nodes.bullet_list!),
      wrappingInputRule(
        /^(\d+)\.\s$/,
        nodes.ordered_list!,
        (match) => ({ order: Number(match[1]) }),
        (match, node) => node.childCount + Number(node.attrs.order) === Number(match[1]),
      ),
      textblockTypeInputRule(/^(#{1,3})\s$/, nodes.heading!, (match) => ({ level: match[1]!.length })),
    ],
  });
}
