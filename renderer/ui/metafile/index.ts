/** Windows metafiles (EMF, WMF) drawn as SVG. */
export {
  cachedMetafileSvg,
  isMetafile,
  metafileBlob,
  metafileDataUrl,
  metafileDataUrlFromBase64,
  metafileKind,
  metafileToSvg,
} from './metafile-to-svg.js';
