/**
 * `npx tsx scripts/make-icons.ts`: draws the toolbar icon (an amber "i" on a dark rounded square)
 * into public/icon/<size>.png, which WXT lists in the manifest by itself.
 * Node only, no image library: shapes are signed distances, antialiased by supersampling,
 * written by a minimal PNG encoder. The PNGs are committed; rerun this only to change the mark.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const OUT_DIR = 'public/icon';
/** Samples per pixel side: 4×4 is smooth enough at 16 px and still instant at 128 px. */
const SUPERSAMPLE = 4;

type RGB = [number, number, number];
const BACKGROUND: RGB = [0x24, 0x36, 0x4f];
const MARK: RGB = [0xff, 0xc8, 0x3d];

/** Signed distance to a rounded rectangle centred at (cx, cy); negative inside. Unit square coordinates. */
function roundedRect(x: number, y: number, cx: number, cy: number, halfW: number, halfH: number, r: number): number {
  const qx = Math.abs(x - cx) - halfW + r;
  const qy = Math.abs(y - cy) - halfH + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** What covers a point of the unit square: nothing, the tile, or the "i" on it. */
function sample(x: number, y: number): 'none' | 'tile' | 'mark' {
  if (roundedRect(x, y, 0.5, 0.5, 0.47, 0.47, 0.2) > 0) return 'none';
  const dot = Math.hypot(x - 0.5, y - 0.27) - 0.1;
  const stem = roundedRect(x, y, 0.5, 0.62, 0.085, 0.21, 0.04);
  return Math.min(dot, stem) <= 0 ? 'mark' : 'tile';
}

function render(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const s = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (s === 'tile') tile++;
          else if (s === 'mark') mark++;
        }
      }
      const covered = tile + mark;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        // Colour of the covered part only; alpha carries the edge against whatever is behind the icon.
        rgba[i + c] = covered ? Math.round((BACKGROUND[c]! * tile + MARK[c]! * mark) / covered) : 0;
      }
      rgba[i + 3] = Math.round((255 * covered) / n);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG, filter type 0 on every row. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

await mkdir(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT_DIR, `${size}.png`);
  await writeFile(file, encodePng(size, size, render(size)));
  console.log(`icon: ${file}`);
}
