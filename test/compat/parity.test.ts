import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { historyAgent, keywordSafety, throwingAgent } from '../fakes/testPlugins.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { expectGuideFrames, openCompatSocket } from './compatSocket.ts';

interface Summary {
  text: string;
  statuses: string[];
  agents: string[];
  agentsCompleted: string[];
  emergencies: string[];
}

function fromEvents(events: readonly ChatEvent[]): Summary {
  const start = events.find((e) => e.type === 'stream_start');
  const end = events.find((e) => e.type === 'stream_end');
  return {
    text: events.map((e) => (e.type === 'token' ? e.content : '')).join(''),
    statuses: events.flatMap((e) => (e.type === 'status' ? [e.status] : e.type === 'error' && !e.fatal ? ['agent_failed'] : [])),
    agents: start?.type === 'stream_start' ? start.agents : [],
    agentsCompleted: end?.type === 'stream_end' ? end.agentsCompleted : [],
    emergencies: events.flatMap((e) => (e.type === 'emergency' ? [`${e.severity}: ${e.advice}`] : [])),
  };
}

function fromFrames(frames: readonly any[]): Summary {
  return {
    text: frames.map((f) => (f.type === 'token' ? f.content : '')).join(''),
    statuses: frames.flatMap((f) => (f.type === 'status' ? [f.status] : [])),
    agents: frames.find((f) => f.type === 'stream_start')?.metadata.agents ?? [],
    agentsCompleted: frames.find((f) => f.type === 'stream_end')?.metadata.agents_completed ?? [],
    emergencies: frames.flatMap((f) => (f.type === 'emergency' ? [`${f.severity}: ${f.advice}`] : [])),
  };
}

const scenarios = [
  { name: 'a multi-agent answer', message: 'I have a mild headache', enableAgents: true },
  { name: 'an emergency', message: 'I have crushing chest pain', enableAgents: true },
  { name: 'safety plugins only', message: 'hello there', enableAgents: false },
];

describe('parity: /trpc and compat show the same turn', () => {
  for (const scenario of scenarios) {
    it(`${scenario.name}: same text, statuses, agents and emergency`, async () => {
      const provider = createScriptedProvider({ tokens: (r) => ['You said: ', r.grounding.message, '.'] });
      await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin: throwingAgent }, { plugin: historyAgent }], provider });
      const overTrpc = fromEvents((await collectTurn(gw.client().streamTurn({ message: scenario.message, enableAgents: scenario.enableAgents }))).map((e) => e.event));

      await using ws = await openCompatSocket(gw.wsUrl);
      ws.send({ message: scenario.message, enable_agents: scenario.enableAgents });
      const frames = await ws.nextTurn();
      expectGuideFrames(frames);
      const overCompat = fromFrames(frames);

      expect(overCompat).toEqual(overTrpc);
      expect(overCompat.text).toBe(`You said: ${scenario.message}.`);
      expect(overCompat.statuses).toContain('generating_response');
    });
  }
});
