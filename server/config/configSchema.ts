import { z } from 'zod';
import { parseProxyEntry } from '../security/parseTrustedProxies.ts';
import { parseClusterNodes } from '../store/redis/parseClusterNodes.ts';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Every setting the gateway reads, with its default. `.env.example` lists the same names; a test
 * keeps the two in step.
 */
export const configSchema = z.object({
  /** Any value (staging, qa, ...); only `production` changes behaviour (auth required unless ALLOW_INSECURE=1). */
  NODE_ENV: z.string().trim().min(1).max(64).default('development'),
  PORT: int(0, 65535).default(8000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** An identical log line is written once per this interval, then once more with `repeated: N`; 0 writes every one. */
  LOG_THROTTLE_MS: int(0, 3_600_000).default(10_000),
  MAX_MESSAGE_CHARS: int(1, 100_000).default(4000),
  MAX_FRAME_BYTES: int(1024, 16 * 1024 * 1024).default(64 * 1024),
  PLUGINS_CONFIG: z.string().min(1).optional(),
  PLUGIN_TIMEOUT_MS: int(10, 600_000).default(10_000),
  TURN_TIMEOUT_MS: int(100, 3_600_000).default(180_000),
  /** Where sessions, profiles and turn logs live: `sqlite` (one file, the default), `redis` (several instances), `memory` (tests). */
  STORE: z.enum(['sqlite', 'redis', 'memory']).default('sqlite'),
  /** SQLite database file, WAL mode (its -wal and -shm files sit beside it). */
  SQLITE_PATH: z.string().min(1).default('./data/medchat.db'),
  /** `redis://[:password@]host:port[/db]`, or `rediss://` for TLS. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  /** Redis Cluster instead of REDIS_URL: seed nodes `redis://host:port,redis://host:port` (rediss:// for TLS; one scheme and password for all). */
  REDIS_CLUSTER_NODES: z
    .string()
    .min(1)
    .refine((v) => parseClusterNodes(v) !== undefined, 'must be a comma list of redis:// or rediss:// host:port URLs sharing one scheme and password (redis://10.0.0.1:7000,redis://10.0.0.2:7000)')
    .optional(),
  /** STORE=redis writes a turn's events at most once per this many ms (an event waits at most this long; emergencies and ends never); 0: each at once. */
  REDIS_FLUSH_MS: int(0, 1000).default(150),
  /** Every store call (and shared-limit call) fails after this, so a frozen store refuses new turns (store_unavailable) instead of hanging them. */
  STORE_TIMEOUT_MS: int(100, 120_000).default(3000),
  /** STORE=memory keeps at most this many sessions; past it the least recently updated idle one is deleted. */
  MEMORY_STORE_MAX_SESSIONS: int(1, 10_000_000).default(10_000),
  /** Sessions (with messages, event logs and audit) not updated for this many days are purged. */
  RETENTION_DAYS: int(1, 3650).default(30),
  /** Lease the generating instance holds on a turn; once it lapses the turn is closed as interrupted. */
  TURN_LEASE_MS: int(300, 600_000).default(10_000),
  /** `none` for local development; `token` maps bearer tokens to users (AUTH_TOKENS); `jwt` verifies JWTs (jose). */
  AUTH_MODE: z.enum(['none', 'token', 'jwt']).default('none'),
  /** `token1:user1,token2:user2`; required with AUTH_MODE=token. */
  AUTH_TOKENS: z.string().min(1).optional(),
  /** HS256 secret (at least 32 bytes) for AUTH_MODE=jwt; or JWT_JWKS_URL for public keys. */
  JWT_SECRET: z.string().min(32).optional(),
  JWT_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  /** NODE_ENV=production with AUTH_MODE=none refuses to start unless this is 1. */
  ALLOW_INSECURE: z.enum(['0', '1']).default('0'),
  /** Comma list of browser origins allowed at the upgrade and in CORS; unset: loopback origins only. `*` only when written. */
  ALLOWED_ORIGINS: z.string().min(1).optional(),
  /** Comma list of reverse-proxy addresses or CIDR ranges whose X-Real-IP / X-Forwarded-For is believed (per-IP limits). */
  TRUSTED_PROXIES: z
    .string()
    .min(1)
    .refine((v) => v.split(',').every((entry) => parseProxyEntry(entry) !== undefined), 'must be a comma list of IP addresses or CIDR ranges (10.0.0.5, 172.16.0.0/12, fd00::/8)')
    .optional(),
  /** A tRPC socket without an Authorization header must send connectionParams.token within this. */
  AUTH_CONNECTION_PARAMS_TIMEOUT_MS: int(100, 60_000).default(5000),
  RATE_LIMIT_PER_MINUTE_USER: int(1, 100_000).default(60),
  RATE_LIMIT_PER_MINUTE_CONNECTION: int(1, 100_000).default(30),
  MAX_CONCURRENT_TURNS_USER: int(1, 100_000).default(4),
  MAX_CONCURRENT_TURNS_CONNECTION: int(1, 1000).default(2),
  /** With auth: requests a minute of every user behind one address together (a ceiling over the per-user limit). */
  RATE_LIMIT_PER_MINUTE_IP: int(1, 1_000_000).default(300),
  /** With auth: running turns of every user behind one address together. */
  MAX_CONCURRENT_TURNS_IP: int(1, 100_000).default(20),
  /** New WebSockets (upgrades) a minute from one address, whatever becomes of them. */
  UPGRADES_PER_MINUTE_IP: int(1, 1_000_000).default(120),
  MAX_CONNECTIONS_PER_IP: int(1, 100_000).default(50),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: int(1, 1000).default(10),
  TRPC_MAX_BATCH_SIZE: int(1, 1000).default(10),
  /** `local` is the embedded offline engine; `openai` covers any OpenAI-compatible server. */
  LLM_PROVIDER: z.enum(['local', 'openai', 'anthropic']).default('local'),
  /** Includes the version path, e.g. http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1. */
  LLM_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: int(100, 600_000).default(60_000),
  /** JSON list of further providers tried in order before the first token: [{provider, baseUrl, model, apiKey?, timeoutMs?}]. */
  LLM_FALLBACKS: z.string().min(2).optional(),
  LLM_MAX_OUTPUT_TOKENS: int(16, 32_768).default(1024),
  LLM_MAX_PROMPT_TOKENS: int(256, 1_000_000).default(6000),
  LOCAL_TOKEN_DELAY_MS: int(0, 5000).default(12),
  /** Ping every socket this often; one that has not answered the previous ping is terminated. */
  WS_HEARTBEAT_MS: int(50, 3_600_000).default(30_000),
  /** A socket with no message in either direction for this long is closed; 0 never. */
  WS_IDLE_TIMEOUT_MS: int(0, 86_400_000).default(300_000),
  /** Bytes queued on a socket beyond which its tokens are merged into fewer frames instead of queued. */
  WS_BACKPRESSURE_BYTES: int(1024, 256 * 1024 * 1024).default(1024 * 1024),
  /** A socket above WS_BACKPRESSURE_BYTES that drains nothing for this long is terminated (its turns run on). */
  WS_STALL_TIMEOUT_MS: int(100, 3_600_000).default(30_000),
  /** tRPC over HTTP: an event stream with nothing to send for this long gets an SSE ping comment, so proxies that drop idle streams keep it; 0 never. */
  SSE_PING_MS: int(0, 3_600_000).default(15_000),
  /** On SIGTERM/SIGINT, running turns get this long to finish; the rest end as interrupted (resumable). */
  SHUTDOWN_GRACE_MS: int(0, 600_000).default(10_000),
  /** permessage-deflate: `off` (default, cheapest per token) or `on` (no context takeover, above a size threshold). */
  WS_COMPRESSION: z.enum(['off', 'on']).default('off'),
  /** With WS_COMPRESSION=on, frames smaller than this are sent uncompressed (tokens are; history is not). */
  WS_COMPRESSION_THRESHOLD_BYTES: int(0, 16 * 1024 * 1024).default(1024),
  /** OpenTelemetry tracing (docs/operations.md#tracing), off unless an endpoint or OTEL_TRACES_EXPORTER asks for it. */
  OTEL_SDK_DISABLED: z.string().regex(/^(true|false)$/i, 'must be true or false').optional(),
  OTEL_TRACES_EXPORTER: z
    .string()
    .regex(/^\s*(otlp|console|none)\s*(,\s*(otlp|console|none)\s*)*$/i, 'must be a comma list of otlp, console, none')
    .optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  /** Used as written (the general endpoint gets /v1/traces appended). */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  /** The exporter sends OTLP/JSON over HTTP; collectors accept it on 4318. */
  OTEL_EXPORTER_OTLP_PROTOCOL: z.enum(['http/json'], { message: 'only http/json is supported (the OTLP/HTTP exporter sends JSON; collectors accept it on port 4318)' }).optional(),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: z.enum(['http/json'], { message: 'only http/json is supported (the OTLP/HTTP exporter sends JSON; collectors accept it on port 4318)' }).optional(),
  /** `key1=value1,key2=value2` (URL-encoded values), sent with every export. */
  OTEL_EXPORTER_OTLP_HEADERS: z.string().min(1).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).max(200).default('medchat-gateway'),
  EMERGENCY_NUMBER: z.string().min(1).max(40).default('911'),
  CRISIS_LINE: z.string().min(1).max(200).default('988 (the Suicide & Crisis Lifeline, call or text)'),
});

export type GatewayConfig = z.output<typeof configSchema>;
