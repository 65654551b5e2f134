import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';

const examplePluginsConfig = fileURLToPath(new URL('../../examples/plugins/allergy-check/plugins.json', import.meta.url));

describe('example third-party plugin (examples/plugins/allergy-check)', () => {
  it('loads through PLUGINS_CONFIG and runs in a real turn', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], config: { PLUGINS_CONFIG: examplePluginsConfig } });
    expect(gw.host.rejected).toEqual([]);
    expect(gw.host.agents.map((p) => p.plugin.name)).toEqual(['allergy-check']);

    const client = gw.client();
    const patientProfile = { allergies: { drug: ['penicillin'] } };
    const first = await collectTurn(client.streamTurn({ message: 'Can I take Arcoxia or amoxicillin for this?', patientProfile }));
    expect(first[0]?.event).toMatchObject({ type: 'stream_start', agents: ['emergency', 'allergy-check'] });
    const statuses = first.flatMap((e) => (e.event.type === 'status' && e.event.agent === 'allergy-check' ? [e.event] : []));
    expect(statuses).toEqual([
      { type: 'status', status: 'checking_allergies', agent: 'allergy-check', details: { currentAgent: 'allergy-check' } },
      { type: 'status', status: 'allergy_conflict', agent: 'allergy-check', details: { avoid: 1, caution: 0 } },
    ]);
    // `etoricoxib`/`arcoxia` is only known through the options in plugins.json.
    expect(first.find((e) => e.event.type === 'agent_result' && e.event.agent === 'allergy-check')?.event).toMatchObject({
      data: {
        mentioned: [
          { drug: 'amoxicillin', source: 'message' },
          { drug: 'etoricoxib', source: 'message' },
        ],
        conflicts: [{ drug: 'amoxicillin', allergy: 'penicillin', kind: 'same_class' }],
      },
    });
    expect(first.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop', agentsCompleted: ['emergency', 'allergy-check'] });

    // The gateway keeps the plugin's session state: the same conflict is not announced twice.
    const sessionId = first[0]?.event.type === 'stream_start' ? first[0].event.sessionId : undefined;
    const second = await collectTurn(client.streamTurn({ message: 'So not amoxicillin?', patientProfile, ...(sessionId ? { sessionId } : {}) }));
    expect(second.filter((e) => e.event.type === 'status' && e.event.status === 'allergy_conflict')).toEqual([]);
    expect(second.find((e) => e.event.type === 'agent_result' && e.event.agent === 'allergy-check')?.event).toMatchObject({
      data: { conflicts: [{ drug: 'amoxicillin' }] },
    });
  });
});
