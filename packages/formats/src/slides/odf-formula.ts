/**
 * The formula language of ODF enhanced geometry (ODF 1.3 Part 3, 19.171 draw:formula of
 * draw:equation, and the parameters of 19.145 draw:enhanced-path): numbers, `+ - * /`, unary
 * minus, parentheses, the functions abs, sqrt, sin, cos, tan, atan, atan2, min, max and if
 * (`if(c, a, b)` is `a` when `c > 0`), the identifiers pi, left, top, right, bottom, xstretch,
 * ystretch, hasstroke, hasfill, width, height, logwidth, logheight, modifiers `$n`
 * (draw:modifiers) and other equations `?name`.
 *
 * A small recursive-descent parser and a tree walker: nothing is ever handed to `eval`, formulas
 * are parsed once, equations are evaluated once (memoised), and both the nesting of a formula and
 * the chain of equations are bounded, so a hostile file gets a `FormulaError`, never a stack
 * overflow. Angles of the trigonometric functions are radians (LibreOffice's reading).
 */

/** Why a formula could not be evaluated. */
export type FormulaErrorReason = 'syntax' | 'unknown-name' | 'cycle' | 'too-deep' | 'not-a-number';

/** A formula of an enhanced geometry that cannot be evaluated; `reason` is machine-readable. */
export class FormulaError extends Error {
  readonly reason: FormulaErrorReason;
  constructor(reason: FormulaErrorReason, message: string) {
    super(message);
    this.name = 'FormulaError';
    this.reason = reason;
  }
}

/** What the identifiers of a formula stand for (all in the path's coordinate space but logwidth/logheight, 1/100 mm). */
export interface FormulaFrame {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly logwidth: number;
  readonly logheight: number;
  readonly xstretch?: number;
  readonly ystretch?: number;
  readonly hasfill?: boolean;
  readonly hasstroke?: boolean;
  /** Values of draw:modifiers, `$0` first; a missing one is 0. */
  readonly modifiers: readonly number[];
  /** draw:equation formulas by draw:name. */
  readonly equations: ReadonlyMap<string, string>;
}

type Node =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'id'; readonly name: string }
  | { readonly k: 'mod'; readonly index: number }
  | { readonly k: 'eq'; readonly name: string }
  | { readonly k: 'neg'; readonly a: Node }
  | { readonly k: 'bin'; readonly op: '+' | '-' | '*' | '/'; readonly a: Node; readonly b: Node }
  | { readonly k: 'call'; readonly fn: string; readonly args: readonly Node[] };

/** Longest formula read (characters); LibreOffice's own are under a hundred. */
const MAX_FORMULA = 4_000;
/** Deepest nesting of one formula (parentheses, calls, unary minus). */
const MAX_NESTING = 64;
/** Most tokens in one formula: bounds the height of its tree, which is walked recursively. */
const MAX_TOKENS = 1_000;

const ARITY: Readonly<Record<string, number>> = { abs: 1, sqrt: 1, sin: 1, cos: 1, tan: 1, atan: 1, atan2: 2, min: 2, max: 2, if: 3 };
const IDENTIFIERS = new Set(['pi', 'left', 'top', 'right', 'bottom', 'xstretch', 'ystretch', 'hasstroke', 'hasfill', 'width', 'height', 'logwidth', 'logheight']);

const TOKEN = /\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|\?([A-Za-z0-9_]+)|\$(\d+)|([-+*/(),]))/y;

type Token = { readonly t: 'num'; readonly v: number } | { readonly t: 'id'; readonly v: string } | { readonly t: 'eq'; readonly v: string } | { readonly t: 'mod'; readonly v: number } | { readonly t: 'op'; readonly v: string };

function tokenize(src: string): Token[] {
  if (src.length > MAX_FORMULA) throw new FormulaError('syntax', `The formula is ${String(src.length)} characters long (at most ${String(MAX_FORMULA)}).`);
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError('syntax', `Unexpected "${src.slice(at).trim().slice(0, 12)}" in formula "${src}".`);
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: 'id', v: m[2] });
    else if (m[3] !== undefined) out.push({ t: 'eq', v: m[3] });
    else if (m[4] !== undefined) out.push({ t: 'mod', v: Number(m[4]) });
    else out.push({ t: 'op', v: m[5] ?? '' });
    if (out.length > MAX_TOKENS) throw new FormulaError('too-deep', `Formula "${src.slice(0, 40)}…" has more than ${String(MAX_TOKENS)} terms.`);
  }
  return out;
}

