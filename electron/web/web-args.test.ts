import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from './web-args.js';

describe('parseWebArgs', () => {
  it('defaults to port 0 and no root', () => {
    expect(parseWebArgs([])).toEqual({ port: 0 });
  });

  it('reads --port and --root in both spellings', () => {
    expect(parseWebArgs(['--port', '8080', '--root', 'docs'], '/home/a')).toEqual({ port: 8080, root: path.resolve('/home/a', 'docs') });
    expect(parseWebArgs(['--port=0', '--root=/srv/docs'])).toEqual({ port: 0, root: path.resolve('/srv/docs') });
  });

  it.each([[['--port']], [['--port', 'abc']], [['--port', '70000']], [['--verbose']], [['--root=']]])('refuses %j', (argv) => {
    expect(() => parseWebArgs(argv)).toThrow(RangeError);
  });

  it('takes the arguments after the options as documents to open', () => {
    expect(parseWebArgs(['--root', '/srv', 'rapport.odt', '/tmp/budget.ods'], '/home/a')).toEqual({
      port: 0,
      root: path.resolve('/srv'),
      documents: [path.resolve('/home/a', 'rapport.odt'), path.resolve('/tmp/budget.ods')],
    });
  });

  it('keeps "open in desktop" links apart from documents, as they are', () => {
    const link = 'ostal:ofe|u|https://exo.region.fr/webdav/drives/Collaboration/rapport%20annuel.odt';
    expect(parseWebArgs([link, 'note.odt', 'OSTAL:ofv|u|https://exo.region.fr/webdav/drives/a.ods'], '/home/a')).toEqual({
      port: 0,
      documents: [path.resolve('/home/a', 'note.odt')],
      links: [link, 'OSTAL:ofv|u|https://exo.region.fr/webdav/drives/a.ods'],
    });
  });

  it('reads --new=<kind> as blank documents to create at start, and refuses an unknown kind', () => {
    expect(parseWebArgs(['--new=workbook', '--port', '0', '--new=text'], '/home/a')).toEqual({ port: 0, newDocuments: ['workbook', 'text'] });
    expect(() => parseWebArgs(['--new=macro'])).toThrow(RangeError);
    expect(() => parseWebArgs(['--new'])).toThrow(RangeError);
  });
});
