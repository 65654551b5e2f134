import { z } from 'zod';
import type { ChatClient } from '../../client/index.ts';
import type { PatientProfile, TriageLevel } from '../../plugins/sdk/index.ts';

interface TurnOutcome {
  /** The `emergency` event came before the first token. */
  readonly alerted: boolean;
  readonly level: TriageLevel;
  /** The diagnostic agent's possibilities, best first (condition ids); empty without its result. */
  readonly ranked: readonly string[];
  /** The whole streamed answer. */
  readonly answer: string;
}

const triageData = z.object({ level: z.enum(['emergency', 'non_emergency', 'self_care']) });
const diagnosticData = z.object({ possibilities: z.array(z.object({ conditionId: z.string() })) });

/** One turn through a gateway's event stream, in a fresh session, read to its end. */
export async function runTurn(
  client: ChatClient,
  request: { message: string; profile: PatientProfile | undefined },
  opts: { label: string },
): Promise<TurnOutcome> {
  let alerted = false;
  let level: TriageLevel | undefined;
  let ranked: string[] = [];
  let tokenSeen = false;
  let refusal: string | undefined;
  let answer = '';
  const turn = { message: request.message, ...(request.profile ? { patientProfile: request.profile } : {}) };
  for await (const { event } of client.streamTurn(turn)) {
    if (event.type === 'emergency' && !tokenSeen) alerted = true;
    if (event.type === 'error' && event.fatal) refusal = event.errorType;
    if (event.type === 'agent_result' && event.agent === 'triage') level = parseOr(triageData, event.data, opts.label, 'triage').level;
    if (event.type === 'agent_result' && event.agent === 'diagnostic') {
      ranked = parseOr(diagnosticData, event.data, opts.label, 'diagnostic').possibilities.map((p) => p.conditionId);
    }
    if (event.type === 'token') {
      tokenSeen = true;
      answer += event.content;
    }
  }
  if (!level) throw new Error(`case ${opts.label}: the triage agent gave no result${refusal ? ` (turn refused: ${refusal})` : ''}`);
  return { alerted, level, ranked, answer };
}

function parseOr<T>(schema: z.ZodType<T>, data: unknown, label: string, agent: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`case ${label}: the ${agent} agent's result has an unexpected shape: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}
