/**
 * Bounds-checked little-endian reads over a metafile's bytes. Every read outside the bytes throws
 * {@link MetafileError}, which `metafileToSvg` turns into "cannot draw" (null): the players never
 * have to check lengths themselves to stay safe, only to stay meaningful.
 */

/** A metafile that is malformed, hostile or too large to draw. Never escapes `metafileToSvg`. */
export class MetafileError extends Error {
  constructor(readonly reason: string) {
    super(`metafile: ${reason}`);
  }
}

/** Little-endian reads at absolute offsets, each checked against the end of the bytes. */
export class ByteReader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.byteLength;
  }

  private check(at: number, size: number): void {
    if (!Number.isInteger(at) || at < 0 || at + size > this.bytes.byteLength) throw new MetafileError('read past the end');
  }

  u8(at: number): number {
    this.check(at, 1);
    return this.view.getUint8(at);
  }

  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }

  i16(at: number): number {
    this.check(at, 2);
    return this.view.getInt16(at, true);
  }

  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }

  i32(at: number): number {
    this.check(at, 4);
    return this.view.getInt32(at, true);
  }

  f32(at: number): number {
    this.check(at, 4);
    const v = this.view.getFloat32(at, true);
    if (!Number.isFinite(v)) throw new MetafileError('non-finite number');
    return v;
  }

  /** `size` bytes from `at` (a view, not a copy). */
  slice(at: number, size: number): Uint8Array {
    this.check(at, size);
    return this.bytes.subarray(at, at + size);
  }
}
