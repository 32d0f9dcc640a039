/**
 * The file versions the kill-during-save torture test writes: each one's bytes follow from its
 * number alone (a header naming it, then a pseudo-random body of a size that varies from 1 KiB to
 * about 1 MiB), so that any file found on disk can be checked whole, byte for byte.
 */

/** Size of version `n`'s body. */
function bodySize(n: number): number {
  return 1024 + ((n * 7919) % 97) * 10_831;
}

/** The complete bytes of version `n`. */
export function tortureVersion(n: number): Uint8Array {
  const header = new TextEncoder().encode(`ostal-torture version ${String(n)}\n`);
  const bytes = new Uint8Array(header.length + bodySize(n));
  bytes.set(header);
  // xorshift32 seeded by the version: cheap, deterministic, different for every version.
  let x = (n * 2_654_435_761) >>> 0 || 1;
  for (let i = header.length; i < bytes.length; i += 1) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** The version number a file claims in its header, or undefined when it has none. */
export function claimedVersion(bytes: Uint8Array): number | undefined {
  const head = new TextDecoder().decode(bytes.subarray(0, 64));
  const match = /^ostal-torture version (\d+)\n/.exec(head);
  return match ? Number(match[1]) : undefined;
}
