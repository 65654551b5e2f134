// The one token estimate lives with the answer-stage contract, so a prompt-building plugin and the
// providers budget alike.
export { estimatePromptTokens, estimateTokens, estimateTokensForLength } from '../../plugins/sdk/estimateTokens.ts';
