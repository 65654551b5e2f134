/**
 * `npm run -s eval:triage -- [file.jsonl ...] [--json]`: runs vignette files through a real gateway
 * (started in-process on a free port with the built-in agents and the local engine) and prints alert
 * recall, false alarms on self-care cases, triage accuracy, per-level accuracy and the confusion
 * matrix. Without a file it runs the public set and the held-out set, reported separately.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { createChatClient } from '../client/index.ts';
import { loadVignettes } from '../plugins/medical/eval/loadVignettes.ts';
import { createConfig } from '../server/config/loadConfig.ts';
import { createLogger } from '../server/logging/createLogger.ts';
import { startGateway } from '../server/startGateway.ts';
import { evaluateVignettes } from './eval/evaluateVignettes.ts';
import { formatScore } from './eval/formatScore.ts';
import { PUBLIC_VIGNETTES } from '../test/vignettes/publicVignettes.ts';

const DEFAULT_FILES = [
  PUBLIC_VIGNETTES,
  fileURLToPath(new URL('../test/vignettes/heldout.jsonl', import.meta.url)),
];

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
const files = positionals.length > 0 ? positionals : DEFAULT_FILES.filter((f) => existsSync(f));
if (files.length === 0) {
  console.error('eval:triage: no vignette file given and none found at the default paths');
  process.exit(2);
}

// The eval sends one case after another on one connection: the rate limits it is not measuring are lifted.
const config = createConfig({
  PORT: 0,
  STORE: 'memory',
  LOCAL_TOKEN_DELAY_MS: 0,
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE_CONNECTION: 100_000,
  RATE_LIMIT_PER_MINUTE_USER: 100_000,
});
const gateway = await startGateway({ config, logger: createLogger({ level: 'silent' }) });
const client = createChatClient({ url: gateway.url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
const report: Record<string, unknown> = {};
try {
  for (const file of files) {
    const cases = loadVignettes(file);
    const label = file.replace(/^.*\//, '');
    const { score } = await evaluateVignettes({
      client,
      cases,
      onProgress: (done, total) => process.stderr.isTTY && process.stderr.write(`\r${label}: ${done}/${total}`),
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
    report[label] = score;
    if (!values.json) console.log(`${formatScore(label, score)}\n`);
  }
  if (values.json) console.log(JSON.stringify(files.length === 1 ? Object.values(report)[0] : report, null, 2));
} finally {
  client.close();
  await gateway.close();
}
