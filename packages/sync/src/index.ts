/**
 * @ostal/sync — WebDAV client and offline-first sync engine for eXo Platform, Nextcloud/ownCloud
 * and any WebDAV server. Headless: `fetch` and storage are passed in. No DOM, no node:*.
 */
export * from './account-url.js';
export * from './backoff.js';
export * from './change-poller.js';
export * from './chunked-upload.js';
export type { ChunkingOptions } from './upload-queue.js';
export * from './conflict-name.js';
export * from './connection-test.js';
export * from './dav-error.js';
export * from './dav-resource.js';
export { sha256Hex } from './hash.js';
export type { XmlElement, XmlLimits } from './safe-xml.js';
export { DEFAULT_XML_LIMITS, parseXml } from './safe-xml.js';
export * from './sync-engine.js';
export * from './sync-state.js';
export * from './sync-storage.js';
export * from './webdav-client.js';
export * from './office-uri.js';
export * from './nextcloud-root.js';
