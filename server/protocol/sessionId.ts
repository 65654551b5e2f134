import { z } from 'zod';

/** Session ids are UUIDs; a client may pick its own, anything else is refused. */
export const sessionIdSchema = z.uuid({ message: 'sessionId must be a UUID' });
