import { TRPCClientError } from '@trpc/client';
import { ChatConnectionError } from './ChatConnectionError.ts';

/** One line for a failed call: why the gateway could not be reached or refused, or what it said. */
export function describeCliError(error: unknown, url: string): string {
  const cause = error instanceof TRPCClientError ? error.cause : error;
  if (cause instanceof ChatConnectionError) {
    if (cause.status === 401 || cause.status === 403) return `the gateway at ${url} refused the connection (HTTP ${cause.status}): check --token`;
    if (cause.status !== undefined) return `the gateway at ${url} refused the connection (HTTP ${cause.status}); try again later`;
    return `cannot reach the gateway at ${url} (is it running? start it with: npm start)`;
  }
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: unknown } | undefined)?.code;
    if (code === 'UNAUTHORIZED') return `the gateway refused the token (401): ${error.message}`;
    if (code === 'FORBIDDEN') return `the gateway refused access (403): ${error.message}`;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
