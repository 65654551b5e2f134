import { defineConfig } from 'vitest/config';

// Its own config so `npm test` here runs only this plugin's tests (vitest would otherwise find the gateway's).
export default defineConfig({ test: { include: ['*.test.ts'] } });
