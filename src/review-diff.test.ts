/**
 * Review of the changes df0b4ba..HEAD (paste reading, discards): each test fails now because of a defect they brought.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emptyWizardData } from './schemas/wizard-data.js';
import { DraftStore } from './storage/draft-store.js';
import { advanceTo, choose, GROUPS, inStep, pasteInto, pressContinue, settle, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import { atCredentials } from './test/credentials-fixtures.js';
import { readDraft } from './test/stored.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

const value = (el: ConnectorWizard, key: string) => inStep<HTMLInputElement | HTMLTextAreaElement>(el, `#field-credentials-${key}`)!.value;
const pasteNotice = (el: ConnectorWizard) => (inStep(el, '[data-paste-notice]')?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const notice = (el: ConnectorWizard, kind: string) => el.shadowRoot!.querySelector(`[data-notice="${kind}"]`);

describe('review diff: paste reading', () => {
  /** Mintsoft, its username and password, on Credentials. */
  const atLogin = async () => {
    const el = await wizardFixture({ system: 'mintsoft', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'auth');
    await choose(el, '#auth-username-password');
    await pressContinue(el);
    return el;
  };

  for (const text of [
    'username=ops@example.com;password=Tr0ub4dor&3;Timeout=30',
    'Server=db.example;Username=ops@example.com;Password=Tr0ub4dor&3;Database=app',
  ])
    it(`a connection string with a part after the password fills the password alone, not the parts after it: ${text.slice(0, 30)}`, async () => {
      const el = await atLogin();
      await pasteInto(el, '#field-credentials-username', text);
      expect([value(el, 'username'), value(el, 'password')]).to.deep.equal(['ops@example.com', 'Tr0ub4dor&3']);
    });

  it('two .env lines joined by a tab keep a backslash in a value (not a shell line)', async () => {
    const secret = `cs-${crypto.randomUUID().slice(0, 8)}\\${crypto.randomUUID().slice(0, 8)}`;
    const el = await atCredentials('xero', 'custom-connection');
    await pasteInto(el, '#field-credentials-clientId', `XERO_CLIENT_ID=ABCDEF0123\tXERO_CLIENT_SECRET=${secret}`);
    expect([value(el, 'clientId'), value(el, 'clientSecret')]).to.deep.equal(['ABCDEF0123', secret]);
  });

  it('a URI with no secret in it (authSource=admin) pasted into its clear field goes in as it is', async () => {
    const catalogue = {
      version: 1,
      systems: [
        {
          id: 'mongo',
          name: 'MongoDB',
          authTypes: [
            {
              id: 'login',
              label: 'User and password',
              kind: 'basic',
              fields: [
                { key: 'uri', label: 'Connection URI (without the password)', type: 'text' },
                { key: 'user', label: 'User', type: 'text' },
                { key: 'password', label: 'Password', type: 'secret' },
              ],
            },
          ],
        },
      ],
    };
    const el = await atCredentials('mongo', 'login', { catalogue: catalogue as never });
    const uri = 'mongodb://db.example:27017/app?authSource=admin&replicaSet=rs0';
    await pasteInto(el, '#field-credentials-uri', uri);
    expect({ value: value(el, 'uri'), notice: pasteNotice(el) }).to.deep.equal({ value: uri, notice: '' });
  });
});

describe('review diff: discards', () => {
  it('Start over while the conflict notice is shown deletes the draft and leaves no conflict to choose in', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await type(el, '#field-name', 'Saved here first');
    await waitUntil(async () => (await readDraft(draftDatabase))?.revision === 1, 'saved');
    const other = new DraftStore(draftDatabase);
    const data = { ...emptyWizardData(), system: 'shopify', name: 'Newer, from the other tab' };
    expect((await other.put({ id: 'default:shopify', step: 'general', updatedAt: Date.now(), data }, 1)).ok).to.equal(true);
    await other.close();
    await type(el, '#field-name', 'Edited here');
    await waitUntil(() => notice(el, 'conflict'), 'told of the conflict', { timeout: 2000 });
    // The person has seen both versions exist, and starts over.
    await el.reset();
    await settle(el);
    expect(notice(el, 'conflict') === null, 'the conflict notice is shown again after Start over').to.equal(true);
    expect((await readDraft(draftDatabase))?.deleted, 'the draft is deleted').to.equal(true);
  });
});
