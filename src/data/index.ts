/** The framework-free data layer: types, parsing and validation, time zones, derived statuses, safe URLs. */
export * from './types.js';
export * from './text.js';
export * from './url.js';
export * from './validate.js';
export * from './time.js';
export * from './parse.js';
export * from './status.js';
