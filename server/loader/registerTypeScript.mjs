// `node --import ./server/loader/registerTypeScript.mjs server/main.ts`: what `npm start` runs.
// Node 22.18+/24 strip types themselves (process.features.typescript): then nothing is registered, so
// module.register (deprecated, DEP0205) is used only on Node 20, which cannot run .ts on its own.
import * as nodeModule from 'node:module';

if (!process.features.typescript) {
  // Stack traces point at the TypeScript lines (the hooks emit inline source maps).
  process.setSourceMapsEnabled(true);
  nodeModule.register('./typeScriptHooks.mjs', import.meta.url);
}
