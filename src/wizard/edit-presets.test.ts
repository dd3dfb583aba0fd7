/** Presets (`system`, `group`, `environment`) the host sets while an edit is open: they wait for the next new connector. */
import { expect } from '@open-wc/testing';
import { currentStepId, GROUPS, inStep, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { EDITED, listenUpdated, savedAsRenameOnly } from '../test/edit-fixtures.js';
import type { EditableConnector } from './connector-wizard.js';

describe('presets while editing', () => {
  it('a system preset set while an edit is open does not turn the edit into another system: a rename is saved as a rename', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    const updated = listenUpdated(el);
    el.connector = EDITED as unknown as EditableConnector;
    await settle(el);
    await type(el, '#field-name', 'Shop renamed');
    el.system = 'mintsoft';
    await settle(el);
    await savedAsRenameOnly(el, updated);
  });

  it('a group preset never moves the edited connector: the host passing its groups again sends no group the person did not choose', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    const updated = listenUpdated(el);
    el.group = 'uk';
    el.environment = 'test';
    await settle(el);
    el.connector = { ...EDITED, group: null } as unknown as EditableConnector;
    await settle(el);
    el.groups = [...GROUPS];
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#group-uk')!.checked, 'UK not ticked for the person').to.equal(false);
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.checked, 'still live').to.equal(true);
    await type(el, '#field-name', 'Shop renamed');
    await el.submit();
    expect(updated.map((u) => u.connector.group)).to.deep.equal(updated.map(() => undefined));
  });

  it('presets held during an edit apply to the next new connector once the edit ends', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    el.connector = EDITED as unknown as EditableConnector;
    await settle(el);
    el.system = 'mintsoft';
    el.group = 'us';
    await settle(el);
    el.connector = null;
    await settle(el);
    expect({ step: currentStepId(el), name: inStep<HTMLInputElement>(el, '#field-name')!.value, us: inStep<HTMLInputElement>(el, '#group-us')!.checked }).to.deep.equal({
      step: 'general',
      name: '',
      us: true,
    });
  });

  it('a draft of an edit opened on a page whose system preset is another system comes back, as that connector', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ groups: GROUPS, system: 'mintsoft', draftDatabase });
    first.connector = EDITED as unknown as EditableConnector;
    await settle(first);
    await type(first, '#field-name', 'Shop renamed');
    expect(await first.saveDraft()).to.equal(true);
    first.remove();
    const el = await wizardFixture({ groups: GROUPS, system: 'mintsoft', draftDatabase });
    const updated = listenUpdated(el);
    el.connector = EDITED as unknown as EditableConnector;
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop renamed');
    expect(await el.submit()).to.equal(true);
    expect(updated).to.deep.equal([{ connector: { id: 'c-1', name: 'Shop renamed' } }]);
  });
});
