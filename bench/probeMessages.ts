/**
 * `npm run -s eval:probe -- messages.txt`: each line of the file as one turn through the gateway the
 * evals use (built-in agents, offline engine), printed as: ALERT when the emergency frame came before
 * the first token, the triage level, the top three ranked conditions, the message. For trying
 * phrasings of your own by hand; the scored evals are eval:triage and eval:perturb.
 */
import { readFileSync } from 'node:fs';
import { runTurn } from './eval/runTurn.ts';
import { startEvalGateway } from './eval/startEvalGateway.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: npm run -s eval:probe -- <file with one message per line>');
const messages = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
await using gateway = await startEvalGateway();
for (const message of messages) {
  const o = await runTurn(gateway.client, { message, profile: undefined }, { label: 'probe' });
  process.stdout.write(`${o.alerted ? 'ALERT' : '     '} ${o.level.padEnd(13)} ${o.ranked.slice(0, 3).join(',').padEnd(50)} | ${message}\n`);
}
