/**
 * Fields, bookmarks and section boundaries: node and mark specs of the text schema.
 * Spread into `textSchema` by `text-schema.ts`.
 */
import type { MarkSpec, NodeSpec } from 'prosemirror-model';

export const fieldNodeSpecs: Record<string, NodeSpec> = {};
export const fieldMarkSpecs: Record<string, MarkSpec> = {};
