import { z } from 'zod';
import { defineAgentPlugin } from 'medchat-gateway/plugin';
import { getKnowledgeIndex } from '../medical/knowledge/createKnowledgeIndex.ts';
import { assertedText } from '../medical/language/analyzeMessage.ts';
import { analyzeForSafety } from '../medical/safety/analyzeForSafety.ts';
import type { ContextResult } from '../medical/types.ts';
import { warmUpMedicalEngine } from '../medical/warmUpMedicalEngine.ts';

/**
 * Retrieves knowledge-base passages (BM25) for what the message asserts; a question about a
 * condition ("what are the signs of a stroke?") asserts nothing, so then the whole message is used.
 */
export const contextAgent = defineAgentPlugin({
  name: 'context',
  version: '1.0.0',
  apiVersion: 1,
  status: 'retrieving_context',
  after: ['emergency'],
  description: 'Retrieval over the bundled medical knowledge base',
  config: z.object({ passages: z.number().int().min(1).max(10).default(4) }),
  setup() {
    warmUpMedicalEngine();
  },
  async run(ctx): Promise<ContextResult> {
    const index = getKnowledgeIndex();
    // The emergency agent's reading of the message: analysed once per turn.
    const asserted = assertedText(analyzeForSafety(ctx.message));
    const query = asserted.trim().length > 0 ? asserted : ctx.message;
    const hits = index.search(query, ctx.config.passages);
    return {
      kbVersion: index.kb.version,
      passages: hits.map((hit) => ({
        conditionId: hit.conditionId,
        title: hit.entry.name,
        text: hit.entry.summary,
        score: Number(hit.score.toFixed(3)),
        source: hit.entry.sources[0]?.url ?? '',
      })),
    };
  },
});
