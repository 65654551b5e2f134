import type { ServerFrame, ServerFrameType } from '../../compat/protocol/serverFrameSchema.ts';
import type { TypeDoc } from './TypeDoc.ts';

const session_id = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const turn_id = '6f1c0a0e-5d0b-4f6e-9a51-2d9b8c7e4a10';
const timestamp = '2024-01-15T10:30:01.002Z';

/** One entry per server frame of the compat endpoints; a frame type without an entry fails test/docs. */
export const SERVER_FRAME_DOCS: { readonly [T in ServerFrameType]: TypeDoc<Extract<ServerFrame, { type: T }>> } = {
  connection: {
    summary: "Sent once when the socket opens: the connection's session id (and user_id on /{user_id}).",
    examples: [
      { type: 'connection', status: 'connected', session_id, timestamp: '2024-01-15T10:30:00.000Z' },
      { type: 'connection', status: 'connected', session_id, user_id: 'user-42', timestamp: '2024-01-15T10:30:00.000Z' },
    ],
  },
  stream_start: {
    summary: 'A turn begins. Clients reset the displayed answer here (a resend replays from this frame).',
    examples: [{ type: 'stream_start', metadata: { workflow: 'multi_agent', agents: ['emergency', 'triage', 'diagnostic', 'treatment'], session_id, turn_id }, timestamp }],
  },
  status: {
    summary:
      'Progress; details.current_agent names the running agent. Also agent_failed (a plugin failed; the turn goes on) and nothing_to_cancel (answer to cancel with nothing running).',
    examples: [
      { type: 'status', status: 'running_diagnostic', details: { current_agent: 'diagnostic' }, timestamp },
      { type: 'status', status: 'agent_failed', details: { agent: 'diagnostic', error_type: 'plugin_timeout', message: 'diagnostic took longer than 10000 ms', retryable: true }, timestamp },
      { type: 'status', status: 'nothing_to_cancel', details: {}, timestamp },
    ],
  },
  emergency: {
    summary: 'Added to the guide: red flags found. Comes right after checking_emergency, before any token; show it prominently.',
    examples: [{ type: 'emergency', severity: 'critical', reasons: ['chest pain'], advice: 'Call 911 now.', agent: 'emergency', timestamp }],
  },
  token: {
    summary: 'A piece of the answer text. A lagging client gets consecutive tokens merged; the text is the same.',
    examples: [{ type: 'token', content: 'Based', timestamp }],
  },
  stream_end: {
    summary: 'The turn ended: stop, cancelled (cancel frame or shutdown) or interrupted (its instance died). Nothing of the turn follows.',
    examples: [
      {
        type: 'stream_end',
        metadata: { agents_completed: ['emergency', 'triage', 'diagnostic', 'treatment'], session_id, turn_id, finish_reason: 'stop', usage: { input_tokens: 182, output_tokens: 96 }, kb_version: '2024.1' },
        timestamp,
      },
    ],
  },
  error: {
    summary: 'Ends the request or turn it answers; no stream_end follows. The connection stays open. error_type is one of the stable set below.',
    examples: [
      { type: 'error', error_type: 'validation_error', message: 'Message cannot be empty', issues: [{ path: 'message', message: 'Message cannot be empty' }], timestamp },
      { type: 'error', error_type: 'timeout', code: 'upstream_timeout', message: 'The model did not answer in time', retryable: true, timestamp },
    ],
  },
  history: {
    summary: 'Added to the guide: the stored messages of a session, in answer to {"type":"history"}.',
    examples: [
      {
        type: 'history',
        session_id,
        messages: [
          { role: 'user', content: 'I have a fever', timestamp: '2024-01-15T10:30:01.000Z', turn_id },
          { role: 'assistant', content: 'Rest, drink fluids ...', timestamp: '2024-01-15T10:30:02.400Z', turn_id, finish_reason: 'stop' },
        ],
        timestamp,
      },
    ],
  },
};
