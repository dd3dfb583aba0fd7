/**
 * Review of the OAuth area: each test asserts what docs/oauth.md (or DESIGN.md) promises, or what a
 * person would expect, and fails today for the reason named in its title. Most serious first.
 */
import { expect } from '@open-wc/testing';
import { sampleCatalogue, settle, wizardFixture } from './test/fixtures.js';
import { connectButton, toOAuthCredentials } from './test/oauth-fixtures.js';

const STORED = 'connector-wizard:oauth-state:';

describe('review: OAuth', function () {
  this.timeout(20_000);
  afterEach(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('Connect sends a checkbox the person left unticked as false on the start URL, as the payload does', async () => {
    const catalogue = structuredClone(await sampleCatalogue());
    const xero = catalogue.systems.find((s) => s.id === 'xero')!;
    xero.authTypes.find((a) => a.id === 'oauth')!.fields = [{ key: 'demoCompany', label: 'Use the demo company', type: 'boolean', required: false }];
    const el = await wizardFixture({ catalogue, system: 'xero' });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await toOAuthCredentials(el);
    const opened: string[] = [];
    const open = window.open;
    window.open = (url?: string | URL) => (opened.push(String(url)), null);
    try {
      connectButton(el).click();
      await settle(el);
    } finally {
      window.open = open;
    }
    expect(opened, 'a window was asked for').to.have.length(1);
    expect(new URL(opened[0]!, location.href).searchParams.get('demoCompany'), opened[0]).to.equal('false');
  });
});
