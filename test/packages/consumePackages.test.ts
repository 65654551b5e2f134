import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness/startTestGateway.ts';

// What ships, consumed the way another project would: `npm pack` each package, install the tarballs
// into a scratch project outside the repository, and use them with plain `node` (no TypeScript loader)
// and a strict `tsc`. `npm test` builds the packages first (npm's prepare does too, after `npm ci`).

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const installed = (name: string) => (JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
/** What a front end must never get with the client. */
const SERVER_ONLY = ['better-sqlite3', 'ioredis', 'pino', 'prom-client', 'esbuild', 'tsx', 'ws', '@types/ws', 'jose', 'rxjs'];

/** The child's environment without npm's script variables (they would point npm at this repository). */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_userconfig', 'npm_config_registry']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || keep.has(key.toLowerCase())).concat([['NODE_OPTIONS', '']]));
}

/** Where Node would find `name` from a package in `dir`. */
function findPackage(dir: string, name: string): string | undefined {
  for (let at = dir; at.startsWith(scratch); at = dirname(at)) {
    const candidate = join(at, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
  }
  return undefined;
}

let scratch = '';
const inScratch = (file: string, ...args: string[]) => run(process.execPath, [file, ...args], { cwd: scratch, env: cleanEnv(), timeout: 60_000 });

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'medchat-consumer-'));
  const tarballs: string[] = [];
  for (const pkg of ['client', 'plugin-sdk']) {
    const dir = join(repo, 'packages', pkg);
    if (!existsSync(join(dir, 'dist'))) throw new Error(`packages/${pkg}/dist is missing: run \`npm run build\``);
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: dir, env: cleanEnv() });
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (!packed) throw new Error(`npm pack printed nothing for ${pkg}`);
    tarballs.push(packed.filename);
  }
  const [client, sdk] = tarballs;
  await writeFile(
    join(scratch, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: {
        '@medchat/client': `file:./${client}`,
        '@medchat/plugin-sdk': `file:./${sdk}`,
        // What a Node 20 front end and a plugin author add themselves; versions this repository already
        // installed, so npm's cache serves them.
        ws: installed('ws'),
        zod: installed('zod'),
        react: installed('react'),
      },
      // typescript is also tRPC's peer dependency: pinned here, npm would otherwise fetch the latest.
      devDependencies: { typescript: installed('typescript'), '@types/react': installed('@types/react') },
    }),
  );
  // Everything is in npm's cache after this repository's install; the registry is asked only for what is not.
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: scratch, env: cleanEnv(), timeout: 150_000 });
}, 180_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the packages, installed from their tarballs into another project', () => {
  it('ship only built JavaScript, declarations, README and LICENSE', async () => {
    for (const pkg of ['client', 'plugin-sdk']) {
      const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(repo, 'packages', pkg), env: cleanEnv() });
      const [packed] = JSON.parse(stdout) as { files: { path: string }[] }[];
      const files = (packed?.files ?? []).map((f) => f.path);
      expect(files).toContain('LICENSE');
      expect(files).toContain('package.json');
      expect(files.filter((f) => !/^dist\/.*\.(js|d\.ts)$/.test(f) && !['LICENSE', 'package.json', 'README.md'].includes(f))).toEqual([]);
      expect(files.some((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toBe(false);
    }
  });

  it("bring no native module, database driver, logger, metrics library or server transport into a front end's install", async () => {
    // The client's own dependency tree, as npm laid it out in the consumer (Node's lookup: the nearest node_modules up).
    const names = new Set<string>();
    const visit = (dir: string) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
      for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
        if (names.has(name)) continue;
        names.add(name);
        const found = findPackage(dir, name);
        if (found) visit(found);
      }
    };
    visit(join(scratch, 'node_modules', '@medchat', 'client'));
    expect([...names].sort()).toEqual(expect.arrayContaining(['@trpc/client', '@trpc/server', 'superjson', 'zod']));
    expect([...names].filter((n) => SERVER_ONLY.includes(n))).toEqual([]);
    for (const name of SERVER_ONLY.filter((n) => n !== 'ws' && n !== 'rxjs')) expect(existsSync(join(scratch, 'node_modules', name)), name).toBe(false);
  });

  it('import with plain node, every entry', async () => {
    await writeFile(
      join(scratch, 'entries.mjs'),
      `const entries = ['@medchat/client', '@medchat/client/react', '@medchat/client/compat', '@medchat/plugin-sdk', '@medchat/plugin-sdk/testing'];
const out = {};
for (const entry of entries) out[entry] = Object.keys(await import(entry)).sort();
console.log(JSON.stringify(out));`,
    );
    const { stdout } = await inScratch('entries.mjs');
    const exported = JSON.parse(stdout) as Record<string, string[]>;
    expect(exported['@medchat/client']).toEqual(expect.arrayContaining(['createChatClient', 'ChatConnectionError']));
    expect(exported['@medchat/client/react']).toEqual(expect.arrayContaining(['useChatStream', 'reduceTurnEvent']));
    expect(exported['@medchat/client/compat']).toEqual(expect.arrayContaining(['serverFrameSchema', 'createClientFrameParser', 'COMPAT_ERROR_TYPES']));
    expect(exported['@medchat/plugin-sdk']).toEqual(expect.arrayContaining(['defineAgentPlugin', 'patientProfileSchema', 'PLUGIN_API_VERSION']));
    expect(exported['@medchat/plugin-sdk']).not.toContain('createPluginTestKit');
    expect(exported['@medchat/plugin-sdk/testing']).toEqual(expect.arrayContaining(['createPluginTestKit', 'PluginKitError']));
  });

  it('stream a turn from a running gateway with the typed client over WebSocket', async () => {
    await using gw: TestGateway = await startTestGateway();
    await writeFile(
      join(scratch, 'stream.mjs'),
      `import { WebSocket } from 'ws';
import { createChatClient } from '@medchat/client';
import { serverFrameSchema } from '@medchat/client/compat';
const client = createChatClient({ url: process.argv[2], WebSocket });
const events = [];
for await (const { id, event } of client.streamTurn({ message: 'I have had a mild headache since this morning', patientProfile: { age: 34 } })) {
  events.push({ id, event });
  if (event.type === 'stream_end') break;
}
client.close();
// The compat entry's schemas run too: a token frame without its content is not a frame.
console.log(JSON.stringify({ events, compatRejects: !serverFrameSchema.safeParse({ type: 'token' }).success }));`,
    );
    const { stdout } = await inScratch('stream.mjs', gw.url);
    const { events, compatRejects } = JSON.parse(stdout) as { events: { id: string; event: { type: string; content?: string; finishReason?: string } }[]; compatRejects: boolean };
    expect(events[0]?.event.type).toBe('stream_start');
    expect(events.filter((e) => e.event.type === 'token').map((e) => e.event.content).join('')).toContain('Hello there.');
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect(events.every((e) => /^[^:]+:\d+$/.test(e.id))).toBe(true);
    expect(compatRejects).toBe(true);
  });

  it("run a third party's plugin through the test kit", async () => {
    await writeFile(
      join(scratch, 'plugin.mjs'),
      `import { z } from 'zod';
import { defineAgentPlugin, PLUGIN_API_VERSION } from '@medchat/plugin-sdk';
import { createPluginTestKit } from '@medchat/plugin-sdk/testing';
const plugin = defineAgentPlugin({
  name: 'hydration-reminder', version: '1.0.0', apiVersion: PLUGIN_API_VERSION,
  config: z.object({ minAge: z.number().default(65) }),
  async *run(ctx) {
    const remind = (ctx.profile?.age ?? 0) >= ctx.config.minAge;
    if (remind) yield { type: 'status', status: 'hydration_reminder' };
    yield { type: 'result', data: { remind } };
  },
});
const kit = await createPluginTestKit(plugin, { options: { minAge: 70 } });
const older = await kit.run({ message: 'I feel dizzy', profile: { age: 80 } });
const younger = await kit.run({ message: 'I feel dizzy', profile: { age: 40 } });
let refused;
try { await createPluginTestKit({ ...plugin, apiVersion: 99 }); } catch (error) { refused = error.code; }
console.log(JSON.stringify({ older: { result: older.result, statuses: older.statuses, error: older.error?.code }, younger: younger.result, refused }));`,
    );
    const { stdout } = await inScratch('plugin.mjs');
    expect(JSON.parse(stdout)).toEqual({
      older: { result: { remind: true }, statuses: [{ status: 'hydration_reminder' }] },
      younger: { remind: false },
      refused: expect.any(String),
    });
  });

  it('type-check in a strict consumer project with zero errors', async () => {
    await mkdir(join(scratch, 'src'), { recursive: true });
    await writeFile(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          // ESNext.Disposable: tRPC v11's own declarations use Disposable/AsyncDisposable.
          lib: ['ES2023', 'ESNext.Disposable', 'DOM'],
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          verbatimModuleSyntax: true,
          noEmit: true,
          // The packages' declarations are checked too, and no @types/node is assumed.
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      }),
    );
    await writeFile(join(scratch, 'src', 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(
      join(scratch, 'src', 'consumer.ts'),
      `import type { inferRouterOutputs } from '@trpc/server';
import { createChatClient, ChatConnectionError, type AppRouter, type ChatEvent, type ChatStreamRequest, type ConnectionState } from '@medchat/client';
import { useChatStream, type ChatStreamState } from '@medchat/client/react';
import { serverFrameSchema, type ServerFrame, type CompatErrorType } from '@medchat/client/compat';
import { defineAgentPlugin, PLUGIN_API_VERSION, type AgentPlugin, type PatientProfile } from '@medchat/plugin-sdk';
import { createPluginTestKit, type PluginRunReport } from '@medchat/plugin-sdk/testing';
import { z } from 'zod';

export async function ask(url: string, message: string): Promise<string> {
  const states: ConnectionState[] = [];
  const client = createChatClient({ url, lazy: true, onConnectionChange: (state) => states.push(state) });
  const request: ChatStreamRequest = { message, patientProfile: { age: 34, allergies: { drug: ['penicillin'] } } };
  let text = '';
  for await (const { event } of client.streamTurn(request)) {
    const e: ChatEvent = event;
    if (e.type === 'token') text += e.content;
    if (e.type === 'emergency') text = e.advice + text;
    if (e.type === 'stream_end') break;
  }
  client.close();
  return text;
}

type Outputs = inferRouterOutputs<AppRouter>;
export const audit = (entries: Outputs['session']['audit']) => entries.map((entry) => entry.turnId);
export const isConnectionError = (error: unknown): error is ChatConnectionError => error instanceof ChatConnectionError;
export const hook: typeof useChatStream = useChatStream;
export const initial = (state: ChatStreamState) => state.messages.length;
export const frameType = (frame: ServerFrame): string => frame.type;
export const parseFrame = (raw: unknown) => serverFrameSchema.safeParse(raw).success;
export const errorType: CompatErrorType | undefined = undefined;

export const plugin: AgentPlugin<z.ZodObject<{ minAge: z.ZodDefault<z.ZodNumber> }>> = defineAgentPlugin({
  name: 'typed', version: '1.0.0', apiVersion: PLUGIN_API_VERSION,
  config: z.object({ minAge: z.number().default(65) }),
  run: async (ctx) => {
    const profile: PatientProfile | undefined = ctx.profile;
    return { old: (profile?.age ?? 0) >= ctx.config.minAge };
  },
});
export async function check(): Promise<PluginRunReport> {
  const kit = await createPluginTestKit(plugin);
  return kit.run({ message: 'hello' });
}
`,
    );
    const tsc = join(scratch, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await inScratch(tsc, '-p', 'tsconfig.json').then(
      (r) => ({ code: 0, out: r.stdout }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code ?? 1, out: error.stdout ?? '' }),
    );
    expect(result.out).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);
});
