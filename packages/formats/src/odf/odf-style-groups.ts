/**
 * The style containers of ODF roots (ODF 1.3 part 3, 3.15 `office:styles`, 3.15.3
 * `office:automatic-styles`), in document order: styles.xml's before content.xml's when the
 * roots are passed that way, so later definitions win when read into a map.
 */
import { NS } from '../xml/namespaces.js';
import { childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';

/** `office:styles` and `office:automatic-styles` of each root. */
export function odfStyleGroups(roots: readonly (XmlElement | undefined)[]): XmlElement[] {
  const groups: XmlElement[] = [];
  for (const root of roots) {
    if (!root) continue;
    for (const group of childElements(root, NS.office)) if (group.local === 'styles' || group.local === 'automatic-styles') groups.push(group);
  }
  return groups;
}

/** Every `style:style` of those containers. */
export function odfStyleElements(roots: readonly (XmlElement | undefined)[]): XmlElement[] {
  return odfStyleGroups(roots).flatMap((group) => childElements(group, NS.style, 'style'));
}
