/**
 * Office Math (OMML, ECMA-376 Part 1, 22.1) to Presentation MathML 3 (W3C MathML 3.0, chapter
 * 3), for equations read from DOCX and written to ODF as formula objects (ODF 1.3 Part 3, 14.9
 * `math:math`).
 *
 * The structures map one to one: fractions (`m:f` → `mfrac`), scripts (`m:sSup`/`m:sSub`/
 * `m:sSubSup`/`m:sPre`), radicals, delimiters (`m:d` → fenced `mrow`), n-ary operators
 * (`m:nary` → `munderover`/`msubsup`), functions, limits, accents, bars, group characters, boxes,
 * equation arrays and matrices; runs are split into numbers, identifiers and operators. Tracked
 * deletions inside the equation are left out (MathML has no change tracking); anything unknown
 * keeps its content in an `mrow`.
 */
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

const MATHML = 'http://www.w3.org/1998/Math/MathML';
const OMML = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math']);
/** Function application (MathML 3.0, 3.2.5: invisible operator between a function name and its argument). */
const APPLY = '\u2061';
const MAX_DEPTH = 200;

type Out = XmlOut | string;

function isOmml(el: XmlElement, local?: string): boolean {
  return OMML.has(el.ns) && (local === undefined || el.local === local);
}

function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => typeof c === 'object' && isOmml(c, local));
}

/** The `m:val` of a property element (`m:chr`, `m:type`...) inside the `*Pr` child of `el`. */
function prop(el: XmlElement, pr: string, local: string): string | undefined {
  const props = child(el, pr);
  const p = props && child(props, local);
  if (!p) return undefined;
  for (const [k, v] of p.attrs) if (k.endsWith('}val')) return v;
  return undefined;
}

function on(v: string | undefined): boolean {
  return v !== undefined && v !== '0' && v !== 'off' && v !== 'false';
}

function mrow(children: Out[]): XmlOut {
  return children.length === 1 && typeof children[0] !== 'string' ? children[0]! : x('mrow', {}, children);
}

function mo(text: string, attrs: Record<string, string> = {}): XmlOut {
  return x('mo', attrs, text);
}

/** Splits run text into numbers, identifiers and operators. */
function tokens(text: string, asName: boolean): XmlOut[] {
  if (asName && /^\p{L}+$/u.test(text)) return [x('mi', {}, text)];
  const out: XmlOut[] = [];
  const re = /(\d+(?:[.,]\d+)*)|(\p{L}|\p{M})|(\s+)|(.)/gsu;
  for (const m of text.matchAll(re)) {
    if (m[1]) out.push(x('mn', {}, m[1]));
    else if (m[2]) out.push(x('mi', {}, m[2]));
    else if (m[3]) out.push(x('mspace', { width: 'thickmathspace' }));
    else if (m[4]) out.push(mo(m[4]));
  }
  return out;
}

/** The text of a run, without tracked deletions. */
function runText(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (typeof c !== 'object') continue;
    if (c.local === 'del' || c.local === 'moveFrom') continue;
    if (c.local === 't' && isOmml(c)) {
      for (const t of c.children) if (typeof t === 'string') s += t;
    } else if (!c.local.endsWith('Pr')) s += runText(c);
  }
  return s;
}

class Converter {
  private depth = 0;

  /** The MathML of the children of `el`, in order. */
  content(el: XmlElement | undefined, asName = false): Out[] {
    if (!el) return [];
    const out: Out[] = [];
    for (const c of el.children) if (typeof c === 'object') out.push(...this.node(c, asName));
    return out;
  }

  /** The content of `el`'s child `local` as one element. */
  arg(el: XmlElement, local: string, asName = false): XmlOut {
    return mrow(this.content(child(el, local), asName));
  }

