// Bytes ↔ link-safe text for share links: JSON → UTF-8 → deflate-raw with a preset dictionary → CRC-32
// appended → base64url without padding.
// fflate rather than CompressionStream: the web's streams cannot take a preset dictionary, and the
// dictionary (dictionary.ts) is what brings an old-template link under 2,000 characters.
// deflate-raw has no checksum of its own, so a corrupted link could inflate to plausible but wrong JSON;
// the CRC makes any accidental change (a truncated copy, a mangled character) fail loudly instead.

import { deflateSync, Inflate } from 'fflate';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Strict: only the base64url alphabet, no padding, and the unused low bits of the last character must be 0
 *  (otherwise two different links would decode to the same bytes, hiding a flipped character). */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}

let table: Uint32Array | undefined;

export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Compressed input is fed to the inflater in chunks this size, so a zip bomb is stopped early: one chunk
 *  can inflate to at most about 1,032 times its size. */
const CHUNK = 1024;

export function packText(text: string, dictionary?: Uint8Array): string {
  const raw = new TextEncoder().encode(text);
  const packed = deflateSync(raw, dictionary ? { level: 9, dictionary } : { level: 9 });
  const out = new Uint8Array(packed.length + 4);
  out.set(packed);
  new DataView(out.buffer).setUint32(packed.length, crc32(raw));
  return toBase64Url(out);
}

/** Inflates, giving up as soon as the output passes `limit` bytes: a tiny link must not become a zip bomb. */
function inflateLimited(body: Uint8Array, dictionary: Uint8Array | undefined, limit: number): Uint8Array | 'too-large' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk) => {
    total += chunk.length;
    if (total <= limit) chunks.push(chunk);
  });
  for (let at = 0; at < body.length && total <= limit; at += CHUNK) {
    inflater.push(body.subarray(at, at + CHUNK), at + CHUNK >= body.length);
  }
  if (total > limit) return 'too-large';
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export type Unpacked = { ok: true; text: string } | { ok: false; why: 'alphabet' | 'inflate' | 'too-large' | 'checksum' | 'utf8' };

export function unpackText(link: string, limit: number, dictionary?: Uint8Array): Unpacked {
  const bytes = fromBase64Url(link);
  if (!bytes || bytes.length < 5) return { ok: false, why: 'alphabet' };
  const body = bytes.subarray(0, bytes.length - 4);
  const expected = new DataView(bytes.buffer, bytes.byteOffset + body.length, 4).getUint32(0);
  let raw: Uint8Array | 'too-large';
  try {
    raw = inflateLimited(body, dictionary, limit);
  } catch {
    return { ok: false, why: 'inflate' };
  }
  if (raw === 'too-large') return { ok: false, why: 'too-large' };
  if (crc32(raw) !== expected) return { ok: false, why: 'checksum' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch {
    return { ok: false, why: 'utf8' };
  }
}
