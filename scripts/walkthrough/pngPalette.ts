/**
 * An RGBA picture as an indexed-colour PNG (at most 256 colours), for the walkthrough's pictures:
 * a window screenshot has a few flat colours and anti-aliased text, so the colours that cover much
 * of the picture are kept exactly and the rest share what is left of the palette by median cut.
 * Opaque pictures only (alpha is dropped). No image library: zlib and the PNG chunk format.
 */
import { deflateSync } from 'node:zlib';

export interface Rgba {
  readonly width: number;
  readonly height: number;
  /** width × height × 4 bytes, row by row. */
  readonly data: Uint8Array;
}

const MAX_COLOURS = 256;
/** Colours covering at least this share of the pixels keep their exact value (backgrounds, borders). */
const EXACT_SHARE = 0.002;
const MAX_EXACT = 48;

type Rgb = readonly [number, number, number];

export function encodeIndexedPng(picture: Rgba): Buffer {
  const { palette, indexOf } = buildPalette(picture);
  const { width, height, data } = picture;
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // Filter: none (the usual best for indexed pictures).
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      raw[y * (width + 1) + 1 + x] = indexOf(data[i], data[i + 1], data[i + 2]);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, indexed colour, deflate, adaptive filters, no interlace.
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The palette and a lookup from a colour to its nearest entry. */
export function buildPalette(picture: Rgba): { palette: Rgb[]; indexOf: (r: number, g: number, b: number) => number } {
  const counts = new Map<number, number>();
  const { data } = picture;
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const colours = [...counts.entries()].map(([key, n]) => ({ rgb: [key >> 16, (key >> 8) & 255, key & 255] as Rgb, n }));
  let palette: Rgb[];
  if (colours.length <= MAX_COLOURS) {
    palette = colours.map((c) => c.rgb);
  } else {
    const pixels = data.length / 4;
    const exact = colours.filter((c) => c.n >= pixels * EXACT_SHARE).sort((a, b) => b.n - a.n).slice(0, MAX_EXACT);
    const exactKeys = new Set(exact.map((c) => c.rgb));
    palette = [...exact.map((c) => c.rgb), ...medianCut(colours.filter((c) => !exactKeys.has(c.rgb)), MAX_COLOURS - exact.length)];
  }
  const cache = new Map<number, number>();
  const indexOf = (r: number, g: number, b: number): number => {
    const key = (r << 16) | (g << 8) | b;
    let index = cache.get(key);
    if (index === undefined) {
      index = nearest(palette, r, g, b);
      cache.set(key, index);
    }
    return index;
  };
  return { palette, indexOf };
}

interface Weighted { readonly rgb: Rgb; readonly n: number }

/** Splits the colours into `count` boxes, each time the one with the widest channel range, at its weighted median. */
function medianCut(colours: readonly Weighted[], count: number): Rgb[] {
  const boxes: Weighted[][] = colours.length > 0 ? [[...colours]] : [];
  while (boxes.length < count) {
    let widest = -1;
    let widestRange = 0;
    let channel = 0;
    boxes.forEach((box, i) => {
      if (box.length < 2) return;
      for (let c = 0; c < 3; c++) {
        const values = box.map((w) => w.rgb[c]);
        const range = Math.max(...values) - Math.min(...values);
        if (range > widestRange) [widest, widestRange, channel] = [i, range, c];
      }
    });
    if (widest < 0) break;
    const box = boxes[widest].sort((a, b) => a.rgb[channel] - b.rgb[channel]);
    const half = box.reduce((sum, w) => sum + w.n, 0) / 2;
    let seen = 0;
    let cut = 1;
    for (; cut < box.length - 1; cut++) {
      seen += box[cut - 1].n;
      if (seen >= half) break;
    }
    boxes.splice(widest, 1, box.slice(0, cut), box.slice(cut));
  }
  return boxes.map((box) => {
    const total = box.reduce((sum, w) => sum + w.n, 0);
    return [0, 1, 2].map((c) => Math.round(box.reduce((sum, w) => sum + w.rgb[c] * w.n, 0) / total)) as unknown as Rgb;
  });
}

function nearest(palette: readonly Rgb[], r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach(([pr, pg, pb], i) => {
    // Weighted for the eye: green counts most, blue least.
    const d = 3 * (pr - r) ** 2 + 4 * (pg - g) ** 2 + 2 * (pb - b) ** 2;
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
