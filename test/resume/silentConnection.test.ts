/**
 * Client keep-alive (createChatClient's `keepAlive`). Fault it stands for: a connection that goes
 * silent without closing (a NAT or proxy that forgot it, a laptop waking on another network): no FIN,
 * no reset, so the client's TCP stack reports nothing and a waiting answer would wait forever. A real
 * TCP proxy between the typed client and a real gateway stops forwarding mid-turn and keeps both
 * sides open; the client must notice by itself, reconnect through the proxy and resume the turn.
 */
import { describe, expect, it } from 'vitest';
import type { TurnEvent } from '../../client/index.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { createClientOver } from '../harness/createClientOver.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { createSwitchableProxy } from './createSwitchableProxy.ts';
import { expectWholeTurn } from './expectWholeTurn.ts';
import { textOf } from './rawTurnStream.ts';

const answer = Array.from({ length: 200 }, (_, i) => `w${i} `);

// ws: wsLink's PING after `intervalMs` of silence, no PONG within `pongTimeoutMs`: the socket is
// replaced (terminated: Node's ws would wait 30 s for a closing handshake on a dead connection first).
// http: the gateway pings idle streams (SSE_PING_MS), and a stream silent for `inactivityMs` (by
// default the gateway's advice, 2 × SSE_PING_MS + 5 s) is reopened with Last-Event-ID.
const cases = [
  { name: 'ws', transport: 'ws', config: {}, keepAlive: { intervalMs: 100, pongTimeoutMs: 200 } },
  { name: 'http', transport: 'http', config: { SSE_PING_MS: 100 }, keepAlive: { inactivityMs: 400 } },
  { name: "http, the gateway's advice", transport: 'http', config: { SSE_PING_MS: 100 }, keepAlive: {} },
] as const;

describe.each(cases)('a connection that goes silent mid-turn ($name)', ({ transport, config, keepAlive }) => {
  it('the client notices by itself, reconnects and resumes the turn: every token once, in order, one stream_end', async () => {
    await using gw = await startTestGateway({ provider: createScriptedProvider({ tokens: answer, delayMs: 10 }), config });
    await using proxy = await createSwitchableProxy(gw.port);
    let opens = 0;
    const client = createClientOver(transport, proxy.url, { keepAlive, onConnectionChange: (state) => state === 'open' && opens++ });
    const events: TurnEvent[] = [];
    let opensAtSilence: number | undefined;
    let acceptedAtSilence = 0;
    for await (const e of client.streamTurn({ message: 'a long answer please' })) {
      events.push(e);
      if (opensAtSilence === undefined && textOf(events).includes('w9 ')) {
        opensAtSilence = opens;
        acceptedAtSilence = proxy.accepted;
        // Nothing more reaches either side of this connection, and neither side is told.
        proxy.silenceAll();
      }
    }
    await client.close();
    expect(opensAtSilence).toBeDefined();
    // It came back through a new connection, opened after the silence.
    expect(opens).toBeGreaterThan(opensAtSilence as number);
    expect(proxy.accepted).toBeGreaterThan(acceptedAtSilence);
    const start = expectWholeTurn(events, answer.join(''));
    // One turn ran: the resume followed it, it did not start another.
    expect(await gw.store.listTurns(start.sessionId)).toHaveLength(1);
  });
});
