import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostDispatcher } from './host-dispatcher.js';
import { createHostServices } from './create-host-services.js';
import { NodeExportsService, findChromium } from './exports-service.js';

const chromium = findChromium();

function pdfFacts(bytes: Uint8Array): { pages: number; size: string; text: string; tagged: boolean } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-pdf-test-'));
  const file = path.join(dir, 'out.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+([^\n]+)/.exec(info)?.[1] ?? '', text, tagged: /Tagged:\s+yes/.test(info) };
}

describe('exports.pdf by a headless Chromium (browser mode)', () => {
  it('finds a browser on this machine', () => {
    expect(chromium).toBeDefined();
  });

  it('prints one page per section at the CSS page size, text kept as text', async () => {
    const html = `<html><head><style>@page{size:10in 5.625in;margin:0}body{margin:0}section{width:10in;height:5.625in;break-after:page;overflow:hidden}</style></head><body>
      <section><h1>Première diapositive</h1></section><section><p>Deuxième : données</p></section><section><p>Troisième</p></section></body></html>`;
    const facts = pdfFacts(await new NodeExportsService().pdf(html));
    expect(facts.pages).toBe(3);
    const [w, h] = /^([\d.]+) x ([\d.]+) pts/.exec(facts.size)!.slice(1).map(Number);
    expect(w).toBeCloseTo(720, 0);
    expect(h).toBeCloseTo(405, 0);
    expect(facts.text).toContain('Première diapositive');
    expect(facts.text).toContain('Deuxième : données');
    // Tagged: structure and reading order for screen readers.
    expect(facts.tagged).toBe(true);
  });

  it('runs no script and fetches nothing from the document', async () => {
    const html = `<html><head><style>@page{size:4in 3in;margin:0}</style></head><body><p id="p">static</p><script>document.getElementById('p').textContent='scripted'</script><img src="http://127.0.0.1:9/x.png" alt=""></body></html>`;
    const facts = pdfFacts(await new NodeExportsService().pdf(html));
    expect(facts.text).toContain('static');
    expect(facts.text).not.toContain('scripted');
  });

  it('says plainly when there is no browser to print with, and checks its argument', async () => {
    const services = createHostServices({ ostalHome: mkdtempSync(path.join(os.tmpdir(), 'ostal-home-')) });
    const dispatcher = createHostDispatcher({ ...services, exports: new NodeExportsService({ chromium: null }) });
    expect(await dispatcher('exports.pdf', ['<p>x</p>'])).toMatchObject({ ok: false, error: { code: 'print-unavailable' } });
    expect(await dispatcher('exports.pdf', [42])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatcher('exports.pdf', [''])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatcher('exports.pdf', ['<p>a</p>', 'extra'])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
