/**
 * A section's sheet of paper in pixels (96 per inch), shared by the PDF export
 * (`print-layout.ts`) and the on-screen page view (`page-view-plugin.ts`, `WriterPages.tsx`). Pure.
 */
import type { SectionProps } from '@ostal/model';
import { TWIPS_PER_PX } from '@ostal/model';
import { DEFAULT_MARGINS, PAPER_SIZES } from './page-setup.js';

/** A section's sheet, in pixels (96 per inch). */
export interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
  readonly header: number;
  readonly footer: number;
  /** The margin is exact (negative in the file, as Word writes it): a tall header or footer does not push the text. */
  readonly fixedTop: boolean;
  readonly fixedBottom: boolean;
}

const px = (twips: number): number => twips / TWIPS_PER_PX;
/** Header or footer distance used when a section declares none. */
const DEFAULT_STORY_DISTANCE = 709;

/** The sheet of a section (A4 with 2.5 cm margins when it declares none; margins at most a third of the paper). */
export function geometryOf(props: SectionProps | null): Geometry {
  const page = props?.page && props.page.width > 0 && props.page.height > 0 ? props.page : PAPER_SIZES.A4;
  const m = props?.margins ?? DEFAULT_MARGINS;
  const width = px(page.width);
  const height = px(page.height);
  const top = px(Math.abs(m.top));
  const bottom = px(Math.abs(m.bottom));
  const left = Math.min(px(Math.max(0, m.left)), width / 3);
  const right = Math.min(px(Math.max(0, m.right)), width / 3);
  return {
    width,
    height,
    top: Math.min(top, height / 3),
    bottom: Math.min(bottom, height / 3),
    left,
    right,
    header: px(m.header > 0 ? m.header : DEFAULT_STORY_DISTANCE),
    footer: px(m.footer > 0 ? m.footer : DEFAULT_STORY_DISTANCE),
    fixedTop: m.top < 0,
    fixedBottom: m.bottom < 0,
  };
}

/**
 * Where a sheet's body starts and ends, as distances from the paper's top and bottom edges: a
 * header (`header` pixels tall, 0: none) reaching below the top margin pushes the body down to
 * the header's distance plus its height, a footer reaching above the bottom margin pushes the
 * body's end up, as in Word and LibreOffice; an exact margin (`fixedTop`, `fixedBottom`) stays.
 *
 * @example bodyMargins(geometryOf(null), 120, 0).top // 47.3 + 120: a 120 px header on A4
 */
export function bodyMargins(g: Geometry, header: number, footer: number): { readonly top: number; readonly bottom: number } {
  return {
    top: g.fixedTop || header <= 0 ? g.top : Math.max(g.top, g.header + header),
    bottom: g.fixedBottom || footer <= 0 ? g.bottom : Math.max(g.bottom, g.footer + footer),
  };
}
