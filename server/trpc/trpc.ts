import { TRPCError, initTRPC } from '@trpc/server';
import superjson from 'superjson';

export interface TrpcContext {
  /** Authenticated user; undefined when AUTH_MODE is none. */
  readonly userId: string | undefined;
  /** Set when auth is on and the connection's credentials were missing or wrong: every call is refused. */
  readonly authFailure?: 'missing' | 'invalid' | undefined;
  /** False once the client's socket is closing: tells an explicit stop from a dropped connection. */
  readonly isConnectionOpen: () => boolean;
  /** Bytes queued on the client's socket, for backpressure. */
  readonly bufferedAmount: () => number;
  /**
   * True once the gateway shuts down and has told tRPC clients to reconnect: a stop that arrives then
   * is wsLink moving the subscription to its new socket, not the user stopping the turn.
   */
  readonly isDraining: () => boolean;
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  // Client-facing errors never carry stack traces, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const issues = validationIssues(error.cause);
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, data: { ...data, ...(issues ? { zodIssues: issues } : {}) } };
  },
});

export const router = t.router;
// With auth on, nothing is public: a connection without valid credentials is refused on every call.
export const publicProcedure = t.procedure.use(({ ctx, next }) => {
  if (ctx.authFailure) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.authFailure === 'missing' ? 'Authentication required' : 'Invalid credentials' });
  }
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
