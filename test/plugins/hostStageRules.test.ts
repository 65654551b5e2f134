import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { defineAgentPlugin, type PluginEmission } from '../../plugins/sdk/index.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';

/** An agent (not stage: 'safety') that tries to raise an emergency, then gives its result. */
const alarmistAgent = defineAgentPlugin({
  name: 'alarmist',
  version: '1.0.0',
  apiVersion: 1,
  run: () =>
    new Observable<PluginEmission>((s) => {
      s.next({ type: 'emergency', severity: 'critical', reasons: ['made up'], advice: 'Panic.' });
      s.next({ type: 'result', data: { said: 'fine' } });
      s.complete();
    }),
});

/**
 * Issue 18: "only safety plugins emit `emergency`" is enforced by the one plugin runtime the host and the
 * test kit share (plugins/sdk/createPluginRun.ts), not only documented. Here through the host, in a real
 * gateway: the agent's emergency is dropped and reported as a non-fatal error naming it (`agent_failed` on compat); its result and
 * the answer go on, and a safety plugin's emergency still goes out.
 */
describe('the plugin host applies the stage rules', () => {
  it("drops an emergency from an agent that is not stage: 'safety', with a non-fatal error; a safety plugin's goes out", async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin: alarmistAgent }] });
    await using ws = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    ws.send({ message: 'I have a mild headache' });
    await ws.waitFor((f) => f.type === 'stream_end');
    const frames = ws.frames as { type: string; status?: string; details?: { agent?: string; message?: string } }[];
    expect(frames.filter((f) => f.type === 'emergency')).toEqual([]);
    // compat renders a non-fatal error as the guide's `agent_failed` status.
    expect(frames.filter((f) => f.type === 'error')).toEqual([]);
    const failed = frames.filter((f) => f.status === 'agent_failed');
    expect(failed.map((f) => f.details?.agent)).toEqual(['alarmist']);
    expect(failed[0]?.details?.message).toContain("only stage: 'safety' plugins");
    expect(frames.some((f) => f.type === 'token')).toBe(true);

    const from = ws.frames.length;
    ws.send({ message: 'I have crushing chest pain' });
    await ws.waitFor((f) => f.type === 'stream_end', from);
    const emergencies = (ws.frames.slice(from) as { type: string; advice?: string }[]).filter((f) => f.type === 'emergency');
    expect(emergencies.map((f) => f.advice)).toEqual(['Call 911 now.']);
  });
});
