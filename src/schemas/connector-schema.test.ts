/** The payload's rules where they are shared by the steps, an edit and the reference server. */
import { expect } from '@open-wc/testing';
import { parseCatalogue } from '../catalogue/parse-catalogue.js';
import { sampleCatalogue } from '../test/fixtures.js';
import { keptCredentials } from './connector-schema.js';
import { idRecord } from './id-record.js';
import { emptyWizardData } from './wizard-data.js';

describe('connector schema', () => {
  it('white space alone in a secret kept byte for byte (normalize none) is no value: an edit keeps the current one', async () => {
    const result = parseCatalogue(await sampleCatalogue());
    if (!result.ok) throw new Error('the sample catalogue reads');
    const { catalogue } = result;
    const system = catalogue.systems.find((s) => s.id === 'adobe-commerce')!;
    const data = { ...emptyWizardData(), system: 'adobe-commerce', authType: 'admin-credentials' };
    const kept = (password: string) =>
      keptCredentials({
        ctx: { catalogue, system, groups: [], existingConnectors: [] },
        data,
        secrets: idRecord([['admin-credentials', { password }]]),
        keepCredentials: true,
      }).map((field) => field.key);
    expect(kept('   '), 'spaces alone: kept, never sent').to.include('password');
    expect(kept('\u200B'), 'an invisible character alone: kept').to.include('password');
    expect(kept(' pass '), 'a real value with spaces: sent as typed').to.not.include('password');
  });
});
