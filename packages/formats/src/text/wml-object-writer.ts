/**
 * Writes embedded objects of WordprocessingML as Word does (ECMA-376 Part 1, 17.3.3.19
 * `w:object` holding a VML 14.1.2.19 `v:shape` with 14.1.2.11 `v:imagedata` for the picture and
 * Part 4, 19.2.2.3 `o:OLEObject` naming the embedding part; 15.2.12 Embedded Object Part for OLE
 * compound files, 15.2.11 Embedded Package Part for Office Open XML packages). Mirrors
 * `wml-object-reader.ts`: what it writes reads back to the same `image` node and object.
 *
 * Word needs a ProgID to open the object: the object's own, else one guessed from a package's
 * content type (an .xlsx is `Excel.Sheet.12`...). An object without either is written as its
 * picture alone (`text-conversion-losses.ts` says so before saving).
 */
import type { EmbeddedObject, TextMediaItem } from '@ostal/model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { NS_W10, vmlPlacementStyle } from './wml-vml-placement.js';

export const NS_VML = 'urn:schemas-microsoft-com:vml';
export const NS_VML_OFFICE = 'urn:schemas-microsoft-com:office:office';
export const REL_OLE_OBJECT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject';
export const REL_PACKAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package';

/** ProgIDs Word gives the Office Open XML packages it embeds, by content type. */
const PACKAGE_PROG_IDS: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel.Sheet.12',
  'application/vnd.ms-excel.sheet.macroEnabled.12': 'Excel.SheetMacroEnabled.12',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word.Document.12',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint.Show.12',
  'application/vnd.openxmlformats-officedocument.presentationml.slide': 'PowerPoint.Slide.12',
};

/** Extensions of embedding parts by content type (an unknown OLE object is `.bin`). */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.12': 'xlsm',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.openxmlformats-officedocument.presentationml.slide': 'sldx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/msword': 'doc',
};

/** Content type of an OLE compound file embedded in a Word document. */
export const OLE_OBJECT_TYPE = 'application/vnd.openxmlformats-officedocument.oleObject';

/**
 * The ProgID to write for `object` whose bytes are `item`, or null when Word could not open it
 * (not an OLE object nor an Office package Word knows, or no ProgID known).
 */
export function wmlProgId(object: EmbeddedObject, item: TextMediaItem | undefined): string | null {
  if (!item || object.kind === 'odf') return null;
  if (object.progId !== null) return object.progId;
  return object.kind === 'package' ? (PACKAGE_PROG_IDS[item.mime] ?? null) : null;
}

/** The part name (`word/embeddings/<file>`), content type and relationship type of an embedding. */
export function wmlEmbeddingPart(object: EmbeddedObject, item: TextMediaItem, index: number): { name: string; contentType: string; relType: string } {
  const ext = EXTENSIONS[item.mime] ?? (object.kind === 'package' ? 'bin' : 'bin');
  const contentType = item.mime === 'application/octet-stream' || item.mime === '' ? (object.kind === 'ole' ? OLE_OBJECT_TYPE : 'application/octet-stream') : item.mime;
  const base = object.kind === 'package' ? 'package' : 'oleObject';
  return { name: `word/embeddings/${base}${String(index)}.${ext}`, contentType, relType: object.kind === 'package' ? REL_PACKAGE : REL_OLE_OBJECT };
}

/** What {@link wmlObjectElement} needs about one object. */
export interface WmlObjectOut {
  readonly width: number;
  readonly height: number;
  readonly alt: string | null;
  readonly title: string | null;
  readonly progId: string;
  readonly icon: boolean;
  readonly imageRel: string;
  readonly objectRel: string;
  /** Numbers the shape and the object within the document (1, 2...). */
  readonly index: number;
  /** The image node's attributes when it floats (`placement: 'anchored'`), else undefined. */
  readonly placement?: Readonly<Record<string, unknown>>;
}

/** Points of an EMU length, for VML `style` (two decimals, as Word writes). */
function pt(emu: number): string {
  return `${String(Number((emu / 12_700).toFixed(2)))}pt`;
}

/**
 * The `w:object` (inside a run) showing picture `imageRel` for object `objectRel`: in the line,
 * or floating as Word writes a floating object (an absolutely positioned shape with its wrap,
 * `wml-vml-placement.ts`) when `o.placement` gives the image node's placement attributes.
 */
export function wmlObjectElement(o: WmlObjectOut): XmlOut {
  const placed = o.placement ? vmlPlacementStyle(o.placement) : null;
  const shapeId = `_x0000_${placed ? 's' : 'i'}${String(1024 + o.index)}`;
  const w = Math.max(1, o.width);
  const h = Math.max(1, o.height);
  const size = `width:${pt(w)};height:${pt(h)}`;
  return x(
    'w:object',
    { 'xmlns:v': NS_VML, 'xmlns:o': NS_VML_OFFICE, 'xmlns:w10': placed ? NS_W10 : undefined, 'w:dxaOrig': Math.max(1, Math.round(w / 635)), 'w:dyaOrig': Math.max(1, Math.round(h / 635)) },
    x(
      'v:shape',
      { id: shapeId, alt: o.alt ?? undefined, style: placed ? `${placed.style};${size}` : size, 'o:ole': '' },
      x('v:imagedata', { 'r:id': o.imageRel, 'o:title': o.title ?? '' }),
      placed?.wrap ?? null,
    ),
    x('o:OLEObject', { Type: 'Embed', ProgID: o.progId, ShapeID: shapeId, DrawAspect: o.icon ? 'Icon' : 'Content', ObjectID: `_${String(1_400_000_000 + o.index)}`, 'r:id': o.objectRel }),
  );
}
