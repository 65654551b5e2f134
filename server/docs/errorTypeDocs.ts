import type { CompatErrorType } from '../../compat/protocol/compatErrorTypes.ts';

export interface ErrorTypeDoc {
  readonly when: string;
  readonly retry: string;
}

/** One entry per compat `error_type`; a type without an entry fails test/docs. */
export const ERROR_TYPE_DOCS: { readonly [T in CompatErrorType]: ErrorTypeDoc } = {
  validation_error: {
    when: 'Invalid JSON, a missing, empty or over-long message, a field of the wrong type, an unknown type, a malformed session_id, client_message_id, profile or {user_id}.',
    retry: 'After fixing the frame',
  },
  busy: { when: 'Too many messages are already waiting behind the running turn, or too many turns run at once.', retry: 'Yes, after a stream_end' },
  unauthorized: { when: 'Authentication is required and missing or wrong.', retry: 'With credentials' },
  forbidden: { when: 'The session belongs to another user.', retry: 'No' },
  not_found: { when: 'A resent client_message_id names a turn that no longer exists.', retry: 'Send it as a new message' },
  rate_limited: { when: 'A rate limit (the gateway\'s or the model provider\'s) refused the request.', retry: 'Yes, later' },
  timeout: { when: 'The answer took longer than TURN_TIMEOUT_MS, or the model provider timed out.', retry: 'Yes' },
  unavailable: { when: 'The model provider is unavailable, or the engine refused the turn as unavailable.', retry: 'Yes' },
  upstream_error: { when: 'The model provider failed in a way a retry will not fix.', retry: 'No' },
  internal_error: { when: 'Anything else; logged by type only, never with message text.', retry: 'Yes' },
};
