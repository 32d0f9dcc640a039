/**
 * @ostal/formats — files <-> model. Public API (see README.md):
 *   detect(bytes)            -> FormatId | null      (by content, never by name)
 *   read(bytes, options?)    -> Promise<ReadResult>  (throws FormatError only for unreadable/hostile containers)
 *   write(document, format)  -> Promise<Uint8Array>
 */
export {};
