/**
 * Callbacks that keep their identity across renders: a memoised component given them re-renders
 * only when the values beside them (a pressed state, a zoom) change, and still calls the latest
 * closures.
 */
import { useMemo, useRef } from 'react';
import type { MutableRefObject } from 'react';

type Plain = Readonly<Record<string, unknown>>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The values of `obj` that are not functions, with which functions are there: the memo key. */
function signature(obj: Plain): string {
  return JSON.stringify(obj, (_key, value: unknown) => (typeof value === 'function' ? 'ƒ' : value));
}

function forwarders(ref: MutableRefObject<Plain>, path: readonly string[], obj: Plain): Plain {
  const at = (): Plain => path.reduce<Plain>((o, k) => o[k] as Plain, ref.current);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value === 'function') out[key] = (...args: unknown[]) => (at()[key] as (...a: unknown[]) => unknown)(...args);
    else if (isPlain(value)) out[key] = forwarders(ref, [...path, key], value);
    else out[key] = value;
  }
  return out;
}

/** `actions` with every function (nested objects too) forwarding to the latest render's one. */
export function useStableActions<T extends object>(actions: T): T {
  const ref = useRef(actions as unknown as Plain);
  ref.current = actions as unknown as Plain;
  const key = signature(ref.current);
  // The key stands for the values: the forwarders are rebuilt only when one of them changes.
  return useMemo(() => forwarders(ref, [], ref.current) as unknown as T, [key]);
}
