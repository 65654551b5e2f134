import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createSqliteStore } from '../../server/store/sqlite/createSqliteStore.ts';
import { describeSessionStoreContract } from './sessionStoreContract.ts';

const dir = mkdtempSync(join(tmpdir(), 'medchat-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeSessionStoreContract('sqlite', async () => createSqliteStore({ path: join(dir, `store-${++n}.db`) }));
