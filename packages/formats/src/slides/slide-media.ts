/** Media types of pictures and clips on slides, by file extension. */

const TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  webp: 'image/webp',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
};

/** The media type of a file name (`application/octet-stream` when unknown). */
export function mediaTypeOf(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return TYPES[ext] ?? 'application/octet-stream';
}

/** The usual extension for a media type (`png` for image/png), or `bin`. */
export function extensionOf(type: string, name?: string): string {
  const fromName = name && name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : undefined;
  if (fromName && TYPES[fromName] === type) return fromName;
  return Object.entries(TYPES).find(([, t]) => t === type)?.[0] ?? fromName ?? 'bin';
}

/** A file name in `dir` for a media item, its own name when safe and free (so names survive saves), else numbered. */
export function mediaFileName(dir: string, name: string, type: string, taken: Set<string>): string {
  const stem = name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]/g, '_') || 'media';
  const ext = extensionOf(type, name);
  let file = `${dir}${stem}.${ext}`;
  for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${dir}${stem}-${String(n)}.${ext}`;
  taken.add(file.toLowerCase());
  return file;
}
