// The document's fingerprint for share links: a colleague opening the link can check that the file they
// drop is the one that was analysed. Web Crypto exists only in secure contexts (HTTPS or localhost); on a
// plain-HTTP host there is no fingerprint, and sharing is unavailable rather than the analysis failing.

export async function sha256Hex(bytes: Uint8Array): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  // A copy typed as backed by an ArrayBuffer, which is what Web Crypto accepts.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
