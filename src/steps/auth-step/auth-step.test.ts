import { expect } from '@open-wc/testing';
import { audit } from '../../test/audit.js';
import { advanceTo, allInStep, choose, currentStepId, inStep, pressContinue, settle, wizardFixture } from '../../test/fixtures.js';
import { stepSuite } from '../../test/step-suite.js';
import { cutInMiddle, focusedName, radioTexts, V1, V2 } from '../../test/alike.js';

async function atAuth(system = 'shopify') {
  const el = await wizardFixture({ system });
  await advanceTo(el, 'auth');
  return el;
}

stepSuite('auth', { open: () => atAuth(), errors: 1, next: 'credentials' });

describe('authentication type step', () => {
  it("lists the system's types with label and description", async () => {
    const el = await atAuth('netsuite');
    const radios = allInStep<HTMLInputElement>(el, 'input[name="auth-type"]');
    expect(radios.length).to.equal(2);
    expect(inStep(el, 'legend')!.textContent).to.contain('Oracle NetSuite');
    for (const radio of radios) {
      const hint = inStep(el, `#${radio.getAttribute('aria-describedby')}`);
      expect(hint?.textContent?.length).to.be.greaterThan(10);
    }
  });

  it('types whose ids differ by a suffix (token, token-hint): each radio is named by its own label and described by its own hint', async () => {
    const type = (id: string, label: string) => ({ id, label, description: `Use ${label.toLowerCase()} from the admin page.`, kind: 'none', fields: [] });
    const catalogue = {
      version: 1,
      systems: [{ id: 'acme', name: 'Acme', defaultTimeZone: 'UTC', authTypes: [type('token', 'Plain token'), type('token-hint', 'Hinted token')] }],
    };
    const el = await wizardFixture({ catalogue, system: 'acme' });
    await advanceTo(el, 'auth');
    const radios = allInStep<HTMLInputElement>(el, 'input[name="auth-type"]');
    expect(radios.map((r) => [...(r.labels ?? [])].map((l) => l.textContent!.trim()).join('|'))).to.deep.equal(['Plain token', 'Hinted token']);
    expect(radios.map((r) => inStep(el, `[id="${r.getAttribute('aria-describedby')}"]`)?.textContent)).to.deep.equal([
      'Use plain token from the admin page.',
      'Use hinted token from the admin page.',
    ]);
    const ids = allInStep(el, '[id]').map((e) => e.id);
    expect(ids.length, 'no id twice').to.equal(new Set(ids).size);
  });

  it('two ways to sign in with the same label (as a registry keeps a v1 and a v2) say their ids, cut when long; a label of its own does not', async () => {
    const type = (id: string, label: string) => ({ id, label, kind: 'none', fields: [] });
    const long = `key-v2-${'x'.repeat(300)}`;
    const catalogue = {
      version: 1,
      systems: [{ id: 'acme', name: 'Acme', defaultTimeZone: 'UTC', authTypes: [type('key-v1', 'API key'), type(long, 'API\u00a0Key'), type('oauth', 'Sign in')] }],
    };
    const el = await wizardFixture({ catalogue, system: 'acme' });
    await advanceTo(el, 'auth');
    const labels = allInStep<HTMLInputElement>(el, 'input[name="auth-type"]').map((r) => r.labels![0]!.textContent!.replace(/\s+/gu, ' ').trim());
    expect(labels).to.deep.equal(['API key (key-v1)', `API Key (${cutInMiddle(long)})`, 'Sign in']);
  });

  it('two ways to sign in labelled alike are named aloud with their ids apart, as they read; a label of its own alone', async () => {
    const type = (id: string, label: string) => ({ id, label, kind: 'none', fields: [] });
    const catalogue = {
      version: 1,
      systems: [{ id: 'acme', name: 'Acme', defaultTimeZone: 'UTC', authTypes: [type('key-v1', 'API key'), type('key-v2', 'API key'), type('oauth', 'Sign in')] }],
    };
    const el = await wizardFixture({ catalogue, system: 'acme' });
    await advanceTo(el, 'auth');
    const heard = [];
    for (const id of ['key-v1', 'key-v2', 'oauth']) {
      inStep<HTMLInputElement>(el, `[id="auth-${id}"]`)!.focus();
      heard.push(await focusedName());
    }
    expect(heard).to.deep.equal(['API key (key-v1)', 'API key (key-v2)', 'Sign in']);
  });

  it('two ways to sign in labelled alike whose long reverse-DNS ids differ only at their end read differently', async () => {
    const type = (id: string) => ({ id, label: 'API key', kind: 'none', fields: [] });
    const catalogue = { version: 1, systems: [{ id: 'acme', name: 'Acme', defaultTimeZone: 'UTC', authTypes: [type(V1), type(V2)] }] };
    const el = await wizardFixture({ catalogue, system: 'acme' });
    await advanceTo(el, 'auth');
    expect(radioTexts(el, 'auth-type')).to.deep.equal([`API key (${cutInMiddle(V1)})`, `API key (${cutInMiddle(V2)})`]);
  });

  it('a way to sign in gone whose long id begins as another offered one is quoted cut with an ellipsis, never as if whole', async () => {
    // Ids have no length limit, and two may begin alike: the first 60 characters of this one are the whole id of another.
    const other = 'token'.repeat(12);
    const type = (id: string, label: string) => ({ id, label, kind: 'none', fields: [] });
    const catalogue = (...types: ReturnType<typeof type>[]) => ({ version: 1, systems: [{ id: 'acme', name: 'Acme', defaultTimeZone: 'UTC', authTypes: types }] });
    const el = await wizardFixture({
      catalogue: catalogue(type(`${other}-hint`, 'Hinted token'), type(other, 'Plain token'), type('key', 'Key')),
      system: 'acme',
      noDrafts: true,
    });
    await advanceTo(el, 'auth');
    await choose(el, `[id="auth-${other}-hint"]`);
    el.catalogue = catalogue(type(other, 'Plain token'), type('key', 'Key')) as never;
    await settle(el);
    const said = inStep(el, '[data-auth-gone]')?.textContent ?? '';
    expect(said).to.contain(`(“${cutInMiddle(`${other}-hint`)}”)`);
    expect(said, 'not the id of the way offered').to.not.contain(`“${other}”`);
  });

  it('a way to sign in gone whose long id differs from an offered one only at its end is quoted with its end', async () => {
    const type = (id: string) => ({ id, label: 'API key', kind: 'none', fields: [] });
    const catalogue = (...types: ReturnType<typeof type>[]) => ({ version: 1, systems: [{ id: 'acme', name: 'Acme', defaultTimeZone: 'UTC', authTypes: types }] });
    const el = await wizardFixture({ catalogue: catalogue(type(V1), type(V2), type('key')), system: 'acme', noDrafts: true });
    await advanceTo(el, 'auth');
    await choose(el, `[id="auth-${V1}"]`);
    el.catalogue = catalogue(type(V2), type('key')) as never;
    await settle(el);
    expect(inStep(el, '[data-auth-gone]')?.textContent).to.contain(`(“${cutInMiddle(V1)}”)`);
  });

  it('preselects the only type and says so', async () => {
    const el = await atAuth('woocommerce');
    expect(inStep(el, '[data-testid="only-auth-type"]')!.textContent).to.contain('WooCommerce has one authentication type');
    expect(inStep(el, 'input[name="auth-type"]')).to.equal(null);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
    await audit(el, 'credentials after a single auth type');
  });

  it('says which system the error is about', async () => {
    const el = await atAuth('xero');
    await pressContinue(el);
    expect(allInStep(el, '.error-summary a').map((a) => a.textContent!.trim())).to.deep.equal(['Choose how to sign in to Xero']);
    await choose(el, '#auth-custom-connection');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
  });
});
