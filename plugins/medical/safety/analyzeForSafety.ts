/** Message analysis for safety rules: instructions aimed at the assistant are blanked out first. */
import { analyzeMessage } from '../language/analyzeMessage.ts';
import type { MessageAnalysis } from '../language/MessageAnalysis.ts';
import { normalizeText } from '../language/normalizeText.ts';
import { stripInjection } from './stripInjection.ts';

export function analyzeForSafety(text: string): MessageAnalysis {
  const analysis = analyzeMessage(stripInjection(normalizeText(text)));
  return { ...analysis, original: text };
}
