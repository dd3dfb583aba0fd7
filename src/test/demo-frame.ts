/**
 * The demo page in a frame, on a namespace of the test server's API, for the tests of the page's
 * edges (demo-page.test.ts has its own, which also watches the page's errors from its first script).
 */
import { waitUntil } from './wait.js';
import { currentStepId, type freshApi } from './fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

type Api = ReturnType<typeof freshApi>;
const frames: HTMLIFrameElement[] = [];

/** An element's text with its white space collapsed. */
export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

/** Opens the page; `waitForList`: until the live tab shows its count. */
export async function openPage(api: Api, { waitForList = true } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 900px; border: 0';
  frame.src = `/demo/index.html?api=${encodeURIComponent(api.endpoint.replace(/\/connectors$/u, ''))}`;
  document.body.append(frame);
  frames.push(frame);
  const doc = () => frame.contentDocument!;
  const win = () => frame.contentWindow as Window & typeof globalThis;
  const $ = <T extends Element = HTMLElement>(s: string) => frame.contentDocument?.querySelector<T>(s) ?? null;
  const $$ = <T extends Element = HTMLElement>(s: string) => [...(frame.contentDocument?.querySelectorAll<T>(s) ?? [])];
  if (waitForList) await waitUntil(() => /\(\d+\)/u.test(text($('#tab-live'))), 'the list has loaded', { timeout: 15_000 });
  return { frame, doc, win, $, $$ };
}
export type Page = Awaited<ReturnType<typeof openPage>>;

/** Presses the tab's Add connector and waits for the wizard's first step. */
export async function openAdd(page: Page, env: 'live' | 'test' = 'live') {
  page.$<HTMLButtonElement>(`#tab-${env}`)!.click();
  page.$<HTMLButtonElement>(`#panel-${env} .add-tile`)!.click();
  const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
  await waitUntil(() => currentStepId(wizard) === 'system', 'the wizard opens', { timeout: 5000 });
  return wizard;
}

/** The card whose heading is `name`. */
export const card = (page: Page, name: string) => page.$$('.card').find((c) => text(c.querySelector('h2')) === name);

afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
  localStorage.removeItem('connector-wizard-demo:lang');
  localStorage.removeItem('connector-wizard-demo:theme');
});

/**
 * Releases the held request and waits until the server has sent every answer, then for a request of
 * the page's own there and back and the page's next turn: an answer sent before it, unless the page
 * dropped it, has been read and acted on by then.
 */
export async function lateAnswersIn(win: Window, api: Api): Promise<void> {
  await api.releaseAnswered();
  await (await win.fetch(api.endpoint.replace(/\/connectors$/u, '/__log'))).text();
  await new Promise((r) => win.setTimeout(r));
}
