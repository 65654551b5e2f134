import { parseArgs } from 'node:util';

export const CLI_USAGE =
  'usage: medchat [--url http://127.0.0.1:8000] [--token T] [--session UUID] [--no-agents] [--timeout MS] ["question"]';

export interface CliArgs {
  readonly url: string;
  readonly token: string | undefined;
  readonly session: string | undefined;
  readonly agents: boolean;
  readonly timeoutMs: number;
  readonly question: string;
  readonly help: boolean;
}

/** The CLI's flags, checked: a bad flag or URL comes back as one line to print, never a stack trace. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): { ok: true; args: CliArgs } | { ok: false; problem: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        url: { type: 'string', default: env['MEDCHAT_URL'] ?? 'http://127.0.0.1:8000' },
        token: { type: 'string' },
        session: { type: 'string' },
        'no-agents': { type: 'boolean', default: false },
        timeout: { type: 'string', default: '5000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message.split('\n')[0] ?? 'bad arguments' : 'bad arguments' };
  }
  const { values, positionals } = parsed;
  const url = values.url;
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(protocol) || !/^[a-z]+:\/\//i.test(url)) {
    return { ok: false, problem: `--url must be a full URL such as http://127.0.0.1:8000 (got "${url.slice(0, 80)}")` };
  }
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 600_000) {
    return { ok: false, problem: `--timeout must be a whole number of milliseconds from 100 to 600000 (got "${values.timeout.slice(0, 20)}")` };
  }
  return {
    ok: true,
    args: {
      url,
      token: values.token ?? env['MEDCHAT_TOKEN'],
      session: values.session,
      agents: !values['no-agents'],
      timeoutMs,
      question: positionals.join(' ').trim(),
      help: values.help,
    },
  };
}
