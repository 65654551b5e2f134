import type { z } from 'zod';
import type { AgentPlugin } from './types.ts';

/** Identity helper: it exists so `run(ctx)` infers `ctx.config` from the plugin's schema. */
export function defineAgentPlugin<Schema extends z.ZodType = z.ZodUndefined>(
  plugin: AgentPlugin<Schema>,
): AgentPlugin<Schema> {
  return plugin;
}
