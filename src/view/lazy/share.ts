// The share codec (the payload's format, its compression and dictionary, the recomputation of findings),
// loaded when a share link is opened or made. Only the fragment's prefix is needed at start, to tell a
// share link from any other address. The functions have the codec's own signatures, so the app state
// only imports them from here.

import type { Analysis } from '../../model/types.ts';
import type { DecodeResult, SharePayload } from '../../share/payloadFormat.ts';
import { once } from './once.ts';

export { HASH_PREFIX } from '../../share/payloadFormat.ts';

const loadCodec = once(() => import('./shareCodec.ts'));
/** Set once the codec is loaded: a payload only ever comes from `decodeShare`, which loads it. */
let codec: Awaited<ReturnType<typeof loadCodec>> | undefined;

async function loaded() {
  codec = await loadCodec();
  return codec;
}

export async function encodeShare(analysis: Analysis, sha256: string, previous?: Analysis): Promise<string> {
  return (await loaded()).encodeShare(analysis, sha256, previous);
}

export async function decodeShare(fragment: string): Promise<DecodeResult> {
  return (await loaded()).decodeShare(fragment);
}

/** The analysis a decoded payload describes (its findings recomputed); call it with `decodeShare`'s payload. */
export function analysisFromShare(payload: SharePayload): Analysis {
  if (!codec) throw new Error('analysisFromShare: the share codec is loaded by decodeShare, which gives the payload');
  return codec.analysisFromShare(payload);
}
