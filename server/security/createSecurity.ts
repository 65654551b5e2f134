import type { Authenticator } from '../auth/Authenticator.ts';
import type { GatewayConfig } from '../config/configSchema.ts';
import type { Logger } from '../logging/createLogger.ts';
import { createConcurrencyLimiter } from './createConcurrencyLimiter.ts';
import { createOriginCheck } from './createOriginCheck.ts';
import { createRequestLimits } from './createRequestLimits.ts';
import { createTrpcGate } from './createTrpcGate.ts';
import type { LimitCounters } from './LimitCounters.ts';
import { createClientAddress } from './clientAddress.ts';
import { createUpgradeCheck } from './createUpgradeCheck.ts';
import { createUpgradeDecision } from './createUpgradeDecision.ts';
import { createUpgradeGuard } from './createUpgradeGuard.ts';

/** The gateway's edge defences from configuration, in one place (docs/security.md). */
export function createSecurity(opts: { config: GatewayConfig; authenticator: Authenticator; logger: Logger; counters: LimitCounters; onRefused: (scope: string) => void }) {
  const { config, authenticator, counters, onRefused } = opts;
  const checkOrigin = createOriginCheck(config.ALLOWED_ORIGINS);
  const limits = createRequestLimits({
    perMinuteUser: config.RATE_LIMIT_PER_MINUTE_USER,
    perMinuteConnection: config.RATE_LIMIT_PER_MINUTE_CONNECTION,
    perMinuteIp: config.RATE_LIMIT_PER_MINUTE_IP,
    turnsUser: config.MAX_CONCURRENT_TURNS_USER,
    turnsConnection: config.MAX_CONCURRENT_TURNS_CONNECTION,
    turnsIp: config.MAX_CONCURRENT_TURNS_IP,
    counters,
    onRefused,
  });
  const connectionsPerIp = createConcurrencyLimiter(config.MAX_CONNECTIONS_PER_IP);
  const clientAddress = createClientAddress(splitList(config.TRUSTED_PROXIES));
  // New sockets and event streams per address and minute, counted where the other per-IP limits are (Redis: every instance).
  const upgradeRate = (ip: string) => counters.take(`upgrade:${ip}`, config.UPGRADES_PER_MINUTE_IP);
  const guard = createUpgradeGuard({ authenticator, checkOrigin, connectionsPerIp, upgradeRate, clientAddress, onRefused });
  // GET /api/v1/ws/check: the guard's decision without taking a slot, rate-limited per address.
  const upgradeCheck = createUpgradeCheck({
    decide: createUpgradeDecision({ authenticator, checkOrigin, connectionsPerIp, onRefused }),
    clientAddress,
    perMinute: config.RATE_LIMIT_PER_MINUTE_CONNECTION,
    onRefused,
  });
  const trpcGate = createTrpcGate({
    authenticator,
    limits,
    maxSubscriptions: config.MAX_SUBSCRIPTIONS_PER_CONNECTION,
    deadlineMs: config.AUTH_CONNECTION_PARAMS_TIMEOUT_MS,
    logger: opts.logger,
  });
  return { checkOrigin, limits, guard, upgradeCheck, trpcGate, connectionsPerIp, upgradeRate, clientAddress };
}

function splitList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
}
