/**
 * Slide masters and layouts of the deck model written as PresentationML (ECMA-376 Part 1,
 * 19.3.1.42 p:sldMaster, 19.3.1.39 p:sldLayout), so a deck read from a file keeps its own
 * masters, layouts and theme on save instead of Ostal's template.
 */
import type { DeckLayout, DeckMaster, Fill } from '@ostal/model';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { fillXml, levelStylesXml } from './dml-write.js';
import type { PartRefs } from './dml-write.js';
import { PML_NAMESPACES, colourMap, spTreeHead } from './pptx-placeholders.js';
import { shapeTreeXml } from './pptx-shapes-write.js';
import { textStyles } from './pptx-templates.js';

/** p:bg for a fill, or the theme's first background style when none. */
export function backgroundXml(fill: Fill | undefined, refs: PartRefs, themeDefault: boolean): XmlOut | null {
  const f = fillXml(fill, refs);
  if (f) return x('p:bg', {}, x('p:bgPr', {}, f, x('a:effectLst')));
  return themeDefault ? x('p:bg', {}, x('p:bgRef', { idx: 1001 }, x('a:schemeClr', { val: 'bg1' }))) : null;
}

/** The master part; `layoutIds` are [ST_SlideLayoutId, relationship id] of its layouts. */
export function masterXml(master: DeckMaster, layoutIds: readonly [number, string][], refs: PartRefs): string {
  const hasStyles = master.titleStyle || master.bodyStyle || master.otherStyle;
  return serializeXml(
    x(
      'p:sldMaster',
      PML_NAMESPACES,
      x('p:cSld', { name: master.name }, backgroundXml(master.background, refs, true), x('p:spTree', {}, spTreeHead(), shapeTreeXml(master.shapes, refs))),
      colourMap(),
      x('p:sldLayoutIdLst', {}, layoutIds.map(([id, rid]) => x('p:sldLayoutId', { id, 'r:id': rid }))),
      hasStyles
        ? x(
            'p:txStyles',
            {},
            x('p:titleStyle', {}, levelStylesXml(master.titleStyle, refs)),
            x('p:bodyStyle', {}, levelStylesXml(master.bodyStyle, refs)),
            x('p:otherStyle', {}, levelStylesXml(master.otherStyle, refs)),
          )
        : textStyles(),
    ),
  );
}

/** The layout part. */
export function layoutXml(layout: DeckLayout, refs: PartRefs): string {
  return serializeXml(
    x(
      'p:sldLayout',
      { ...PML_NAMESPACES, type: layout.type, preserve: 1, showMasterSp: layout.hideMasterShapes ? 0 : undefined },
      x('p:cSld', { name: layout.name }, backgroundXml(layout.background, refs, false), x('p:spTree', {}, spTreeHead(), shapeTreeXml(layout.shapes, refs))),
      x('p:clrMapOvr', {}, x('a:masterClrMapping')),
    ),
  );
}
