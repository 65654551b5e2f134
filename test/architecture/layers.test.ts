import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { findCycle, readImportGraph } from './importGraph.ts';

/**
 * The layers of issue 18, highest first: app (composition root) → transports (compat, tRPC) → chat
 * service → engine (with the LLM answer stage) → store and plugin host → plugin SDK and protocol
 * types. Cross-cutting infrastructure (config, logging, security, reliability, auth, and the span
 * helpers of tracing; its decorators of service and engine belong to the app) may be used by
 * any layer above the base. A file may import its own layer or a lower one, never a higher one.
 * eslint.config.js says the same per folder, so a wrong-way import fails `npm run lint` too.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LAYERS: readonly (readonly [RegExp, number, string])[] = [
  [/^server\/(main|startGateway|createGateway|createResponseOptions|createUpgradeRouter)\.ts$|^server\/(http|docs|metrics|jobs|loader)\/|^server\/tracing\/(?!(tracePluginRun|traceAttributes|traceConnection)\.ts$)/, 6, 'app'],
  [/^plugins\/(medical|builtin)\//, 6, 'plugin packages (only the composition root imports them)'],
  [/^(compat|server\/trpc|server\/delivery)\//, 5, 'transport'],
  [/^client\//, 5, 'client'],
  [/^server\/service\//, 4, 'chat service'],
  [/^server\/(engine|llm)\//, 3, 'engine'],
  [/^server\/(store|plugins)\//, 2, 'store and plugin host'],
  [/^server\/(config|logging|security|reliability|auth)\/|^server\/tracing\/(tracePluginRun|traceAttributes|traceConnection)\.ts$/, 2, 'infrastructure'],
  [/^(plugins\/sdk|server\/protocol)\//, 0, 'plugin SDK and protocol'],
];
// Imports the layering does not yet allow, each with what is left to do (issue 18): none may be added.
const KNOWN_EXCEPTIONS: readonly (readonly [RegExp, RegExp])[] = [];

function layerOf(file: string): { rank: number; name: string } | undefined {
  for (const [pattern, rank, name] of LAYERS) if (pattern.test(file)) return { rank, name };
  return undefined;
}

describe('architecture', () => {
  const graph = readImportGraph(ROOT, ['server', 'compat', 'client', 'plugins/sdk', 'plugins/medical', 'plugins/builtin']);

  it('has no import cycle between modules', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(findCycle(graph)).toBeUndefined();
  });

  it('finds a cycle when there is one (the check itself)', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toBeUndefined();
  });

  it('has no import from a lower layer into a higher one', () => {
    const wrongWay: string[] = [];
    for (const [file, deps] of graph) {
      const from = layerOf(file);
      if (!from) continue;
      for (const dep of deps) {
        const to = layerOf(dep);
        if (!to || to.rank <= from.rank) continue;
        if (KNOWN_EXCEPTIONS.some(([f, d]) => f.test(file) && d.test(dep))) continue;
        wrongWay.push(`${file} (${from.name}) -> ${dep} (${to.name})`);
      }
    }
    expect(wrongWay).toEqual([]);
  });

  it('keeps the base layer free of the server and the transports, and the client to protocol and router types', () => {
    const offending: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        if (/^(plugins\/sdk|server\/protocol)\//.test(file) && !/^(plugins\/sdk|server\/protocol)\//.test(dep)) offending.push(`${file} -> ${dep}`);
        if (/^client\//.test(file) && !/^(client\/|server\/protocol\/|server\/trpc\/createAppRouter\.ts$|plugins\/sdk\/)/.test(dep)) offending.push(`${file} -> ${dep}`);
        if (/^(compat|server\/trpc)\//.test(file) && /^(server\/(engine|store|plugins|llm)|compat|server\/trpc)\//.test(dep) && dep.split('/')[0] !== file.split('/')[0] && !(file.startsWith('server/trpc') && dep.startsWith('server/trpc'))) offending.push(`${file} -> ${dep}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('the lint fence refuses a wrong-way import and allows a right-way one', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const fenced = async (file: string, line: string) => {
      const [result] = await eslint.lintText(`${line}\nexport type Probe = 1;\n`, { filePath: join(ROOT, file) });
      return result?.messages.some((m) => m.ruleId === 'no-restricted-imports');
    };
    expect(await fenced('server/engine/probe.ts', "import type { ChatService } from '../service/createChatService.ts';")).toBe(true);
    expect(await fenced('compat/probe.ts', "import type { ChatEngine } from '../server/engine/createChatEngine.ts';")).toBe(true);
    expect(await fenced('server/store/probe.ts', "import type { RuleHit } from '../../plugins/medical/types.ts';")).toBe(true);
    expect(await fenced('client/probe.ts', "import type { SessionStore } from '../server/store/SessionStore.ts';")).toBe(true);
    expect(await fenced('server/engine/probe.ts', "import type { SessionStore } from '../store/SessionStore.ts';")).toBe(false);
    expect(await fenced('compat/probe.ts', "import type { ChatService } from '../server/service/createChatService.ts';")).toBe(false);
  });
});
