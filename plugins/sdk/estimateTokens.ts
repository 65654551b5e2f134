import type { LlmMessage } from './answerStage.ts';

/**
 * The one token estimate (budgets, and usage when the upstream reports none): ~4 characters per token
 * (OpenAI's rule of thumb for English BPE tokenizers), rounded up. No tokenizer ships with the gateway,
 * so this is deliberately an estimate; budgets keep a margin for it.
 */
export function estimateTokens(text: string): number {
  return estimateTokensForLength(text.length);
}

/** estimateTokens for a text of `chars` characters. */
export function estimateTokensForLength(chars: number): number {
  return Math.ceil(chars / 4);
}

/** Chat formats add a few tokens per message for role markers. */
export function estimatePromptTokens(messages: readonly LlmMessage[]): number {
  return messages.reduce((sum, m) => sum + 4 + estimateTokens(m.content), 0);
}
