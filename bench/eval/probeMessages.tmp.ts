import { readFileSync } from 'node:fs';
import { runTurn } from './runTurn.ts';
import { startEvalGateway } from './startEvalGateway.ts';
const lines = readFileSync(process.argv[2] as string, 'utf8').split('\n').filter(Boolean);
await using gw = await startEvalGateway();
for (const message of lines) {
  const o = await runTurn(gw.client, { message, profile: undefined }, { label: 'probe' });
  console.log(`${o.alerted ? 'ALERT' : '     '} ${o.level.padEnd(13)} ${o.ranked.slice(0, 3).join(',').padEnd(50)} | ${message}`);
}
process.exit(0);
