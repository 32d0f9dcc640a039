/**
 * electron/services — Node implementations of the host contracts (files, recent, settings) and
 * the dispatcher that binds them to a channel. Node only: never imports 'electron'.
 */
export * from './argument-validators.js';
export * from './atomic-write.js';
export * from './backup-store.js';
export * from './create-host-services.js';
export * from './files-service.js';
export * from './host-dispatcher.js';
export * from './launch-service.js';
export * from './lock-files.js';
export * from './templates-service.js';
export * from './exports-service.js';
export * from './lock-service.js';
export * from './recovery-service.js';
export * from './recent-service.js';
export * from './service-error.js';
export * from './setting-values.js';
export * from './settings-service.js';
export * from './static-files.js';
export * from './user-data-dir.js';
export * from './versioned-json-file.js';
