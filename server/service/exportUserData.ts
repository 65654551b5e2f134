import type { SessionStore } from '../store/SessionStore.ts';

/** Everything stored about a user, as plain JSON: profile, sessions with messages, turns with audit. */
export async function exportUserData(store: SessionStore, userId: string) {
  const sessions = await store.listSessions(userId);
  return {
    userId,
    exportedAt: new Date().toISOString(),
    profile: (await store.getProfile(userId)) ?? null,
    sessions: await Promise.all(
      sessions.map(async (s) => ({
        id: s.id,
        createdAt: new Date(s.createdAt).toISOString(),
        updatedAt: new Date(s.updatedAt).toISOString(),
        messages: (await store.getMessages(s.id)).map((m) => ({
          id: m.id,
          turnId: m.turnId,
          role: m.role,
          content: m.content,
          createdAt: new Date(m.createdAt).toISOString(),
          finishReason: m.finishReason ?? null,
        })),
        turns: (await store.listTurns(s.id)).map((t) => ({
          id: t.id,
          status: t.status,
          finishReason: t.finishReason ?? null,
          createdAt: new Date(t.createdAt).toISOString(),
          audit: t.audit,
        })),
      })),
    ),
  };
}
