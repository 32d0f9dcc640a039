/** electron/shared — service contracts, channel names and IPC result types. Types and plain data only. */
export * from './content-security-policy.js';
export * from './files.js';
export * from './host-api.js';
export * from './ipc-result.js';
export * from './links.js';
export * from './recent.js';
export * from './settings.js';
export * from './web-protocol.js';
export * from './wire-codec.js';
export * from './wire-frames.js';
export * from './sync.js';
export * from './recovery.js';
export * from './locks.js';
export * from './launch.js';
export * from './templates.js';
export * from './exports.js';
export * from './new-document-tasks.js';
