/**
 * Runs inside /__csp/page.html (served with the strict CSP of issue 7): completes the whole
 * flow in endpoint mode with the standalone bundle, then reports every CSP violation seen.
 * With `more=1` the page's wizard speaks German (its language file loads), seals secrets
 * (`secret-persistence="encrypted"`: the vault's file, WebCrypto), and the driver also opens the
 * time zone list, fills the credentials from one `.env` paste and runs Test connection, whose
 * result and checks it reports.
 */
const more = new URLSearchParams(location.search).get('more') === '1';
const violations: string[] = [];
(window as unknown as { cspViolations: string[] }).cspViolations = violations;
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));

const tick = () => new Promise((r) => setTimeout(r, 20));
async function until<T>(get: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 250; i++) {
    const value = get();
    if (value) return value;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function completeFlow() {
  await customElements.whenDefined('connector-wizard');
  const el = document.querySelector('connector-wizard') as Wizard & { groups: unknown };
  // The company's one group (the reference API expects a known group).
  el.groups = [{ id: 'uk', name: 'UK' }];
  const step = (name: string) => until(() => el.shadowRoot?.querySelector<HTMLElement>(`[data-step="${name}"]`)?.shadowRoot, name);
  const created = new Promise((resolve) => el.addEventListener('connector-created', resolve, { once: true }));
  (await until(() => el.shadowRoot?.querySelector('[data-step="system"]')?.shadowRoot?.querySelector<HTMLInputElement>('#system-shopify'), 'picker')).click();
  await el.next();
  const general = await step('general');
  const name = general.querySelector<HTMLInputElement>('#field-name')!;
  name.value = 'Under strict CSP';
  name.dispatchEvent(new Event('input'));
  general.querySelector<HTMLInputElement>('#environment-live')!.click();
  await el.next();
  await step('timezone');
  if (more) {
    // The zone list: hundreds of options with offsets, drawn under the policy (opened again if a render came first).
    await until(() => {
      const root = el.shadowRoot?.querySelector('[data-step="timezone"]')?.shadowRoot;
      const zone = root?.querySelector<HTMLInputElement>('[role="combobox"]');
      if (zone?.getAttribute('aria-expanded') !== 'true') zone?.click();
      return (root?.querySelectorAll('[role="option"]').length ?? 0) > 50;
    }, 'the zone list');
  }
  await el.next();
  (await step('auth')).querySelector<HTMLInputElement>('#auth-access-token')!.click();
  await el.next();
  const credentials = await step('credentials');
  const token = 'shpat_0123456789abcdef0123456789abcdef';
  if (more) return credentialsFromPaste(el, credentials, token, created);
  for (const [id, value] of [
    ['#field-credentials-shop', 'csp-store'],
    ['#field-credentials-accessToken', token],
  ] as const) {
    const input = credentials.querySelector<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
  }
  await el.next();
  await step('review');
  await el.submit();
  await created;
  return true;
}

type Wizard = HTMLElement & { next(): Promise<boolean>; submit(): Promise<boolean> };

/** `more=1`: both values from one `.env` paste, a connection test, then the create; what the test said is reported. */
async function credentialsFromPaste(el: Wizard, credentials: ShadowRoot, token: string, created: Promise<unknown>) {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', `SHOPIFY_STORE_DOMAIN=csp-store\nSHOPIFY_ACCESS_TOKEN=${token}\n`);
  credentials.querySelector('#field-credentials-shop')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, composed: true, cancelable: true }));
  await until(() => credentials.querySelector<HTMLInputElement>('#field-credentials-accessToken')?.value === token, 'the paste to fill the token');
  credentials.querySelector<HTMLButtonElement>('.test-button')!.click();
  const result = await until(() => {
    const shown = credentials.querySelector<HTMLElement>('#test-result');
    return shown?.dataset.testState && shown.dataset.testState !== 'testing' ? shown : null;
  }, 'the connection test');
  const tested = { state: result.dataset.testState, checks: credentials.querySelectorAll('#test-checks li').length, words: result.textContent!.replace(/\s+/gu, ' ').trim() };
  await el.next();
  await until(() => el.shadowRoot?.querySelector('[data-step="review"]')?.shadowRoot, 'review');
  await el.submit();
  await created;
  return tested;
}

completeFlow().then(
  (done) =>
    parent.postMessage(
      { type: 'csp-result', done: done === true || typeof done === 'object', tested: typeof done === 'object' ? done : undefined, violations },
      location.origin,
    ),
  (error: Error) => parent.postMessage({ type: 'csp-result', done: false, error: error.message, violations }, location.origin),
);
