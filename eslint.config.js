import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports every layer below the composition root must not make. */
const ABOVE_THE_SERVICE = [
  { regex: '(^|/)compat/', message: 'Only the composition root imports a transport.' },
  { regex: '^(\\.\\./)+(createGateway|startGateway|createResponseOptions|createUpgradeRouter|main)\\.ts$', message: 'The composition root imports the layers, not the other way.' },
  { regex: '^(\\.\\./)+plugins/(medical|builtin)/', message: 'Only the composition root imports plugin packages (the core knows no medical types).' },
];

/** A no-restricted-imports fence for some files (type imports included). */
function layerFence(files, patterns) {
  return [{ files, rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', 'examples/plugins/*/node_modules/**', 'packages/*/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Built-in agents and the SDK use only the public plugin entry, exactly as a third party would.
    files: ['plugins/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', '**/client/**', '**/compat/**'], message: 'Plugins may import only the plugin SDK (medchat-gateway/plugin) and the medical library.' }] },
      ],
    },
  },
  // Layers that point one way (issue 18; test/architecture/layers.test.ts checks the same on the
  // resolved graph): app (composition root) -> transports (compat, tRPC) -> chat service -> engine
  // (with the LLM answer stage) -> store and plugin host -> plugin SDK and protocol types.
  // Infrastructure (config, logging, security, reliability, auth) is usable from any layer above the base.
  ...layerFence(['server/protocol/**/*.ts'], [
    { regex: '^\\.\\./(?!\\.\\./plugins/sdk/)', message: 'Protocol types are the base layer: they import only the plugin SDK.' },
  ]),
  ...layerFence(['server/store/**/*.ts', 'server/plugins/**/*.ts', 'server/config/**/*.ts', 'server/logging/**/*.ts', 'server/security/**/*.ts', 'server/reliability/**/*.ts', 'server/auth/**/*.ts', 'server/tracing/{tracePluginRun,traceAttributes,traceConnection}.ts'], [
    { regex: '^(\\.\\./)+(engine|llm|service|trpc|http|docs|metrics|jobs)/', message: 'The store, the plugin host and infrastructure are below the engine, the service and the transports.' },
    ...ABOVE_THE_SERVICE,
  ]),
  ...layerFence(['server/engine/**/*.ts', 'server/llm/**/*.ts'], [
    { regex: '^(\\.\\./)+(service|trpc|http|docs|metrics|jobs)/', message: 'The engine is below the chat service and the transports.' },
    ...ABOVE_THE_SERVICE,
  ]),
  ...layerFence(['server/service/**/*.ts'], [
    { regex: '^(\\.\\./)+(trpc|http|docs|metrics|jobs)/', message: 'The chat service is below the transports.' },
    ...ABOVE_THE_SERVICE,
  ]),
  ...layerFence(['server/trpc/**/*.ts'], [
    { regex: '^\\.\\./(engine|store|plugins|llm|http|docs|metrics|jobs)/', message: 'A transport calls the chat service; engine, store and host are behind it.' },
    ...ABOVE_THE_SERVICE,
  ]),
  ...layerFence(['compat/**/*.ts'], [
    { regex: '^(\\.\\./)+server/(engine|store|plugins|llm|trpc|http|docs|metrics|jobs)/', message: 'A transport calls the chat service; engine, store and host are behind it.' },
    { regex: '^(\\.\\./)+server/(createGateway|startGateway|createResponseOptions|createUpgradeRouter|main)\\.ts$', message: 'The composition root imports transports, not the other way.' },
    { regex: '^(\\.\\./)+plugins/(medical|builtin)/', message: 'Only the composition root imports plugin packages.' },
  ]),
  ...layerFence(['client/**/*.ts'], [
    { regex: '^(\\.\\./)+(server/(?!protocol/|trpc/createAppRouter\\.ts$)|compat/|plugins/(?!sdk/))', message: 'The client imports only protocol types, the router type and the plugin SDK types.' },
  ]),
  {
    // Command-line programs, examples and benchmarks talk to a terminal.
    files: ['client/cli.ts', 'client/cli/**', 'bench/**', 'examples/**', 'server/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['examples/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
