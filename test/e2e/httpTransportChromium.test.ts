/**
 * The typed client over the HTTP transport in a real browser (issue 20): Debian's headless Chromium
 * runs the bundled client (httpBatchLink + the browser's own EventSource) and the React hook against
 * a real gateway on another origin, so CORS, the `?token=` rule for EventSource and the browser's own
 * reconnect with Last-Event-ID are what is tested.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TurnEvent } from '../../client/createChatClient.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { startTestGateway, type TestGateway } from '../harness/startTestGateway.ts';
import { textOf } from '../resume/rawTurnStream.ts';
import { CHROMIUM_ARGS, chromiumTool } from './chromium.ts';
import { createDroppingProxy } from './createDroppingProxy.ts';
import { mustRun } from './requireSystemTool.ts';
import { serveBundledPage, type BundledPage } from './serveBundledPage.ts';

const WORDS = Array.from({ length: 40 }, (_, i) => `word${i} `);
const ANSWER = WORDS.join('');


type StreamResult = { events: TurnEvent[]; error?: { message: string; code: unknown } };
const seqOf = (id: string) => Number(id.split(':')[1]);

describe.runIf(mustRun(chromiumTool))('the typed client over tRPC HTTP in headless Chromium', () => {
  let browser: Browser;
  let gw: TestGateway;
  let app: BundledPage;
  const provider = createScriptedProvider({ tokens: WORDS, delayMs: 15 });

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    const [page, launched, gateway] = await Promise.all([
      serveBundledPage(new URL('./fixtures/httpClientEntry.tsx', import.meta.url), 'HTTP client'),
      chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }),
      startTestGateway({ plugins: [{ plugin: keywordSafety }], provider, config: { AUTH_MODE: 'token', AUTH_TOKENS: 'token1:user1' } }),
    ]);
    browser = launched;
    gw = gateway;
    app = page;
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await gw?.[Symbol.asyncDispose]();
    await app?.[Symbol.asyncDispose]();
  });

  const open = async (query: Record<string, string>): Promise<{ page: Page; errors: string[]; requests: { url: string; method: string; authorization: string | undefined }[] }> => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: { url: string; method: string; authorization: string | undefined }[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (req) => {
      if (new URL(req.url()).pathname.startsWith('/trpc')) requests.push({ url: req.url(), method: req.method(), authorization: req.headers()['authorization'] });
    });
    await page.goto(`${app.url}/?${new URLSearchParams({ gateway: gw.url, ...query })}`);
    await page.waitForSelector('.chat');
    return { page, errors, requests };
  };
  const streamTurn = (page: Page, message: string, stopAfterTokens?: number) =>
    page.evaluate(([m, n]) => (window as unknown as { streamTurn(m: string, n?: number): Promise<StreamResult> }).streamTurn(m as string, n as number | undefined), [message, stopAfterTokens] as const);

  it('streams a full turn cross-origin: batch calls carry Authorization, the EventSource ?token=', async () => {
    const { page, errors, requests } = await open({ transport: 'http', token: 'token1' });
    const { events, error } = await streamTurn(page, 'I have a mild headache');
    expect(error).toBeUndefined();
    expect(events[0]?.event.type).toBe('stream_start');
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect(textOf(events)).toBe(ANSWER);
    const seqs = events.map((e) => seqOf(e.id));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    // The browser's EventSource cannot send headers: the token rides in the query, the only way it can.
    const stream = requests.find((r) => r.url.includes('/trpc/chat.stream'));
    expect(stream?.method).toBe('GET');
    expect(new URL(stream?.url ?? 'http://x').searchParams.get('token')).toBe('token1');
    // A batched query from the page carries the header (CORS preflight allowed it).
    const sessions = await page.evaluate(() => (window as unknown as { client: { trpc: { session: { list: { query(): Promise<{ id: string }[]> } } } } }).client.trpc.session.list.query());
    expect(sessions).toHaveLength(1);
    expect(requests.find((r) => r.url.includes('/trpc/session.list'))?.authorization).toBe('Bearer token1');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('refuses a missing or wrong token with UNAUTHORIZED, for the stream and for queries', async () => {
    for (const query of [{ transport: 'http' }, { transport: 'http', token: 'wrong' }]) {
      const { page } = await open(query);
      const { events, error } = await streamTurn(page, 'hello');
      expect(events).toEqual([]);
      expect(error?.code).toBe('UNAUTHORIZED');
      const code = await page.evaluate(() =>
        (window as unknown as { client: { trpc: { profile: { get: { query(): Promise<unknown> } } } } }).client.trpc.profile.get.query().then(
          () => 'no error',
          (e: { data?: { code?: string } }) => e.data?.code,
        ),
      );
      expect(code).toBe('UNAUTHORIZED');
      await page.close();
    }
  }, 60_000);

  it("the user's stop (leaving the loop) cancels the turn through chat.cancel", async () => {
    const { page, requests } = await open({ transport: 'http', token: 'token1' });
    const { events } = await streamTurn(page, 'tell me a lot', 3);
    const start = events[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    await vi.waitFor(async () => expect((await gw.store.getTurn(start.turnId))?.finishReason).toBe('cancelled'));
    expect(requests.some((r) => r.method === 'POST' && r.url.includes('/trpc/chat.cancel'))).toBe(true);
    await page.close();
  }, 60_000);

  it('the browser EventSource reconnects through a dropped connection and resumes with no token lost or repeated', async () => {
    const proxy = await createDroppingProxy(gw.port);
    try {
      const page = await browser.newPage();
      await page.goto(`${app.url}/?${new URLSearchParams({ gateway: `http://127.0.0.1:${proxy.port}`, transport: 'http', token: 'token1' })}`);
      const running = streamTurn(page, 'tell me everything');
      await page.waitForFunction(() => ((window as unknown as { tokensSeen?: number }).tokensSeen ?? 0) >= 5);
      proxy.dropAll();
      const { events, error } = await running;
      expect(error).toBeUndefined();
      expect(textOf(events)).toBe(ANSWER);
      const seqs = events.map((e) => seqOf(e.id));
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1] as number);
      expect(events.filter((e) => e.event.type === 'stream_start')).toHaveLength(1);
      expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
      await page.close();
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it.each(['http', 'ws'] as const)('the React hook streams an answer and its Stop cancels the next one (%s)', async (transport) => {
    const { page, errors } = await open({ transport, token: 'token1' });
    // What the user saw as it changed (test/e2e/reactChatBot.test.ts checks the same of the compat example).
    await page.evaluate(() => {
      const seen = { partials: [] as string[], textAtBanner: undefined as string | null | undefined };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.chat .streaming')?.textContent ?? null;
        if (text && seen.partials.at(-1) !== text) seen.partials.push(text);
        if (seen.textAtBanner === undefined && document.querySelector('.chat .emergency')) seen.textAtBanner = text;
      }).observe(document.querySelector('.chat') as Element, { childList: true, characterData: true, subtree: true });
    });
    await page.fill('.chat input[name="q"]', 'I have crushing chest pain');
    await page.press('.chat input[name="q"]', 'Enter');
    await page.waitForSelector('.chat .emergency');
    expect(await page.textContent('.chat .emergency')).toBe('Call 911 now.');
    await page.waitForSelector('.chat .streaming');
    await expect.poll(() => page.$$eval('.chat .messages > .assistant', (els) => els.map((e) => [e.textContent, e.getAttribute('data-finish')])), { timeout: 10_000 }).toEqual([[ANSWER, 'stop']]);
    const seen = await page.evaluate(() => (window as unknown as { seen: { partials: string[]; textAtBanner: string | null | undefined } }).seen);
    // The banner came before any text of the answer, and the text grew in several renders, each a prefix.
    expect(seen.textAtBanner === null || seen.textAtBanner === '').toBe(true);
    expect(seen.partials.length).toBeGreaterThan(3);
    for (const partial of seen.partials) expect(ANSWER.startsWith(partial)).toBe(true);

    await page.fill('.chat input[name="q"]', 'tell me more');
    await page.press('.chat input[name="q"]', 'Enter');
    await page.waitForFunction(() => (document.querySelector('.chat .streaming')?.textContent ?? '').length > 0);
    await page.click('.chat .stop');
    await expect.poll(() => page.$$eval('.chat .messages > .assistant', (els) => els.map((e) => e.getAttribute('data-finish'))), { timeout: 10_000 }).toEqual(['stop', 'cancelled']);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
