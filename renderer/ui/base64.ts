/** Base64 (RFC 4648, with padding) of pictures carried as data: URLs. */
const ALPHABET = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');

/** Base64 of bytes, written into a byte array (fast for large pictures; `btoa` over a string was slow). */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const a = (n: number): number => ALPHABET[n & 63] ?? 0;
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = a(n >> 18);
    out[o++] = a(n >> 12);
    out[o++] = rest > 1 ? a(n >> 6) : 61;
    out[o++] = rest > 2 ? a(n) : 61;
  }
  return new TextDecoder().decode(out);
}
