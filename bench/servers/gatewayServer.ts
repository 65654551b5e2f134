/** The gateway under test for `npm run bench`: STORE from the environment (memory or sqlite). */
import { serveBenchGateway } from './serveBenchGateway.ts';

const store = process.env['STORE'] === 'sqlite' ? 'sqlite' : 'memory';
await serveBenchGateway({ STORE: store, ...(store === 'sqlite' ? { SQLITE_PATH: process.env['SQLITE_PATH'] ?? './data/bench.db' } : {}) });
