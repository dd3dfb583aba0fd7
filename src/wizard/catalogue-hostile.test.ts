/** Names alike that carry a right-to-left override (U+202E) at their end: the id or value said beside them still reads as written. */
import { expect } from '@open-wc/testing';
import { advanceTo, allInStep, pressContinue, wizardFixture } from '../test/fixtures.js';
import { drawnEdges } from '../test/drawn.js';
import { chooseOption, listAlike } from '../test/alike.js';
import type { ConnectorWizard } from './connector-wizard.js';

const RLO = '\u202E';
const stepRoot = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!;

/** Whether `text` is drawn left to right (its first character left of its last), as an id is written. */
const readsAsWritten = (el: ConnectorWizard, text: string) => {
  const at = drawnEdges(stepRoot(el), text);
  return at.last > at.first;
};

/** A list of two options labelled `Europe` and an override, told apart by their values. */
const europesWithOverrides = () =>
  wizardFixture({
    catalogue: listAlike([
      { value: 'eu-1', label: `Europe${RLO}` },
      { value: 'eu-2', label: `Europe${RLO}` },
    ]),
    system: 'acme',
  });

describe('names alike ending in a right-to-left override', () => {
  it('a group id said beside a name alike is drawn as written on General, not turned round', async () => {
    const el = await wizardFixture({
      system: 'shopify',
      groups: [
        { id: 'eu-1', name: `Europe${RLO}` },
        { id: 'eu-2', name: `Europe${RLO}` },
      ],
    });
    await advanceTo(el, 'general');
    expect(readsAsWritten(el, '(eu-2)'), '(eu-2) drawn as )2-ue(').to.equal(true);
  });

  it('a list option value said beside a label alike is set apart from the label, so the override cannot turn it round', async () => {
    const el = await europesWithOverrides();
    await advanceTo(el, 'credentials');
    const texts = allInStep<HTMLOptionElement>(el, '#field-credentials-region option').map((o) => o.textContent!.trim());
    expect(texts.slice(1)).to.deep.equal([`\u2068Europe${RLO}\u2069 (eu-1)`, `\u2068Europe${RLO}\u2069 (eu-2)`]);
  });

  it('the option chosen reads its value as written on Review', async () => {
    const el = await europesWithOverrides();
    await advanceTo(el, 'credentials');
    await chooseOption(el, '#field-credentials-region', 'eu-2');
    await pressContinue(el);
    expect(readsAsWritten(el, 'eu-2'), 'eu-2 drawn as 2-ue').to.equal(true);
  });
});
