/** Review (security), round 2: hostile input and secrets. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { uniqueDatabase } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';
import { goodSystem } from '../demo/catalogues/generate-catalogue.js';
import { parseCatalogue } from './catalogue/parse-catalogue.js';

describe('review security (2)', () => {
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
