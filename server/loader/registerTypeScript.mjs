// `node --import ./server/loader/registerTypeScript.mjs server/main.ts`: what `npm start` runs.
import { register } from 'node:module';

// Stack traces point at the TypeScript lines (the hooks emit inline source maps).
process.setSourceMapsEnabled(true);
register('./typeScriptHooks.mjs', import.meta.url);
