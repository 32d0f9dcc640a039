/**
 * Tracked changes and opaque content (what the model does not understand, kept for round trips): node and mark specs of the text schema.
 * Spread into `textSchema` by `text-schema.ts`.
 */
import type { MarkSpec, NodeSpec } from 'prosemirror-model';

export const changeNodeSpecs: Record<string, NodeSpec> = {};
export const changeMarkSpecs: Record<string, MarkSpec> = {};
