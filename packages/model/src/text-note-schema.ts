/**
 * Footnotes, endnotes and comments: node and mark specs of the text schema.
 * Spread into `textSchema` by `text-schema.ts`.
 */
import type { MarkSpec, NodeSpec } from 'prosemirror-model';

export const noteNodeSpecs: Record<string, NodeSpec> = {};
export const noteMarkSpecs: Record<string, MarkSpec> = {};
