/**
 * Print settings in ODF spreadsheets (ODF 1.3 Part 3): 16.5 `style:page-layout` with 17.2
 * `style:page-layout-properties` (page size, `style:print-orientation`, margins, `style:scale-to`,
 * `style:scale-to-X`/`-Y`, `style:print`, `style:table-centering`), 16.9 `style:master-page` with
 * 16.10-16.13 headers and footers in three regions, named by a table style's
 * `style:master-page-name`; 19.689 `table:print-ranges`; 9.1.10-9.1.12 header rows and columns.
 * The model keeps headers and footers in Excel's code syntax; fields become `text:page-number`,
 * `text:page-count`, `text:date`, `text:time`, `text:sheet-name`, `text:file-name`.
 */
import type { PageSetup, Sheet } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import type { OdfNode } from './odf-style-node.js';
import { odfAttr, odfChild } from './odf-style-node.js';

function mm(points: number): string {
  return `${String(Math.round((points / 72) * 25.4 * 1000) / 1000)}mm`;
}

/** An ODF length in points (`2cm`, `0.5in`, `10mm`, `12pt`), or undefined. */
export function lengthPoints(v: string | undefined): number | undefined {
  const m = v ? /^(-?[0-9.]+)(cm|mm|in|pt|pc|px)$/.exec(v.trim()) : null;
  if (!m) return undefined;
  const n = Number(m[1]);
  const factor = { cm: 72 / 2.54, mm: 72 / 25.4, in: 72, pt: 1, pc: 12, px: 0.75 }[m[2] as 'cm'];
  return Number.isFinite(n) ? Math.round(n * factor * 100) / 100 : undefined;
}

/** Excel header codes with an ODF field. */
const FIELDS: Readonly<Record<string, string>> = {
  P: '<text:page-number>1</text:page-number>',
  N: '<text:page-count>1</text:page-count>',
  D: '<text:date/>',
  T: '<text:time/>',
  A: '<text:sheet-name>?</text:sheet-name>',
  F: '<text:file-name text:display="name-and-extension"/>',
  Z: '<text:file-name text:display="path"/>',
};

/** One header or footer region (`&L`, `&C`, `&R` sections of an Excel code) as ODF paragraphs. */
function regionXml(code: string): string {
  const lines = code.split(/\r?\n/);
  return lines
    .map((line) => {
      const out: string[] = [];
      let text = '';
      const flush = (): void => {
        if (text) out.push(escapeText(text));
        text = '';
      };
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (ch !== '&') {
          text += ch;
          continue;
        }
        const next = line[i + 1] ?? '';
        i++;
        const field = FIELDS[next];
        if (next === '&') text += '&';
        else if (field) {
          flush();
          out.push(field);
        } else if (next === '"') {
          // &"Font,Style": a font change, not kept.
          const end = line.indexOf('"', i + 1);
          i = end < 0 ? line.length : end;
        } else if (/[0-9]/.test(next)) {
          while (/[0-9]/.test(line[i + 1] ?? '')) i++;
        }
        // &B, &I, &U, &S and other switches: formatting, not kept.
      }
      flush();
      return `<text:p>${out.join('')}</text:p>`;
    })
    .join('');
}

/** Splits an Excel header code into its left, centre and right sections (text before any section is centred). */
export function headerSections(code: string): { left: string; center: string; right: string } {
  const s = { left: '', center: '', right: '' };
  let current: keyof typeof s = 'center';
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '&' && (code[i + 1] === 'L' || code[i + 1] === 'C' || code[i + 1] === 'R')) {
      current = code[i + 1] === 'L' ? 'left' : code[i + 1] === 'C' ? 'center' : 'right';
      i++;
    } else if (code[i] === '&' && code[i + 1] === '&') {
      s[current] += '&&';
      i++;
    } else s[current] += code[i];
  }
  return s;
}

function headerXml(element: 'header' | 'footer', code: string | undefined): string {
  if (!code) return '';
  const s = headerSections(code);
  const region = (name: string, c: string): string => (c ? `<style:region-${name}>${regionXml(c)}</style:region-${name}>` : '');
  return `<style:${element}>${region('left', s.left)}${region('center', s.center)}${region('right', s.right)}</style:${element}>`;
}

