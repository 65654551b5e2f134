import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { startTestGateway, type TestGateway } from '../harness/startTestGateway.ts';
import { CHROMIUM_ARGS, chromiumTool } from './chromium.ts';
import { mustRun } from './requireSystemTool.ts';
import { serveBundledPage, type BundledPage } from './serveBundledPage.ts';

// Paced so partial text is visible before the answer ends.
const WORDS = Array.from({ length: 30 }, (_, i) => `word${i} `);
const ANSWER = WORDS.join('');



interface Seen {
  /** Texts of the streaming bubble (without the cursor) while the cursor was on screen. */
  partials: string[];
  /** The streaming bubble's text when the emergency banner first appeared; null if there was no bubble. */
  textAtBanner: string | null | undefined;
}

describe.runIf(mustRun(chromiumTool))('examples/react/ChatBot.tsx rendered with React in headless Chromium', () => {
  let browser: Browser;
  let gw: TestGateway;
  let app: BundledPage;
  const provider = createScriptedProvider({ tokens: WORDS, delayMs: 20 });

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    const [page, launched, gateway] = await Promise.all([
      // examples/react/ChatBot.tsx with real React 19 and react-dom.
      serveBundledPage(new URL('./fixtures/reactEntry.tsx', import.meta.url), 'ChatBot'),
      chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }),
      startTestGateway({ plugins: [{ plugin: keywordSafety }], provider }),
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

  const openChatBot = async (): Promise<{ page: Page; errors: string[] }> => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await page.goto(`${app.url}/?url=${encodeURIComponent(`${gw.wsUrl}/api/v1/ws/chat`)}`);
    // Connected: the placeholder switches from "Connecting…".
    await page.waitForSelector('.chatbot input[placeholder="Describe your symptoms"]');
    // Records what the user saw as it changed, before anything is asked.
    await page.evaluate(() => {
      const seen: Seen = { partials: [], textAtBanner: undefined };
      (window as unknown as { seen: Seen }).seen = seen;
      const streamingText = () => {
        const bubble = document.querySelector('.chatbot .assistant.streaming');
        if (!bubble) return null;
        return Array.from(bubble.childNodes)
          .filter((n) => !(n instanceof Element && n.classList.contains('cursor')))
          .map((n) => n.textContent ?? '')
          .join('');
      };
      new MutationObserver(() => {
        const text = streamingText();
        if (text && document.querySelector('.chatbot .assistant.streaming .cursor') && seen.partials.at(-1) !== text) seen.partials.push(text);
        if (seen.textAtBanner === undefined && document.querySelector('.chatbot .emergency')) seen.textAtBanner = text;
      }).observe(document.querySelector('.chatbot') as Element, { childList: true, characterData: true, subtree: true });
    });
    return { page, errors };
  };
  const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
  const ask = async (page: Page, text: string) => {
    await page.fill('.chatbot input[type="text"]', text);
    await page.press('.chatbot input[type="text"]', 'Enter');
  };
  const finishedAnswers = (page: Page) => page.$$eval('.chatbot .messages > .assistant:not(.streaming)', (els) => els.map((e) => e.textContent));

  it('streams partial text behind the cursor, then ends the full answer in the message list', async () => {
    const { page, errors } = await openChatBot();
    await ask(page, 'I have a mild headache');
    // Enter submitted the form and cleared the input; the question is in the list.
    expect(await page.inputValue('.chatbot input[type="text"]')).toBe('');
    await expect.poll(() => page.$$eval('.chatbot .messages > .user', (els) => els.map((e) => e.textContent))).toEqual(['I have a mild headache']);

    // Partial text while the answer is still streaming: the cursor is on screen next to it.
    const partial = await page.waitForFunction(() => {
      const bubble = document.querySelector('.chatbot .assistant.streaming');
      const cursor = bubble?.querySelector('.cursor');
      if (!bubble || !cursor) return false;
      const text = Array.from(bubble.childNodes)
        .filter((n) => n !== cursor)
        .map((n) => n.textContent ?? '')
        .join('');
      return text || false;
    });
    const atPartial = (await partial.jsonValue()) as string;
    expect(atPartial.length).toBeGreaterThan(0);
    expect(atPartial.length).toBeLessThan(ANSWER.length);
    expect(ANSWER.startsWith(atPartial)).toBe(true);

    await expect.poll(() => finishedAnswers(page), { timeout: 10_000 }).toEqual([ANSWER]);
    expect(await page.$('.chatbot .assistant.streaming')).toBeNull();
    expect(await page.$('.chatbot .cursor')).toBeNull();
    const { partials } = await seen(page);
    // Several renders of growing text, each a prefix of the answer, none of them the whole of it yet.
    expect(partials.length).toBeGreaterThan(3);
    for (const p of partials) expect(ANSWER.startsWith(p)).toBe(true);
    expect(await page.$('.chatbot .emergency')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the emergency banner before any text of that answer', async () => {
    const { page, errors } = await openChatBot();
    await ask(page, 'I have crushing chest pain');
    await page.waitForSelector('.chatbot .emergency[role="alert"]');
    expect(await page.textContent('.chatbot .emergency')).toBe('Emergency: Call 911 now.chest pain');
    // When the banner appeared no answer text had been rendered (no bubble yet, or an empty one).
    const { textAtBanner } = await seen(page);
    expect(textAtBanner === null || textAtBanner === '').toBe(true);
    await expect.poll(() => finishedAnswers(page), { timeout: 10_000 }).toEqual([ANSWER]);
    // The banner stays above the finished answer until the next question.
    expect(await page.isVisible('.chatbot .emergency')).toBe(true);
    expect(await page.$$eval('.chatbot > *', (els) => els.map((e) => e.className))).toEqual(['emergency', 'messages', '']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
