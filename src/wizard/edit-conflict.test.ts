/** An edit that cannot silently overwrite a change made elsewhere: its revision sent as If-Match, and what a 412 says and offers. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { adobeConnector, freshApi, GROUPS, inStep, pressContinue, settle, shopifyPayload, SHOPIFY_TOKEN, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { canaryForms, everythingStored } from '../test/stored.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

type Updated = { connector: Record<string, unknown> };

/** A connector the server has, opened for editing with the endpoint as the list gives it (its revision included). */
async function editingStored(overrides: Record<string, unknown> = {}, pass: (c: EditableConnector) => EditableConnector = (c) => c) {
  const api = freshApi();
  await api.create(shopifyPayload({ name: 'Shop before', ...overrides }));
  const [stored] = (await api.connectors()) as unknown as EditableConnector[];
  const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
  const updated: Updated[] = [];
  const errors: { kind: string; message: string }[] = [];
  el.addEventListener('connector-updated', (e) => updated.push(e.detail as Updated));
  el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail as { kind: string; message: string }));
  el.connector = pass(stored!);
  await settle(el);
  /** A change made elsewhere, as another person's save. */
  const elsewhere = async (changes: Record<string, unknown>) => {
    const r = await fetch(`${api.endpoint}/${String(stored!.id)}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(changes) });
    expect(r.status).to.equal(200);
  };
  const patches = async () => (await api.log()).filter((e) => e.method === 'PATCH');
  return { api, el, stored: stored!, updated, errors, elsewhere, patches };
}

async function renamedOnReview(el: ConnectorWizard, name: string) {
  await type(el, '#field-name', name);
  await el.goTo('review');
  await settle(el);
}

/** On Time zone, `zone` typed and picked from the list. */
async function zonePicked(el: ConnectorWizard, zone: string) {
  await el.goTo('timezone');
  await settle(el);
  await type(el, '#field-timeZone', zone);
  inStep<HTMLElement>(el, '[role="option"]')!.click();
}

/**
 * A requestHeaders function handing each request a fresh bearer token, as a host's rotating session does (the save and the list read each send
 * their own): the tokens, and those handed so far. Each has a signature of its own, as tokens signed over different payloads do: a signature
 * shared with a token sent is that token's secret, masked.
 */
function rotatingTokens(el: ConnectorWizard) {
  const tokens = Array.from({ length: 8 }, (_, i) => `eyJhbGciOiJIUzI1NiJ9.cm90YXRlZC0${String(i)}.Qm9yZWFsaXM${String(i)}`);
  const handed: string[] = [];
  el.requestHeaders = () => {
    const token = tokens[handed.length]!;
    handed.push(token);
    return { Authorization: `Bearer ${token}` };
  };
  return { tokens, handed };
}

const said = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent?.trim() ?? '';
const button = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[part~="create"]')!.textContent!.trim();
const reviewed = (el: ConnectorWizard, key: string) =>
  el.shadowRoot!.querySelector('connector-wizard-review-step')!.shadowRoot!.querySelector(`[data-key="${key}"] .value`)!.textContent!.replace(/\s+/gu, ' ').trim();

/** An Adobe Commerce connector at revision 1 whose token lifetime (a number field) is `hours`. */
const adobe = (hours: unknown) => adobeConnector(hours, { revision: '1' });

describe('editing a connector changed elsewhere (revision, If-Match, 412)', () => {
  it('a change made elsewhere since opening: nothing is saved, the answer changed on both sides is named, the answers stay, and Save my changes anyway saves them', async function () {
    // The file's first test also loads the later steps, and makes seven requests: on a busy 2-core machine it took over 10 s.
    this.timeout(20_000);
    const { api, el, stored, updated, errors, elsewhere, patches } = await editingStored();
    expect(stored.revision).to.equal('1');
    await renamedOnReview(el, 'Mine');
    await elsewhere({ name: 'Theirs', timeZone: 'Europe/Paris' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(updated).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(said(el)).to.contain('Someone changed this connector since you opened it').and.contain('Connector name').and.not.contain('Time zone');
    expect(button(el)).to.equal('Save my changes anyway');
    // The answer typed stays; the one changed elsewhere only is taken, and "was" is the current name.
    expect(reviewed(el, 'name')).to.equal('Mine (was: Theirs)');
    expect(reviewed(el, 'timeZone')).to.contain('Paris');
    expect((await api.connectors())[0]!.name).to.equal('Theirs');
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect((await patches()).map((p) => [p.ifMatch, p.status])).to.deep.equal([
      [undefined, 200],
      ['"1"', 412],
      ['"2"', 200],
    ]);
    expect(updated.map((u) => u.connector.name)).to.deep.equal(['Mine']);
    expect((await api.connectors()).map((c) => [c.name, c.timeZone])).to.deep.equal([['Mine', 'Europe/Paris']]);
  });

  it('a change made elsewhere to exactly what the person chose: the edit ends as saved, and the host gets connector-updated once with the connector as the list gives it', async () => {
    const { api, el, updated, errors, elsewhere, patches } = await editingStored();
    await renamedOnReview(el, 'Same');
    await elsewhere({ name: 'Same' });
    const saved = await el.submit();
    await settle(el);
    const [now] = await api.connectors();
    expect({
      saved,
      updated: updated.map((u) => u.connector),
      sent: (await patches()).map((p) => [p.ifMatch, p.status]),
      errors,
      success: el.shadowRoot!.querySelector('.success')?.textContent?.replace(/\s+/gu, ' ').trim(),
    }).to.deep.equal({
      saved: true,
      updated: [now],
      sent: [
        [undefined, 200],
        ['"1"', 412],
      ],
      errors: [],
      success: 'Connector updated Same (Shopify) has been updated. Add another connector',
    });
  });

  it('a change made elsewhere to exactly what the person chose, read from a list that repeats the host bearer token: connector-updated carries it masked, as an answer to the save would', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbi00MjE3.Qm9yZWFsaXM';
    const { api, el, updated, elsewhere } = await editingStored();
    el.requestHeaders = { Authorization: `Bearer ${token}` };
    await renamedOnReview(el, 'Same');
    await elsewhere({ name: 'Same' });
    const [now] = await api.connectors();
    await api.faults({ kind: 'status', method: 'GET', status: 200, json: [{ ...now, note: `listed for Bearer ${token}` }] });
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect(
      updated.map((u) => u.connector.note),
      'the header value masked whole',
    ).to.deep.equal(['listed for •••']);
    expect(JSON.stringify(updated)).to.not.contain(token);
  });

  it('a change made elsewhere read from a list that repeats the token the save sent, with requestHeaders a function that rotates it: connector-updated carries it masked', async () => {
    const { api, el, updated, elsewhere, patches } = await editingStored();
    const { tokens, handed } = rotatingTokens(el);
    await renamedOnReview(el, 'Same');
    await elsewhere({ name: 'Same' });
    const [now] = await api.connectors();
    // The list keeps what the server saw with the save: its token, whichever of these it was.
    await api.faults({ kind: 'status', method: 'GET', status: 200, json: [{ ...now, note: `listed for ${tokens.map((t) => `Bearer ${t}`).join(', ')}` }] });
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect((await patches()).map((p) => p.status)).to.deep.equal([200, 412]);
    expect(handed.length, 'the save and the list read each asked for their headers').to.be.at.least(2);
    const note = String(updated[0]!.connector.note);
    for (const token of handed) expect(note, 'a token sent is masked').to.not.contain(token);
    expect(note, 'a token never sent is none of the host’s').to.contain(tokens[handed.length]!);
  });

  it('a change made elsewhere read from a list that repeats the host bearer token: Review, the name field and the draft show it masked, and the other answers stay', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbi00MjE3.Qm9yZWFsaXM';
    const { el, elsewhere, updated } = await editingStored();
    el.requestHeaders = { Authorization: `Bearer ${token}` };
    await zonePicked(el, 'Tokyo');
    await el.goTo('review');
    await settle(el);
    await elsewhere({ name: `Shop for Bearer ${token}` });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(reviewed(el, 'name')).to.equal('Shop for •••');
    expect(reviewed(el, 'timeZone')).to.contain('Tokyo');
    expect(JSON.stringify(await everythingStored())).to.not.contain(token);
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop for •••');
    expect(updated).to.deep.equal([]);
  });

  it('a change made elsewhere read from a list that repeats the token the save sent, with requestHeaders a function that rotates it: Review and the draft show it masked', async () => {
    const { api, el, elsewhere } = await editingStored();
    const { tokens, handed } = rotatingTokens(el);
    await renamedOnReview(el, 'Mine');
    await elsewhere({ name: 'Theirs' });
    const [now] = await api.connectors();
    await api.faults({
      kind: 'status',
      method: 'GET',
      status: 200,
      json: [{ ...now, timeZone: `Europe/Paris`, dateFormat: 'yyyy-MM-dd', note: `for ${tokens.join(' ')}`, name: `Theirs ${tokens.join(' ')}` }],
    });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const shown = reviewed(el, 'name');
    const stored = JSON.stringify(await everythingStored());
    for (const token of handed) expect(shown, 'a token sent is masked on Review').to.not.contain(token);
    for (const token of handed) expect(stored, 'a token sent is masked in the draft').to.not.contain(token);
  });

  it('a change made elsewhere read from a list, with a short credential header value inside a longer word of the name: Review, the name field and the draft keep the name whole', async () => {
    const { el, elsewhere } = await editingStored();
    // X-Auth-Tenant is a credential header by its name; its short value is the tenant the connector is named after.
    el.requestHeaders = { 'X-Auth-Tenant': 'acme' };
    await zonePicked(el, 'Tokyo');
    await el.goTo('review');
    await settle(el);
    await elsewhere({ name: 'acme-store EU' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(reviewed(el, 'name')).to.equal('acme-store EU');
    expect(JSON.stringify(await everythingStored())).to.contain('acme-store EU');
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('acme-store EU');
  });

  it('without a revision nothing changes: no If-Match, and the save goes through; one that is not usable is said once to the host, never its value', async () => {
    const plain = await editingStored({}, ({ revision: _r, ...c }) => c as EditableConnector);
    await renamedOnReview(plain.el, 'Plain');
    await plain.elsewhere({ name: 'Theirs' });
    expect(await plain.el.submit()).to.equal(true);
    expect((await plain.patches()).map((p) => p.ifMatch)).to.deep.equal([undefined, undefined]);
    const odd = await editingStored({}, (c) => ({ ...c, revision: 'has "quotes" é' }));
    await renamedOnReview(odd.el, 'Odd');
    await odd.api.faults({ kind: 'status', status: 400, method: 'PATCH' });
    expect(await odd.el.submit()).to.equal(false);
    expect(await odd.el.submit()).to.equal(true);
    expect((await odd.patches()).map((p) => p.ifMatch)).to.deep.equal([undefined, undefined]);
    expect(odd.errors.filter((e) => e.kind === 'config').map((e) => e.message)).to.have.length(1);
    expect(odd.errors.find((e) => e.kind === 'config')!.message)
      .to.contain('revision')
      .and.not.contain('quotes');
  });

  it('a 412 for a connector gone since: said as a save of one that no longer exists', async () => {
    const { api, el, stored, updated } = await editingStored();
    await renamedOnReview(el, 'Mine');
    await api.faults({ kind: 'status', status: 412, method: 'PATCH' });
    expect((await fetch(`${api.endpoint}/${String(stored.id)}`, { method: 'DELETE' })).status).to.equal(204);
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said(el)).to.contain('no longer exists');
    expect(updated).to.deep.equal([]);
  });

  it('a 412 when the list cannot be read: said, the answers kept, and Try again saves once it can', async () => {
    const { api, el, updated, patches } = await editingStored();
    await renamedOnReview(el, 'Mine');
    await api.faults({ kind: 'status', status: 412, method: 'PATCH' }, { kind: 'status', status: 500, method: 'GET' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said(el)).to.contain('could not get the current version');
    expect(button(el)).to.equal('Try again');
    expect(reviewed(el, 'name')).to.equal('Mine (was: Shop before)');
    expect(await el.submit()).to.equal(true);
    expect(updated.map((u) => u.connector.name)).to.deep.equal(['Mine']);
    expect((await patches()).map((p) => p.ifMatch)).to.deep.equal(['"1"', '"1"']);
  });

  it('a retry after a lost answer carries the same Idempotency-Key and is replayed, never taken for a change made elsewhere', async () => {
    const { api, el, updated, patches } = await editingStored();
    await renamedOnReview(el, 'Mine');
    await api.faults({ kind: 'lose-response', method: 'PATCH' });
    expect(await el.submit()).to.equal(true);
    const sent = await patches();
    expect(sent.map((p) => [p.ifMatch, p.status])).to.deep.equal([
      ['"1"', 'dropped'],
      ['"1"', 200],
    ]);
    expect(sent[0]!.idempotencyKey).to.be.a('string').and.equal(sent[1]!.idempotencyKey);
    expect(updated.map((u) => u.connector.name)).to.deep.equal(['Mine']);
  });

  it('Save pressed again after a save whose answer was lost (no retries) sends the same key: replayed, the host told it was saved, no conflict said', async () => {
    const { api, el, updated, patches } = await editingStored();
    el.retryPolicy = { attempts: 0 };
    await renamedOnReview(el, 'Mine');
    await api.faults({ kind: 'lose-response', method: 'PATCH' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect((await api.connectors())[0]!.name, 'saved on the server').to.equal('Mine');
    const second = await el.submit();
    await settle(el);
    const sent = await patches();
    expect({ second, updated: updated.map((u) => u.connector.name), statuses: sent.map((p) => p.status), said: said(el) }).to.deep.equal({
      second: true,
      updated: ['Mine'],
      statuses: ['dropped', 200],
      said: '',
    });
    expect(sent[1]!.idempotencyKey).to.be.a('string').and.equal(sent[0]!.idempotencyKey);
  });

  it('a save whose answer was lost, then another change: the 412 its own first save caused is no conflict, and the change left is saved against that version', async () => {
    const { api, el, updated, patches } = await editingStored();
    el.retryPolicy = { attempts: 0 };
    await renamedOnReview(el, 'Mine');
    await api.faults({ kind: 'lose-response', method: 'PATCH' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect((await api.connectors())[0]!.name, 'saved on the server').to.equal('Mine');
    await el.goTo('general');
    await settle(el);
    await renamedOnReview(el, 'Mine again');
    const second = await el.submit();
    await settle(el);
    expect({
      second,
      said: said(el),
      updated: updated.map((u) => u.connector.name),
      sent: (await patches()).map((p) => [p.ifMatch, p.status]),
      stored: (await api.connectors()).map((c) => c.name),
    }).to.deep.equal({
      second: true,
      said: '',
      updated: ['Mine again'],
      sent: [
        ['"1"', 'dropped'],
        ['"1"', 412],
        ['"2"', 200],
      ],
      stored: ['Mine again'],
    });
  });

  it('a lost save of the name, then a change elsewhere to the time zone and a new name here: only what the other person changed is named', async () => {
    const { api, el, elsewhere } = await editingStored();
    el.retryPolicy = { attempts: 0 };
    await zonePicked(el, 'Europe/Paris');
    await el.goTo('general');
    await settle(el);
    await renamedOnReview(el, 'Mine');
    await api.faults({ kind: 'lose-response', method: 'PATCH' });
    expect(await el.submit()).to.equal(false);
    await elsewhere({ timeZone: 'Europe/Berlin' });
    await el.goTo('general');
    await settle(el);
    await renamedOnReview(el, 'Mine again');
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said(el)).to.contain('Someone changed this connector').and.contain('Time zone').and.not.contain('Connector name');
  });

  it('the host passing the connector again with a newer revision: it is adopted, the answers typed kept', async () => {
    const { api, el, elsewhere, patches } = await editingStored();
    await renamedOnReview(el, 'Mine');
    await elsewhere({ timeZone: 'Europe/Paris' });
    el.connector = (await api.connectors())[0] as unknown as EditableConnector;
    await settle(el);
    expect(reviewed(el, 'name')).to.equal('Mine (was: Shop before)');
    expect(await el.submit()).to.equal(true);
    expect((await patches()).map((p) => [p.ifMatch, p.status])).to.deep.equal([
      [undefined, 200],
      ['"2"', 200],
    ]);
  });

  it('a new secret typed before a conflict is in no event, store or error, and is sent with Save my changes anyway', async () => {
    const token = 'shpat_feedfacefeedfacefeedfacefeedface';
    const { el, updated, errors, elsewhere } = await editingStored();
    await type(el, '#field-name', 'Mine');
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-accessToken', token);
    await pressContinue(el);
    await elsewhere({ name: 'Theirs' });
    expect(await el.submit()).to.equal(false);
    await el.saveDraft();
    const stored = await everythingStored();
    for (const form of canaryForms(token)) expect(stored).to.not.contain(form);
    expect(await el.submit()).to.equal(true);
    expect(JSON.stringify({ updated, errors })).to.not.contain(token);
  });

  it('the host passing the same connector again as a new object after a 412 keeps the version the 412 read: Save my changes anyway saves', async () => {
    const { el, stored, updated, elsewhere, patches } = await editingStored();
    await renamedOnReview(el, 'Mine');
    await elsewhere({ timeZone: 'Europe/Paris' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said(el)).to.contain('Someone changed this connector');
    el.connector = { ...stored };
    await settle(el);
    const saved = await el.submit();
    await settle(el);
    expect((await patches()).map((p) => [p.ifMatch, p.status])).to.deep.equal([
      [undefined, 200],
      ['"1"', 412],
      ['"2"', 200],
    ]);
    expect(saved).to.equal(true);
    expect(updated.map((u) => u.connector.name)).to.deep.equal(['Mine']);
  });

  for (const revision of ['1', 1])
    it(`after a 412 whose list gives no revision, the connector passed again with revision ${JSON.stringify(revision)} (its revision as text or number) keeps that version: saved without If-Match`, async () => {
      const { api, el, stored, elsewhere, patches } = await editingStored();
      await renamedOnReview(el, 'Mine');
      const { revision: _r, ...listed } = stored as unknown as Record<string, unknown>;
      await api.faults({ kind: 'status', status: 412, method: 'PATCH' }, { kind: 'status', status: 200, method: 'GET', json: [{ ...listed, timeZone: 'Europe/Paris' }] });
      expect(await el.submit()).to.equal(false);
      await settle(el);
      await elsewhere({ timeZone: 'Europe/Paris' });
      el.connector = { ...stored, revision };
      await settle(el);
      const saved = await el.submit();
      await settle(el);
      expect({ saved, sent: (await patches()).map((p) => [p.ifMatch, p.status]) }).to.deep.equal({
        saved: true,
        sent: [
          ['"1"', 412],
          [undefined, 200],
          [undefined, 200],
        ],
      });
    });

  for (const [passed, listed] of [
    [4, '4'],
    ['4', 4],
  ] as const)
    it(`a 412 whose list gives a number the host passed as a ${typeof passed} as a ${typeof listed} (the same number) does not name it as changed there too`, async () => {
      const api = freshApi();
      const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
      el.connector = adobe(passed);
      await settle(el);
      await el.goTo('credentials');
      await settle(el);
      await type(el, '#field-credentials-tokenLifetimeHours', '6');
      await el.goTo('review');
      await settle(el);
      await api.faults(
        { kind: 'status', status: 412, method: 'PATCH' },
        { kind: 'status', status: 200, method: 'GET', json: [{ ...adobe(listed), name: 'Theirs', revision: '2' }] },
      );
      expect(await el.submit()).to.equal(false);
      await settle(el);
      expect(said(el)).to.contain('Someone changed this connector since you opened it').and.not.contain('token lifetime');
      expect(reviewed(el, 'name')).to.equal('Theirs');
    });

  it('a version a 412 read from one endpoint is never sent to another: the host setting a new endpoint mid-edit drops it', async () => {
    // The first endpoint answers as another server holding connector 42 would: a 412, then its list with its own revision.
    const first = freshApi();
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: first.endpoint, draftDatabase: uniqueDatabase() });
    const updated: Updated[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(e.detail as Updated));
    el.connector = stored!;
    await settle(el);
    await renamedOnReview(el, 'Mine');
    await first.faults({ kind: 'status', status: 412, method: 'PATCH' }, { kind: 'status', status: 200, method: 'GET', json: [{ ...stored, name: 'Theirs', revision: '7' }] });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said(el)).to.contain('Someone changed this connector');
    el.endpoint = api.endpoint;
    await settle(el);
    const before = { said: said(el), button: button(el) };
    const saved = await el.submit();
    await settle(el);
    const sent = (await api.log()).filter((e) => e.method === 'PATCH').map((p) => [p.ifMatch, p.status]);
    expect({ before, saved, sent, updated: updated.map((u) => u.connector.name) }).to.deep.equal({
      before: { said: '', button: 'Save changes' },
      saved: true,
      sent: [['"1"', 200]],
      updated: ['Mine'],
    });
  });

  it('a zone the host passes under its old name (Asia/Calcutta) that the list gives under its current one (Asia/Kolkata) is not named as changed elsewhere', async () => {
    const { el, elsewhere } = await editingStored({ timeZone: 'Asia/Kolkata' }, (c) => ({ ...c, timeZone: 'Asia/Calcutta' }));
    await type(el, '#field-name', 'Mine');
    await zonePicked(el, 'Europe/Paris');
    await el.goTo('review');
    await settle(el);
    expect(reviewed(el, 'timeZone')).to.contain('Europe/Paris').and.contain('was');
    await elsewhere({ name: 'Theirs' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said(el)).to.contain('Someone changed this connector').and.contain('Connector name').and.not.contain('Time zone');
  });

  it('after a 412, the connector passed again by the host (as opened, then changed once more elsewhere): the answers follow the newest, and Save never sends back what the 412 read', async () => {
    const { api, el, stored, elsewhere, patches } = await editingStored();
    await renamedOnReview(el, 'Mine');
    await elsewhere({ timeZone: 'Europe/Paris' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    // A render passes the connector as it was opened: older than what the 412 read, it moves nothing.
    el.connector = { ...stored };
    await settle(el);
    const afterRender = reviewed(el, 'timeZone');
    // Changed again elsewhere; the host's list, fetched again, passes the connector as it is now.
    await elsewhere({ timeZone: 'Asia/Tokyo' });
    el.connector = (await api.connectors())[0] as unknown as EditableConnector;
    await settle(el);
    const zone = reviewed(el, 'timeZone');
    expect(await el.submit()).to.equal(true);
    await settle(el);
    const [after] = await api.connectors();
    expect({ afterRender, zone, name: after!.name, timeZone: after!.timeZone, ifMatch: (await patches()).at(-1)!.ifMatch }).to.deep.equal({
      afterRender: 'Europe/Paris (GMT+01:00)',
      zone: 'Asia/Tokyo (GMT+09:00)',
      name: 'Mine',
      timeZone: 'Asia/Tokyo',
      ifMatch: '"3"',
    });
  });

  it('Discard draft after a 412 starts the edit again from the connector as the 412 read it: its values shown, and the next save is not refused again', async () => {
    const { el, elsewhere, patches } = await editingStored();
    await renamedOnReview(el, 'Mine');
    await elsewhere({ name: 'Theirs' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    await el.reset();
    await settle(el);
    const shown = { name: inStep<HTMLInputElement>(el, '#field-name')!.value, said: said(el) };
    await type(el, '#field-name', 'Theirs, then mine');
    expect(await el.submit()).to.equal(true);
    expect({ shown, sent: (await patches()).map((p) => [p.ifMatch, p.status]) }).to.deep.equal({
      shown: { name: 'Theirs', said: '' },
      sent: [
        [undefined, 200],
        ['"1"', 412],
        ['"2"', 200],
      ],
    });
  });

  it('while a 412 reads the list again the save is still under way: busy, said as saving, and Discard draft waits for it', async () => {
    const { api, el, elsewhere, patches } = await editingStored();
    await renamedOnReview(el, 'Mine');
    await elsewhere({ name: 'Theirs' });
    await api.faults({ kind: 'slow', method: 'GET', held: true });
    const saving = el.submit();
    let during: unknown;
    let reset: Promise<unknown> | undefined;
    try {
      await waitUntil(async () => (await patches()).some((p) => p.status === 412), 'the save refused (412)', { timeout: 5000 });
      // The list the 412 asks for reached the server: a reset before then would stop it before it left the page.
      await api.waitHeld();
      await settle(el);
      const save = el.shadowRoot!.querySelector('[part~="create"]')!;
      during = { busy: save.getAttribute('aria-busy'), text: button(el), sending: el.sending };
      reset = el.reset();
    } finally {
      await api.releaseIfHeld();
    }
    await reset;
    expect(await saving).to.equal(false);
    await settle(el);
    expect({ during, said: said(el).includes('Someone changed this connector'), name: reviewed(el, 'name') }).to.deep.equal({
      during: { busy: 'true', text: 'Saving changes…', sending: true },
      said: true,
      name: 'Mine (was: Theirs)',
    });
  });

  it('a list a 412 asked for that answers after the host set another endpoint is dropped: said as not saved here, and the next save goes to the new one with its own revision', async () => {
    const first = freshApi();
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: first.endpoint, draftDatabase: uniqueDatabase() });
    el.connector = stored!;
    await settle(el);
    await renamedOnReview(el, 'Mine');
    await first.faults(
      { kind: 'status', status: 412, method: 'PATCH' },
      { kind: 'status', status: 200, method: 'GET', json: [{ ...stored, name: 'Theirs', revision: '7' }], held: true },
    );
    const saving = el.submit();
    try {
      await waitUntil(async () => (await first.log()).some((e) => e.method === 'PATCH'), 'the save sent', { timeout: 5000 });
      await first.waitHeld();
      el.endpoint = api.endpoint;
    } finally {
      await first.releaseIfHeld();
    }
    expect(await saving).to.equal(false);
    await settle(el);
    const after = said(el);
    expect(await el.submit()).to.equal(true);
    const sent = (await api.log()).filter((e) => e.method === 'PATCH').map((p) => [p.ifMatch, p.status]);
    expect({ notHere: after.includes('they were not saved here'), sent }).to.deep.equal({ notHere: true, sent: [['"1"', 200]] });
  });
  it('a change made elsewhere to what the person chose, in a list that repeats the stored credentials: connector-updated carries no credentials', async () => {
    const { api, el, stored, updated } = await editingStored();
    await renamedOnReview(el, 'Same');
    // This server lists connectors with their credentials, the stored token included.
    const listed = [{ ...stored, name: 'Same', revision: '2', credentials: { shop: 'my-store', accessToken: SHOPIFY_TOKEN } }];
    await api.faults({ kind: 'status', method: 'PATCH', status: 412, json: {} }, { kind: 'status', method: 'GET', status: 200, json: listed });
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect(updated.map((u) => u.connector.name)).to.deep.equal(['Same']);
    expect(updated[0]!.connector).to.not.have.property('credentials');
    expect(JSON.stringify(updated)).to.not.contain(SHOPIFY_TOKEN);
  });
});
