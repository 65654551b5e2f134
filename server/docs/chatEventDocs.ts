import type { ChatEventOf, ChatEventType } from '../protocol/chatEvent.ts';
import type { TypeDoc } from './TypeDoc.ts';

const turnId = '6f1c0a0e-5d0b-4f6e-9a51-2d9b8c7e4a10';
const sessionId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

/** One entry per `ChatEvent` type of `chat.stream` (tRPC); a type without an entry fails test/docs. */
export const CHAT_EVENT_DOCS: { readonly [T in ChatEventType]: TypeDoc<ChatEventOf<T>> } = {
  stream_start: {
    summary: 'First event of every turn: which turn, which session, and which agents will run.',
    examples: [{ type: 'stream_start', turnId, sessionId, workflow: 'multi_agent', agents: ['emergency', 'triage', 'diagnostic', 'treatment'] }],
  },
  status: {
    summary:
      'Progress while the turn runs. Seed values: validating, checking_emergency, processing, retrieving_context, generating_response, running_triage, running_diagnostic, running_treatment; plugins may add their own snake_case values.',
    examples: [
      { type: 'status', status: 'checking_emergency' },
      { type: 'status', status: 'running_triage', agent: 'triage' },
    ],
  },
  emergency: {
    summary: 'The emergency check found red flags. Sent before any agent status, result or token; never downgraded.',
    examples: [{ type: 'emergency', severity: 'critical', reasons: ['chest pain spreading to the left arm'], advice: 'Call 911 now.', agent: 'emergency' }],
  },
  agent_result: {
    summary: "An agent's structured result (triage: level and reasons). Not sent on the compat endpoint.",
    examples: [{ type: 'agent_result', agent: 'triage', data: { level: 'self_care', reasons: ['mild symptoms under 3 days'] } }],
  },
  token: {
    summary: 'A piece of the answer text, in order. While a reader lags, consecutive tokens are merged into longer ones.',
    examples: [{ type: 'token', content: 'Rest and drink fluids' }],
  },
  error: {
    summary:
      'fatal: true ends the turn (a stream_end with finishReason "error" follows); fatal: false is a failed plugin, named in agent, and the turn goes on without it.',
    examples: [
      { type: 'error', errorType: 'upstream_timeout', message: 'The model did not answer in time', retryable: true, fatal: true },
      { type: 'error', errorType: 'plugin_timeout', message: 'diagnostic took longer than 10000 ms', retryable: true, fatal: false, agent: 'diagnostic' },
    ],
  },
  stream_end: {
    summary: 'Last event of every turn, exactly once: why it ended, which agents completed, token usage.',
    examples: [
      {
        type: 'stream_end',
        turnId,
        sessionId,
        agentsCompleted: ['emergency', 'triage', 'diagnostic', 'treatment'],
        finishReason: 'stop',
        usage: { inputTokens: 182, outputTokens: 96 },
        kbVersion: '2024.1',
      },
    ],
  },
};
