import { randomUUID } from 'node:crypto';
import { filter, lastValueFrom, toArray } from 'rxjs';
import type { HistoryMessage, PatientProfile, SafetySettings } from '../../plugins/sdk/index.ts';
import type { Logger } from '../logging/createLogger.ts';
import type { PluginHost } from '../plugins/createPluginHost.ts';
import type { ChatEventOf } from '../protocol/chatEvent.ts';
import type { SessionStore } from '../store/SessionStore.ts';
import type { EngineObserver } from './EngineObserver.ts';
import { runPluginStage } from './runPluginStage.ts';
import { createTurnState } from './TurnState.ts';

export interface SafetyOnlyRequest {
  readonly message: string;
  readonly sessionId?: string | undefined;
  readonly profile?: PatientProfile | undefined;
  readonly userId: string | undefined;
}

/**
 * Runs only the safety plugins on a message that will not become a turn (refused for a limit), and
 * returns the emergencies they raise. Nothing is stored. The session's history and plugin state
 * sharpen detection ("it got worse"), but only when the session is the requester's.
 */
export async function assessSafetyOnly(
  deps: { store: SessionStore; host: PluginHost; safety: SafetySettings; logger: Logger; observer: EngineObserver; historyLimit: number },
  request: SafetyOnlyRequest,
): Promise<ChatEventOf<'emergency'>[]> {
  const { store } = deps;
  const session = request.sessionId === undefined ? undefined : await store.getSession(request.sessionId).catch(() => undefined);
  const owned = session !== undefined && session.userId === request.userId ? session : undefined;
  const history: HistoryMessage[] = owned
    ? (await store.getMessages(owned.id, { limit: deps.historyLimit }).catch(() => [])).map((m) => ({ role: m.role, content: m.content, turnId: m.turnId }))
    : [];
  const ctx = {
    turnId: randomUUID(),
    sessionId: owned?.id ?? request.sessionId ?? randomUUID(),
    userId: request.userId,
    message: request.message,
    history,
    profile: request.profile,
    safety: deps.safety,
    logger: deps.logger,
    state: createTurnState(owned?.state ?? {}),
    observer: deps.observer,
  };
  return lastValueFrom(
    runPluginStage(deps.host.safety, ctx, { stage: 'safety' }).pipe(
      filter((event): event is ChatEventOf<'emergency'> => event.type === 'emergency'),
      toArray(),
    ),
  );
}
