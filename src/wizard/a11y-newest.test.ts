/**
 * WCAG 2.2 AA on a host page (its own h1 and landmarks: axe, no sideways scroll, 24 px targets), in
 * English and Arabic at 1280 and 320 px, in the states the endpoint, OAuth, catalogue and paste
 * work added last: a 409 that is not a slot taken (the server's words), field errors keyed by name
 * on their fields (Rails), an OAuth result URL that redirects, a field whose catalogue default was
 * ignored, "Showing N of M systems", and a secret's label pasted into the name.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ConnectorWizard } from './connector-wizard.js';
import { advanceTo, freshApi, GROUPS, inStep, pasteInto, pressContinue, sampleCatalogue, settle } from '../test/fixtures.js';
import { checkHosted, hostedWizard } from '../test/host-page.js';
import { oauthResultRedirected, REDIRECTED_OAUTH } from '../test/waits-oauth-redirect.js';
import { waitUntil } from '../test/wait.js';

const submitError = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[part~="submit-error"]');

async function rtl(el: ConnectorWizard, lang: string) {
  if (lang === 'ar') await waitUntil(() => getComputedStyle(el).direction === 'rtl' || el.shadowRoot!.querySelector('[dir="rtl"]'), 'right to left');
}

for (const lang of ['en', 'ar'])
  for (const width of [1280, 320])
    describe(`the newest states in ${lang} at ${width} px, on a host page`, function () {
      this.timeout(60_000);
      before(() => setViewport({ width, height: 900 }));
      after(() => setViewport({ width: 1280, height: 900 }));

      it('a 409 that is no slot taken, with the server s words', async () => {
        const api = freshApi();
        const el = await hostedWizard({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, lang });
        await rtl(el, lang);
        await advanceTo(el, 'review');
        const json = { title: 'Conflict', status: 409, detail: 'The shop is being migrated by another user.' };
        await api.faults({ kind: 'status', method: 'POST', status: 409, type: 'application/problem+json', json });
        await el.submit();
        await waitUntil(() => submitError(el)?.textContent?.includes('migrated'), 'the 409 said');
        await checkHosted(el, `${lang} 409 conflict`);
      });

      it('field errors keyed by name (Rails) on their field', async () => {
        const api = freshApi();
        const el = await hostedWizard({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, lang });
        await rtl(el, lang);
        await advanceTo(el, 'review');
        await api.faults({ kind: 'status', method: 'POST', status: 422, json: { errors: { name: ['has already been taken'], base: ['Shop is suspended'] } } });
        await el.submit();
        await waitUntil(() => inStep(el, '#field-name-error')?.textContent?.includes('taken'), 'on its field');
        await checkHosted(el, `${lang} keyed field errors`);
      });

      it('an OAuth result URL that redirects', async () => {
        const el = await hostedWizard({ system: 'xero', lang, ...REDIRECTED_OAUTH });
        await rtl(el, lang);
        await oauthResultRedirected(el, (finished) => finished.click());
        await checkHosted(el, `${lang} oauth redirected`);
      });

      it('a field whose catalogue default was ignored starts empty, and Continue marks it', async () => {
        const catalogue = await sampleCatalogue();
        const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
        shopify.authTypes[0]!.fields.find((f) => f.key === 'shop')!.default = 'Not A Shop!';
        const el = await hostedWizard({ system: 'shopify', groups: GROUPS, catalogue, lang });
        await rtl(el, lang);
        await advanceTo(el, 'credentials');
        expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value).to.equal('');
        await checkHosted(el, `${lang} default ignored`);
        await pressContinue(el);
        await checkHosted(el, `${lang} default ignored, Continue`);
      });

      it('Showing N of M systems', async () => {
        const catalogue = await sampleCatalogue();
        const base = catalogue.systems[0]!;
        catalogue.systems = Array.from({ length: 150 }, (_, i) => ({ ...base, id: `sys-${i}`, name: `System ${i}` }));
        const el = await hostedWizard({ catalogue, lang });
        await rtl(el, lang);
        await waitUntil(() => inStep(el, '#systems-count')?.textContent?.trim(), 'the count');
        await checkHosted(el, `${lang} showing 100 of 150`);
      });

      it('a secret s label pasted into the name, refused with its note', async () => {
        const el = await hostedWizard({ system: 'shopify', groups: GROUPS, lang });
        await rtl(el, lang);
        await advanceTo(el, 'general');
        await pasteInto(el, '#field-name', 'Passwort (Admin): hunter2-9f8e7d6c5b4a');
        await settle(el);
        expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
        await checkHosted(el, `${lang} name paste refused`);
      });
    });
