/** Windows metafiles (EMF, WMF) drawn as SVG. */
export { cachedMetafileSvg, isMetafile, metafileKind, metafileToSvg } from './metafile-to-svg.js';
