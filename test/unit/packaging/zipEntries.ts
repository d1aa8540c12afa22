/**
 * Reads one entry of a zip file (a VSIX) with node:zlib: the central directory gives each entry's
 * offset, method and size. Enough for the files vsce writes (stored or deflated, no zip64).
 */
import * as zlib from 'node:zlib';

export function zipEntry(zip: Buffer, name: string): string | undefined {
  return zipEntryBytes(zip, name)?.toString('utf8');
}

/** One entry's bytes (a picture, say), or undefined when the zip has no such entry. */
export function zipEntryBytes(zip: Buffer, name: string): Buffer | undefined {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      return method === 8 ? zlib.inflateRawSync(data) : data;
    }
    at += 46 + nameLength + extra + comment;
  }
  return undefined;
}
