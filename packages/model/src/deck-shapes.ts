/**
 * Shapes on slides, layouts and masters, in z-order (first is at the back). Positions are
 * integer EMU (914400 per inch, 360000 per cm), angles 60000ths of a degree, as DrawingML
 * stores them (ECMA-376 Part 1, 20.1.7.6 a:xfrm), so reading and writing never drifts.
 */
import type { Chart } from './chart.js';
import type { DeckColor } from './deck-color.js';
import type { CustomPath } from './deck-geometry.js';
import type { TextBody } from './deck-text.js';

/** Position, size, rotation and flips of a shape. */
export interface Transform {
  readonly x: number;
  readonly y: number;
  readonly cx: number;
  readonly cy: number;
  /** Clockwise rotation in 60000ths of a degree. */
  readonly rot?: number;
  readonly flipH?: boolean;
  readonly flipV?: boolean;
}

export interface GradientStop {
  /** Position along the gradient in thousandths of a percent (0 to 100000). */
  readonly pos: number;
  readonly color: DeckColor;
}

export type Fill =
  | { readonly kind: 'none' }
  | { readonly kind: 'solid'; readonly color: DeckColor }
  /** Linear gradient at `angle` (60000ths of a degree), or radial (`path` circle / rect). */
  | { readonly kind: 'gradient'; readonly stops: readonly GradientStop[]; readonly angle?: number; readonly path?: 'circle' | 'rect' | 'shape' }
  /** `tile`: the picture repeated over the shape rather than stretched over it. */
  | { readonly kind: 'picture'; readonly media: string; readonly crop?: Crop; readonly tile?: PictureTile };

/**
 * A tiled picture fill (DrawingML a:tile, ECMA-376 Part 1, 20.1.8.58; ODF style:repeat="repeat"
 * with draw:fill-image-width/height and draw:fill-image-ref-point, ODF 1.3 Part 3, 20.145-20.149).
 */
export interface PictureTile {
  /** Size of a tile as a share of the picture's own size (at 96 pixels per inch), in thousandths of a percent (100000: its own size). */
  readonly sx: number;
  readonly sy: number;
  /** Offset of the tiles from their starting corner, in EMU. */
  readonly tx: number;
  readonly ty: number;
  /** Where the first tile sits (ST_RectAlignment: tl, t, tr, l, ctr, r, bl, b, br); top-left when absent. */
  readonly align?: 'tl' | 't' | 'tr' | 'l' | 'ctr' | 'r' | 'bl' | 'b' | 'br';
  /** Every other tile mirrored (ST_TileFlipMode); PPTX only. */
  readonly flip?: 'x' | 'y' | 'xy';
}

/** EMU per pixel of a picture's own size (96 pixels per inch). */
export const EMU_PER_PICTURE_PIXEL = 9525;

