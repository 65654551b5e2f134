import type { TypeDoc } from './TypeDoc.ts';

/** The `type` values a compat client may send (a message may also omit `type`). */
export type ClientFrameType = 'message' | 'cancel' | 'history';

/** One entry per client frame of the compat endpoints; a frame type without an entry fails test/docs. */
export const CLIENT_FRAME_DOCS: { readonly [T in ClientFrameType]: TypeDoc<Record<string, unknown>> } = {
  message: {
    summary:
      'A chat message (type may be omitted, as the guide does). session_id continues a conversation; client_message_id makes a resend after a reconnect replay the same turn on any instance. null means absent.',
    examples: [
      { message: 'I have a fever', enable_agents: true },
      {
        message: "I'm feeling dizzy",
        session_id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
        client_message_id: '0b7e6a2c-3f7d-4a53-a8f4-2a1f1c9e0d55',
        patient_profile: { age: 46, chronic_conditions: ['diabetes'], current_medications: [{ name: 'Metformin', dose: '1000mg' }], allergies: { drug: ['penicillin'] } },
      },
    ],
  },
  cancel: {
    summary: 'Stops the running turn (its stream_end says cancelled); queued messages still run. Answered at once.',
    examples: [{ type: 'cancel' }],
  },
  history: {
    summary: "Asks for the stored messages of the connection's session, or of the named one. Answered at once with a history frame.",
    examples: [{ type: 'history' }, { type: 'history', session_id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }],
  },
};
