/**
 * SVG path data of a free-form shape's outline (the model's `CustomPath`s, DrawingML a:custGeom
 * paths), stretched over the shape's box and expressed in EMU of that box, so one `viewBox="0 0
 * cx cy"` draws every path and a stroke width in EMU keeps its thickness whatever the stretch.
 *
 * DrawingML a:arcTo (ECMA-376 Part 1, 20.1.9.3) starts at the current point on an ellipse of radii
 * wR, hR; stAng and swAng are angles as seen on the drawn ellipse (60000ths of a degree,
 * clockwise), turned into the ellipse's own parameter before finding the centre and end point.
 */
import type { CustomPath } from '@ostal/model';

const DEG = Math.PI / (180 * 60_000);

/** The ellipse parameter of the point seen at angle `visual` from the centre. */
function parametric(visual: number, wR: number, hR: number): number {
  return Math.atan2(wR * Math.sin(visual), hR * Math.cos(visual));
}

const n = (v: number): string => String(Math.round(v * 100) / 100);

/** One `d` attribute per path, in EMU of a `cx` x `cy` box; empty strings for paths with nothing to draw. */
export function customPathData(paths: readonly CustomPath[], cx: number, cy: number): string[] {
  return paths.map((p) => {
    const kx = p.w > 0 ? cx / p.w : 0;
    const ky = p.h > 0 ? cy / p.h : 0;
    const out: string[] = [];
    let cur = { x: 0, y: 0 };
    let start = cur;
    for (const s of p.segments) {
      switch (s.op) {
        case 'move':
          cur = { x: s.x * kx, y: s.y * ky };
          start = cur;
          out.push(`M${n(cur.x)} ${n(cur.y)}`);
          break;
        case 'line':
          cur = { x: s.x * kx, y: s.y * ky };
          out.push(`L${n(cur.x)} ${n(cur.y)}`);
          break;
        case 'cubic':
          cur = { x: s.x * kx, y: s.y * ky };
          out.push(`C${n(s.x1 * kx)} ${n(s.y1 * ky)} ${n(s.x2 * kx)} ${n(s.y2 * ky)} ${n(cur.x)} ${n(cur.y)}`);
          break;
        case 'quad':
          cur = { x: s.x * kx, y: s.y * ky };
          out.push(`Q${n(s.x1 * kx)} ${n(s.y1 * ky)} ${n(cur.x)} ${n(cur.y)}`);
          break;
        case 'arc': {
          const rx = s.wR * kx;
          const ry = s.hR * ky;
          if (rx <= 0 || ry <= 0 || s.swAng === 0) break;
          const a0 = s.stAng * DEG;
          const sweep = Math.max(-2 * Math.PI, Math.min(2 * Math.PI, s.swAng * DEG));
          const t0 = parametric(a0, rx, ry);
          const centre = { x: cur.x - rx * Math.cos(t0), y: cur.y - ry * Math.sin(t0) };
          let delta = parametric(a0 + sweep, rx, ry) - t0;
          while (sweep > 0 && delta <= 0) delta += 2 * Math.PI;
          while (sweep < 0 && delta >= 0) delta -= 2 * Math.PI;
          if (Math.abs(sweep) >= 2 * Math.PI - 1e-9) delta = Math.sign(sweep) * 2 * Math.PI;
          // SVG cannot draw a whole ellipse in one arc: halves (or less) at a time.
          const steps = Math.abs(delta) > Math.PI ? 2 : 1;
          for (let i = 1; i <= steps; i++) {
            const t = t0 + (delta * i) / steps;
            const end = { x: centre.x + rx * Math.cos(t), y: centre.y + ry * Math.sin(t) };
            const large = Math.abs(delta / steps) > Math.PI ? 1 : 0;
            out.push(`A${n(rx)} ${n(ry)} 0 ${String(large)} ${delta > 0 ? '1' : '0'} ${n(end.x)} ${n(end.y)}`);
            cur = end;
          }
          break;
        }
        case 'close':
          out.push('Z');
          cur = start;
          break;
      }
    }
    return out.join(' ');
  });
}
