/**
 * Node globals the shared code uses, for browsers: `process` (pid, env), `Buffer` (UTF-8 length, base64) and
 * `setImmediate`. Only what src/ uses. The web extension bundle gets them by esbuild `inject` (scripts/build.mjs);
 * the analysis worker bundle, shared by both builds, installs them in a Web Worker (./webWorkerGlobals.ts).
 */
type Bytes = Uint8Array & { toString(encoding?: string): string };

function bytesToString(this: Uint8Array, encoding?: string): string {
  if (encoding !== 'base64') return new TextDecoder().decode(this);
  let binary = '';
  for (let i = 0; i < this.length; i += 0x8000) binary += String.fromCharCode(...this.subarray(i, i + 0x8000));
  return btoa(binary);
}

const withToString = (bytes: Uint8Array): Bytes => Object.defineProperty(bytes, 'toString', { value: bytesToString }) as Bytes;

export const Buffer = {
  byteLength(text: string): number {
    return new TextEncoder().encode(text).length;
  },
  from(source: ArrayBuffer | string, offsetOrEncoding?: number | string, length?: number): Bytes {
    if (typeof source !== 'string') return withToString(new Uint8Array(source, offsetOrEncoding as number | undefined, length));
    if (offsetOrEncoding !== 'base64') return withToString(new TextEncoder().encode(source));
    const binary = atob(source);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return withToString(bytes);
  },
};

export const process = {
  pid: 0,
  env: {} as Record<string, string | undefined>,
  platform: 'browser',
  kill(): never {
    throw new Error('no processes in a browser');
  },
};

/** A macrotask, as in Node: a MessageChannel turn (setTimeout(0) is clamped to 4 ms after a few nestings). */
export function setImmediate(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(undefined);
}
