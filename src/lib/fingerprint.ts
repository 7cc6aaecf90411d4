/**
 * A short content fingerprint of some bytes: the length and a 53-bit hash (cyrb53, two 32-bit
 * multiplicative lanes mixed at the end), e.g. `40a38-1b873593c2b2ae`. The build stamps the
 * pre-rendered index.html with the fingerprint of the dataset.json it was rendered from; the client
 * hydrates that markup only when the payload it fetched has the same fingerprint (otherwise it renders
 * afresh). Not cryptographic: it detects a stale copy, not an attacker, who could serve any HTML anyway.
 */
export function fingerprint(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0
    h1 = Math.imul(h1 ^ b, 2654435761)
    h2 = Math.imul(h2 ^ b, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0)
  return `${bytes.length.toString(16)}-${hash.toString(16).padStart(14, '0')}`
}
