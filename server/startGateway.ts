import { builtinAgents } from '../plugins/builtin/index.ts';
import { composeAnswer } from '../plugins/medical/composeAnswer.ts';
import { KNOWLEDGE_BASE_VERSION } from '../plugins/medical/knowledge/version.ts';
import type { GatewayConfig } from './config/configSchema.ts';
import { createGateway, type Gateway } from './createGateway.ts';
import { createResponseOptions } from './createResponseOptions.ts';
import type { Logger } from './logging/createLogger.ts';
import { createStoreFromConfig } from './store/createStoreFromConfig.ts';

/**
 * The gateway as `npm start` runs it: the built-in medical agents first, then PLUGINS_CONFIG's, the
 * configured answer engine (the offline local one by default) and the configured store.
 */
export function startGateway(opts: { config: GatewayConfig; logger?: Logger }): Promise<Gateway> {
  const { config } = opts;
  return createGateway({
    config,
    plugins: builtinAgents.map((plugin) => ({ plugin })),
    response: createResponseOptions(config, { compose: composeAnswer }),
    store: createStoreFromConfig(config),
    kbVersion: KNOWLEDGE_BASE_VERSION,
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
}
