export * from './shape-guides.js';
export * from './preset-geometry.js';
export * from './preset-handles.js';
