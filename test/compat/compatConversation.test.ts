import { describe, expect, it } from 'vitest';
import { historyAgent, keywordSafety } from '../fakes/testPlugins.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { conversation, openCompatSocket } from './compatSocket.ts';

const plugins = [{ plugin: keywordSafety }, { plugin: historyAgent }];

describe('compat endpoint: whole conversations', () => {
  it('streams a multi-agent turn as the guide shows it', async () => {
    await using gw = await startTestGateway({ plugins });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'I have a mild headache', enable_agents: true });
    await ws.nextTurn();
    expect(conversation(ws.frames)).toMatchInlineSnapshot(`
      [
        "{"type":"connection","status":"connected","session_id":"<id1>","timestamp":"<ts>"}",
        "{"type":"stream_start","metadata":{"workflow":"multi_agent","agents":["emergency","history"],"session_id":"<id1>","turn_id":"<id2>"},"timestamp":"<ts>"}",
        "{"type":"status","status":"validating","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"checking_emergency","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"running_history","details":{"current_agent":"history"},"timestamp":"<ts>"}",
        "{"type":"status","status":"generating_response","details":{},"timestamp":"<ts>"}",
        "{"type":"token","content":"Hello","timestamp":"<ts>"}",
        "{"type":"token","content":" there","timestamp":"<ts>"}",
        "{"type":"token","content":".","timestamp":"<ts>"}",
        "{"type":"stream_end","metadata":{"agents_completed":["emergency","history"],"session_id":"<id1>","turn_id":"<id2>","finish_reason":"stop","usage":{"input_tokens":7,"output_tokens":3}},"timestamp":"<ts>"}",
      ]
    `);
  });
});
