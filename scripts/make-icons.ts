/**
 * Draws the add-in's icons into assets/: three ascending bars (the scenarios) inside a circular
 * "recalculate" arrow, Office blue and Excel green on a transparent background.
 *
 *   npm run icons
 *
 * The ribbon takes 16, 32 and 80 px (manifest.xml's bt:Image resources), the add-in lists 32 px
 * (IconUrl) and 64 px (HighResolutionIconUrl); 128 px is there for catalogues that ask for it.
 *
 * The drawing is laid out on a 16 × 16 grid whose bar edges fall on whole pixels at 16 px (and so
 * at every size that is a multiple of 16), and anti-aliased by supersampling: each pixel is the
 * average of SS × SS samples. The output is the same byte for byte on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** The sizes written, as assets/icon-<size>.png. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Fluent's brand blue and Excel's green. */
const BLUE: Rgb = { r: 0x18, g: 0x7a, b: 0xd4 };
const GREEN: Rgb = { r: 0x1a, g: 0x96, b: 0x56 };

/** A shape on the 16-unit grid: does it cover the point (x, y)? (y grows downwards.) */
type Shape = (x: number, y: number) => boolean;

interface Layer {
  readonly color: Rgb;
  readonly covers: Shape;
}

const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x < x1 && y >= y0 && y < y1;

const disc =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** Which side of the line a→b the point p is on (the sign of the cross product). */
const side = (ax: number, ay: number, bx: number, by: number, px: number, py: number): number =>
  (bx - ax) * (py - ay) - (by - ay) * (px - ax);

const triangle =
  (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape =>
  (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    const negative = d1 < 0 || d2 < 0 || d3 < 0;
    const positive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(negative && positive);
  };

/** An angle in degrees measured clockwise from 12 o'clock, as it is on screen. */
const point = (cx: number, cy: number, r: number, deg: number): [number, number] => {
  const t = (deg * Math.PI) / 180;
  return [cx + r * Math.sin(t), cy - r * Math.cos(t)];
};

/** A ring segment of centre-line radius r and width w, clockwise from `from` to `to` degrees. */
const arc =
  (cx: number, cy: number, r: number, w: number, from: number, to: number): Shape =>
  (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    if (d < r - w / 2 || d > r + w / 2) return false;
    let deg = (Math.atan2(x - cx, -(y - cy)) * 180) / Math.PI;
    if (deg < 0) deg += 360;
    return deg >= from && deg <= to;
  };

/** The drawing, on the 16-unit grid. */
export function layers(): Layer[] {
  const cx = 8;
  const cy = 8;
  // The arrow's ring: centre line 6.35, 1.5 wide, so it spans 5.6 … 7.1 from the centre and
  // clears the bars' farthest corners (5.0 from the centre) and the icon's edge.
  const r = 6.35;
  const w = 1.5;
  // Clockwise from 1 o'clock round to 11 o'clock; the arrowhead points on into the gap.
  const from = 40;
  const to = 310;
  const [sx, sy] = point(cx, cy, r, from);
  const [ex, ey] = point(cx, cy, r, to);
  const t = (to * Math.PI) / 180;
  // Radial and tangential (clockwise) unit vectors at the arc's end.
  const nx = Math.sin(t);
  const ny = -Math.cos(t);
  const tx = Math.cos(t);
  const ty = Math.sin(t);
  const half = 2.1;
  const length = 2.6;
  const head = triangle(
    ex + nx * half,
    ey + ny * half,
    ex - nx * half,
    ey - ny * half,
    ex + tx * length,
    ey + ty * length,
  );
  const ring = arc(cx, cy, r, w, from, to);
  const cap = disc(sx, sy, w / 2);
  return [
    // Three ascending bars, 2 wide with 1 between, standing on y = 11.
    { color: BLUE, covers: rect(4, 9, 6, 11) },
    { color: BLUE, covers: rect(7, 7, 9, 11) },
    { color: BLUE, covers: rect(10, 5, 12, 11) },
    { color: GREEN, covers: (x, y) => ring(x, y) || cap(x, y) || head(x, y) },
  ];
}

/** Renders the drawing at `size` px: RGBA, straight (not premultiplied) alpha. */
export function render(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const ss = Math.max(4, Math.ceil(256 / size));
  const scale = 16 / size;
  const drawing = layers();
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Composite each layer's coverage of this pixel over the ones below ("source over").
      let a = 0;
      let r = 0;
      let g = 0;
      let b = 0;
      for (const layer of drawing) {
        let hits = 0;
        for (let sy = 0; sy < ss; sy++) {
          for (let sx = 0; sx < ss; sx++) {
            const x = (px + (sx + 0.5) / ss) * scale;
            const y = (py + (sy + 0.5) / ss) * scale;
            if (layer.covers(x, y)) hits++;
          }
        }
        const coverage = hits / (ss * ss);
        if (coverage === 0) continue;
        // Premultiplied accumulation.
        r = layer.color.r * coverage + r * (1 - coverage);
        g = layer.color.g * coverage + g * (1 - coverage);
        b = layer.color.b * coverage + b * (1 - coverage);
        a = coverage + a * (1 - coverage);
      }
      const i = (py * size + px) * 4;
      png.data[i] = a > 0 ? Math.round(r / a) : 0;
      png.data[i + 1] = a > 0 ? Math.round(g / a) : 0;
      png.data[i + 2] = a > 0 ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round(a * 255);
    }
  }
  return png;
}

function main(): void {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, PNG.sync.write(render(size)));
    console.log(`wrote ${file} (${size} × ${size})`);
  }
}

if (require.main === module) main();
