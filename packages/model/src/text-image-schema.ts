/**
 * Images (inline and anchored): node and mark specs of the text schema.
 * Spread into `textSchema` by `text-schema.ts`.
 */
import type { MarkSpec, NodeSpec } from 'prosemirror-model';

export const imageNodeSpecs: Record<string, NodeSpec> = {};
export const imageMarkSpecs: Record<string, MarkSpec> = {};
