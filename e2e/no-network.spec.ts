/**
 * "The app makes no network request at all": every request the page or its context
 * makes is routed; any whose host is not the loopback host is recorded and aborted. The test
 * seeds a journal, clicks through every section of the navigation (plus the routes reached
 * only by URL: a layer's detail and story), and asserts nothing foreign was attempted.
 */
import type { BrowserContext, Page, Request, Route } from '@playwright/test';
import { SECTION_IDS } from '../renderer/src/routing/route';
import { SECTIONS } from '../renderer/src/shell/sections';
import { callApi } from './api';
import { SYNTHETIC_SPX, SYNTHETIC_VIX, syntheticCboeCsv } from '../electron/backend/testing/synthetic-closes';
import { expect, test } from './fixtures';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Schemes that never leave the page (inline data, object URLs, the browser's own pages). */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:', 'devtools:']);

function isForeign(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  return !LOOPBACK_HOSTS.has(parsed.hostname);
}

/** Lets loopback requests through and waits until the page's own requests have settled. */
function trackRequests(page: Page, foreign: string[]) {
  let inFlight = 0;
  let lastChange = Date.now();
  const record = (url: string, how: string) => {
    if (isForeign(url)) foreign.push(`${how} ${url}`);
  };
  page.on('request', (request: Request) => {
    inFlight += 1;
    lastChange = Date.now();
    record(request.url(), 'request');
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('websocket', (socket) => record(socket.url(), 'websocket'));
  page.on('worker', (worker) => record(worker.url(), 'worker'));
  return async function settled(quietMs = 400): Promise<void> {
    await expect.poll(() => inFlight === 0 && Date.now() - lastChange >= quietMs, { timeout: 20_000, intervals: [100] }).toBe(true);
  };
}

/**
 * Routes every request of the context and the page, recording (and aborting) foreign ones.
 * Requests the page's CSP refuses never reach the network layer, so CSP violations are
 * recorded too (an attempt is an attempt, even a blocked one).
 */
async function guardNetwork(page: Page, context: BrowserContext): Promise<{ foreign: string[]; settled: () => Promise<void>; violations: () => Promise<string[]> }> {
  const foreign: string[] = [];
  const guard = (how: string) => async (route: Route) => {
    const url = route.request().url();
    if (isForeign(url)) {
      foreign.push(`${how} ${url}`);
      await route.abort('blockedbyclient');
    } else {
      await route.continue();
    }
  };
  await context.route('**/*', guard('context'));
  await page.route('**/*', guard('page'));
  context.on('request', (request) => {
    if (isForeign(request.url())) foreign.push(`context-request ${request.url()}`);
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  // Only violations that name a URL are network attempts (zod probing `eval` is not).
  const violations = async () => (await page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]))
    .filter((violation) => {
      const uri = violation.slice(violation.indexOf(' ') + 1);
      return /^(https?|wss?):/.test(uri) && isForeign(uri);
    });
  return { foreign, settled: trackRequests(page, foreign), violations };
}

test.describe('guard self-test', () => {
  // This test makes foreign requests on purpose; the browser logs their refusal as console errors.
  test.use({ allowedConsoleErrors: { patterns: [/example\.(com|org|net)/, /^Failed to load resource: net::ERR_/] } });

test('the guard itself sees a foreign fetch, image and navigation (self-test)', async ({ page, context, host }) => {
  const { foreign, violations } = await guardNetwork(page, context);
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await page.evaluate(async () => {
    await fetch('https://example.com/ping').catch(() => undefined);
    const image = new Image();
    image.src = 'https://example.org/pixel.png';
    await new Promise((done) => setTimeout(done, 300));
  });
  const seen = [...foreign, ...(await violations())].join('\n');
  expect(seen).toContain('https://example.com/ping');
  expect(seen).toContain('https://example.org/pixel.png');
  await page.goto('https://example.net/').catch(() => undefined);
  expect(foreign).toContain('page https://example.net/'); // the page's route answers before the context's
});
});

test('no request leaves the loopback host while every section is used', async ({ page, context, host }) => {
  test.setTimeout(180_000);
  const { foreign, settled, violations } = await guardNetwork(page, context);

  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  // A journal with something in every section: market history, a portfolio, layers, a closed
  // layer, a mark, a note, an event and a decision.
  // Made-up closes (the test is about requests, not numbers), so it needs nothing beside the checkout.
  for (const [symbol, level] of [['SPX', SYNTHETIC_SPX], ['VIX', SYNTHETIC_VIX]] as const) {
    await callApi(page, 'market/import', { symbol, csv: syntheticCboeCsv({ endIso: '2026-07-09', weekdays: 700, level }), fileName: `${symbol}.csv` });
  }
  const portfolio = await callApi(page, 'portfolio/create', { name: 'Offline book', riskCapitalCents: 250_000_00 });
  const open = await callApi(page, 'layer/createCondor', {
    portfolioId: portfolio.id, openedOn: '2026-05-01', expiration: '2026-06-18', role: 'base', quantity: 2, creditHundredths: 1250,
    strikes: { putLong: 550_000, putShort: 555_000, callShort: 590_000, callLong: 595_000 },
  });
  const closed = await callApi(page, 'layer/createCondor', {
    portfolioId: portfolio.id, openedOn: '2026-03-02', expiration: '2026-04-17', role: 'base', quantity: 1, creditHundredths: 900,
    strikes: { putLong: 540_000, putShort: 545_000, callShort: 600_000, callLong: 605_000 },
  });
  await callApi(page, 'ticket/add', { layerId: closed.id, date: '2026-04-01', action: 'close', netPriceHundredths: -300 });
  await callApi(page, 'mark/set', { layerId: open.id, date: '2026-05-20', priceHundredths: 610 });
  await callApi(page, 'note/create', { portfolioId: portfolio.id, date: '2026-05-20', body: 'Held through CPI', tags: ['discipline'] });
  await callApi(page, 'event/create', { date: '2026-06-17', kind: 'FOMC', note: 'June meeting' });
  await page.reload();
  await settled();

  // Every entry of the navigation, clicked as a user would.
  for (const section of SECTIONS) {
    await page.getByTestId(`nav-${section.id}`).click();
    await expect(page.getByTestId(`nav-${section.id}`)).toHaveAttribute('aria-current', 'page');
    await settled();
  }
  // Routes that exist but are not in the navigation, and a layer's detail and story.
  const navIds = new Set<string>(SECTIONS.map((s) => s.id));
  for (const hash of [...SECTION_IDS.filter((id) => !navIds.has(id)).map((id) => `#/${id}`), `#/layers/${open.id}`, `#/layers/${open.id}/story`]) {
    await page.goto(`${host.url}${hash}`);
    await settled();
  }

  expect(foreign).toEqual([]);
  expect(await violations()).toEqual([]);
});
