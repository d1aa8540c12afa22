/**
 * The saved index on disk: a small ASCII JSON header, then each typed array of the value as raw
 * bytes. Loading a 100,000-claim index is then a file read and views on its bytes, not parsing
 * 39 MB of JSON (millions of numbers) into arrays that the garbage collector then walks. A
 * checksum over the parts, the sizes and the magic make a truncated, damaged or foreign file
 * throw here, so the caller rebuilds the index instead of trusting it.
 */
import { asciiJson } from './cacheText';

const MAGIC = 'CLAIMLENS-CACHE1';
/** Magic, header length (uint32), checksum (int32) of the header length and everything after this preamble, 8 bytes reserved. */
const PREAMBLE = 32;
const ALIGN = 8;

const ARRAYS = { Int32Array, Uint8Array } as const;
type ArrayType = keyof typeof ARRAYS;
/** One part: its typed array's type, byte offset after the header, byte length. */
type Part = [type: ArrayType, offset: number, length: number];

const padded = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** FNV-1a over 32-bit words: a flipped or missing byte anywhere changes it (corruption, not attack). */
function checksum(bytes: Uint8Array, seed: number): number {
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  let h = Math.imul(0x811c9dc5 ^ seed, 0x01000193);
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193);
  return h;
}

/** The value as bytes: each typed array (Int32Array, Uint8Array) becomes a part (platform byte order: little-endian). */
export function encodeCache(value: unknown): Buffer {
  const chunks: Uint8Array[] = [];
  const parts: Part[] = [];
  let size = 0;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    for (const [type, Type] of Object.entries(ARRAYS)) {
      if (!(v instanceof Type)) continue;
      parts.push([type as ArrayType, size, v.byteLength]);
      chunks.push(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      size += padded(v.byteLength);
      return { $part: parts.length - 1 };
    }
    return v;
  });
  // The part table, then the value (JSON text holds no raw line break).
  const header = asciiJson(`${JSON.stringify(parts)}\n${json ?? 'null'}`);
  const start = padded(PREAMBLE + header.length);
  const out = Buffer.alloc(start + size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, MAGIC.length);
  out.write(header, PREAMBLE, 'latin1');
  chunks.forEach((c, i) => out.set(c, start + parts[i][1]));
  out.writeInt32LE(checksum(out.subarray(PREAMBLE), header.length), MAGIC.length + 4);
  return out;
}

/** The value saved by encodeCache; throws on anything else (wrong magic, truncated, damaged). Its typed arrays are views on `file`. */
export function decodeCache(file: Uint8Array): unknown {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length < MAGIC.length || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a ClaimLens cache file');
  if (bytes.length < PREAMBLE || bytes.length % ALIGN !== 0) throw new Error('cache file truncated');
  // Views on the file's own bytes (a large file is read into a buffer of its own, aligned); copied only when not aligned.
  const rest = bytes.byteOffset % ALIGN === 0 ? bytes.subarray(PREAMBLE) : Buffer.from(new Uint8Array(bytes.subarray(PREAMBLE)).buffer);
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  if (checksum(rest, headerLength) !== bytes.readInt32LE(MAGIC.length + 4)) throw new Error('cache file damaged or truncated (checksum)');
  const start = padded(headerLength);
  const header = rest.toString('latin1', 0, Math.min(headerLength, rest.length));
  const damaged = (): never => {
    throw new Error('cache file damaged');
  };
  const parts = (JSON.parse(header.slice(0, header.indexOf('\n'))) as Part[]).map(([type, offset, length]) => {
    const Type = Object.hasOwn(ARRAYS, type) ? ARRAYS[type] : damaged();
    if (offset % ALIGN !== 0 || length % Type.BYTES_PER_ELEMENT !== 0 || start + offset + length > rest.length) damaged();
    return new Type(rest.buffer as ArrayBuffer, rest.byteOffset + start + offset, length / Type.BYTES_PER_ELEMENT);
  });
  return JSON.parse(header.slice(header.indexOf('\n') + 1), (_key, v: unknown) => {
    const part = (v as { $part?: unknown } | null)?.$part;
    return typeof part === 'number' ? (parts[part] ?? damaged()) : v;
  }) as unknown;
}
