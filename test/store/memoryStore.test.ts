import { createMemoryStore } from '../../server/store/createMemoryStore.ts';
import { describeSessionStoreContract } from './sessionStoreContract.ts';

describeSessionStoreContract('memory', async () => createMemoryStore());