/** Page layouts (automatic styles of styles.xml) and master pages for the sheets with print settings. */
export function pageStylesXml(sheets: readonly Sheet[]): { layouts: string; masters: string; masterOf: (sheet: Sheet) => string | undefined } {
  const layouts: string[] = [];
  const masters: string[] = [];
  const names = new Map<Sheet, string>();
  sheets.forEach((sheet, i) => {
    const p = sheet.pageSetup;
    if (!p) return;
    const n = String(i + 1);
    names.set(sheet, `mp${n}`);
    const paper = p.paper;
    const landscape = p.orientation === 'landscape';
    const m = p.margins;
    const hf = p.headerFooter;
    const header = m?.header !== undefined && hf?.header ? m.header : undefined;
    const footer = m?.footer !== undefined && hf?.footer ? m.footer : undefined;
    const attrs: string[] = [];
    if (paper) {
      const [w, h] = landscape ? [Math.max(paper.width, paper.height), Math.min(paper.width, paper.height)] : [paper.width, paper.height];
      attrs.push(`fo:page-width="${String(w)}mm"`, `fo:page-height="${String(h)}mm"`);
    }
    if (p.orientation) attrs.push(`style:print-orientation="${p.orientation}"`);
    if (m) {
      attrs.push(`fo:margin-top="${mm(header ?? m.top)}"`, `fo:margin-bottom="${mm(footer ?? m.bottom)}"`, `fo:margin-left="${mm(m.left)}"`, `fo:margin-right="${mm(m.right)}"`);
    }
    const print = ['objects', 'charts', 'drawings', 'zero-values', ...(p.gridLines ? ['grid'] : [])];
    attrs.push(`style:print="${print.join(' ')}"`);
    if (p.fitWidth !== undefined || p.fitHeight !== undefined) {
      if (p.fitWidth) attrs.push(`style:scale-to-X="${String(p.fitWidth)}"`);
      if (p.fitHeight) attrs.push(`style:scale-to-Y="${String(p.fitHeight)}"`);
    } else if (p.scale !== undefined) attrs.push(`style:scale-to="${String(p.scale)}%"`);
    const centering = p.centerHorizontally && p.centerVertically ? 'both' : p.centerHorizontally ? 'horizontal' : p.centerVertically ? 'vertical' : undefined;
    if (centering) attrs.push(`style:table-centering="${centering}"`);
    const band = (el: 'header' | 'footer', edge: number | undefined, body: number | undefined): string => {
      if (edge === undefined || body === undefined) return '';
      const side = el === 'header' ? 'bottom' : 'top';
      return `<style:${el}-style><style:header-footer-properties fo:min-height="${mm(Math.max(0, body - edge))}" fo:margin-${side}="0mm"/></style:${el}-style>`;
    };
    layouts.push(
      `<style:page-layout style:name="pm${n}"><style:page-layout-properties ${attrs.join(' ')}/>${band('header', header, m?.top)}${band('footer', footer, m?.bottom)}</style:page-layout>`,
    );
    masters.push(
      `<style:master-page style:name="mp${n}" style:display-name="${escapeAttr(sheet.name)}" style:page-layout-name="pm${n}">${headerXml('header', hf?.header)}${headerXml('footer', hf?.footer)}</style:master-page>`,
    );
  });
  return { layouts: layouts.join(''), masters: masters.join(''), masterOf: (s) => names.get(s) };
}

/** An ODF header or footer region's paragraphs back in Excel code syntax. */
function regionCode(region: OdfNode | undefined): string {
  if (!region) return '';
  const lines: string[] = [];
  const walk = (n: OdfNode): string => {
    if (n.ns === NS.text) {
      switch (n.local) {
        case 'page-number':
          return '&P';
        case 'page-count':
          return '&N';
        case 'date':
          return '&D';
        case 'time':
          return '&T';
        case 'sheet-name':
          return '&A';
        case 'title':
        case 'file-name':
          return odfAttr(n, NS.text, 'display') === 'path' || odfAttr(n, NS.text, 'display') === 'full' ? '&Z&F' : '&F';
        case 's':
          return ' ';
        default:
      }
    }
    return n.content.map((c) => (typeof c === 'string' ? c.replace(/&/g, '&&') : walk(c))).join('');
  };
  for (const p of region.children) if (p.ns === NS.text && p.local === 'p') lines.push(walk(p));
  return lines.join('\n');
}

