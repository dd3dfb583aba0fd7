/** A registry's export of thousands of systems, some broken, served from catalogue-src the ways real servers serve such files. */
import { expect, fixture, html } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import { inStep, stepElement, uniqueDatabase, wizardOn } from '../test/fixtures.js';
import { radioText } from '../test/alike.js';
import { registryExport, served } from '../test/registry-export.js';
import { waitUntil } from '../test/wait.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

/** A wizard reading `src`, once it shows the first step or an error. */
async function wizardFrom(src: string, errors: WizardErrorEvent['detail'][]): Promise<ConnectorWizard> {
  const el = await fixture<ConnectorWizard>(
    html`<connector-wizard
      .draftDatabase=${uniqueDatabase()}
      no-drafts
      @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
      catalogue-src=${src}
    ></connector-wizard>`,
  );
  await waitUntil(() => stepElement(el)?.dataset.step === 'system' || el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'read', { timeout: 20_000 });
  return el;
}

const count = (el: ConnectorWizard) => inStep(el, '#systems-count')?.textContent?.trim();
const quiet = <T>(run: () => Promise<T>): Promise<T> => {
  const warn = console.warn;
  console.warn = () => {};
  return run().finally(() => (console.warn = warn));
};

describe('a registry export of 5,000 systems, 1 in 100 broken, from catalogue-src', function () {
  this.timeout(60_000);
  const { catalogue } = registryExport(5000);
  const text = JSON.stringify(catalogue);

  for (const [how, query] of [
    ['as JSON', ''],
    ['as text/html', 'type=text/html'],
    ['after a UTF-8 byte order mark', 'as=bom'],
    ['compressed, marked Content-Encoding: gzip', 'as=gzip'],
    ['in UTF-16 with its byte order mark, as Windows PowerShell writes a file', 'as=utf-16le'],
  ] as const)
    it(`served ${how}, reads as the same object set as catalogue does: the good systems offered, each problem said once`, async () => {
      const given: WizardErrorEvent['detail'][] = [];
      const fetched: WizardErrorEvent['detail'][] = [];
      const byObject = await quiet(() => wizardOn(catalogue, given));
      const bySrc = await quiet(async () => wizardFrom(await served(text, query), fetched));
      expect(stepElement(bySrc)?.dataset.step, fetched[0]?.message).to.equal('system');
      expect(count(bySrc)).to.equal(count(byObject));
      expect(fetched.map((e) => e.kind)).to.deep.equal(['catalogue']);
      expect(fetched[0]!.problems!.map((p) => p.message)).to.deep.equal(given[0]!.problems!.map((p) => p.message));
    });

  it('written in Windows-1252 and served with that charset (a legacy export): its names read as written, never with U+FFFD', async () => {
    const errors: WizardErrorEvent['detail'][] = [];
    const cafe = JSON.stringify({ version: 1, systems: [{ ...catalogue.systems[1], name: 'Caf\u00e9 M\u00e4rkte' }] });
    const el = await wizardFrom(await served(cafe, `as=latin1&type=${encodeURIComponent('application/json; charset=windows-1252')}`), errors);
    expect(stepElement(el)?.dataset.step).to.equal('system');
    expect(radioText(el, 'system-system-1')).to.contain('Caf\u00e9 M\u00e4rkte');
    expect(errors).to.deep.equal([]);
  });

  it('written in Windows-1252 and served as UTF-8 (no charset): its systems are offered, and the host hears the file is not UTF-8 and where', async () => {
    const errors: WizardErrorEvent['detail'][] = [];
    const cafe = JSON.stringify({ version: 1, systems: [{ ...catalogue.systems[1], name: 'Caf\u00e9' }] });
    const el = await quiet(async () => wizardFrom(await served(cafe, 'as=latin1'), errors));
    expect(stepElement(el)?.dataset.step).to.equal('system');
    expect(errors.map((e) => e.kind)).to.deep.equal(['catalogue']);
    expect(errors[0]!.problems!.map((p) => p.message)).to.deep.equal([
      `catalogue-src is not UTF-8: byte 0xE9 at position ${cafe.indexOf('\u00e9')} is no UTF-8 character (shown as \uFFFD); serve the catalogue as UTF-8, or name its charset in Content-Type.`,
    ]);
  });

  it('served compressed without Content-Encoding (a .json.gz uploaded as .json): the host hears that, in plain text, not the bytes', async () => {
    const errors: WizardErrorEvent['detail'][] = [];
    const el = await wizardFrom(await served(text, 'as=gzip-unmarked'), errors);
    expect(el.shadowRoot!.querySelector('[part~="catalogue-error"]')).to.not.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.not.match(/[\p{Cc}\uFFFD]/u);
    expect(errors[0]!.message).to.contain('gzip');
  });
});
