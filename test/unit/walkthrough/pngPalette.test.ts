/**
 * The walkthrough pictures' PNG encoder (scripts/walkthrough/pngPalette.ts): a valid indexed PNG
 * that decodes back to the picture when it has at most 256 colours, and keeps the colours that
 * cover much of a picture exact (backgrounds) when it has more.
 */
import * as assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { encodeIndexedPng, type Rgba } from '../../../scripts/walkthrough/pngPalette';

/** Decodes what encodeIndexedPng writes (8-bit indexed, filter 0) to RGB triples, checking each chunk's CRC length. */
function decode(png: Buffer): { width: number; height: number; rgb: number[][]; paletteSize: number } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  const chunks = new Map<string, Buffer>();
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    chunks.set(type, png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  assert.equal(at, png.length);
  assert.ok(chunks.has('IEND'));
  const header = chunks.get('IHDR')!;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  assert.deepEqual([...header.subarray(8)], [8, 3, 0, 0, 0]);
  const palette = chunks.get('PLTE')!;
  const raw = inflateSync(chunks.get('IDAT')!);
  const rgb: number[][] = [];
  for (let y = 0; y < height; y++) {
    assert.equal(raw[y * (width + 1)], 0);
    for (let x = 0; x < width; x++) {
      const i = raw[y * (width + 1) + 1 + x] * 3;
      assert.ok(i + 2 < palette.length, 'index inside the palette');
      rgb.push([palette[i], palette[i + 1], palette[i + 2]]);
    }
  }
  return { width, height, rgb, paletteSize: palette.length / 3 };
}

function picture(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Rgba {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set([...colour(x, y), 255], (y * width + x) * 4);
  }
  return { width, height, data };
}

const pixels = (p: Rgba): number[][] => Array.from({ length: p.width * p.height }, (_, i) => [...p.data.subarray(i * 4, i * 4 + 3)]);

describe('walkthrough pictures: indexed PNG', () => {
  it('round-trips a picture of at most 256 colours exactly', () => {
    const p = picture(16, 11, (x, y) => [(x * 7) % 256, (y * 23) % 256, ((x + y) * 5) % 256]);
    const decoded = decode(encodeIndexedPng(p));
    assert.deepEqual([decoded.width, decoded.height], [16, 11]);
    assert.deepEqual(decoded.rgb, pixels(p));
  });

  it('fits a picture of thousands of colours into 256, keeping its background exact and the rest close', () => {
    // A white page with a gradient band, like a window with anti-aliased text.
    const p = picture(200, 100, (x, y) => (y < 60 ? [255, 255, 255] : [x, (y * 3) % 256, 255 - x]));
    const decoded = decode(encodeIndexedPng(p));
    assert.ok(decoded.paletteSize <= 256);
    const original = pixels(p);
    let worst = 0;
    decoded.rgb.forEach((c, i) => {
      if (i < 200 * 60) assert.deepEqual(c, [255, 255, 255]);
      worst = Math.max(worst, ...c.map((v, k) => Math.abs(v - original[i][k])));
    });
    assert.ok(worst <= 24, `worst channel error ${worst}`);
  });
});
