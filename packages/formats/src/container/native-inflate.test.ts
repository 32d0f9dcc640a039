import { describe, expect, it } from 'vitest';
import { formatErrorReason } from '../testing/format-error-reason.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { INFLATE_AHEAD_MIN_COMPRESSED, inflateAhead } from './native-inflate.js';
import { ZipArchive } from './zip-reader.js';
import { writeZip } from './zip-writer.js';

/** XML of numbers that deflate does not shrink much: its compressed size passes the threshold. */
function bigXml(): string {
  let seed = 7;
  const cells: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    seed = (seed * 48_271) % 2_147_483_647;
    cells.push(`<c r="A${String(i + 1)}"><v>${String(seed)}</v></c>`);
  }
  return `<sheetData>${cells.join('')}</sheetData>`;
}

const BIG = bigXml();

let bytesOnce: Uint8Array | undefined;

function packageBytes(): Uint8Array {
  return (bytesOnce ??= writeZip([
    { name: 'small.xml', data: '<a/>' },
    { name: 'xl/worksheets/sheet1.xml', data: BIG },
    { name: 'media/blob.bin', data: BIG },
  ]));
}

/** `bytes` with the central directory's inflated size of `name` replaced by `size`. */
function withDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const entry = ZipArchive.open(bytes, DEFAULT_LIMITS).entries.findIndex((e) => e.name === name);
  let p = copy.length - 22;
  p = view.getUint32(p + 16, true);
  for (let i = 0; i < entry; i++) p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  view.setUint32(p + 24, size, true);
  return copy;
}

describe('inflateAhead', () => {
  it('inflates the large XML parts, and reading them gives what inflating in JavaScript gives', async () => {
    const bytes = packageBytes();
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    expect(zip.entry('xl/worksheets/sheet1.xml')!.compressedSize).toBeGreaterThan(INFLATE_AHEAD_MIN_COMPRESSED);
    const ahead = await inflateAhead(bytes, DEFAULT_LIMITS);
    // Small parts inflate in one fflate call; parts other than XML are left to the readers.
    expect([...ahead.keys()]).toEqual(['xl/worksheets/sheet1.xml']);
    const fast = ZipArchive.open(bytes, DEFAULT_LIMITS, undefined, ahead);
    expect(fast.readText('xl/worksheets/sheet1.xml')).toBe(BIG);
    // Taken out once used (its bytes are not kept while the part is parsed); a second read inflates it again.
    expect(ahead.size).toBe(0);
    expect(fast.readText('xl/worksheets/sheet1.xml')).toBe(zip.readText('xl/worksheets/sheet1.xml'));
    expect(fast.readText('small.xml')).toBe('<a/>');
  });

  it('leaves out a part longer than its declared size, which the usual path then reads as before', async () => {
    const bytes = withDeclaredSize(packageBytes(), 'xl/worksheets/sheet1.xml', BIG.length - 10);
    const ahead = await inflateAhead(bytes, DEFAULT_LIMITS);
    expect(ahead.size).toBe(0);
    const text = ZipArchive.open(bytes, DEFAULT_LIMITS, undefined, ahead).readText('xl/worksheets/sheet1.xml');
    expect(text).toBe(ZipArchive.open(bytes, DEFAULT_LIMITS).readText('xl/worksheets/sheet1.xml'));
  });

  it('leaves out a damaged stream: reading it fails with the same reason as without', async () => {
    const bytes = packageBytes();
    const e = ZipArchive.open(bytes, DEFAULT_LIMITS).entry('xl/worksheets/sheet1.xml')!;
    const damaged = bytes.slice();
    const start = e.localOffset + 30 + new DataView(bytes.buffer).getUint16(e.localOffset + 26, true) + new DataView(bytes.buffer).getUint16(e.localOffset + 28, true);
    damaged.fill(0xff, start + 100, start + 400);
    const ahead = await inflateAhead(damaged, DEFAULT_LIMITS);
    expect(ahead.size).toBe(0);
    const without = formatErrorReason(() => ZipArchive.open(damaged, DEFAULT_LIMITS).read(e.name));
    expect(without).toBe('corrupt-container');
    expect(formatErrorReason(() => ZipArchive.open(damaged, DEFAULT_LIMITS, undefined, ahead).read(e.name))).toBe(without);
  });

  it('counts a part inflated ahead against the limits as the usual path does', async () => {
    const bytes = packageBytes();
    const ahead = await inflateAhead(bytes, DEFAULT_LIMITS);
    const limits = { ...DEFAULT_LIMITS, maxTotalInflated: BIG.length + 10 };
    const zip = ZipArchive.open(bytes, limits, undefined, new Map(ahead));
    zip.read('xl/worksheets/sheet1.xml');
    expect(formatErrorReason(() => zip.read('xl/worksheets/sheet1.xml'))).toBe('limit-exceeded');
    // Past the package's total, the part inflated ahead is not taken: the usual path names the limit.
    const tight = { ...DEFAULT_LIMITS, maxTotalInflated: BIG.length - 1 };
    expect(formatErrorReason(() => ZipArchive.open(bytes, tight, undefined, new Map(ahead)).read('xl/worksheets/sheet1.xml'))).toBe('limit-exceeded');
    expect(await inflateAhead(new Uint8Array([1, 2, 3]), DEFAULT_LIMITS)).toEqual(new Map());
  });
});
