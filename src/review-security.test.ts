/** Review (security), round 2: hostile input and secrets. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { advanceTo, freshApi, GROUPS, inStep, settle, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';
import { goodSystem } from '../demo/catalogues/generate-catalogue.js';
import { parseCatalogue } from './catalogue/parse-catalogue.js';

describe('review security (2)', () => {
  for (const [what, key, quote] of [
    ['a slash, quoted by a PHP upstream (json_encode writes \\/)', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLE', (text: string) => JSON.stringify(text).replace(/\//g, '\\/')],
    [
      'a letter outside ASCII, quoted by a Python upstream (json.dumps writes \\u00fc)',
      'Grüße-2024-Sommer!',
      (text: string) => JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    ],
  ] as const)
    it(`a secret holding ${what} is masked where the test result shows the upstream body`, async () => {
      const api = freshApi();
      const el = await wizardFixture({ system: 'shipstation', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
      await advanceTo(el, 'credentials');
      await type(el, '#field-credentials-apiKey', key);
      const detail = `ShipStation answered 401: {"message":${quote(`API key ${key} is not valid`)}}`;
      await api.faults({
        kind: 'status',
        method: 'POST',
        status: 422,
        type: 'application/problem+json',
        json: { type: '/problems/credentials-rejected', title: 'Rejected', status: 422, detail },
      });
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      await waitUntil(() => !['testing', undefined].includes(inStep(el, '#test-result')?.dataset.testState), 'tested', { timeout: 5000 });
      await settle(el);
      const shown = inStep(el, '[part~="test-connection"]')!.textContent!;
      expect(shown).to.contain('ShipStation answered 401: {"message":"API key ••• is not valid"}');
    });

  it('a catalogue-src with a user name and password is refused for that reason, never said to be a URL that is not https:', async () => {
    const errors: string[] = [];
    const src = 'https://ops:s3cr3t-pw@example.invalid/catalogue.json';
    await fixture<ConnectorWizard>(
      html`<connector-wizard .draftDatabase=${uniqueDatabase()} catalogue-src=${src} @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail.message)}></connector-wizard>`,
    );
    await waitUntil(() => errors.length, 'told');
    expect(errors.join(' ')).to.contain('user name or password');
    expect(errors.join(' ')).to.not.contain('must be https:');
    expect(errors.join(' ')).to.not.contain('s3cr3t-pw');
  });
  it('a catalogue logo or link with a user name and password is reported for that reason, not as a URL that is not https:', () => {
    const result = parseCatalogue({ version: 1, systems: [{ ...goodSystem(1), logo: 'https://cdn:pw-123@assets.example.com/logo.svg' }] });
    expect(result.problems.map((p) => [p.path, p.problem])).to.deep.equal([['systems[0].logo', 'must not hold a user name or password']]);
  });
});
