/**
 * The slides of a presentation as LibreOffice exports it to flat ODF (`--convert-to fodp`): one
 * entry per draw:page with the words of its shapes and of its speaker notes, so two exports can
 * be compared slide by slide.
 */

/** Text of one slide and of its notes, whitespace-normalised. */
export interface SlideText {
  readonly text: string;
  readonly notes: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function plain(xml: string): string {
  return xml
    .replace(/<office:binary-data>[\s\S]*?<\/office:binary-data>/g, ' ')
    // Settings of embedded documents are no slide text (LibreOffice gives each load a new random Rsid).
    .replace(/<office:settings>[\s\S]*?<\/office:settings>/g, ' ')
    // Nor is their metadata (the generator that last saved them).
    .replace(/<office:meta>[\s\S]*?<\/office:meta>/g, ' ')
    // Nor are their styles: the literals of data styles ("%", "/") and charts' data label separators
    // ("; ") are formatting, which LibreOffice writes once per style in the order it met them.
    .replace(/<office:(styles|automatic-styles)>[\s\S]*?<\/office:\1>/g, ' ')
    // A shape's alt text (svg:title, svg:desc) counts, but LibreOffice writes it before a custom
    // shape's text and after a text frame's: it is taken before the text in both.
    .replace(/(<draw:text-box\b[^>]*>(?:(?!<\/draw:text-box>)[\s\S])*<\/draw:text-box>)\s*((?:<svg:(?:title|desc)\b[^>]*>[\s\S]*?<\/svg:(?:title|desc)>\s*)+)/g, '$2 $1')
    // A slide number field shows the slide's number wherever it stands; LibreOffice exports its
    // content as it read it ("22" cached in a PPTX, "<number>" from an ODP): the field, not its content.
    .replace(/<text:page-number\b[^>]*?(?:\/>|>[\s\S]*?<\/text:page-number>)/g, ' #page# ')
    .replace(/<text:(s|tab|line-break)\b[^>]*\/>/g, ' ')
    .replace(/<\/(text:p|text:h|svg:title|svg:desc)>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
      if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The slides of a flat ODF presentation, in order. */
export function slidesOfFlatOdp(fodp: string): SlideText[] {
  const start = fodp.indexOf('<office:presentation');
  if (start < 0) return [];
  const body = fodp.slice(start);
  const out: SlideText[] = [];
  const re = /<draw:page\b[^>]*?(?:\/>|>([\s\S]*?)<\/draw:page>)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const inner = m[1] ?? '';
    const notesMatch = /<presentation:notes\b[\s\S]*?<\/presentation:notes>/.exec(inner);
    const notesXml = notesMatch?.[0] ?? '';
    const notesFrames = [...notesXml.matchAll(/<draw:frame\b[^>]*presentation:class="notes"[\s\S]*?<\/draw:frame>/g)].map((f) => f[0]).join(' ');
    out.push({ text: plain(notesMatch ? inner.replace(notesMatch[0], '') : inner), notes: plain(notesFrames) });
  }
  return out;
}

/**
 * Slides of `output` equal to those of `original` at the same position (text and notes), over
 * the larger slide count: a missing or extra slide counts as a mismatch.
 */
export function compareSlides(original: string, output: string): { matched: number; total: number } {
  const a = slidesOfFlatOdp(original);
  const b = slidesOfFlatOdp(output);
  const total = Math.max(a.length, b.length);
  let matched = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i]?.text === b[i]?.text && a[i]?.notes === b[i]?.notes) matched += 1;
  return { matched, total };
}
