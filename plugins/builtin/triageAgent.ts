import { defineAgentPlugin } from 'medchat-gateway/plugin';
import { assessTriage, type ConditionHint } from '../medical/assessTriage.ts';
import { analyzeMessage } from '../medical/language/analyzeMessage.ts';
import { loadKnowledgeBase } from '../medical/knowledge/loadKnowledgeBase.ts';
import type { ContextResult, EmergencyAssessment } from '../medical/types.ts';

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
 * `emergency | non_emergency | self_care` with reasons. The emergency agent's verdict is a floor;
 * the conditions the context agent retrieved contribute their usual triage level as hints.
 */
export const triageAgent = defineAgentPlugin({
  name: 'triage',
  version: '1.0.0',
  apiVersion: 1,
  status: 'running_triage',
  after: ['emergency', 'context'],
  description: 'Triage level from red flags, findings, vitals, duration, severity words and the profile',
  async run(ctx) {
    const emergency = (ctx.results.get('emergency') as EmergencyAssessment | undefined) ?? NO_EMERGENCY;
    const result = assessTriage({
      message: ctx.message,
      analysis: analyzeMessage(ctx.message),
      history: ctx.history.filter((m) => m.role === 'user').map((m) => m.content),
      profile: ctx.profile,
      emergency,
      conditionHints: conditionHints(ctx.results.get('context') as ContextResult | undefined),
    });
    return { level: result.level, reasons: result.reasons, ...(result.rules ? { rules: result.rules } : {}) };
  },
});

function conditionHints(context: ContextResult | undefined): ConditionHint[] {
  if (!context) return [];
  const kb = loadKnowledgeBase();
  return context.passages.flatMap((p) => {
    const condition = kb.byId.get(p.conditionId);
    return condition ? [{ conditionId: p.conditionId, typicalTriage: condition.typicalTriage, score: p.score }] : [];
  });
}
