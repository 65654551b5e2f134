import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { historyAgent, keywordSafety } from '../fakes/testPlugins.ts';
import { startTestGateway, type TestGateway } from '../harness/startTestGateway.ts';
import { createDroppingProxy } from './createDroppingProxy.ts';
import { CHROMIUM_ARGS, chromiumTool } from './chromium.ts';
import { mustRun } from './requireSystemTool.ts';


// Paced slowly enough that partial text is visible before the answer ends. The page renders answers as
// Markdown, which drops a paragraph's trailing space: the last word has none, so the text shown is the answer.
const WORDS = Array.from({ length: 30 }, (_, i) => (i < 29 ? `word${i} ` : `word${i}`));
const ANSWER = WORDS.join('');

/** The guide's JavaScript example, verbatim except for the URL and sending once the socket is open. */
const guideExample = (url: string) => `
// Connect to WebSocket
const ws = new WebSocket('${url}');

ws.onopen = () => {
    console.log('Connected!');
};

// Handle incoming messages
ws.onmessage = (event) => {
    const data = JSON.parse(event.data);

    switch (data.type) {
        case 'connection':
            console.log('Session ID:', data.session_id);
            break;

        case 'stream_start':
            console.log('Response started...');
            document.getElementById('response').textContent = '';
            break;

        case 'token':
            // Append token in real-time
            const responseDiv = document.getElementById('response');
            responseDiv.textContent += data.content;
            break;

        case 'stream_end':
            console.log('Response complete!');
            break;

        case 'status':
            console.log('Status:', data.status);
            break;

        case 'error':
            console.error('Error:', data.message);
            break;
    }
};

// Send message
function sendMessage(message) {
    ws.send(JSON.stringify({
        message: message,
        enable_agents: true
    }));
}

// Example usage
ws.addEventListener('open', () => sendMessage("I have a fever and sore throat"));
`;

