import { z } from 'zod';
import { patientProfileSchema, type PatientProfile } from '../../plugins/sdk/index.ts';
import { sessionIdSchema } from './sessionId.ts';

/**
 * Input of `chat.stream`; the message length limit comes from configuration. With `deferChecks` (the
 * router) the length, the session id and the profile are left to the chat service, which checks them after the safety
 * check has read the message; the docs describe the full rules.
 */
export function createChatStreamInputSchema(opts: { maxMessageChars: number; deferChecks?: boolean }) {
  return z
    .object({
      message: z
        .string()
        .trim()
        .min(1, 'Message cannot be empty')
        .max(opts.deferChecks ? Number.POSITIVE_INFINITY : opts.maxMessageChars, `Message is longer than ${opts.maxMessageChars} characters`),
      sessionId: (opts.deferChecks ? z.string().max(200) : sessionIdSchema).optional(),
      enableAgents: z.boolean().default(true),
      patientProfile: (opts.deferChecks ? z.custom<PatientProfile>(() => true) : patientProfileSchema).optional(),
      /** Sent by tRPC's wsLink on reconnect: resume that turn instead of starting a new one. */
      lastEventId: z.string().max(200).nullish(),
    })
    .strict();
}

export type ChatStreamInput = z.output<ReturnType<typeof createChatStreamInputSchema>>;
