/** Message analysis for safety rules: instructions aimed at the assistant are blanked out first. */
import { analyzeMessage } from '../language/analyzeMessage.ts';
import type { MessageAnalysis } from '../language/MessageAnalysis.ts';
import { normalizeText } from '../language/normalizeText.ts';
import { memoizeByText } from '../memoizeByText.ts';
import { stripInjection } from './stripInjection.ts';

// Every turn re-reads the session's earlier messages, which earlier turns already analysed.
const rememberedAnalysis = memoizeByText(readForSafety);

export function analyzeForSafety(text: string): MessageAnalysis {
  return rememberedAnalysis(text);
}

function readForSafety(text: string): MessageAnalysis {
  const analysis = analyzeMessage(stripInjection(normalizeText(text)));
  return { ...analysis, original: text };
}