/**
 * Parses a draw:formula (or one parameter of draw:enhanced-path).
 * @throws FormulaError (`syntax`, `unknown-name`, `too-deep`) on a formula that does not parse.
 */
export function parseFormula(src: string): Node {
  const toks = tokenize(src);
  let i = 0;
  const peek = (): Token | undefined => toks[i];
  const isOp = (v: string): boolean => {
    const t = toks[i];
    return t !== undefined && t.t === 'op' && t.v === v;
  };
  const expect = (v: string): void => {
    if (!isOp(v)) throw new FormulaError('syntax', `Expected "${v}" in formula "${src}".`);
    i++;
  };
  const additive = (depth: number): Node => {
    let a = multiplicative(depth);
    while (isOp('+') || isOp('-')) {
      const op = (toks[i++] as Token).v as '+' | '-';
      a = { k: 'bin', op, a, b: multiplicative(depth) };
    }
    return a;
  };
  const multiplicative = (depth: number): Node => {
    let a = unary(depth);
    while (isOp('*') || isOp('/')) {
      const op = (toks[i++] as Token).v as '*' | '/';
      a = { k: 'bin', op, a, b: unary(depth) };
    }
    return a;
  };
  const unary = (depth: number): Node => {
    if (depth > MAX_NESTING) throw new FormulaError('too-deep', `Formula "${src.slice(0, 40)}…" nests deeper than ${String(MAX_NESTING)} levels.`);
    if (isOp('-')) {
      i++;
      return { k: 'neg', a: unary(depth + 1) };
    }
    if (isOp('+')) {
      i++;
      return unary(depth + 1);
    }
    return primary(depth);
  };
  const primary = (depth: number): Node => {
    const t = peek();
    if (!t) throw new FormulaError('syntax', `Formula "${src}" ends too early.`);
    i++;
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case 'eq':
        return { k: 'eq', name: t.v };
      case 'mod':
        return { k: 'mod', index: t.v };
      case 'op':
        if (t.v !== '(') throw new FormulaError('syntax', `Unexpected "${t.v}" in formula "${src}".`);
        {
          const inner = additive(depth + 1);
          expect(')');
          return inner;
        }
      case 'id': {
        const name = t.v.toLowerCase();
        const arity = ARITY[name];
        if (arity !== undefined) {
          expect('(');
          const args: Node[] = [];
          for (let n = 0; n < arity; n++) {
            if (n > 0) expect(',');
            args.push(additive(depth + 1));
          }
          expect(')');
          return { k: 'call', fn: name, args };
        }
        if (!IDENTIFIERS.has(name)) throw new FormulaError('unknown-name', `Unknown name "${t.v}" in formula "${src}".`);
        return { k: 'id', name };
      }
    }
  };
  const node = additive(0);
  if (i < toks.length) throw new FormulaError('syntax', `Unexpected "${String(toks[i]?.v)}" in formula "${src}".`);
  return node;
}

/** Names of the equations a formula uses. */
function references(n: Node, out: Set<string> = new Set()): Set<string> {
  if (n.k === 'eq') out.add(n.name);
  else if (n.k === 'neg') references(n.a, out);
  else if (n.k === 'bin') {
    references(n.a, out);
    references(n.b, out);
  } else if (n.k === 'call') for (const a of n.args) references(a, out);
  return out;
}

/** Evaluates formulas and parameters against one shape's frame, equations evaluated once each. */
export class FormulaEvaluator {
  private readonly values = new Map<string, number>();
  private readonly parsed = new Map<string, Node>();

  constructor(private readonly frame: FormulaFrame) {}

  /**
   * The value of a draw:formula or path parameter (`10800`, `?f3`, `$0`, `width/2`...).
   * @throws FormulaError when it, or an equation it uses, does not parse, refers to an unknown
   *   equation, takes part in a cycle, or has no finite value.
   */
  value(src: string): number {
    const simple = Number(src);
    if (src.trim() !== '' && Number.isFinite(simple)) return simple;
    return this.evaluate(parseFormula(src), src);
  }

