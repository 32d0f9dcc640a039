import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatErrorReason } from '../testing/format-error-reason.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { ZipArchive } from './zip-reader.js';
import { writeZip } from './zip-writer.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

const reason = formatErrorReason;

describe('ZipArchive', () => {
  it('reads back what writeZip wrote, in order, mimetype stored', () => {
    const bytes = writeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
      { name: 'content.xml', data: '<a>é</a>'.repeat(100) },
    ]);
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    expect(zip.names()).toEqual(['mimetype', 'content.xml']);
    expect(zip.entries[0]!.method).toBe(0);
    expect(zip.readText('content.xml')).toBe('<a>é</a>'.repeat(100));
    expect(zip.readText('CONTENT.XML')).toContain('<a>');
  });

  it('names entries in UTF-8 that other zip readers read back (an export of slides as pictures)', () => {
    const png = new Uint8Array(64).map((_, i) => i);
    png.set([0x89, 0x50, 0x4e, 0x47]);
    const bytes = writeZip([
      { name: 'diapositive-01.png', data: png },
      { name: 'diapositive-é2.png', data: png },
    ]);
    expect(ZipArchive.open(bytes, DEFAULT_LIMITS).names()).toEqual(['diapositive-01.png', 'diapositive-é2.png']);
    expect(Object.keys(unzipSync(bytes))).toEqual(['diapositive-01.png', 'diapositive-é2.png']);
    expect(unzipSync(bytes)['diapositive-é2.png']).toEqual(png);
  });

  it('stores already-compressed pictures as they are and deflates XML', () => {
    const png = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const jpeg = new Uint8Array(2048).fill(0x41);
    jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
    const zeros = new Uint8Array(4096);
    const bytes = writeZip([
      { name: 'Pictures/a.png', data: png },
      { name: 'Pictures/b.jpeg', data: jpeg },
      { name: 'Pictures/raw.bin', data: zeros },
      { name: 'content.xml', data: '<p/>'.repeat(500) },
    ]);
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    expect(zip.entries.map((e) => [e.name, e.method])).toEqual([
      ['Pictures/a.png', 0],
      ['Pictures/b.jpeg', 0],
      ['Pictures/raw.bin', 8],
      ['content.xml', 8],
    ]);
    expect(zip.read('Pictures/a.png')).toEqual(png);
    expect(zip.read('Pictures/b.jpeg')).toEqual(jpeg);
    expect(zip.read('Pictures/raw.bin')).toEqual(zeros);
  });

  it('refuses entries that climb out of the package', () => {
    const bytes = zipSync({ '../evil.xml': text('x') });
    expect(reason(() => ZipArchive.open(bytes, DEFAULT_LIMITS))).toBe('path-traversal');
  });

  it('stops inflating a bomb at the ratio limit instead of filling memory', () => {
    const bytes = zipSync({ 'big.xml': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    expect(reason(() => zip.read('big.xml'))).toBe('limit-exceeded');
  });

  it('reads a small part whole even when the directory misstates its size (the one-shot inflate falls back)', () => {
    const body = '<p>bonjour</p>'.repeat(500);
    for (const declared of [10, body.length - 1, body.length + 1000]) {
      const bytes = writeZip([{ name: 'a.xml', data: body }]);
      const view = new DataView(bytes.buffer);
      let at = bytes.length - 22;
      while (view.getUint32(at, true) !== 0x02014b50) at--;
      view.setUint32(at + 24, declared, true);
      expect(ZipArchive.open(bytes, DEFAULT_LIMITS).readText('a.xml')).toBe(body);
    }
  });

  it('enforces the entry count and inflated size limits', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) files[`f${String(i)}`] = text('x');
    expect(reason(() => ZipArchive.open(zipSync(files), { ...DEFAULT_LIMITS, maxEntries: 10 }))).toBe('limit-exceeded');
    const zip = ZipArchive.open(zipSync({ a: new Uint8Array(5000) }), { ...DEFAULT_LIMITS, maxEntryInflated: 1000 });
    expect(reason(() => zip.read('a'))).toBe('limit-exceeded');
  });

  it('reports a truncated archive as corrupt', () => {
    const bytes = writeZip([{ name: 'a.xml', data: 'hello'.repeat(1000) }]);
    expect(reason(() => ZipArchive.open(bytes.subarray(0, bytes.length - 30), DEFAULT_LIMITS))).toBe('corrupt-container');
  });

  it('detects damaged data by checksum', () => {
    const bytes = writeZip([{ name: 'a.txt', data: 'hello world', store: true }]);
    const copy = bytes.slice();
    const at = copy.indexOf(0x68); // 'h' of the stored data
    copy[at] = 0x48;
    expect(reason(() => ZipArchive.open(copy, DEFAULT_LIMITS).read('a.txt'))).toBe('corrupt-container');
  });

  it('hands damaged data to a damage handler instead of refusing, when one is given', () => {
    const bytes = writeZip([{ name: 'a.txt', data: 'hello world', store: true }]);
    const copy = bytes.slice();
    copy[copy.indexOf(0x68)] = 0x48;
    const damaged: string[] = [];
    const zip = ZipArchive.open(copy, DEFAULT_LIMITS, (part) => damaged.push(part));
    expect(zip.readText('a.txt')).toBe('Hello world');
    expect(damaged).toEqual(['a.txt']);
  });

  it('finds entries when data was prepended to the archive', () => {
    const inner = writeZip([{ name: 'a.txt', data: 'kept' }]);
    const shifted = new Uint8Array(inner.length + 100);
    shifted.set(inner, 100);
    expect(ZipArchive.open(shifted, DEFAULT_LIMITS).readText('a.txt')).toBe('kept');
  });
});