/** Cropping of a picture, each edge in thousandths of a percent of the picture (a:srcRect). */
export interface Crop {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Outline {
  /** Width in EMU. */
  readonly width?: number;
  readonly fill?: Fill;
  /** DrawingML ST_PresetLineDashVal (`solid`, `dash`, `sysDot`...). */
  readonly dash?: string;
  /** Arrow heads at the start and end (ST_LineEndType: `triangle`, `arrow`, `oval`...). */
  readonly head?: string;
  readonly tail?: string;
}

/** A reference to a placeholder of the layout and master (ECMA-376 19.3.1.36 p:ph). */
export interface PlaceholderRef {
  /** ST_PlaceholderType: title, ctrTitle, body, subTitle, obj, pic, dt, ftr, sldNum... */
  readonly type: string;
  readonly idx?: number;
}

interface ShapeBase {
  /** Shape id, unique on its slide (cNvPr id). */
  readonly id: number;
  readonly name?: string;
  /** Own position; a placeholder without one takes its layout's or master's. */
  readonly xfrm?: Transform;
  readonly placeholder?: PlaceholderRef;
  /** Alternative text. */
  readonly description?: string;
  readonly hidden?: boolean;
}

/** An outer shadow (ECMA-376 Part 1, 20.1.8.49 a:outerShdw): the shape's silhouette, offset and blurred. */
export interface ShapeShadow {
  /** Distance of the offset, EMU. */
  readonly dist: number;
  /** Direction of the offset, 60000ths of a degree clockwise from the x axis. */
  readonly dir: number;
  /** Blur radius, EMU (ODF 1.3 has none: 0 there). */
  readonly blur?: number;
  /** Colour, with its opacity as `alpha`. */
  readonly color: DeckColor;
}

export interface GeometryShape extends ShapeBase {
  readonly kind: 'shape';
  /** DrawingML preset geometry (ST_ShapeType: rect, roundRect, ellipse, rightArrow, wedgeRectCallout...), or `custom`. */
  readonly geometry: string;
  /** Adjust values of the preset (a:gd name -> value). */
  readonly adjust?: Readonly<Record<string, number>>;
  readonly fill?: Fill;
  readonly line?: Outline;
  readonly text?: TextBody;
  /** Effects (shadow, glow...) kept as DrawingML a:effectLst markup for same-format saves. */
  readonly effectsXml?: string;
  /**
   * The outer shadow the shape shows (its own or its theme style's a:outerShdw; ODF draw:shadow):
   * drawn by the slides view and written to ODF; PPTX writes `effectsXml` when kept, else this.
   */
  readonly shadow?: ShapeShadow;
  /** Custom geometry kept as DrawingML a:custGeom markup (exact PPTX saves). */
  readonly customGeometryXml?: string;
  /** The outline of a custom (`custom`) shape, when its paths are plain coordinates: drawn and written in every format. */
  readonly paths?: readonly CustomPath[];
  /** A text box (txBox="1") rather than a shape holding text. */
  readonly textBox?: boolean;
}

export interface PictureShape extends ShapeBase {
  readonly kind: 'picture';
  /** Key in `deck.media`. */
  readonly media: string;
  readonly crop?: Crop;
  readonly line?: Outline;
}

export interface TableCell {
  readonly text: TextBody;
  /** Columns and rows this cell spans (an anchor of a merge). */
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** True for a cell covered by a merge (it holds no text of its own). */
  readonly merged?: boolean;
  readonly fill?: Fill;
  readonly borders?: { readonly left?: Outline; readonly right?: Outline; readonly top?: Outline; readonly bottom?: Outline };
  /**
   * What the table's style gives this cell (resolved by region and the table's flags), kept apart
   * from the cell's own formatting: drawn and written to ODF where the cell has none of its own,
   * never written as direct formatting to PPTX (which names the style instead).
   */
  readonly styled?: TableCellStyled;
}

/** Formatting a table style resolves onto one cell (ECMA-376 Part 1, 20.1.4.2 a:tblStyle). */
export interface TableCellStyled {
  readonly fill?: Fill;
  readonly borders?: { readonly left?: Outline; readonly right?: Outline; readonly top?: Outline; readonly bottom?: Outline };
  /** Text colour and weight of runs that set none of their own (a:tcTxStyle). */
  readonly color?: DeckColor;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** The table style a PPTX table names (a:tableStyleId) and the regions it turns on (a:tblPr flags; firstRow is `headerRow`). */
export interface TableStyleRef {
  readonly id: string;
  /** The style's a:tblStyle markup from ppt/tableStyles.xml, written back there on PPTX saves. */
  readonly definitionXml?: string;
  readonly firstCol?: boolean;
  readonly lastRow?: boolean;
  readonly lastCol?: boolean;
  readonly bandRow?: boolean;
  readonly bandCol?: boolean;
}

export interface TableShape extends ShapeBase {
  readonly kind: 'table';
  /** Column widths in EMU. */
  readonly columns: readonly number[];
  readonly rows: readonly { readonly height: number; readonly cells: readonly TableCell[] }[];
  /** The first row is a header row (firstRow). */
  readonly headerRow?: boolean;
  /** The PPTX table style and flags, kept for PPTX saves. */
  readonly style?: TableStyleRef;
}

export interface GroupShape extends ShapeBase {
  readonly kind: 'group';
  /** Child coordinate space (a:chOff / a:chExt); children's transforms are in it. */
  readonly childSpace?: Transform;
  readonly children: readonly DeckShape[];
}

export interface ConnectorShape extends ShapeBase {
  readonly kind: 'connector';
  /** straightConnector1, bentConnector3, curvedConnector3... */
  readonly geometry: string;
  readonly line?: Outline;
  /** Shapes it joins (id and connection-site index). */
  readonly start?: { readonly id: number; readonly site: number };
  readonly end?: { readonly id: number; readonly site: number };
}

/** Content Ostal does not edit: kept as markup of its source format, shown by its fallback picture. */
export interface OpaqueShape extends ShapeBase {
  readonly kind: 'opaque';
  readonly what: 'chart' | 'media' | 'diagram' | 'ole-object' | 'graphic' | 'content-part' | 'equation';
  /** Key in `deck.media` of the picture shown in place of the object. */
  readonly fallback?: string;
  /** The source markup and the package parts it refers to, written back on saves to the same format. */
  readonly source?: OpaqueSource;
  /** For a chart the model can express: drawn in place of the fallback picture (its anchor is unused). */
  readonly chart?: Chart;
  /**
   * For a SmartArt diagram: its shapes as PowerPoint last drew them (the diagram drawing part),
   * in the frame's own space (0, 0 is its top-left corner), drawn where the diagram itself
   * cannot be kept.
   */
  readonly drawing?: readonly DeckShape[];
}

/** A package part kept as is (a chart, its embedded workbook...). */
export interface KeptPart {
  /** Part name in the package (`ppt/charts/chart1.xml`). */
  readonly path: string;
  readonly type: string;
  readonly data: Uint8Array;
  /** Its relationships, targets as part names (or URIs when external). */
  readonly rels?: readonly { readonly id: string; readonly type: string; readonly target: string; readonly external?: boolean }[];
}

export interface OpaqueSource {
  readonly format: 'pptx' | 'odp';
  /**
   * The object's markup, namespaces declared on its root: a p:graphicFrame (or the
   * mc:AlternateContent holding it) for PPTX, a draw:object / draw:object-ole for ODP.
   */
  readonly xml: string;
  /**
   * PPTX: relationship ids the markup uses -> relationship type and part name. ODP: the
   * `xlink:href` of the object -> media type and path of its sub-document folder (or OLE file).
   * `external`: the path is a target outside the package (a linked video's address), kept as it is.
   */
  readonly rels?: Readonly<Record<string, { readonly type: string; readonly path: string; readonly external?: boolean }>>;
  /** The parts those relationships reach, directly or through other kept parts (ODP: the files of the folder). */
  readonly parts?: readonly KeptPart[];
  /**
   * The application that wrote the markup (PPTX `Application` and `AppVersion` of docProps/app.xml):
   * readers interpret markup by its author (LibreOffice reads PowerPoint 2007 charts with that
   * version's defaults), so a package holding it names the same application.
   */
  readonly generator?: { readonly application: string; readonly appVersion?: string };
}

export type DeckShape = GeometryShape | PictureShape | TableShape | GroupShape | ConnectorShape | OpaqueShape;

/** Placeholder types that hold a slide title. */
export const TITLE_PLACEHOLDERS: ReadonlySet<string> = new Set(['title', 'ctrTitle']);
/** Placeholder types whose text is the slide's body. */
export const BODY_PLACEHOLDERS: ReadonlySet<string> = new Set(['body', 'obj', 'subTitle']);
/** Placeholders repeating master furniture. */
export const FURNITURE_PLACEHOLDERS: ReadonlySet<string> = new Set(['dt', 'ftr', 'hdr', 'sldNum', 'sldImg']);

/** Every shape in z-order, group members after their group. */
export function flattenShapes(shapes: readonly DeckShape[]): DeckShape[] {
  const out: DeckShape[] = [];
  const walk = (list: readonly DeckShape[]): void => {
    for (const s of list) {
      out.push(s);
      if (s.kind === 'group') walk(s.children);
    }
  };
  walk(shapes);
  return out;
}