  /**
   * The value of equation `name` (draw:name of a draw:equation). Equations it depends on are
   * evaluated first, in an explicit depth-first order rather than by recursion, so a long chain
   * of equations cannot overflow the stack.
   */
  equation(name: string): number {
    const stack: { name: string; expanded: boolean }[] = this.values.has(name) ? [] : [{ name, expanded: false }];
    const path: string[] = [];
    const onPath = new Set<string>();
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { name: string; expanded: boolean };
      if (this.values.has(top.name)) {
        stack.pop();
        continue;
      }
      const node = this.node(top.name);
      if (!top.expanded) {
        top.expanded = true;
        path.push(top.name);
        onPath.add(top.name);
        for (const dep of references(node)) {
          if (this.values.has(dep)) continue;
          if (onPath.has(dep)) throw new FormulaError('cycle', `Equations refer to each other in a cycle: ${[...path.slice(path.indexOf(dep)), dep].join(' → ')}.`);
          stack.push({ name: dep, expanded: false });
        }
        continue;
      }
      // Kept even when not finite: only an equation actually used (not one in the branch `if` skips) fails.
      this.values.set(top.name, this.walk(node));
      // A finished equation is the last one expanded: depth-first order.
      path.pop();
      onPath.delete(top.name);
      stack.pop();
    }
    const v = this.values.get(name) ?? Number.NaN;
    if (!Number.isFinite(v)) throw new FormulaError('not-a-number', `Equation "${name}" (${this.frame.equations.get(name) ?? ''}) has no finite value.`);
    return v;
  }

  private node(name: string): Node {
    const cached = this.parsed.get(name);
    if (cached) return cached;
    const src = this.frame.equations.get(name);
    if (src === undefined) throw new FormulaError('unknown-name', `The shape has no equation "${name}".`);
    const node = parseFormula(src);
    this.parsed.set(name, node);
    return node;
  }

  private evaluate(node: Node, src: string): number {
    const v = this.walk(node);
    if (!Number.isFinite(v)) throw new FormulaError('not-a-number', `Formula "${src}" has no finite value.`);
    return v;
  }

  private walk(n: Node): number {
    const f = this.frame;
    switch (n.k) {
      case 'num':
        return n.v;
      case 'eq':
        return this.equation(n.name);
      case 'mod':
        return f.modifiers[n.index] ?? 0;
      case 'neg':
        return -this.walk(n.a);
      case 'bin': {
        const a = this.walk(n.a);
        const b = this.walk(n.b);
        return n.op === '+' ? a + b : n.op === '-' ? a - b : n.op === '*' ? a * b : a / b;
      }
      case 'id':
        return this.identifier(n.name);
      case 'call': {
        const [x, y, z] = n.args;
        const arg = (a: Node | undefined): number => (a ? this.walk(a) : 0);
        switch (n.fn) {
          case 'if':
            // Only the branch taken is evaluated, as a guard against a division by zero in the other.
            return arg(x) > 0 ? arg(y) : arg(z);
          case 'abs':
            return Math.abs(arg(x));
          case 'sqrt':
            return Math.sqrt(arg(x));
          case 'sin':
            return Math.sin(arg(x));
          case 'cos':
            return Math.cos(arg(x));
          case 'tan':
            return Math.tan(arg(x));
          case 'atan':
            return Math.atan(arg(x));
          case 'atan2':
            return Math.atan2(arg(x), arg(y));
          case 'min':
            return Math.min(arg(x), arg(y));
          case 'max':
            return Math.max(arg(x), arg(y));
          default:
            throw new FormulaError('unknown-name', `Unknown function "${n.fn}".`);
        }
      }
    }
  }

  private identifier(name: string): number {
    const f = this.frame;
    switch (name) {
      case 'pi':
        return Math.PI;
      case 'left':
        return f.left;
      case 'top':
        return f.top;
      case 'right':
        return f.right;
      case 'bottom':
        return f.bottom;
      case 'width':
        return f.right - f.left;
      case 'height':
        return f.bottom - f.top;
      case 'logwidth':
        return f.logwidth;
      case 'logheight':
        return f.logheight;
      case 'xstretch':
        return f.xstretch ?? 0;
      case 'ystretch':
        return f.ystretch ?? 0;
      case 'hasfill':
        return f.hasfill === false ? 0 : 1;
      case 'hasstroke':
        return f.hasstroke === false ? 0 : 1;
      default:
        throw new FormulaError('unknown-name', `Unknown name "${name}".`);
    }
  }
}
