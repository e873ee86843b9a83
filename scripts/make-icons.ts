/**
 * Draws the two Teams app icons (manifest/color.png and manifest/outline.png) in code, so the committed PNGs can be
 * regenerated and reviewed: a white speech bubble with a plus on a health-blue rounded square (192x192), and the
 * same mark as a white outline on transparent (32x32). Run: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
/** A shape: true when the point (in pixel units, origin top left) lies inside. */
type Shape = (x: number, y: number) => boolean;

/** The accent colour of the app (also accentColor in the manifest). */
const HEALTH_BLUE: Rgb = [0x0b, 0x5c, 0xad];
const WHITE: Rgb = [0xff, 0xff, 0xff];
/** Samples per pixel side: 4x4 samples give smooth edges without an image library. */
const SUPERSAMPLING = 4;

const roundedRect =
  (left: number, top: number, right: number, bottom: number, radius: number): Shape =>
  (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };

const triangle =
  (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape =>
  (x, y) => {
    const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
    const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
    const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
    const hasNeg = d1 < 0 || d2 < 0 || d3 < 0;
    const hasPos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(hasNeg && hasPos);
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

const minus =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && !b(x, y);

/** A speech bubble inside the box, tail at the bottom left. */
function speechBubble(left: number, top: number, right: number, bottom: number): Shape {
  const width = right - left;
  const height = bottom - top;
  const bodyBottom = top + height * 0.78;
  const body = roundedRect(left, top, right, bodyBottom, width * 0.2);
  const tail = triangle(
    left + width * 0.2,
    bodyBottom - 1,
    left + width * 0.48,
    bodyBottom - 1,
    left + width * 0.12,
    bottom,
  );
  return union(body, tail);
}

/** The shape shrunk by `distance` on every side (a morphological erosion), for even outline strokes. */
function eroded(shape: Shape, distance: number): Shape {
  const directions = Array.from({ length: 24 }, (_, k) => (2 * Math.PI * k) / 24);
  return (x, y) =>
    shape(x, y) && directions.every((a) => shape(x + distance * Math.cos(a), y + distance * Math.sin(a)));
}

/** A plus sign centred on (cx, cy). */
function plusSign(cx: number, cy: number, length: number, thickness: number): Shape {
  const half = length / 2;
  const t = thickness / 2;
  return union(
    roundedRect(cx - half, cy - t, cx + half, cy + t, t * 0.35),
    roundedRect(cx - t, cy - half, cx + t, cy + half, t * 0.35),
  );
}

/** Paints layers (bottom first) into an RGBA PNG, averaging SUPERSAMPLING² samples per pixel. */
function paint(size: number, layers: { shape: Shape; colour: Rgb }[]): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const x = px + (sx + 0.5) / SUPERSAMPLING;
          const y = py + (sy + 0.5) / SUPERSAMPLING;
          let colour: Rgb | undefined;
          for (const layer of layers) if (layer.shape(x, y)) colour = layer.colour;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colour is averaged over the covered samples only, so edges fade in alpha, not towards black.
      png.data[i] = covered ? Math.round(r / covered) : 255;
      png.data[i + 1] = covered ? Math.round(g / covered) : 255;
      png.data[i + 2] = covered ? Math.round(b / covered) : 255;
      png.data[i + 3] = Math.round((covered / samples) * 255);
    }
  }
  return png;
}

/** Renders both icons as PNG files in memory. */
export function renderIcons(): { color: Buffer; outline: Buffer } {
  const color = paint(192, [
    { shape: roundedRect(0, 0, 192, 192, 36), colour: HEALTH_BLUE },
    { shape: speechBubble(36, 40, 156, 160), colour: WHITE },
    { shape: plusSign(96, 86, 52, 16), colour: HEALTH_BLUE },
  ]);
  const outline = paint(32, [
    { shape: minus(speechBubble(2, 3, 30, 30), eroded(speechBubble(2, 3, 30, 30), 2)), colour: WHITE },
    { shape: plusSign(16, 14, 10, 3), colour: WHITE },
  ]);
  return { color: PNG.sync.write(color), outline: PNG.sync.write(outline) };
}

if (require.main === module) {
  const dir = path.join(__dirname, '..', 'manifest');
  const { color, outline } = renderIcons();
  writeFileSync(path.join(dir, 'color.png'), color);
  writeFileSync(path.join(dir, 'outline.png'), outline);
  process.stdout.write(`Wrote ${path.join(dir, 'color.png')} and ${path.join(dir, 'outline.png')}\n`);
}
