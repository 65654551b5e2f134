// The plain JSON protocol's frames (`@medchat/client/compat`): schemas and types only, no server code.
export { COMPAT_ERROR_TYPES, toCompatErrorType, type CompatErrorType } from './compatErrorTypes.ts';
export { createClientFrameParser, type ClientFrame, type ParsedClientFrame, type FrameIssue } from './parseClientFrame.ts';
export { createMessageFrameSchema, patientProfileFrameSchema } from './clientFrameSchema.ts';
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
} from './serverFrameSchema.ts';
