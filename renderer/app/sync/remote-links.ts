/**
 * Which tab shows which platform document, and when the host may let a document go (release its
 * lock, stop reporting colleagues' changes to it). Pure functions over the tab → link map, so that
 * the rules hold whatever order React runs its updates and effects in.
 */

/** A tab's platform document. */
export interface RemoteLink {
  readonly accountId: string;
  readonly url: string;
  readonly readOnly: boolean;
}

/** One key per platform document (an account and a URL). */
export const linkKey = (link: RemoteLink): string => `${link.accountId}\n${link.url}`;

/** What {@link releasedLinks} decided. */
export interface LinkRelease {
  /** The links of the tabs still open. */
  readonly kept: ReadonlyMap<string, RemoteLink>;
  /** Documents no open tab shows any more: the host closes them (once each). */
  readonly released: readonly RemoteLink[];
  /** True when some tab's link went (the map changed). */
  readonly changed: boolean;
}

/**
 * The links whose tab is no longer open are dropped; the document is released only when no open
 * tab still shows it (a tab reloaded in place, or a second tab on the same document, keeps it
 * open in the host).
 */
export function releasedLinks(openIds: ReadonlySet<string>, links: ReadonlyMap<string, RemoteLink>): LinkRelease {
  const kept = new Map([...links].filter(([id]) => openIds.has(id)));
  if (kept.size === links.size) return { kept: links, released: [], changed: false };
  const stillShown = new Set([...kept.values()].map(linkKey));
  const released = new Map<string, RemoteLink>();
  for (const [id, link] of links) {
    if (!openIds.has(id) && !stillShown.has(linkKey(link))) released.set(linkKey(link), link);
  }
  return { kept, released: [...released.values()], changed: true };
}

/** What the host says of one document (its URL now, and the one it was opened at if renamed). */
export interface RenamedState {
  readonly accountId: string;
  readonly url: string;
  readonly name: string;
  readonly renamedFrom?: string | undefined;
}

/** A tab whose document was renamed on the server, with its link at the new URL. */
export interface FollowedRename {
  readonly id: string;
  readonly link: RemoteLink;
  readonly name: string;
}

/**
 * The tabs whose document the host found renamed on the server: a link whose URL the host no
 * longer knows, and a document of the same account that was opened at that URL.
 */
export function followedRenames(links: ReadonlyMap<string, RemoteLink>, states: readonly RenamedState[]): FollowedRename[] {
  const followed: FollowedRename[] = [];
  for (const [id, link] of links) {
    const mine = states.filter((s) => s.accountId === link.accountId);
    if (mine.some((s) => s.url === link.url)) continue;
    const moved = mine.find((s) => s.renamedFrom === link.url);
    if (moved) followed.push({ id, link: { ...link, url: moved.url }, name: moved.name });
  }
  return followed;
}

/**
 * The map after tab `fromId` was replaced by tab `toId` showing the same document (a reload):
 * the link moves in the same update as the tab, so no state ever shows the document without a
 * tab (which would close it in the host, and colleagues' next changes would no longer be told).
 */
export function movedLink(links: ReadonlyMap<string, RemoteLink>, fromId: string, toId: string): ReadonlyMap<string, RemoteLink> {
  const link = links.get(fromId);
  if (!link) return links;
  const next = new Map([...links].filter(([id]) => id !== fromId));
  next.set(toId, link);
  return next;
}
