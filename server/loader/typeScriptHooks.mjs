// Module hooks (node:module register) that run the gateway's TypeScript on Node 20 without a build step.
// tsx does the same but compiles with esbuild's keepNames, which wraps every function created at run
// time in a call that defines its `name`: per turn that was ~50 closures with a property store each
// (about a quarter of a running turn's heap). Types are only erased here (the code is written for
// `erasableSyntaxOnly`), names are left to the engine.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

const TYPESCRIPT = /\.m?ts$/;

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !TYPESCRIPT.test(new URL(url).pathname)) return nextLoad(url, context);
  const source = await readFile(new URL(url), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'node20', sourcemap: 'inline', sourcefile: url });
  return { format: 'module', source: code, shortCircuit: true };
}
