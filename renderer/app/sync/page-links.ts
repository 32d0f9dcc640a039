/**
 * `ostal:` links clicked inside the page ("open in desktop" links in a platform page or a
 * panel, not in an editor, which handles its own links): they never navigate; they go to the
 * same handler as links the OS hands over (`followLink`: checked by the host, then opened with
 * the account whose root covers them).
 */
import { useEffect, useRef } from 'react';

/** True for an `ostal:` link. */
export function isOstalLink(href: string): boolean {
  return /^\s*ostal:/i.test(href);
}

/**
 * The `ostal:` link a click on `target` follows, or null: a plain primary-button click on an
 * anchor that nothing else handled (an editor prevents the default of clicks on its own links).
 */
export function ostalLinkOfClick(event: Pick<MouseEvent, 'target' | 'button' | 'defaultPrevented'>): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  const target = event.target;
  const anchor = target instanceof Element ? target.closest('a[href]') : null;
  const href = anchor?.getAttribute('href') ?? '';
  return isOstalLink(href) ? href.trim() : null;
}

/** Routes `ostal:` anchors clicked anywhere in the page to `follow` while mounted. */
export function usePageOstalLinks(follow: (raw: string) => Promise<boolean>): void {
  const ref = useRef(follow);
  ref.current = follow;
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = ostalLinkOfClick(event);
      if (link === null) return;
      event.preventDefault();
      void ref.current(link);
    };
    // Bubble phase on the window: editors had their say (and prevented the default) first.
    window.addEventListener('click', onClick);
    return () => window.removeEventListener('click', onClick);
  }, []);
}
