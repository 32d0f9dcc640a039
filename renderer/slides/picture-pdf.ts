/**
 * A PDF of pictures, one per page, written here without a browser's printer: the slides
 * editor's PDF export when the host has no Chromium, Chrome or Edge to print with. Each page is
 * the slide's size in points with one JPEG picture of the slide filling it (`DCTDecode`: the
 * JPEG bytes go in as they are). PDF 1.4 (ISO 32000-1 structure: header, objects, cross-reference
 * table, trailer); the document's title goes in the information dictionary.
 */

/** One page: a JPEG picture and its size in pixels. */
export interface PdfPicturePage {
  readonly jpeg: Uint8Array;
  readonly width: number;
  readonly height: number;
}

const encoder = new TextEncoder();

/** A PDF text string: ASCII as a literal string, anything else as UTF-16BE with its byte order mark. */
export function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * The PDF of `pages`, each page `pageWidth` x `pageHeight` points (1/72 inch) with its picture
 * stretched to the whole page. `title` names the document.
 */
export function picturePdf(pages: readonly PdfPicturePage[], pageWidth: number, pageHeight: number, title: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const offsets: number[] = [];
  const put = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: (string | Uint8Array)[]) => {
    offsets[n] = length;
    put(`${String(n)} 0 obj\n`);
    for (const b of body) put(b);
    put('\nendobj\n');
  };
  // Objects: 1 catalog, 2 page tree, 3 information; then per page: page, picture, content.
  const pageObject = (i: number) => 4 + i * 3;
  // The header, and a comment of bytes above 127 telling file tools the file is binary.
  put('%PDF-1.4\n');
  put(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
  object(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  object(2, [`<< /Type /Pages /Kids [${pages.map((_, i) => `${String(pageObject(i))} 0 R`).join(' ')}] /Count ${String(pages.length)} >>`]);
  object(3, [`<< /Title ${pdfString(title)} /Producer (Ostal) >>`]);
  const w = num(pageWidth);
  const h = num(pageHeight);
  pages.forEach((page, i) => {
    const p = pageObject(i);
    object(p, [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${String(p + 1)} 0 R >> >> /Contents ${String(p + 2)} 0 R >>`]);
    object(p + 1, [`<< /Type /XObject /Subtype /Image /Width ${String(page.width)} /Height ${String(page.height)} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${String(page.jpeg.length)} >>\nstream\n`, page.jpeg, '\nendstream']);
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    object(p + 2, [`<< /Length ${String(encoder.encode(content).length)} >>\nstream\n${content}\nendstream`]);
  });
  const count = 4 + pages.length * 3;
  const xref = length;
  put(`xref\n0 ${String(count)}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) put(`${String(offsets[n] ?? 0).padStart(10, '0')} 00000 n \n`);
  put(`trailer\n<< /Size ${String(count)} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
