// One chunk for everything a share link needs, loaded by share.ts.

export { decodeShare, encodeShare } from '../../share/sharePayload.ts';
export { analysisFromShare } from '../../share/analysisFromShare.ts';