function bandCode(node: OdfNode | undefined): string | undefined {
  if (!node || odfAttr(node, NS.style, 'display') === 'false') return undefined;
  const region = (name: string): OdfNode | undefined => odfChild(node, NS.style, `region-${name}`);
  const left = regionCode(region('left'));
  const center = regionCode(region('center'));
  const right = regionCode(region('right'));
  const direct = !region('left') && !region('center') && !region('right') ? regionCode(node) : '';
  const code = `${left ? `&L${left}` : ''}${center || direct ? `&C${center || direct}` : ''}${right ? `&R${right}` : ''}`;
  return code === '' ? undefined : code;
}

/** The print settings of a master page and its page layout (as nodes of the styles sections). */
export function pageSetupOfOdf(master: OdfNode, layout: OdfNode | undefined): PageSetup | undefined {
  const out: Record<string, unknown> = {};
  const props = layout ? odfChild(layout, NS.style, 'page-layout-properties') : undefined;
  if (props) {
    const p = (local: string): string | undefined => odfAttr(props, NS.style, local);
    const f = (local: string): number | undefined => lengthPoints(odfAttr(props, NS.fo, local));
    const orientation = p('print-orientation');
    if (orientation === 'landscape' || orientation === 'portrait') out.orientation = orientation;
    const w = f('page-width');
    const h = f('page-height');
    if (w && h) {
      const toMm = (pt: number): number => Math.round((pt / 72) * 25.4 * 10) / 10;
      out.paper = { width: toMm(Math.min(w, h)), height: toMm(Math.max(w, h)) };
    }
    const [top, bottom, left, right] = ['margin-top', 'margin-bottom', 'margin-left', 'margin-right'].map(f);
    if (top !== undefined && bottom !== undefined && left !== undefined && right !== undefined) {
      const band = (el: 'header' | 'footer', side: 'top' | 'bottom'): number | undefined => {
        const style = layout ? odfChild(layout, NS.style, `${el}-style`) : undefined;
        const hp = style ? odfChild(style, NS.style, 'header-footer-properties') : undefined;
        if (!hp) return undefined;
        const size = lengthPoints(odfAttr(hp, NS.fo, 'min-height')) ?? lengthPoints(odfAttr(hp, NS.svg, 'height')) ?? 0;
        return size + (lengthPoints(odfAttr(hp, NS.fo, `margin-${side === 'top' ? 'bottom' : 'top'}`)) ?? 0);
      };
      const hasHeader = bandCode(odfChild(master, NS.style, 'header')) !== undefined;
      const hasFooter = bandCode(odfChild(master, NS.style, 'footer')) !== undefined;
      const hb = hasHeader ? band('header', 'top') : undefined;
      const fb = hasFooter ? band('footer', 'bottom') : undefined;
      const r = (n: number): number => Math.round(n * 100) / 100;
      out.margins = {
        top: r(top + (hb ?? 0)),
        bottom: r(bottom + (fb ?? 0)),
        left,
        right,
        ...(hb !== undefined ? { header: top } : {}),
        ...(fb !== undefined ? { footer: bottom } : {}),
      };
    }
    const scale = /^(\d+(?:\.\d+)?)%$/.exec(p('scale-to') ?? '');
    const x = Number(p('scale-to-X') ?? p('scale-to-pages'));
    const y = Number(p('scale-to-Y') ?? (p('scale-to-pages') !== undefined ? 0 : NaN));
    if (Number.isInteger(x) || Number.isInteger(y)) {
      out.fitWidth = Number.isInteger(x) ? x : 0;
      out.fitHeight = Number.isInteger(y) ? y : 0;
    } else if (scale && Number(scale[1]) !== 100) out.scale = Math.round(Number(scale[1]));
    if ((p('print') ?? '').split(/\s+/).includes('grid')) out.gridLines = true;
    const c = p('table-centering');
    if (c === 'horizontal' || c === 'both') out.centerHorizontally = true;
    if (c === 'vertical' || c === 'both') out.centerVertically = true;
  }
  const header = bandCode(odfChild(master, NS.style, 'header'));
  const footer = bandCode(odfChild(master, NS.style, 'footer'));
  if (header || footer) out.headerFooter = { ...(header ? { header } : {}), ...(footer ? { footer } : {}) };
  return Object.keys(out).length > 0 ? (out) : undefined;
}
