/**
 * Runs inside /__csp/page.html (served with the strict CSP of issue 7): completes the whole
 * flow in endpoint mode with the standalone bundle, then reports every CSP violation seen.
 */
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
  const el = document.querySelector('connector-wizard') as HTMLElement & { next(): Promise<boolean>; submit(): Promise<boolean>; groups: unknown };
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
  await el.next();
  (await step('auth')).querySelector<HTMLInputElement>('#auth-access-token')!.click();
  await el.next();
  const credentials = await step('credentials');
  for (const [id, value] of [
    ['#field-credentials-shop', 'csp-store'],
    ['#field-credentials-accessToken', 'shpat_0123456789abcdef0123456789abcdef'],
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

completeFlow().then(
  (done) => parent.postMessage({ type: 'csp-result', done, violations }, location.origin),
  (error: Error) => parent.postMessage({ type: 'csp-result', done: false, error: error.message, violations }, location.origin),
);
