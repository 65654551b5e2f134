import { z } from 'zod';
import { patientProfileSchema } from '../../plugins/sdk/index.ts';
import { sessionIdSchema } from './sessionId.ts';

/** Input of `chat.stream`; the message length limit comes from configuration. */
export function createChatStreamInputSchema(opts: { maxMessageChars: number }) {
  return z
    .object({
      message: z
        .string()
        .trim()
        .min(1, 'Message cannot be empty')
        .max(opts.maxMessageChars, `Message is longer than ${opts.maxMessageChars} characters`),
      sessionId: sessionIdSchema.optional(),
      enableAgents: z.boolean().default(true),
      patientProfile: patientProfileSchema.optional(),
      /** Sent by tRPC's wsLink on reconnect: resume that turn instead of starting a new one. */
      lastEventId: z.string().max(200).nullish(),
    })
    .strict();
}

export type ChatStreamInput = z.output<ReturnType<typeof createChatStreamInputSchema>>;
