import { TRPCClientError } from '@trpc/client';
import { expect } from 'vitest';
import type { ChatClient } from '../../client/index.ts';
import { collectTurn } from '../harness/startTestGateway.ts';

/** The tRPC error code a call fails with, or 'no error'. */
export async function codeOf(work: Promise<unknown> | (() => Promise<unknown>)): Promise<string | undefined> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    if (error instanceof TRPCClientError) return (error.data as { code?: string } | undefined)?.code;
    throw error;
  }
  return 'no error';
}

/**
 * Another user's session is NOT_FOUND to `other`, exactly as an unknown one (issue 18: nothing tells
 * them it exists), and they see no profile and no sessions of their own.
 */
export async function expectSessionHiddenFrom(other: ChatClient, sessionId: string): Promise<void> {
  expect(await other.trpc.profile.get.query()).toBeNull();
  expect(await other.trpc.session.list.query()).toEqual([]);
  expect(await codeOf(other.trpc.session.history.query({ sessionId }))).toBe('NOT_FOUND');
  expect(await codeOf(other.trpc.session.delete.mutate({ sessionId }))).toBe('NOT_FOUND');
  expect(await codeOf(collectTurn(other.streamTurn({ message: 'continue hers', sessionId })))).toBe('NOT_FOUND');
}
