/** A `connector` the wizard cannot open (its system is not in the catalogue, or it has no usable id): said, with Cancel, never a new connector. */
import { expect } from '@open-wc/testing';
import { currentStepId, settle } from '../test/fixtures.js';
import { EDITED, editing } from '../test/edit-fixtures.js';

const alertText = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('a connector that cannot be opened', () => {
  for (const id of ['', '..'])
    it(`an edit with id ${JSON.stringify(id)} is said, with Cancel, not silently a new connector`, async () => {
      const { el } = await editing({ ...EDITED, id });
      expect(currentStepId(el) ?? 'said').to.equal('said');
      expect(alertText(el)).to.equal('This connector cannot be opened: it has no id.');
      expect(el.shadowRoot!.querySelector('[part~="cancel"]')?.textContent?.trim()).to.equal('Cancel');
      el.connector = null;
      await settle(el);
      expect(currentStepId(el)).to.equal('system');
    });
});
