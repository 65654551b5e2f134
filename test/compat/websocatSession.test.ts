import { describe, expect, it } from 'vitest';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { CHAT_PATH, conversation } from './compatSocket.ts';

/**
 * The guide's websocat session (`websocat ws://localhost:8000/api/v1/ws/chat`, then one line typed),
 * played with a raw client: each line sent is one text frame, each frame received one printed line.
 * docs/compat.md shows the same transcript.
 */
describe('the websocat session of the guide', () => {
  it('prints the connection frame, then the streamed answer line by line', async () => {
    const provider = createScriptedProvider({ tokens: ['Rest', ', drink fluids', ' and check your temperature.'] });
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], provider });
    await using ws = await openRawSocket(`${gw.wsUrl}${CHAT_PATH}`);
    await ws.waitFor((f) => f.type === 'connection');
    ws.sendRaw('{"message": "I have a fever", "enable_agents": true}');
    await ws.waitFor((f) => f.type === 'stream_end');
    ws.sendRaw('{"message": ""}');
    await ws.waitFor((f) => f.type === 'error');
    expect(conversation(ws.frames)).toMatchInlineSnapshot(`
      [
        "{"type":"connection","status":"connected","session_id":"<id1>","timestamp":"<ts>"}",
        "{"type":"stream_start","metadata":{"workflow":"multi_agent","agents":["emergency"],"session_id":"<id1>","turn_id":"<id2>"},"timestamp":"<ts>"}",
        "{"type":"status","status":"validating","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"checking_emergency","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"generating_response","details":{},"timestamp":"<ts>"}",
        "{"type":"token","content":"Rest","timestamp":"<ts>"}",
        "{"type":"token","content":", drink fluids","timestamp":"<ts>"}",
        "{"type":"token","content":" and check your temperature.","timestamp":"<ts>"}",
        "{"type":"stream_end","metadata":{"agents_completed":["emergency"],"session_id":"<id1>","turn_id":"<id2>","finish_reason":"stop","usage":{"input_tokens":7,"output_tokens":3}},"timestamp":"<ts>"}",
        "{"type":"error","error_type":"validation_error","message":"Message cannot be empty","issues":[{"path":"message","message":"Message cannot be empty"}],"timestamp":"<ts>"}",
      ]
    `);
  });
});
