import { defineAgentPlugin } from 'medchat-gateway/plugin';
import { diagnose } from '../medical/diagnose.ts';
import { analyzeForSafety } from '../medical/safety/analyzeForSafety.ts';
import { warmUpMedicalEngine } from '../medical/warmUpMedicalEngine.ts';

/** A ranked short list of possible conditions with the findings that support each: never a diagnosis. */
export const diagnosticAgent = defineAgentPlugin({
  name: 'diagnostic',
  version: '1.0.0',
  apiVersion: 1,
  status: 'running_diagnostic',
  after: ['triage'],
  description: 'Possible conditions ranked by the asserted findings',
  setup() {
    warmUpMedicalEngine();
  },
  async run(ctx) {
    // The emergency agent's reading of the message (instructions to the assistant blanked): a new
    // message is analysed, and its findings matched, once per turn.
    return diagnose({ analysis: analyzeForSafety(ctx.message), message: ctx.message, profile: ctx.profile, history: ctx.history });
  },
});
