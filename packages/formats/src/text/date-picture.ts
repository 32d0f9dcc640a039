/**
 * Word date-time pictures (ECMA-376 Part 1, 17.16.4.1: the `\@` switch of `DATE`, `TIME`...
 * fields: `d dd ddd dddd`, `M MM MMM MMMM`, `yy yyyy`, `H HH` (24 h), `h hh` (12 h), `m mm`
 * (minutes), `s ss`, `AM/PM`, literal text in single quotes) and spreadsheet number format codes
 * (the form `odf-data-styles.ts` converts ODF date and time styles to), both ways.
 *
 * The model keeps a formatted date field as its Word instruction (` DATE \@ "dd/MM/yyyy" `), so
 * DOCX keeps it as it was; ODF reads a `text:date`'s data style into that form and writes it back
 * as a data style.
 */

/** The Word picture of a spreadsheet date/time code ("DD/MM/YYYY" → "dd/MM/yyyy"), or null when it is not one. */
export function wordPictureOfCode(code: string): string | null {
  const c = code.replace(/^\[\$-[0-9A-Fa-f]+\]/, '').replace(/\[[^\]]*\]/g, '');
  if (c.includes(';') || !/[dmyhs]/i.test(c)) return null;
  const ampm = /AM\/PM|A\/P/i.test(c);
  const out: string[] = [];
  const tokens = [...c.matchAll(/"([^"]*)"|\\(.)|(AM\/PM|A\/P)|([dmyhsDMYHS])\4*|(.)/g)];
  const kinds = tokens.map((t) => (t[4] ? t[4].toLowerCase() : ''));
  tokens.forEach((t, i) => {
    if (t[1] !== undefined || t[2] !== undefined) {
      out.push(`'${(t[1] ?? t[2]!).replace(/'/g, '')}'`);
      return;
    }
    if (t[3] !== undefined) {
      out.push('AM/PM');
      return;
    }
    if (t[5] !== undefined) {
      out.push(/[A-Za-z]/.test(t[5]) ? `'${t[5]}'` : t[5]);
      return;
    }
    const run = t[0].toLowerCase();
    const kind = kinds[i]!;
    if (kind === 'm') {
      // Minutes right after hours or right before seconds, months otherwise.
      const prev = kinds.slice(0, i).reverse().find((k) => k !== '');
      const next = kinds.slice(i + 1).find((k) => k !== '');
      out.push(run.length <= 2 && (prev === 'h' || next === 's') ? run : run.toUpperCase());
    } else if (kind === 'h') out.push(ampm ? run.slice(0, 2) : run.slice(0, 2).toUpperCase());
    else if (kind === 'y') out.push(run.length <= 2 ? 'yy' : 'yyyy');
    else out.push(run.slice(0, kind === 'd' ? 4 : 2));
  });
  return out.join('');
}

/** The spreadsheet code of a Word date-time picture ("dd/MM/yyyy" → "dd/mm/yyyy"), or null when it shows no date or time. */
export function codeOfWordPicture(picture: string): string | null {
  if (!/[dMyHhms]/.test(picture)) return null;
  const out: string[] = [];
  for (const t of picture.matchAll(/'([^']*)'|(AM\/PM|am\/pm)|([dMyHhms])\3*|(.)/g)) {
    if (t[1] !== undefined) out.push(t[1] === '' ? '' : `"${t[1].replace(/"/g, '')}"`);
    else if (t[2] !== undefined) out.push('AM/PM');
    else if (t[3] !== undefined) {
      const run = t[0];
      // Word's M is the month, m the minutes: the code tells minutes by their place (after hours, before seconds).
      out.push(run[0] === 'M' || run[0] === 'm' ? run.toLowerCase() : run[0] === 'H' ? run.toLowerCase() : run);
    } else out.push(/[A-Za-z"]/.test(t[4]!) ? `"${t[4]!.replace(/"/g, '')}"` : t[4]!);
  }
  return out.join('');
}

const PICTURE = /^\s*(DATE|TIME)\s+\\@\s+"([^"]*)"\s*(?:\\\*\s*MERGEFORMAT\s*)?$/i;

/** The kind and picture of a plain formatted `DATE`/`TIME` instruction, or null for any other. */
export function datePictureOf(instruction: string): { readonly kind: 'date' | 'time'; readonly picture: string } | null {
  const m = PICTURE.exec(instruction);
  return m ? { kind: m[1]!.toUpperCase() === 'TIME' ? 'time' : 'date', picture: m[2]! } : null;
}

/** The Word instruction of a formatted date or time field. */
export function datePictureInstruction(kind: 'date' | 'time', picture: string): string {
  return ` ${kind === 'time' ? 'TIME' : 'DATE'} \\@ "${picture.replace(/"/g, '')}" `;
}
