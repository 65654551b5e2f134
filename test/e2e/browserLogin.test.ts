import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway, type TestGateway } from '../harness/startTestGateway.ts';
import { CHROMIUM_ARGS, chromiumTool } from './chromium.ts';
import { mustRun } from './requireSystemTool.ts';

const FORMATTED = ['**What', ' to do now:**', '\n\n- Rest', '\n- Drink', ' fluids'];
const INJECTION = [
  '<img src=x onerror="window.__pwned=1">',
  '**bold**',
  ' and <script>window.__pwned=2</script>',
  ' <a href="javascript:window.__pwned=3">a link</a>',
  ' <svg onload="window.__pwned=5"></svg>',
];
const USER_HTML = '<b>not bold</b> <img src=x onerror="window.__pwned=4">';

/** Upgrade requests that reached a gateway, by path and query. */
function countUpgrades(gw: TestGateway): string[] {
  const seen: string[] = [];
  gw.server.on('upgrade', (req: IncomingMessage) => seen.push(req.url ?? ''));
  return seen;
}

describe.runIf(mustRun(chromiumTool))('the browser page: logging in, refusals, formatted answers', () => {
  let browser: Browser;
  let gw: TestGateway;
  let upgrades: string[];
  const provider = createScriptedProvider({
    tokens: (request) => (request.grounding.message.includes('inject') ? INJECTION : FORMATTED),
    delayMs: 20,
  });

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    gw = await startTestGateway({ config: { AUTH_MODE: 'token', AUTH_TOKENS: 'page-token:alice' }, provider });
    upgrades = countUpgrades(gw);
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.[Symbol.asyncDispose]();
  });

  const openPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  };
  const state = (page: Page) => page.getAttribute('#connection-state', 'data-state');

  it('is told why without a token, logs in with the token field (kept in sessionStorage) and renders Markdown', async () => {
    const page = await openPage();
    await page.goto(`${gw.url}/`);
    await page.waitForSelector('#connection-state[data-state="refused"]');
    expect(await page.textContent('#connection-problem')).toBe('The gateway needs a valid token (Authentication required): enter it above.');

    await page.fill('#token', 'page-token');
    await page.press('#token', 'Enter');
    await page.waitForSelector('#connection-state[data-state="open"]');
    expect(await page.textContent('#connection-problem')).toBe('');
    expect(upgrades.at(-1)).toBe('/api/v1/ws/chat?token=page-token');
    const storage = await page.evaluate(() => ({ session: sessionStorage.getItem('medchat.token'), local: Object.keys(localStorage) }));
    expect(JSON.parse(storage.session ?? 'null')).toEqual({ server: `${gw.wsUrl}/api/v1/ws/chat`, token: 'page-token' });
    expect(storage.local).toEqual([]);

    await page.fill('#input', 'I have a cold');
    await page.click('#send');
    await page.waitForSelector('.message.assistant:not(.streaming)');
    const bubble = await page.$eval('.message.assistant .text', (el) => ({
      strong: el.querySelector('strong')?.textContent,
      items: Array.from(el.querySelectorAll('li')).map((li) => li.textContent),
      raw: el.textContent?.includes('**'),
    }));
    expect(bubble).toEqual({ strong: 'What to do now:', items: ['Rest', 'Drink fluids'], raw: false });

    // A reload in the same tab logs in again from sessionStorage, and renders the stored answer.
    await page.reload();
    await page.waitForSelector('#connection-state[data-state="open"]');
    expect(await page.inputValue('#token')).toBe('page-token');
    await page.waitForSelector('.message.assistant .text strong');
    await page.close();
  });

  it('with a wrong token shows the 401 reason and stops retrying', async () => {
    const page = await openPage();
    await page.clock.install();
    await page.goto(`${gw.url}/`);
    await page.waitForSelector('#connection-state[data-state="refused"]');
    await page.fill('#token', 'wrong-token');
    await page.press('#token', 'Enter');
    await expect.poll(() => page.textContent('#connection-problem')).toBe('The gateway needs a valid token (Invalid credentials): enter it above.');
    expect(await state(page)).toBe('refused');
    const attempts = upgrades.filter((u) => u.includes('wrong-token')).length;
    expect(attempts).toBe(1);
    // Two minutes of the page's timers: every backoff (at most 15 s) would have fired many times.
    await page.clock.runFor(120_000);
    expect(await state(page)).toBe('refused');
    await page.evaluate(() => fetch('/health').then((r) => r.status));
    expect(upgrades.filter((u) => u.includes('wrong-token')).length).toBe(attempts);
    await page.close();
  });

  it("on 403 (this page's origin is not allowed) says so and stops retrying", async () => {
    await using strict = await startTestGateway({ config: { ALLOWED_ORIGINS: 'https://app.example.com' } });
    const strictUpgrades = countUpgrades(strict);
    const page = await openPage();
    await page.clock.install();
    await page.goto(`${strict.url}/`);
    await page.waitForSelector('#connection-state[data-state="refused"]');
    // The same-origin check carried no Origin header: the page named its origin, as the upgrade did.
    expect(await page.textContent('#connection-problem')).toBe("Refused: this page's origin or this user id is not allowed with these credentials (This origin is not allowed).");
    await page.clock.runFor(120_000);
    expect(await state(page)).toBe('refused');
    await page.evaluate(() => fetch('/health').then((r) => r.status));
    expect(strictUpgrades).toHaveLength(1);
    await page.close();
  });

  it('on 429 (too many connections) says so and retries with backoff until it gets in', async () => {
    await using capped = await startTestGateway({ config: { MAX_CONNECTIONS_PER_IP: 1 } });
    const cappedUpgrades = countUpgrades(capped);
    const holder = await openRawSocket(`${capped.wsUrl}/api/v1/ws/chat`);
    const page = await openPage();
    await page.clock.install();
    await page.goto(`${capped.url}/`);
    await expect.poll(() => page.textContent('#connection-problem')).toBe('Too many connections from this address; trying again later (Too many connections from this address).');
    expect(await state(page)).toBe('closed');
    expect(await page.textContent('#status')).toMatch(/^Too many connections, retrying in [\d.]+ s$/);
    holder.ws.close();
    await page.clock.runFor(20_000);
    await page.waitForSelector('#connection-state[data-state="open"]');
    expect(cappedUpgrades.length).toBeGreaterThanOrEqual(3); // the holder, the refused page, the page again
    expect(await page.textContent('#connection-problem')).toBe('');
    await page.close();
  });

  it('renders an answer that tries to inject a script as text and formatting only; the user message stays plain text', async () => {
    const page = await openPage();
    await page.goto(`${gw.url}/`);
    await page.evaluate(() => sessionStorage.setItem('medchat.token', JSON.stringify({ server: (document.getElementById('server') as HTMLInputElement).value, token: 'page-token' })));
    await page.reload();
    await page.waitForSelector('#connection-state[data-state="open"]');
    await page.fill('#input', `please inject ${USER_HTML}`);
    await page.click('#send');
    await page.waitForSelector('.message.assistant:not(.streaming)');
    const check = () =>
      page.evaluate(() => {
        const messages = document.getElementById('messages') as HTMLElement;
        const bubbles = Array.from(messages.querySelectorAll('.message.assistant .text'));
        const last = bubbles.at(-1) as HTMLElement;
        return {
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          bold: last.querySelector('strong')?.textContent,
          dangerous: messages.querySelectorAll('img, script, svg, iframe, object, embed').length,
          handlers: Array.from(messages.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
          hrefs: Array.from(last.querySelectorAll('a')).map((a) => a.getAttribute('href')),
          user: Array.from(messages.querySelectorAll('.message.user .text')).map((el) => ({ text: el.textContent, children: el.children.length })).at(-1),
        };
      });
    const expected = { pwned: undefined, bold: 'bold', dangerous: 0, handlers: [], hrefs: [null], user: { text: `please inject ${USER_HTML}`, children: 0 } };
    expect(await check()).toEqual(expected);
    // The stored conversation, rendered again from history after a reload, is just as inert.
    await page.reload();
    await page.waitForSelector('#connection-state[data-state="open"]');
    await page.waitForSelector('.message.assistant .text strong');
    expect(await check()).toEqual(expected);
    await page.close();
  });
});
