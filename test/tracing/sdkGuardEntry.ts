/**
 * The scripted test gateway process (test/harness/gatewayProcessEntry.ts) with every OpenTelemetry
 * package but the API made unloadable: it starts only if nothing imports the SDK.
 */
import { register } from 'node:module';

register('./refuseOtelSdkHooks.mjs', import.meta.url);
await import('../harness/gatewayProcessEntry.ts');
