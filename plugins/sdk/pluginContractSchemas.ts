import { z } from 'zod';
import type { AgentPlugin } from './types.ts';

/**
 * The plugin contract as data: the fields a plugin object must have and the shape of each emission.
 * The test kit checks plugins against these so an author sees at test time what the gateway would refuse.
 */
export const pluginShapeSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, 'name must be lower-case letters, digits, - or _'),
  version: z.string().min(1),
  apiVersion: z.number().int(),
  stage: z.enum(['safety', 'agent']).optional(),
  status: z.string().regex(/^[a-z][a-z0-9_]*$/).optional(),
  after: z.array(z.string()).optional(),
  timeoutMs: z.number().int().positive().optional(),
  run: z.custom<AgentPlugin['run']>((v) => typeof v === 'function', 'run must be a function'),
});

/** One emission of `run`; status values are snake_case because clients switch on them. */
export const pluginEmissionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('result'), data: z.unknown() }),
  z.object({ type: z.literal('status'), status: z.string().regex(/^[a-z][a-z0-9_]*$/), details: z.record(z.string(), z.unknown()).optional() }),
  z.object({ type: z.literal('token'), content: z.string() }),
  z.object({ type: z.literal('emergency'), severity: z.enum(['critical', 'urgent']), reasons: z.array(z.string()), advice: z.string().min(1) }),
  z.object({ type: z.literal('audit'), rule: z.string(), detail: z.string() }),
]);
