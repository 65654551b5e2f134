import { describe, expect, it } from 'vitest';
import { builtinAgents } from '../../plugins/builtin/index.ts';
import { warmUpMedicalEngine } from '../../plugins/medical/warmUpMedicalEngine.ts';
import { decideUrgency } from '../../plugins/medical/urgency/decideUrgency.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { createPluginHost } from '../../server/plugins/createPluginHost.ts';

// Each test file runs in a fresh module graph: nothing has warmed the engine before this file.
describe('the built-in agents warm the medical engine at setup', () => {
  it('regression: the first message after a start waited over a second for its emergency frame', async () => {
    const host = await createPluginHost({
      registrations: builtinAgents.map((plugin) => ({ plugin })),
      defaultTimeoutMs: 10_000,
      logger: createLogger({ level: 'silent' }),
    });
    expect(host.rejected).toEqual([]);
    expect(host.safety.map((p) => p.plugin.name)).toEqual(['emergency']);
    // Already done, by the agents' setup: a second call does nothing.
    expect(warmUpMedicalEngine()).toBe(false);
    await host.close();
  });

  it('still tells an emergency from a cold after the practice run', () => {
    const decide = (message: string) =>
      decideUrgency({ message, history: [], profile: undefined, sessionState: undefined, safety: { emergencyNumber: '911', crisisLine: '988' } }).decision.level;
    expect(decide('my dad suddenly cannot speak properly and one side of his face has dropped')).toBe('emergency');
    expect(decide('I have had a runny nose and a mild sore throat for two days')).toBe('self_care');
  });
});
