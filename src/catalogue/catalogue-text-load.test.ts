/** The catalogue's text reader is a file loaded only for a catalogue that is not UTF-8: when that file fails to load (the test server's module fault). */
import { expect, fixture, html } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import { stepElement, uniqueDatabase } from '../test/fixtures.js';
import { radioText } from '../test/alike.js';
import { moduleFault } from '../test/module-fault.js';
import { registryExport, served } from '../test/registry-export.js';
import { waitUntil } from '../test/wait.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const reader = moduleFault('/src/catalogue/catalogue-text.');
const retryOf = (el: ConnectorWizard) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');

describe('a catalogue in Windows-1252 whose text reader fails to load', function () {
  this.timeout(30_000);
  afterEach(() => reader());

  it('the person gets Try again and the host hears which file failed; Try again once it can load reads the names as written', async () => {
    const errors: WizardErrorEvent['detail'][] = [];
    const cafe = JSON.stringify({ version: 1, systems: [{ ...registryExport(2).catalogue.systems[1], name: 'Caf\u00e9 M\u00e4rkte' }] });
    const src = await served(cafe, `as=latin1&type=${encodeURIComponent('application/json; charset=windows-1252')}`);
    await reader('fail=1');
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard
        .draftDatabase=${uniqueDatabase()}
        no-drafts
        @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
        catalogue-src=${src}
      ></connector-wizard>`,
    );
    await waitUntil(() => retryOf(el) || errors.length, 'the load ended', { timeout: 10_000 });
    expect(retryOf(el), `${el.shadowRoot!.textContent} ${JSON.stringify(errors)}`).to.not.equal(null);
    expect(errors.map((e) => e.kind)).to.deep.equal(['catalogue']);
    expect(errors[0]!.message).to.contain('catalogue-text');
    await reader();
    retryOf(el)!.click();
    await waitUntil(() => stepElement(el)?.dataset.step === 'system' || (errors.length > 1 && retryOf(el)), 'read again', { timeout: 10_000 });
    expect(stepElement(el)?.dataset.step, errors.at(-1)?.message).to.equal('system');
    expect(radioText(el, 'system-system-1')).to.contain('Caf\u00e9 M\u00e4rkte');
  });
});
