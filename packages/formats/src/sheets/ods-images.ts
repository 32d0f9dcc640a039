/**
 * Pictures over an ODF spreadsheet (ODF 1.3 Part 3: 10.4.2 `draw:frame`, 10.4.4 `draw:image`
 * with `xlink:href` to a package file or inline 10.4.5 `office:binary-data`; 10.3.3/10.3.4
 * `svg:title`/`svg:desc`) <-> `Sheet.images`. Frames in `table:shapes` or inside cells are read
 * with the chart geometry (ods-charts.ts), keeping their own size; the writer puts them in
 * `table:shapes` at absolute positions with that size (XLSX pictures too), the bytes in
 * `Pictures/` (or inline in a flat file).
 */
import type { Sheet, SheetImage } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import { decodeBase64, encodeBase64, extensionOfMime, pictureMime } from '../text/text-media.js';
import type { OdfNode } from './odf-style-node.js';
import { odfAttr, odfText } from './odf-style-node.js';
import { anchorPosition, frameAnchor, odfLengthPt } from './ods-charts.js';
import { pointAt } from './sheet-geometry.js';
import type { OdsFrame } from './ods-charts.js';

/** A picture part of the package by path, or undefined. */
export type PartReader = (path: string) => Uint8Array | undefined;

function child(node: OdfNode, ns: string, local: string): OdfNode | undefined {
  return node.children.find((c) => c.ns === ns && c.local === local);
}

/** The picture of a frame (its first `draw:image` whose bytes are found), or null. */
export function imageOfFrame(sheet: Sheet, frame: OdsFrame, readPart?: PartReader): SheetImage | null {
  for (const image of frame.node.children.filter((c) => c.ns === NS.draw && c.local === 'image')) {
    const href = odfAttr(image, NS.xlink, 'href')?.replace(/^\.\//, '');
    let bytes: Uint8Array | undefined;
    if (href && !/^[a-z][a-z0-9+.-]*:/i.test(href) && readPart) bytes = readPart(decodeURIComponent(href));
    else if (!href) {
      const data = child(image, NS.office, 'binary-data');
      bytes = data ? decodeBase64(odfText(data).replace(/\s+/g, '')) : undefined;
    }
    if (!bytes || bytes.length === 0) continue;
    const name = odfAttr(frame.node, NS.draw, 'name');
    const desc = child(frame.node, NS.svg, 'desc') ?? child(frame.node, NS.svg, 'title');
    const description = desc ? odfText(desc).trim() : '';
    // The frame's own size (to the 0.001 pt the writer writes), and the far corner from it.
    const width = odfLengthPt(odfAttr(frame.node, NS.svg, 'width'));
    const height = odfLengthPt(odfAttr(frame.node, NS.svg, 'height'));
    const round = (n: number): number => Math.round(n * 1000) / 1000;
    const size = width !== undefined && height !== undefined && width > 0 && height > 0 ? { width: round(width), height: round(height) } : undefined;
    const anchor = frameAnchor(sheet, frame);
    const p = anchorPosition(sheet, anchor.from);
    return {
      anchor: size ? { from: anchor.from, to: pointAt(sheet, p.x + size.width, p.y + size.height) } : anchor,
      ...(size ? { size } : {}),
      mediaType: pictureMime(bytes, href ?? ''),
      base64: encodeBase64(bytes),
      ...(name ? { name } : {}),
      ...(description ? { description } : {}),
    };
  }
  return null;
}

function pt(n: number): string {
  return `${String(Math.round(n * 1000) / 1000)}pt`;
}

/** Package path of picture `i` of the workbook. */
export function imagePath(image: SheetImage, index: number): string {
  return `Pictures/ostal-image-${String(index + 1)}.${extensionOfMime(image.mediaType)}`;
}

/**
 * `draw:frame`s for the pictures of a sheet (to go in `table:shapes`); `pathOf(i)` gives the
 * package path of picture i, or null to write the bytes inline (flat files).
 */
export function imageFramesXml(sheet: Sheet, pathOf: (i: number) => string | null, firstZ = 0): string {
  return (sheet.images ?? [])
    .map((image, i) => {
      const a = anchorPosition(sheet, image.anchor.from);
      const b = anchorPosition(sheet, image.anchor.to);
      // The picture's own size when known: LibreOffice's default cells are not Excel's.
      const w = image.size?.width ?? Math.max(b.x - a.x, 1);
      const h = image.size?.height ?? Math.max(b.y - a.y, 1);
      const path = pathOf(i);
      const img =
        path !== null
          ? `<draw:image xlink:href="${escapeAttr(path)}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>`
          : `<draw:image><office:binary-data>${image.base64}</office:binary-data></draw:image>`;
      const desc = image.description ? `<svg:desc>${escapeText(image.description)}</svg:desc>` : '';
      return `<draw:frame draw:z-index="${String(firstZ + i)}" ${image.name ? `draw:name="${escapeAttr(image.name)}" ` : ''}svg:x="${pt(a.x)}" svg:y="${pt(a.y)}" svg:width="${pt(w)}" svg:height="${pt(h)}">${img}${desc}</draw:frame>`;
    })
    .join('');
}