describe.runIf(mustRun(chromiumTool))('browser clients in headless Chromium', () => {
  let browser: Browser;
  let gw: TestGateway;
  const provider = createScriptedProvider({ tokens: WORDS, delayMs: 40 });

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    gw = await startTestGateway({
      plugins: [{ plugin: keywordSafety }, { plugin: historyAgent }],
      provider,
    });
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

  it('a conversation longer than one history frame is drawn whole after a reload (regression: the page kept only the last page)', async () => {
    const sessionId = crypto.randomUUID();
    await gw.store.createSession({ id: sessionId, userId: undefined });
    const COUNT = 450;
    for (let i = 0; i < COUNT; i++) {
      await gw.store.appendMessage({ id: `hm${i}`, sessionId, turnId: `ht${i >> 1}`, role: i % 2 === 0 ? 'user' : 'assistant', content: `line ${i}`, createdAt: i });
    }
    const page = await openPage();
    await page.addInitScript((id) => sessionStorage.setItem('medchat.session_id', id), sessionId);
    await page.goto(`${gw.url}/`);
    await page.waitForFunction((n) => document.querySelectorAll('#messages .message').length === n, COUNT);
    const texts = await page.$$eval('#messages .message', (nodes) => nodes.map((n) => (n.querySelector('.text') ?? n).textContent?.trim()));
    expect(texts[0]).toBe('line 0');
    expect(texts.at(-1)).toBe(`line ${COUNT - 1}`);
    await page.close();
  });

  it('the page at / streams partial text, shows agent statuses, and raises the emergency banner', async () => {
    const page = await openPage();
    await page.goto(`${gw.url}/`);
    await page.waitForSelector('#connection-state[data-state="open"]');
    // Records what the user saw, as it changed: status texts, agent lines, the answer at banner time.
    await page.evaluate(() => {
      const seen = { statuses: [] as string[], agents: [] as string[], textAtBanner: undefined as string | undefined };
      (window as unknown as { seen: typeof seen }).seen = seen;
      const status = document.getElementById('status') as HTMLElement;
      new MutationObserver(() => seen.statuses.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
      new MutationObserver(() => {
        for (const li of Array.from(document.querySelectorAll('#agents li'))) {
          if (seen.agents.at(-1) !== li.textContent && !seen.agents.includes(li.textContent ?? '')) seen.agents.push(li.textContent ?? '');
        }
      }).observe(document.getElementById('agents') as HTMLElement, { childList: true, characterData: true, subtree: true, attributes: true });
      const banner = document.getElementById('emergency') as HTMLElement;
      new MutationObserver(() => {
        if (banner.classList.contains('visible') && seen.textAtBanner === undefined) {
          seen.textAtBanner = document.querySelector('.message.assistant.streaming .text')?.textContent ?? undefined;
        }
      }).observe(banner, { attributes: true });
    });
    const seen = () => page.evaluate(() => (window as unknown as { seen: { statuses: string[]; agents: string[]; textAtBanner?: string } }).seen);

    await page.fill('#input', 'I have a mild headache');
    await page.click('#send');
    // Partial text while the answer is still streaming (the cursor is still there).
    const partial = await page.waitForFunction(() => {
      const bubble = document.querySelector('.message.assistant.streaming .text');
      return bubble?.textContent ? { text: bubble.textContent, status: document.getElementById('status')?.textContent } : false;
    });
    const atPartial = (await partial.jsonValue()) as { text: string; status: string };
    expect(atPartial.text.length).toBeGreaterThan(0);
    expect(atPartial.text.length).toBeLessThan(ANSWER.length);
    expect(atPartial.status).toBe('generating response');

    await page.waitForSelector('.message.assistant:not(.streaming)');
    expect(await page.textContent('.message.assistant .text')).toBe(ANSWER);
    expect(await page.$$eval('#agents li', (lis) => lis.map((li) => li.textContent))).toEqual(['emergency: done', 'history: done']);
    const first = await seen();
    expect(first.statuses).toEqual(['Response started...', 'validating', 'checking emergency', 'running history', 'generating response', '']);
    expect(first.agents).toEqual(['emergency: waiting', 'history: waiting', 'history: running', 'emergency: done', 'history: done']);
    expect(await page.isVisible('#emergency')).toBe(false);

    await page.fill('#input', 'Now I have crushing chest pain');
    await page.click('#send');
    await page.waitForSelector('#emergency.visible');
    expect(await page.textContent('#emergency')).toContain('Call 911 now.');
    // The banner came before any text of that answer.
    expect((await seen()).textAtBanner).toBe('');
    await page.waitForSelector('.message.assistant.streaming', { state: 'detached' });
    expect(await page.$$eval('.message.assistant .text', (els) => els.map((e) => e.textContent))).toEqual([ANSWER, ANSWER]);
    await page.close();
  });

  it('the page keeps its session across a reload and shows the finished answer', async () => {
    const page = await openPage();
    await page.goto(`${gw.url}/`);
    await page.waitForSelector('#connection-state[data-state="open"]');
    const requestsBefore = provider.requests.length;
    await page.fill('#input', 'first question');
    await page.click('#send');
    await page.waitForSelector('.message.assistant.streaming .text:not(:empty)');
    await page.reload(); // drops the socket mid-answer; the turn finishes on the server
    await page.waitForFunction((answer) => Array.from(document.querySelectorAll('.message.assistant .text')).some((e) => e.textContent === answer), ANSWER, { timeout: 10_000 });
    expect(await page.$$eval('.message .text', (els) => els.map((e) => e.textContent))).toEqual(['first question', ANSWER]);
    // The resent message replayed the running answer: the model was asked once.
    expect(provider.requests.length).toBe(requestsBefore + 1);
    await page.close();
  });

  it('reconnects with backoff after the network drops and shows the answer once', async () => {
    const proxy = await createDroppingProxy(gw.port);
    try {
      const page = await openPage();
      await page.goto(`${gw.url}/?server=ws://127.0.0.1:${proxy.port}/api/v1/ws/chat`);
      await page.waitForSelector('#connection-state[data-state="open"]');
      const requestsBefore = provider.requests.length;
      await page.fill('#input', 'question over a flaky network');
      await page.click('#send');
      await page.waitForSelector('.message.assistant.streaming .text:not(:empty)');
      proxy.dropAll();
      await page.waitForSelector('#connection-state[data-state="closed"]');
      await page.waitForSelector('#connection-state[data-state="open"]', { timeout: 10_000 });
      await page.waitForSelector('.message.assistant.streaming', { state: 'detached', timeout: 10_000 });
      expect(await page.$$eval('.message .text', (els) => els.map((e) => e.textContent))).toEqual(['question over a flaky network', ANSWER]);
      expect(provider.requests.length).toBe(requestsBefore + 1);
      await page.close();
    } finally {
      await proxy.close();
    }
  });

  it("runs the guide's JavaScript example unchanged", async () => {
    const page = await openPage();
    const logs: string[] = [];
    page.on('console', (msg) => logs.push(msg.text()));
    await page.goto(`${gw.url}/health`);
    await page.setContent('<div id="response"></div>');
    await page.addScriptTag({ content: guideExample(`${gw.wsUrl}/api/v1/ws/chat`) });
    await expect.poll(() => logs.includes('Response complete!'), { timeout: 10_000 }).toBe(true);
    expect(await page.textContent('#response')).toBe(ANSWER);
    expect(logs[0]).toBe('Connected!');
    expect(logs.some((l) => /^Session ID: [0-9a-f-]{36}$/.test(l))).toBe(true);
    expect(logs).toContain('Response started...');
    expect(logs).toContain('Status: running_history');
    expect(logs.some((l) => l.startsWith('Error:'))).toBe(false);
    await page.close();
  });
});
