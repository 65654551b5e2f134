import { TRPCError, initTRPC } from '@trpc/server';
import type { ClientChannel } from './ClientChannel.ts';
import type { ConnectionLimits } from '../security/createRequestLimits.ts';
import { fromLimit, storeRefusal } from '../service/refusals.ts';
import { RefusedError } from './RefusedError.ts';
import { toTrpcError } from './toTrpcError.ts';
import { wireTransformer } from './wireTransformer.ts';

export interface TrpcContext {
  /** Authenticated user; undefined when AUTH_MODE is none. */
  readonly userId: string | undefined;
  /** Rate limits and turn caps of this connection (and its user). */
  readonly limits: ConnectionLimits;
  /** A slot for one open subscription; undefined at MAX_SUBSCRIPTIONS_PER_CONNECTION. */
  readonly openSubscription: () => (() => void) | undefined;
  /** Whether the client is still there (an explicit stop or a dropped connection), and backpressure. */
  readonly channel: ClientChannel;
  /**
   * True once the gateway shuts down and has told tRPC clients to reconnect: a stop that arrives then
   * is wsLink moving the subscription to its new socket, not the user stopping the turn.
   */
  readonly isDraining: () => boolean;
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: wireTransformer,
  // Client-facing errors never carry stack traces, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const issues = validationIssues(error.cause);
    const { stack: _stack, ...data } = shape.data;
    const refused = error.cause instanceof RefusedError ? error.cause : undefined;
    const retryAfterSeconds = refused?.retryAfterSeconds;
    const emergency = refused?.emergency;
    // Parser and internal messages would describe our internals (or echo the input): say only what failed.
    // (Over HTTP a body that is not JSON is a BAD_REQUEST caused by JSON.parse's SyntaxError, which quotes it.)
    const message = error.code === 'PARSE_ERROR' || error.cause instanceof SyntaxError ? 'Malformed tRPC message' : error.code === 'INTERNAL_SERVER_ERROR' ? 'Internal error' : shape.message;
    return { ...shape, message, data: { ...data, ...(issues ? { zodIssues: issues } : {}), ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }), ...(emergency ? { emergency } : {}) } };
  },
});

export const router = t.router;
/** A store outage in any procedure is a typed SERVICE_UNAVAILABLE (store_unavailable), not an internal error. */
const storeOutages = t.middleware(async ({ next }) => {
  const result = await next();
  const outage = result.ok ? undefined : storeRefusal(result.error.cause);
  if (outage) throw toTrpcError(outage);
  return result;
});
/**
 * Without rate limiting: `chat.stream` applies the limits itself, so a refused message still gets
 * its emergency advice, and `chat.cancel` only ever lowers load. (With auth on, a connection without
 * valid credentials never gets this far: it is closed with 4401.)
 */
export const unmeteredProcedure = t.procedure.use(storeOutages);
/** Every other call counts against the connection's and the user's requests per minute. */
export const publicProcedure = unmeteredProcedure.use(async ({ ctx, next }) => {
  const refusal = await ctx.limits.request();
  if (refusal) throw toTrpcError(fromLimit(refusal));
  return next();
});

/** Procedures on a user's own data (profile, sessions): they need an authenticated user. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  const { userId } = ctx;
  if (userId === undefined) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'This needs an authenticated user (AUTH_MODE=token)' });
  return next({ ctx: { ...ctx, userId } });
});

/** Input validation failures keep their issues (path, code, message) so clients can show them. */
function validationIssues(cause: unknown): { path: PropertyKey[]; code?: string; message: string }[] | undefined {
  if (typeof cause !== 'object' || cause === null || !('issues' in cause) || !Array.isArray(cause.issues)) return undefined;
  return (cause.issues as { path?: PropertyKey[]; code?: string; message: string }[]).map((issue) => ({
    path: (issue.path ?? []).map((p) => (typeof p === 'object' && p !== null && 'key' in p ? (p as { key: PropertyKey }).key : p)),
    ...(issue.code === undefined ? {} : { code: issue.code }),
    message: issue.message,
  }));
}
