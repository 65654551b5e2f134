import { defineAgentPlugin } from 'medchat-gateway/plugin';
import { assessTriage, type ConditionHint } from '../medical/assessTriage.ts';
import { diagnose } from '../medical/diagnose.ts';
import { getKnowledgeIndex } from '../medical/knowledge/createKnowledgeIndex.ts';
import type { MessageAnalysis } from '../medical/language/MessageAnalysis.ts';
import { analyzeMessage } from '../medical/language/analyzeMessage.ts';
import type { EmergencyAssessment } from '../medical/types.ts';

const NO_EMERGENCY: EmergencyAssessment = {
  fired: false,
  severity: undefined,
  reasons: [],
  advice: '',
  crisis: false,
  carriedOver: false,
  rules: [],
};

/**
 * `emergency | non_emergency | self_care` with reasons. The emergency agent's verdict is a floor.
 * Conditions the asserted findings make "more likely" contribute their usual triage level as hints;
 * weaker keyword matches do not, since a retrieval list always holds something that needs a doctor.
 */
export const triageAgent = defineAgentPlugin({
  name: 'triage',
  version: '1.0.0',
  apiVersion: 1,
  status: 'running_triage',
  after: ['emergency'],
  description: 'Triage level from red flags, findings, vitals, duration, severity words and the profile',
  async run(ctx) {
    const emergency = (ctx.results.get('emergency') as EmergencyAssessment | undefined) ?? NO_EMERGENCY;
    const analysis = analyzeMessage(ctx.message);
    const result = assessTriage({
      message: ctx.message,
      analysis,
      history: ctx.history.filter((m) => m.role === 'user').map((m) => m.content),
      profile: ctx.profile,
      emergency,
      conditionHints: conditionHints(analysis, ctx.profile),
    });
    return { level: result.level, reasons: result.reasons, ...(result.rules ? { rules: result.rules } : {}) };
  },
});

function conditionHints(analysis: MessageAnalysis, profile: Parameters<typeof diagnose>[0]['profile']): ConditionHint[] {
  const index = getKnowledgeIndex();
  return diagnose({ analysis, profile, index }).possibilities.flatMap((p) => {
    const condition = p.likelihood === 'more likely' ? index.get(p.conditionId) : undefined;
    return condition ? [{ conditionId: p.conditionId, typicalTriage: condition.typicalTriage, score: p.score }] : [];
  });
}
