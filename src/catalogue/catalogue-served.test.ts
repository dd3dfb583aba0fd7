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

  /** `text` as UTF-8, its `#` a Windows-1252 é (0xE9), after `prefix`: the bytes, and the position of that é. */
  const withStrayE9 = (text: string, prefix: number[] = []): [Uint8Array, number] => {
    const [before, after] = text.split('#').map((part) => new TextEncoder().encode(part)) as [Uint8Array, Uint8Array];
    const bytes = new Uint8Array(prefix.length + before.length + 1 + after.length);
    bytes.set(prefix);
    bytes.set(before, prefix.length);
    bytes[prefix.length + before.length] = 0xe9;
    bytes.set(after, prefix.length + before.length + 1);
    return [bytes, prefix.length + before.length];
  };
  const notUtf8 = (at: number, hint = 'serve the catalogue as UTF-8, or name its charset in Content-Type') =>
    `catalogue-src is not UTF-8: byte 0xE9 at position ${at} is no UTF-8 character (shown as \uFFFD); ${hint}.`;

  it('a UTF-8 file after its byte order mark, with a U+FFFD written in a name and one byte of Windows-1252 after it: the host hears that byte and where, not the U+FFFD', async () => {
    const errors: WizardErrorEvent['detail'][] = [];
    const [s1, s2] = [catalogue.systems[1], catalogue.systems[2]];
    const [bytes, at] = withStrayE9(
      JSON.stringify({
        version: 1,
        systems: [
          { ...s1, name: 'Lost \uFFFD name' },
          { ...s2, name: 'Caf#' },
        ],
      }),
      [0xef, 0xbb, 0xbf],
    );
    const el = await quiet(async () => wizardFrom(await served(bytes, 'as=bytes'), errors));
    expect(stepElement(el)?.dataset.step).to.equal('system');
    expect(radioText(el, 'system-system-1')).to.contain('Lost \uFFFD name');
    expect(errors[0]!.problems!.map((p) => p.message)).to.deep.equal([notUtf8(at)]);
  });

  it('a valid UTF-8 file with U+FFFD written in its names, served with no charset or one no browser knows: read, and never said not UTF-8', async () => {
    for (const type of ['application/json', 'application/json; charset=x-foo', 'application/json; charset="utf-8"', 'application/json;charset=UTF8']) {
      const errors: WizardErrorEvent['detail'][] = [];
      const text = JSON.stringify({ version: 1, systems: [{ ...catalogue.systems[1], name: '\uFFFD Caf\u00e9 \uFFFD' }] });
      const el = await wizardFrom(await served(text, `type=${encodeURIComponent(type)}`), errors);
      expect(stepElement(el)?.dataset.step, type).to.equal('system');
      expect(radioText(el, 'system-system-1'), type).to.contain('\uFFFD Caf\u00e9 \uFFFD');
      expect(errors, type).to.deep.equal([]);
    }
  });

  it('written in Windows-1252 and served naming charset "utf-8" quoted, UTF8, or a charset no browser knows: the host hears it is not UTF-8, and of a charset that is unknown, that it is', async () => {
    for (const [type, hint] of [
      ['application/json; charset="utf-8"', undefined],
      ['application/json;charset=UTF8', undefined],
      [
        'application/json; charset=x-foo',
        'its Content-Type names charset x-foo, which browsers do not know: serve the catalogue as UTF-8, or name a charset they know, such as windows-1252',
      ],
    ] as const) {
      const errors: WizardErrorEvent['detail'][] = [];
      const cafe = JSON.stringify({ version: 1, systems: [{ ...catalogue.systems[1], name: 'Caf\u00e9' }] });
      const el = await quiet(async () => wizardFrom(await served(cafe, `as=latin1&type=${encodeURIComponent(type)}`), errors));
      expect(stepElement(el)?.dataset.step, type).to.equal('system');
      expect(
        errors[0]?.problems?.map((p) => p.message),
        type,
      ).to.deep.equal([notUtf8(cafe.indexOf('\u00e9'), hint)]);
    }
  });

  it('10 MB whose log holds a U+FFFD written every 1,000 characters, then one byte of Windows-1252: read within the test s time, the byte said where it is', async () => {
    const errors: WizardErrorEvent['detail'][] = [];
    const log = `${'x'.repeat(999)}\uFFFD`.repeat(10_000);
    const [bytes, at] = withStrayE9(JSON.stringify({ version: 1, exportLog: log, systems: [{ ...catalogue.systems[1], name: 'Caf#' }] }));
    const el = await quiet(async () => wizardFrom(await served(bytes, 'as=bytes'), errors));
    expect(stepElement(el)?.dataset.step).to.equal('system');
    expect(errors[0]!.problems!.map((p) => p.message)).to.include(notUtf8(at));
  }).timeout(20_000);

  it('served compressed without Content-Encoding (a .json.gz uploaded as .json): the host hears that, in plain text, not the bytes', async () => {
    const errors: WizardErrorEvent['detail'][] = [];
    const el = await wizardFrom(await served(text, 'as=gzip-unmarked'), errors);
    expect(el.shadowRoot!.querySelector('[part~="catalogue-error"]')).to.not.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.not.match(/[\p{Cc}\uFFFD]/u);
    expect(errors[0]!.message).to.contain('gzip');
  });
});
