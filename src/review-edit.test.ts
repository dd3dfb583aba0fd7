/** Review of editing (session 39): failing tests that prove each finding. */
import { expect } from '@open-wc/testing';
import { freshApi, GROUPS, settle, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { ConnectorWizard, EditableConnector } from './wizard/connector-wizard.js';

const said = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent?.trim() ?? '';

/** An Adobe Commerce connector whose token lifetime is `hours`, at revision 1. */
const adobe = (hours: unknown) =>
  ({
    id: 'ad-1',
    name: 'Adobe',
    system: 'adobe-commerce',
    group: 'uk',
    environment: 'live',
    timeZone: 'UTC',
    dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
    authType: 'admin-credentials',
    credentials: { baseUrl: 'https://shop.example.com', username: 'admin', tokenLifetimeHours: hours },
    revision: '1',
  }) as unknown as EditableConnector;

describe('review: editing', () => {
  for (const [passed, listed] of [
    [4, '4'],
    ['4', 4],
  ] as const)
    it(`a 412 whose list gives a number the host passed as ${typeof passed} as ${typeof listed} does not name it as changed there too`, async () => {
      const api = freshApi();
      const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
      el.connector = adobe(passed);
      await settle(el);
      await el.goTo('credentials');
      await settle(el);
      await type(el, '#field-credentials-tokenLifetimeHours', '6');
      await el.goTo('review');
      await settle(el);
      const now = adobe(listed) as unknown as Record<string, unknown>;
      await api.faults({ kind: 'status', status: 412, method: 'PATCH' }, { kind: 'status', status: 200, method: 'GET', json: [{ ...now, name: 'Theirs', revision: '2' }] });
      expect(await el.submit()).to.equal(false);
      await settle(el);
      expect(said(el)).to.contain('Someone changed this connector').and.not.contain('token lifetime');
    });
});
