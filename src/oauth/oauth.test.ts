/**
 * "Connect with {system}" against the reference API's stand-in provider (demo/api): a real popup,
 * a real consent page, a real callback posting to the opener.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import { audit } from '../test/audit.js';
import { advanceTo, choose, currentStepId, inStep, pressContinue, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

async function atConnect(startUrl = '/api/oauth/start', draftDatabase = uniqueDatabase()) {
  const el = await wizardFixture({ system: 'xero', draftDatabase });
  el.setAttribute('oauth-start-url', startUrl);
  await advanceTo(el, 'auth');
  await choose(el, '#auth-oauth');
  await pressContinue(el);
  expect(currentStepId(el)).to.equal('credentials');
  return el;
}

const status = (el: ConnectorWizard) => inStep(el, '#oauth-status')!;

/** The popup the widget opened, found by its name (same origin, so the test can click in it). */
async function popup(): Promise<Window> {
  let found: Window | null = null;
  await waitUntil(() => {
    found = window.open('', 'connector-wizard-oauth');
    return found && found.location.href !== 'about:blank' && found.document.readyState === 'complete' && found.document.querySelector('#allow');
  }, 'consent page');
  return found!;
}

describe('OAuth: connect with a system', () => {
  it('connects through the popup, shows the account, and sends only the connection reference', async () => {
    const el = await atConnect();
    await audit(el, 'connect step');
    const created: ConnectorPayload[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail.connector as ConnectorPayload));
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    const win = await popup();
    expect(new URL(win.location.href).searchParams.get('state')).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(new URL(win.location.href).searchParams.get('system')).to.equal('xero');
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting');
    (win.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(el).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected', { timeout: 5000 });
    await waitUntil(() => win.closed, 'popup closed by the callback');
    await audit(el, 'connected');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(inStep(el, '.row[data-key="connection"] dd.value')!.textContent).to.contain('demo-account@xero.example');
    await el.submit();
    expect(created).to.have.length(1);
    expect(Object.keys(created[0]!.credentials)).to.deep.equal(['connectionRef']);
    expect(created[0]!.credentials.connectionRef).to.match(/^conn_/);
  });

  for (const [variant, what] of [
    ['wrong-state', 'a message with another state'],
    ['malformed', 'a malformed message'],
    ['foreign', 'a message from another origin'],
  ] as const)
    it(`ignores ${what}`, async () => {
      const el = await atConnect(`/api/oauth/start?variant=${variant}`);
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      const win = await popup();
      (win.document.querySelector('#allow') as HTMLAnchorElement).click();
      await new Promise((r) => setTimeout(r, 800));
      expect(status(el).dataset.oauth).to.equal('waiting');
      win.close();
      await waitUntil(() => status(el).dataset.oauth === 'closed', 'closed noticed');
      expect(status(el).textContent).to.contain('closed before it finished');
      await pressContinue(el);
      expect(currentStepId(el)).to.equal('credentials');
    });

  it('spends the state: a second message from the same popup is ignored', async () => {
    const el = await atConnect('/api/oauth/start?variant=replay');
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    const win = await popup();
    (win.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected');
    await new Promise((r) => setTimeout(r, 300));
    await pressContinue(el);
    expect(inStep(el, '.row[data-key="connection"] dd.value')!.textContent).to.not.contain('someone-else');
    win.close();
  });

  it('ignores a message with the right state that does not come from the popup', async () => {
    const el = await atConnect();
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    const win = await popup();
    const state = new URL(win.location.href).searchParams.get('state')!;
    window.postMessage({ type: 'connector-wizard-oauth', state, ok: true, connection: { ref: 'conn_forged', account: 'forger' } }, location.origin);
    await new Promise((r) => setTimeout(r, 300));
    expect(status(el).dataset.oauth).to.equal('waiting');
    win.close();
    await waitUntil(() => status(el).dataset.oauth === 'closed');
  });

  it('says when access is denied', async () => {
    const el = await atConnect();
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    const win = await popup();
    (win.document.querySelector('#deny') as HTMLAnchorElement).click();
    await waitUntil(() => status(el).dataset.oauth === 'denied', 'denied');
    expect(status(el).textContent).to.contain('Xero did not allow the connection');
  });

  it('closes the popup and stops listening when the element is removed', async () => {
    const el = await atConnect();
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    const win = await popup();
    el.remove();
    await waitUntil(() => win.closed, 'popup closed');
  });

  it('a blocked popup: says so and offers another try or this tab', async () => {
    const el = await atConnect();
    const open = window.open;
    window.open = () => null;
    try {
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      await settle(el);
    } finally {
      window.open = open;
    }
    expect(inStep(el, '.notice-blocked')!.textContent).to.contain('blocked the sign-in window');
    expect(inStep(el, '[data-oauth-tab]')!.textContent).to.contain('Continue in this tab');
    await audit(el, 'popup blocked');
  });

  it('a sign-in finished in this tab comes back through the URL fragment with the stored state', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await atConnect('/api/oauth/start', draftDatabase);
    await new Promise((r) => setTimeout(r, 500));
    first.remove();
    const state = 'S'.repeat(43);
    sessionStorage.setItem('connector-wizard:oauth-state:default', state);
    const message = { type: 'connector-wizard-oauth', state, ok: true, connection: { ref: 'conn_sametab', account: 'tab@xero.example' } };
    history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`);
    const second = await wizardFixture({ system: 'xero', draftDatabase });
    second.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(second);
    expect(location.hash).to.equal('');
    expect(sessionStorage.getItem('connector-wizard:oauth-state:default')).to.equal(null);
    expect(status(second).textContent).to.contain('tab@xero.example');
  });
});

describe('OAuth: the same-tab return and the stand-in provider', () => {
  const fragment = (message: object) => `#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`;

  it('ignores a return whose state is not the stored one', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await atConnect('/api/oauth/start', draftDatabase);
    await new Promise((r) => setTimeout(r, 500));
    first.remove();
    sessionStorage.setItem('connector-wizard:oauth-state:default', 'T'.repeat(43));
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${fragment({ type: 'connector-wizard-oauth', state: 'U'.repeat(43), ok: true, connection: { ref: 'conn_x' } })}`,
    );
    const second = await wizardFixture({ system: 'xero', draftDatabase });
    second.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(second);
    expect(status(second).dataset.oauth).to.equal('idle');
    expect(location.hash, 'spent either way').to.equal('');
  });

  it('leaves a return alone when this wizard has no state stored (another wizard may own it)', async () => {
    sessionStorage.removeItem('connector-wizard:oauth-state:default');
    const hash = fragment({ type: 'connector-wizard-oauth', state: 'V'.repeat(43), ok: true, connection: { ref: 'conn_y' } });
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    try {
      const el = await wizardFixture({ system: 'xero', noDrafts: true });
      await settle(el);
      expect(location.hash).to.equal(hash);
    } finally {
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    }
  });

  it('takes a return without any draft (no-drafts)', async () => {
    const el = await wizardFixture({ system: 'xero', noDrafts: true });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await advanceTo(el, 'auth');
    await choose(el, '#auth-oauth');
    await pressContinue(el);
    el.remove();
    sessionStorage.setItem('connector-wizard:oauth-state:default', 'W'.repeat(43));
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${fragment({ type: 'connector-wizard-oauth', state: 'W'.repeat(43), ok: true, connection: { ref: 'conn_z', account: 'z@xero.example' } })}`,
    );
    const again = await wizardFixture({ system: 'xero', noDrafts: true });
    again.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(again);
    expect(location.hash).to.equal('');
    // Nothing was saved, so the answers start again; the connection waits for its auth type.
    await advanceTo(again, 'auth');
    await choose(again, '#auth-oauth');
    await pressContinue(again);
    expect(status(again).textContent).to.contain('z@xero.example');
  });

  it('the callback page refuses hostile input: no script injection, no open redirect', async () => {
    const evil = await fetch(`/api/oauth/callback?system=xero&result=allow&state=${encodeURIComponent('</script><script>alert(1)</script>')}`);
    expect(evil.status).to.equal(400);
    const state = 'A'.repeat(43);
    // A raw tab is dropped by URL parsers, so "/\t/evil.example" would become "//evil.example".
    for (const target of ['/\t/evil.example', '//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)']) {
      const page = await (await fetch(`/api/oauth/callback?system=xero&result=allow&state=${state}&return=${encodeURIComponent(target)}`)).text();
      expect(page, target).to.not.contain('evil.example');
      expect(page, target).to.not.contain('location.replace');
    }
    const good = await (await fetch(`/api/oauth/callback?system=xero&result=allow&state=${state}&return=${encodeURIComponent(`${location.origin}/back`)}`)).text();
    expect(good).to.contain('location.replace');
    expect(good).to.not.match(/<\/script>[\s\S]*<\/script>/);
  });
});
