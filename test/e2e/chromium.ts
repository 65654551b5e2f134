import { requireSystemTool } from './requireSystemTool.ts';

/** Debian's Chromium, required under CI, skipped with a notice elsewhere. */
export const chromiumTool = requireSystemTool({
  name: 'headless Chromium',
  path: '/usr/bin/chromium',
  probeArgs: ['--headless', '--no-sandbox', '--disable-gpu', '--version'],
  installHint: 'apt-get install chromium',
});

/** Headless as root, with no background traffic to hosts this machine cannot reach. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
