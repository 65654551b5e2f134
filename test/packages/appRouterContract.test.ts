import type { inferRouterError, inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { describe, expectTypeOf, it } from 'vitest';
import type { AppRouter as ShippedRouter } from '@medchat/client';
import type { AppRouter } from '../../server/trpc/createAppRouter.ts';

// @medchat/client ships the router's type as packages/buildPackages.ts derives it (the request context
// erased, nothing else of the server). These are checked by `tsc` (npm test's typecheck, after the build):
// a router change the shipped type missed fails here.
describe('the AppRouter type @medchat/client ships', () => {
  it('has the same procedures, inputs, outputs and error shape as the gateway router', () => {
    expectTypeOf<inferRouterInputs<ShippedRouter>>().toEqualTypeOf<inferRouterInputs<AppRouter>>();
    expectTypeOf<inferRouterOutputs<ShippedRouter>>().toEqualTypeOf<inferRouterOutputs<AppRouter>>();
    expectTypeOf<inferRouterError<ShippedRouter>>().toEqualTypeOf<inferRouterError<AppRouter>>();
    expectTypeOf<ShippedRouter['_def']['_config']['$types']['transformer']>().toEqualTypeOf<AppRouter['_def']['_config']['$types']['transformer']>();
  });

  it('does not carry the server context', () => {
    expectTypeOf<ShippedRouter['_def']['_config']['$types']['ctx']>().toEqualTypeOf<object>();
  });
});
