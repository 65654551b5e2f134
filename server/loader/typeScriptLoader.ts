import { fileURLToPath } from 'node:url';

/** What to pass to `node --import` to run the TypeScript sources as `npm start` does. */
export const TYPESCRIPT_LOADER = fileURLToPath(new URL('./registerTypeScript.mjs', import.meta.url));
