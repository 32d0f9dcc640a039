import { describe, expect, it } from 'vitest';
import type { RemoteLink } from './remote-links.js';
import { followedRenames, movedLink, releasedLinks } from './remote-links.js';

const agenda: RemoteLink = { accountId: 'exo', url: 'https://exo.example/webdav/drives/ordre%20du%20jour.fodt', readOnly: true };
const minutes: RemoteLink = { accountId: 'exo', url: 'https://exo.example/webdav/drives/compte%20rendu.fodt', readOnly: false };

describe('platform documents and their tabs', () => {
  it('a reloaded tab (keep theirs) keeps its document open in the host', () => {
    // Anne's read-only tab "doc-1" is replaced by "doc-2" showing Bernard's version.
    const before = new Map([['doc-1', agenda]]);
    const after = movedLink(before, 'doc-1', 'doc-2');
    const release = releasedLinks(new Set(['doc-2']), after);
    expect(release.released).toEqual([]);
    expect([...release.kept]).toEqual([['doc-2', agenda]]);
  });

  it('the old tab gone before its replacement is linked would release the document: the move must come with the tab', () => {
    // The state the reload went through before: tab "doc-1" discarded, link not moved yet.
    const release = releasedLinks(new Set<string>(), new Map([['doc-1', agenda]]));
    expect(release.released).toEqual([agenda]);
  });

  it('closing the last tab of a document releases it once; other documents stay', () => {
    const links = new Map([
      ['doc-1', agenda],
      ['doc-2', minutes],
    ]);
    const release = releasedLinks(new Set(['doc-2']), links);
    expect(release.released).toEqual([agenda]);
    expect([...release.kept.keys()]).toEqual(['doc-2']);
  });

  it('a document still shown in another tab is not released', () => {
    const links = new Map([
      ['doc-1', agenda],
      ['doc-3', agenda],
    ]);
    const release = releasedLinks(new Set(['doc-3']), links);
    expect(release.released).toEqual([]);
    expect(release.changed).toBe(true);
  });

  it('nothing closed: the same map comes back', () => {
    const links = new Map([['doc-1', agenda]]);
    const release = releasedLinks(new Set(['doc-1', 'doc-9']), links);
    expect(release.changed).toBe(false);
    expect(release.kept).toBe(links);
  });

  it('moving a link that is not there changes nothing', () => {
    const links = new Map([['doc-1', agenda]]);
    expect(movedLink(links, 'doc-7', 'doc-8')).toBe(links);
  });

  it('a document renamed on the platform: its tab follows the new URL', () => {
    const links = new Map([
      ['doc-1', agenda],
      ['doc-2', minutes],
    ]);
    const renamed = 'https://exo.example/webdav/drives/ordre%20du%20jour%20valid%C3%A9.fodt';
    const states = [
      { accountId: 'exo', url: renamed, name: 'ordre du jour validé.fodt', renamedFrom: agenda.url },
      { accountId: 'exo', url: minutes.url, name: 'compte rendu.fodt' },
    ];
    expect(followedRenames(links, states)).toEqual([{ id: 'doc-1', link: { ...agenda, url: renamed }, name: 'ordre du jour validé.fodt' }]);
    // Once followed, nothing more to do.
    expect(followedRenames(new Map([['doc-1', { ...agenda, url: renamed }]]), states)).toEqual([]);
  });

  it('a rename on another account, or a URL the host still knows, is not followed', () => {
    const links = new Map([['doc-1', agenda]]);
    expect(followedRenames(links, [{ accountId: 'nextcloud', url: 'https://nc.example/x.fodt', name: 'x.fodt', renamedFrom: agenda.url }])).toEqual([]);
    expect(
      followedRenames(links, [
        { accountId: 'exo', url: agenda.url, name: 'ordre du jour.fodt' },
        { accountId: 'exo', url: 'https://exo.example/webdav/drives/y.fodt', name: 'y.fodt', renamedFrom: agenda.url },
      ]),
    ).toEqual([]);
  });
});
