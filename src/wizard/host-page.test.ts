/** The wizard as host pages embed it: in the containers they put it in, with the properties frameworks set. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import { DEFAULT_DRAFT_DATABASE, listDrafts } from '../storage/draft-store.js';
import { button, choose, currentStepId, sampleCatalogue, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';

const CONTAINERS: [string, string][] = [
  ['a flex row', 'display: flex; width: 600px'],
  ['a centred flex column', 'display: flex; flex-direction: column; align-items: center; width: 600px'],
  ['a centred grid', 'display: grid; place-items: center; width: 600px'],
  ['a grid column sized auto', 'display: grid; grid-template-columns: auto 1fr; width: 600px'],
  ['an inline-block', 'display: inline-block'],
  ['a float', 'float: left'],
];

describe('the wizard in host layouts', () => {
  for (const [name, style] of CONTAINERS)
    it(`takes room for its content in ${name}`, async () => {
      const host = await fixture<HTMLElement>(html`<div style=${style}>
        <connector-wizard no-drafts .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()}></connector-wizard>
      </div>`);
      const el = host.querySelector('connector-wizard') as ConnectorWizard;
      await settle(el);
      expect(el.getBoundingClientRect().width).to.be.greaterThan(280);
    });

  it('takes room for its content in a modal dialog', async () => {
    const host = await fixture<HTMLElement>(html`<div><dialog>
      <connector-wizard no-drafts .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()}></connector-wizard>
    </dialog></div>`);
    const dialog = host.querySelector('dialog')!;
    dialog.showModal();
    try {
      const el = host.querySelector('connector-wizard') as ConnectorWizard;
      await settle(el);
      expect(el.getBoundingClientRect().width).to.be.greaterThan(280);
    } finally {
      dialog.close();
    }
  });
});

/** Properties as frameworks set them: cleared values mean the documented defaults. */
const optionCount = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[data-step]')?.shadowRoot?.querySelectorAll('[part~="system-option"]').length ?? 0;
const ONE_SYSTEM = {
  version: 1,
  systems: [{ id: 'only', name: 'Only', category: 'Test', authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [{ key: 'key', label: 'Key', type: 'text' }] }] }],
};
describe('properties a framework clears', () => {
  it('draftDatabase set to undefined keeps drafts, in the default database', async () => {
    const errors: string[] = [];
    const el = document.createElement('connector-wizard');
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail.kind));
    el.catalogue = await sampleCatalogue();
    el.system = 'shopify';
    el.draftId = `framework-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    el.draftDatabase = null;
    expect(el.draftDatabase, 'null is the default').to.equal(DEFAULT_DRAFT_DATABASE);
    el.draftDatabase = undefined; // React: draftDatabase={props.database}
    document.body.append(el);
    try {
      await settle(el);
      await type(el, '#field-name', 'Kept');
      expect(await el.saveDraft()).to.equal(true);
      expect(errors).to.deep.equal([]);
      expect((await listDrafts()).some((d) => d.id === `${el.draftId}:shopify` || d.id.startsWith(el.draftId))).to.equal(true);
    } finally {
      await el.reset();
      el.remove();
    }
  });

  for (const cleared of [undefined, null])
    it(`catalogue set to ${String(cleared)} leaves catalogue-src in charge`, async () => {
      const el = await fixture<ConnectorWizard>(html`<connector-wizard no-drafts catalogue-src="/demo/sample-catalogue.json" .catalogue=${ONE_SYSTEM}></connector-wizard>`);
      await settle(el);
      expect(optionCount(el)).to.equal(1);
      (el as unknown as { catalogue: unknown }).catalogue = cleared;
      await settle(el);
      await waitUntil(
        async () => {
          await settle(el);
          return optionCount(el) > 1;
        },
        'the systems listed',
        { timeout: 5000 },
      );
      expect(optionCount(el)).to.be.greaterThan(1);
    });
});

describe('properties a framework sets to another type', () => {
  it('messages given as a text (an i18n lookup before its namespace loads) count as none: the wizard goes on', async () => {
    const el = await wizardFixture();
    const errors: string[] = [];
    // i18next's t('wizard', { returnObjects: true }) gives back the key, a string, until its namespace loads.
    (el as unknown as { messages: unknown }).messages = 'wizard';
    await settle(el).catch((e) => errors.push(String(e)));
    await choose(el, '#system-shopify').catch((e) => errors.push(String(e)));
    await el.next().catch((e) => errors.push(`next(): ${String(e)}`));
    await settle(el).catch((e) => errors.push(String(e)));
    expect(errors, 'updates that threw').to.deep.equal([]);
    expect(currentStepId(el), 'Continue after choosing Shopify').to.equal('general');
    expect(button(el, 'continue').textContent!.trim()).to.equal('Continue');
  });

  it('a system preset given as a number (a numeric id bound as a property) is read as its text', async () => {
    const catalogue = structuredClone(await sampleCatalogue());
    catalogue.systems.find((s) => s.id === 'xero')!.id = '42';
    const el = await wizardFixture({ catalogue });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail.message));
    (el as unknown as { system: unknown }).system = 42;
    await settle(el).catch((e) => errors.push(String(e)));
    expect(errors, 'updates that threw, errors reported').to.deep.equal([]);
    expect({ system: el.system, attribute: el.getAttribute('system'), step: currentStepId(el) }).to.deep.equal({ system: '42', attribute: '42', step: 'general' });
  });
});

/** The theming example of docs/accessibility.md, as an integrator copies it, in both colour schemes. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.trim().slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
describe('the documented theming example', () => {
  for (const scheme of ['light', 'dark'] as const)
    it(`keeps 4.5:1 when the page prefers ${scheme}`, async () => {
      const doc = await (await fetch('/docs/accessibility.md', { cache: 'no-store' })).text();
      const css = /```css\n([\s\S]*?)```/u.exec(doc)![1]!;
      await emulateMedia({ colorScheme: scheme });
      try {
        const host = await fixture<HTMLElement>(html`<div><connector-wizard no-drafts .catalogue=${await sampleCatalogue()}></connector-wizard></div>`);
        const style = document.createElement('style');
        style.textContent = css;
        host.prepend(style);
        const el = host.querySelector('connector-wizard') as ConnectorWizard;
        await settle(el);
        const v = (name: string) => getComputedStyle(el).getPropertyValue(name);
        expect(contrast(v('--cw-link'), v('--cw-bg')), 'links').to.be.at.least(4.5);
        expect(contrast(v('--cw-success-fg'), v('--cw-success')), 'primary button').to.be.at.least(4.5);
        expect(contrast(v('--cw-accent-fg'), v('--cw-accent')), 'text on accent').to.be.at.least(4.5);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
});

describe('the theme attribute', () => {
  it('is read in any case, as HTML reads keywords: theme="Dark" is the dark palette, theme="LIGHT" the light one under a dark page', async () => {
    const catalogue = await sampleCatalogue();
    const background = async (theme: string) => {
      const el = await fixture<ConnectorWizard>(html`<connector-wizard no-drafts theme=${theme} .catalogue=${catalogue}></connector-wizard>`);
      await settle(el);
      return getComputedStyle(el).backgroundColor;
    };
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const [light, dark] = [await background('light'), await background('dark')];
      expect(light, 'the two palettes differ').to.not.equal(dark);
      expect(await background('LIGHT')).to.equal(light);
      await emulateMedia({ colorScheme: 'light' });
      expect(await background('Dark')).to.equal(dark);
      expect(await background(' dark')).to.equal(light);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
