/**
 * The Idempotency-Key rules as pure transitions: which secrets a key was sent with, when a
 * different one needs a new key, and that those secrets go with the others; and which slot a
 * create may have filled, kept with the key before it is sent.
 */
import { expect } from '@open-wc/testing';
import { idRecord } from '../../schemas/id-record.js';
import { submissionAt, type SecretValues } from '../../schemas/wizard-data.js';
import { takenEnvironments } from '../../schemas/general-schema.js';
import { credentialSet, submitBegan, submitEnded } from './request-transitions.js';
import type { AuthTypeDefinition } from '../../catalogue/catalogue-schema.js';
import { createAnswered, createUnsure, keyIssued, keyUsed, secretsChangedSinceKey, slotFilled } from './key-transitions.js';
import { dataHere } from './selectors.js';
import { dropSecrets } from './transitions.js';
import { initialState, type WizardState } from './wizard-state.js';

const LIVE = 'shopify\nuk\nlive';
const TEST = 'shopify\nuk\ntest';
const E = 'https://example.test/connectors';
const secrets = (token: string): SecretValues => idRecord([['access-token', idRecord([['accessToken', token]])]]);
const typed = (s: WizardState, token: string): WizardState => ({ ...s, secrets: secrets(token) });
/** A key the draft brought back (after a reload): sent in another visit, with secrets this one never saw. */
const fromDraft = (s: WizardState, key: string): WizardState => ({ ...s, data: { ...s.data, submission: { key, fingerprint: 'f' } } });

describe('Idempotency-Key transitions', () => {
  it('a key keeps its secrets: the same value again is no change, another one is', () => {
    const sent = keyIssued(typed(initialState(), 'shpat_a'), 'K1', 'f', LIVE, E);
    expect(secretsChangedSinceKey(typed(sent, 'shpat_a'), 'access-token')).to.equal(false);
    expect(secretsChangedSinceKey(typed(sent, 'shpat_b'), 'access-token')).to.equal(true);
    expect(secretsChangedSinceKey(typed(sent, ''), 'access-token'), 'emptied').to.equal(true);
  });

  it('a key from a draft has nothing to compare with: the secrets typed again keep it', () => {
    const reloaded = typed(fromDraft(initialState(), 'K1'), 'shpat_anything');
    expect(secretsChangedSinceKey(reloaded, 'access-token')).to.equal(false);
    // Sent once in this visit, the secrets it went with count from then on.
    const resent = keyUsed(reloaded, 'K1', LIVE, E);
    expect(secretsChangedSinceKey(typed(resent, 'shpat_other'), 'access-token')).to.equal(true);
  });

  it('secrets recorded for another key (another system, before a switch back) are not compared', () => {
    const otherSystem = keyIssued(typed(initialState(), 'shpat_b'), 'K2', 'f', LIVE, E);
    const back = typed(fromDraft(otherSystem, 'K1'), 'shpat_a');
    expect(secretsChangedSinceKey(back, 'access-token')).to.equal(false);
  });

  it('the secrets a key was sent with go with the others (Cancel, removal)', () => {
    const sent = keyIssued(typed(initialState(), 'shpat_a'), 'K1', 'f', LIVE, E);
    expect(JSON.stringify(dropSecrets(sent))).to.not.contain('shpat_a');
  });

  describe('the slot of a create being sent', () => {
    const listed = [{ name: 'Shopify UK', system: 'shopify', group: 'uk', environment: 'live' as const }];
    const taken = (s: WizardState) => [...takenEnvironments(listed, 'shopify', 'uk', s.data.submission)];

    it('is kept with the key before the request, so a draft left while it was sent never counts that connector as someone else s', () => {
      const sent = keyIssued(initialState(), 'K1', 'f', LIVE, E);
      expect(sent.data.submission).to.deep.equal({ key: 'K1', fingerprint: 'f', endpoint: E, sending: LIVE });
      expect(taken(sent), 'maybe its own').to.deep.equal([]);
      // Sent again under the same key after a definite answer: sending again.
      expect(keyUsed(createAnswered(sent), 'K1', LIVE, E).data.submission?.sending).to.equal(LIVE);
    });

    it('an answer that made nothing clears it; no answer makes it the unsure slot', () => {
      const sent = keyIssued(initialState(), 'K1', 'f', LIVE, E);
      expect(createAnswered(sent).data.submission).to.deep.equal({ key: 'K1', fingerprint: 'f', endpoint: E });
      expect(taken(createAnswered(sent)), 'a definite answer: the listed one is someone else s').to.deep.equal(['live']);
      expect(createUnsure(sent, LIVE).data.submission).to.deep.equal({ key: 'K1', fingerprint: 'f', endpoint: E, unsure: LIVE });
    });

    it('a new key after a draft left while sending: that slot becomes the unsure one, and an earlier unsure one stays when it is the same', () => {
      const left = keyIssued(initialState(), 'K1', 'f', LIVE, E);
      const changed = keyIssued(left, 'K2', 'g', TEST, E);
      expect(changed.data.submission).to.deep.equal({ key: 'K2', fingerprint: 'g', endpoint: E, unsure: LIVE, sending: TEST });
      expect(taken(changed)).to.deep.equal([]);
      // No answer for live, then another name for live refused with a 409: that slot counts from then on, across keys.
      const lost = createUnsure(keyIssued(initialState(), 'K1', 'f', LIVE, E), LIVE);
      const refused = slotFilled(createAnswered(keyIssued(lost, 'K2', 'g', LIVE, E)), listed[0]!, true);
      const next = keyIssued(refused, 'K3', 'h', TEST, E);
      expect(next.data.submission).to.deep.equal({ key: 'K3', fingerprint: 'h', endpoint: E, unsure: LIVE, unsureExists: true, sending: TEST });
      expect(taken(next)).to.deep.equal(['live']);
    });

    it('two creates in a row with no answer (live, then testing): both slots are kept, and a 409 for one fills only that one', () => {
      const both = createUnsure(keyIssued(createUnsure(keyIssued(initialState(), 'K1', 'f', LIVE, E), LIVE), 'K2', 'g', TEST, E), TEST);
      expect(both.data.submission).to.deep.equal({ key: 'K2', fingerprint: 'g', endpoint: E, unsure: [LIVE, TEST] });
      expect(taken(both), 'the listed live one may be the first create s').to.deep.equal([]);
      const refused = slotFilled(createAnswered(keyIssued(both, 'K3', 'h', LIVE, E)), listed[0]!, true);
      expect(refused.data.submission).to.deep.equal({ key: 'K3', fingerprint: 'h', endpoint: E, unsure: [LIVE, TEST], unsureExists: [LIVE] });
      expect(taken(refused)).to.deep.equal(['live']);
    });

    it('another endpoint: its own key, none of the slots sent elsewhere; those stay for a switch back, and a draft from before applies anywhere', () => {
      const B = 'https://other.example.test/connectors';
      const lost = createUnsure(keyIssued(initialState(), 'K1', 'f', LIVE, E), LIVE);
      const atB = keyIssued(lost, 'K2', 'f', LIVE, B);
      expect(atB.data.submission).to.deep.equal({
        key: 'K2',
        fingerprint: 'f',
        endpoint: B,
        sending: LIVE,
        elsewhere: { key: 'K1', fingerprint: 'f', endpoint: E, unsure: LIVE },
      });
      const answered = createAnswered(atB);
      expect(taken({ ...answered, data: dataHere({ ...answered, endpoint: B }) }), 'at B the listed one is someone else s').to.deep.equal(['live']);
      expect(submissionAt(atB.data.submission, E)?.key, 'kept for A').to.equal('K1');
      const back = keyUsed(createAnswered(atB), 'K1', LIVE, E);
      expect(back.data.submission).to.deep.equal({ key: 'K1', fingerprint: 'f', endpoint: E, unsure: LIVE, sending: LIVE });
      const before: WizardState = { ...initialState(), data: { ...initialState().data, submission: { key: 'K0', fingerprint: 'f', unsure: LIVE } } };
      expect(submissionAt(before.data.submission, B)?.key, 'a draft from before').to.equal('K0');
    });

    it('a draft written when one slot was kept (as text, and true once filled) is read as that one slot', () => {
      const older = (submission: object): WizardState => ({ ...initialState(), data: { ...initialState().data, submission: { key: 'K1', fingerprint: 'f', ...submission } } });
      expect(taken(older({ unsure: LIVE })), 'maybe its own').to.deep.equal([]);
      expect(taken(older({ unsure: LIVE, unsureExists: true })), 'filled, says the server').to.deep.equal(['live']);
      const next = createUnsure(keyIssued(older({ unsure: LIVE, unsureExists: true }), 'K2', 'g', TEST, E), TEST);
      expect(next.data.submission).to.deep.equal({ key: 'K2', fingerprint: 'g', endpoint: E, unsure: [LIVE, TEST], unsureExists: [LIVE] });
    });
  });
});

