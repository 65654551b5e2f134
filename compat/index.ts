export { createCompatHandler, type CompatHandlerOptions } from './createCompatHandler.ts';
export { translateEvent, type CompatFrameBody } from './translateEvent.ts';
export { encodeEvent, encodeFrame } from './encodeEvent.ts';
export { matchCompatPath, COMPAT_PATH } from './matchCompatPath.ts';
export { COMPAT_ERROR_TYPES, toCompatErrorType, type CompatErrorType } from './protocol/compatErrorTypes.ts';
export { createClientFrameParser, type ClientFrame, type ParsedClientFrame, type FrameIssue } from './protocol/parseClientFrame.ts';
export { createMessageFrameSchema, patientProfileFrameSchema } from './protocol/clientFrameSchema.ts';
export {
  serverFrameSchema,
  connectionFrameSchema,
  streamStartFrameSchema,
  tokenFrameSchema,
  statusFrameSchema,
  emergencyFrameSchema,
  streamEndFrameSchema,
  errorFrameSchema,
  historyFrameSchema,
  type ServerFrame,
  type ServerFrameType,
} from './protocol/serverFrameSchema.ts';
