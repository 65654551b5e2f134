import { describe, expect, it } from 'vitest';
import { encodeEvent, serverFrameSchema, translateEvent } from '../../compat/index.ts';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';

const TS = '2024-01-15T10:30:01.100Z';
const turnId = '0b7c2d3e-4f50-4a61-8b72-9c83d4e5f601';
const sessionId = '550e8400-e29b-41d4-a716-446655440000';

describe('translateEvent: the ChatEvent → guide frame table', () => {
  const table: Array<[string, ChatEvent]> = [
    ['stream_start', { type: 'stream_start', turnId, sessionId, workflow: 'multi_agent', agents: ['triage', 'diagnostic'] }],
    ['seed status', { type: 'status', status: 'validating' }],
    ['agent status', { type: 'status', status: 'running_diagnostic', agent: 'diagnostic', details: { currentAgent: 'diagnostic', stepCount: 2 } }],
    ['emergency', { type: 'emergency', severity: 'critical', reasons: ['chest pain'], advice: 'Call 911 now.', agent: 'emergency' }],
    ['token', { type: 'token', content: 'Based' }],
    ['plugin failure', { type: 'error', errorType: 'plugin_timeout', message: 'Agent "triage" did not finish', retryable: true, fatal: false, agent: 'triage' }],
    ['fatal error', { type: 'error', errorType: 'turn_timeout', message: 'The answer took too long', retryable: true, fatal: true }],
    ['stream_end', { type: 'stream_end', turnId, sessionId, agentsCompleted: ['triage'], finishReason: 'cancelled', usage: { inputTokens: 12, outputTokens: 3 }, kbVersion: 'kb-1' }],
  ];

  it('maps every event type onto a frame of the guide, snake_case', () => {
    const frames = Object.fromEntries(table.map(([name, event]) => [name, translateEvent(event)]));
    for (const frame of Object.values(frames)) expect(serverFrameSchema.safeParse({ ...frame, timestamp: TS }).success).toBe(true);
    expect(frames).toMatchInlineSnapshot(`
      {
        "agent status": {
          "details": {
            "current_agent": "diagnostic",
            "step_count": 2,
          },
          "status": "running_diagnostic",
          "type": "status",
        },
        "emergency": {
          "advice": "Call 911 now.",
          "agent": "emergency",
          "reasons": [
            "chest pain",
          ],
          "severity": "critical",
          "type": "emergency",
        },
        "fatal error": {
          "code": "turn_timeout",
          "error_type": "timeout",
          "message": "The answer took too long",
          "retryable": true,
          "type": "error",
        },
        "plugin failure": {
          "details": {
            "agent": "triage",
            "error_type": "plugin_timeout",
            "message": "Agent "triage" did not finish",
            "retryable": true,
          },
          "status": "agent_failed",
          "type": "status",
        },
        "seed status": {
          "details": {},
          "status": "validating",
          "type": "status",
        },
        "stream_end": {
          "metadata": {
            "agents_completed": [
              "triage",
            ],
            "finish_reason": "cancelled",
            "kb_version": "kb-1",
            "session_id": "550e8400-e29b-41d4-a716-446655440000",
            "turn_id": "0b7c2d3e-4f50-4a61-8b72-9c83d4e5f601",
            "usage": {
              "input_tokens": 12,
              "output_tokens": 3,
            },
          },
          "type": "stream_end",
        },
        "stream_start": {
          "metadata": {
            "agents": [
              "triage",
              "diagnostic",
            ],
            "session_id": "550e8400-e29b-41d4-a716-446655440000",
            "turn_id": "0b7c2d3e-4f50-4a61-8b72-9c83d4e5f601",
            "workflow": "multi_agent",
          },
          "type": "stream_start",
        },
        "token": {
          "content": "Based",
          "type": "token",
        },
      }
    `);
  });

  it('has no frame for agent_result (the guide has none)', () => {
    expect(translateEvent({ type: 'agent_result', agent: 'triage', data: { level: 'urgent' } })).toBeUndefined();
  });
});

describe('encodeEvent: the wire text', () => {
  it('builds token frames by prefix that parse to exactly the table frame', () => {
    for (const content of ['plain', 'quote " and \\ backslash', 'line\nbreak\ttab', 'unicode é 漢字 🙂', '\u2028\u2029', '', '</script>']) {
      const event: ChatEvent = { type: 'token', content };
      const text = encodeEvent(event, TS) as string;
      expect(JSON.parse(text)).toEqual({ ...translateEvent(event), timestamp: TS });
    }
  });

  it('writes token frames byte for byte as JSON.stringify of the table frame', () => {
    const units = [0x0, 0x1f, 0x20, 0x22, 0x2f, 0x5c, 0x7f, 0xe9, 0x2028, 0xd83d, 0xde42, 0xdfff, 0xe000, 0xfffd];
    const contents = ['plain', ' the', '"', '\\', 'a\u0000b', 'tab\tend', 'lone \ud800 high', 'lone \udc00 low', 'pair 🙂', 'del \u007f', ''];
    // Seeded, so a failure names the same strings next time.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 500; n++) {
      let content = '';
      for (let k = next() % 8; k > 0; k--) content += String.fromCharCode(next() % 3 === 0 ? (units[next() % units.length] as number) : 0x20 + (next() % 95));
      contents.push(content);
    }
    for (const content of contents) {
      const event: ChatEvent = { type: 'token', content };
      expect(encodeEvent(event, TS)).toBe(JSON.stringify({ ...translateEvent(event), timestamp: TS }));
    }
  });

  it('puts the timestamp on every other frame and skips agent_result', () => {
    expect(JSON.parse(encodeEvent({ type: 'status', status: 'processing' }, TS) as string)).toEqual({ type: 'status', status: 'processing', details: {}, timestamp: TS });
    expect(encodeEvent({ type: 'agent_result', agent: 'a', data: 1 }, TS)).toBeUndefined();
  });
});