describe('a paste fill and typing after it', () => {
  const basic = {
    id: 'basic',
    label: 'Basic',
    kind: 'basic',
    fields: [
      { key: 'user', label: 'User', type: 'text' },
      { key: 'password', label: 'Password', type: 'text' },
    ],
  } as unknown as AuthTypeDefinition;
  const other = { ...basic, id: 'other-basic' } as AuthTypeDefinition;
  const filled = (): WizardState => ({ ...initialState(), paste: { authType: 'basic', filled: ['user', 'password'], before: [] } });
  const typeIn = (s: WizardState, authType: AuthTypeDefinition, key: string) =>
    credentialSet(
      s,
      authType,
      authType.fields.find((f) => f.key === key)!,
      'x',
      (f) => f.label,
    );

  it('typing in a filled field keeps Undo for the other and records the field typed in', () => {
    expect(typeIn(filled(), basic, 'user').paste).to.deep.equal({ authType: 'basic', filled: ['user', 'password'], before: [], typed: ['user'] });
  });

  it('typing in a field of the same key of another way to sign in leaves the paste as filled', () => {
    const s = typeIn(typeIn(filled(), other, 'user'), other, 'password');
    expect(s.paste).to.deep.equal({ authType: 'basic', filled: ['user', 'password'], before: [] });
  });
});

describe('submits under way', () => {
  it('two begun, one ended: one is still under way; both ended: none is', () => {
    const two = submitBegan(submitBegan(initialState()));
    expect(Boolean(submitEnded(two).submitting), 'one still under way').to.equal(true);
    expect(submitEnded(submitEnded(two)).submitting).to.equal(undefined);
    expect(submitEnded(initialState()).submitting, 'an end with none under way').to.equal(undefined);
  });
});
