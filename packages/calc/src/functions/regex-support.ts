/**
 * Regular expressions for the REGEX functions: Excel's (REGEXTEST, REGEXEXTRACT, REGEXREPLACE,
 * which follow PCRE2) and LibreOffice's REGEX (ICU). Both are run by JavaScript's `RegExp`, which
 * shares their common syntax (classes, groups, lookarounds, lazy quantifiers, `\d \w \s \b`,
 * Unicode properties `\p{L}`); what is added here: leading inline flags (`(?i)`, `(?s)`, `(?m)`),
 * POSIX classes (`[[:digit:]]`, and ICU's bare `[:digit:]`), and PCRE/ICU replacement strings
 * (`$1`, `${1}`, `$0` for the whole match, `\$` or `$$` for a dollar). What JavaScript lacks
 * (possessive quantifiers, atomic groups, `\A`, `\Z`, conditionals) makes the pattern invalid:
 * the functions give #VALUE!.
 */

/** POSIX class names and their JavaScript equivalents (usable inside or outside brackets). */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: '\\p{L}\\p{Nd}',
  alpha: '\\p{L}',
  blank: ' \\t',
  cntrl: '\\p{Cc}',
  digit: '\\d',
  graph: '\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}',
  lower: '\\p{Ll}',
  print: '\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Zs}',
  punct: '\\p{P}',
  space: '\\s',
  upper: '\\p{Lu}',
  xdigit: '0-9A-Fa-f',
  word: '\\w',
};

/** `[:digit:]` written as JavaScript: its set within a class (`[[:digit:]]`), a class of its own outside. */
function translatePosixClasses(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i += 1;
      continue;
    }
    const posix = c === '[' ? /^\[:(\w+):\]/.exec(pattern.slice(i)) : null;
    const set = posix ? POSIX_CLASSES[posix[1]!] : undefined;
    if (posix && set !== undefined) {
      out += inClass ? set : `[${set}]`;
      i += posix[0].length - 1;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * The compiled pattern, or undefined when it is invalid. `ignoreCase` adds the `i` flag; `global`
 * the `g` flag (to find every match).
 */
export function compilePattern(pattern: string, ignoreCase: boolean, global: boolean): RegExp | undefined {
  let body = pattern;
  const flags = new Set<string>(['u']);
  if (ignoreCase) flags.add('i');
  if (global) flags.add('g');
  const inline = /^\(\?([imsx]+)\)/.exec(body);
  if (inline) {
    if (inline[1]!.includes('x')) return undefined;
    for (const f of inline[1]!) flags.add(f);
    body = body.slice(inline[0].length);
  }
  body = translatePosixClasses(body);
  try {
    return new RegExp(body, [...flags].join(''));
  } catch {
    // Without `u`, JavaScript takes the looser escapes PCRE allows (`\-` outside a class...).
    flags.delete('u');
    try {
      return /\\p\{/.test(body) ? undefined : new RegExp(body, [...flags].join(''));
    } catch {
      return undefined;
    }
  }
}

/** Every match of a global pattern, in order (empty matches included, never looping). */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    out.push(m);
    if (m[0] === '') global.lastIndex += global.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

/** Number of capture groups of a compiled pattern. */
export function groupCount(pattern: RegExp): number {
  return (new RegExp(`${pattern.source}|`, pattern.flags.replace('g', '')).exec('')?.length ?? 1) - 1;
}

/**
 * The replacement text for one match: `$n` / `${n}` (group n, `$0` the whole match), `$$` and
 * `\$` a dollar, `\\` a backslash; a group that did not take part is empty.
 */
export function expandReplacement(replacement: string, match: RegExpExecArray): string {
  return replacement.replace(/\$\$|\\\$|\\\\|\$\{(\d+)\}|\$(\d{1,2})|\$&/g, (token, braced: string | undefined, plain: string | undefined) => {
    if (token === '$$' || token === '\\$') return '$';
    if (token === '\\\\') return '\\';
    if (token === '$&') return match[0];
    let digits = braced ?? plain!;
    // `$12` with fewer than 12 groups is group 1 followed by `2`.
    if (braced === undefined && digits.length === 2 && Number(digits) >= match.length) digits = digits[0]!;
    const n = Number(digits);
    if (n >= match.length) return '';
    const rest = braced === undefined ? plain!.slice(digits.length) : '';
    return (match[n] ?? '') + rest;
  });
}

/**
 * `text` with matches replaced: `which` is 'all', or the 1-based occurrence (negative counts from
 * the end); an occurrence beyond the matches leaves the text as it is.
 */
export function replaceMatches(text: string, pattern: RegExp, replacement: string, which: number | 'all'): string {
  const matches = allMatches(text, pattern);
  const chosen = which === 'all' ? matches : [matches[which > 0 ? which - 1 : matches.length + which]].filter((m) => m !== undefined);
  let out = '';
  let at = 0;
  for (const m of chosen) {
    out += text.slice(at, m.index) + expandReplacement(replacement, m);
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}