  node(el: XmlElement, asName: boolean): Out[] {
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      return [];
    }
    try {
      return this.convert(el, asName);
    } finally {
      this.depth--;
    }
  }

  private convert(el: XmlElement, asName: boolean): Out[] {
    if (!isOmml(el)) {
      // Tracked changes around math content: insertions read through, deletions left out.
      if (el.local === 'del' || el.local === 'moveFrom' || el.local.endsWith('Pr')) return [];
      return this.content(el, asName);
    }
    switch (el.local) {
      case 'r':
        return tokens(runText(el), asName);
      case 'f': {
        const type = prop(el, 'fPr', 'type');
        const num = this.arg(el, 'num');
        const den = this.arg(el, 'den');
        if (type === 'lin') return [x('mrow', {}, num, mo('/'), den)];
        return [x('mfrac', type === 'noBar' ? { linethickness: '0' } : {}, num, den)];
      }
      case 'sSup':
        return [x('msup', {}, this.arg(el, 'e'), this.arg(el, 'sup'))];
      case 'sSub':
        return [x('msub', {}, this.arg(el, 'e'), this.arg(el, 'sub'))];
      case 'sSubSup':
        return [x('msubsup', {}, this.arg(el, 'e'), this.arg(el, 'sub'), this.arg(el, 'sup'))];
      case 'sPre':
        return [x('mmultiscripts', {}, this.arg(el, 'e'), x('mprescripts'), this.arg(el, 'sub'), this.arg(el, 'sup'))];
      case 'rad': {
        const deg = this.content(child(el, 'deg'));
        if (on(prop(el, 'radPr', 'degHide')) || deg.length === 0) return [x('msqrt', {}, this.content(child(el, 'e')))];
        return [x('mroot', {}, this.arg(el, 'e'), mrow(deg))];
      }
      case 'd': {
        const beg = prop(el, 'dPr', 'begChr') ?? '(';
        const end = prop(el, 'dPr', 'endChr') ?? ')';
        const sep = prop(el, 'dPr', 'sepChr') ?? '|';
        const parts: Out[] = [];
        if (beg) parts.push(mo(beg, { fence: 'true' }));
        const es = el.children.filter((c): c is XmlElement => typeof c === 'object' && isOmml(c, 'e'));
        es.forEach((e, i) => {
          if (i > 0 && sep) parts.push(mo(sep, { separator: 'true' }));
          parts.push(mrow(this.content(e)));
        });
        if (end) parts.push(mo(end, { fence: 'true' }));
        return [x('mrow', {}, parts)];
      }
      case 'nary': {
        const chr = prop(el, 'naryPr', 'chr') ?? '\u222b';
        const under = prop(el, 'naryPr', 'limLoc') === 'undOvr';
        const sub = on(prop(el, 'naryPr', 'subHide')) ? null : this.arg(el, 'sub');
        const sup = on(prop(el, 'naryPr', 'supHide')) ? null : this.arg(el, 'sup');
        const op = mo(chr, { largeop: 'true' });
        let head: XmlOut = op;
        if (sub && sup) head = x(under ? 'munderover' : 'msubsup', {}, op, sub, sup);
        else if (sub) head = x(under ? 'munder' : 'msub', {}, op, sub);
        else if (sup) head = x(under ? 'mover' : 'msup', {}, op, sup);
        return [x('mrow', {}, head, this.arg(el, 'e'))];
      }
      case 'func':
        return [x('mrow', {}, this.arg(el, 'fName', true), mo(APPLY), this.arg(el, 'e'))];
      case 'limLow':
        return [x('munder', {}, this.arg(el, 'e'), this.arg(el, 'lim'))];
      case 'limUpp':
        return [x('mover', {}, this.arg(el, 'e'), this.arg(el, 'lim'))];
      case 'acc':
        return [x('mover', { accent: 'true' }, this.arg(el, 'e'), mo(prop(el, 'accPr', 'chr') ?? '\u0302'))];
      case 'bar':
        return prop(el, 'barPr', 'pos') === 'top' ? [x('mover', { accent: 'true' }, this.arg(el, 'e'), mo('\u00af'))] : [x('munder', { accentunder: 'true' }, this.arg(el, 'e'), mo('_'))];
      case 'groupChr': {
        const top = prop(el, 'groupChrPr', 'pos') === 'top';
        return [x(top ? 'mover' : 'munder', {}, this.arg(el, 'e'), mo(prop(el, 'groupChrPr', 'chr') ?? '\u23df'))];
      }
      case 'borderBox':
        return [x('menclose', { notation: 'box' }, this.content(child(el, 'e')))];
      case 'eqArr':
        return [x('mtable', {}, el.children.filter((c): c is XmlElement => typeof c === 'object' && isOmml(c, 'e')).map((e) => x('mtr', {}, x('mtd', {}, this.content(e)))))];
      case 'm':
        return [
          x(
            'mtable',
            {},
            el.children
              .filter((c): c is XmlElement => typeof c === 'object' && isOmml(c, 'mr'))
              .map((row) => x('mtr', {}, row.children.filter((c): c is XmlElement => typeof c === 'object' && isOmml(c, 'e')).map((e) => x('mtd', {}, this.content(e))))),
          ),
        ];
      default:
        // m:e, m:num, m:box, m:phant... and property elements (skipped).
        if (el.local.endsWith('Pr')) return [];
        return this.content(el, asName);
    }
  }
}

/**
 * MathML (`math` root in the MathML namespace, default prefix) for an `m:oMath` or
 * `m:oMathPara` element; undefined for anything else.
 */
export function ommlToMathml(el: XmlElement): XmlOut | undefined {
  if (!isOmml(el, 'oMath') && !isOmml(el, 'oMathPara')) return undefined;
  const converter = new Converter();
  let body: Out[];
  if (el.local === 'oMathPara') {
    const rows = el.children.filter((c): c is XmlElement => typeof c === 'object' && isOmml(c, 'oMath')).map((m) => mrow(converter.content(m)));
    body = rows.length === 1 ? [rows[0]!] : [x('mtable', {}, rows.map((r) => x('mtr', {}, x('mtd', {}, r))))];
  } else body = [mrow(converter.content(el))];
  return x('math', { xmlns: MATHML, display: el.local === 'oMathPara' ? 'block' : 'inline' }, mrow(body));
}
