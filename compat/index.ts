export { createCompatHandler, type CompatHandlerOptions } from './createCompatHandler.ts';
export { translateEvent, type CompatFrameBody } from './translateEvent.ts';
export { encodeEvent, encodeFrame } from './encodeEvent.ts';
export { matchCompatPath, COMPAT_PATH } from './matchCompatPath.ts';
export * from './protocol/index.ts';
