#!/usr/bin/env node
// The `medchat` command: the CLI's TypeScript run through the same module hook as `npm start`.
await import('../../server/loader/registerTypeScript.mjs');
await import('../cli.ts');
