/**
 * The Idempotency-Key rules as pure transitions: which secrets a key was sent with, when a
 * different one needs a new key, and that those secrets go with the others.
 */
import { expect } from '@open-wc/testing';
import { idRecord } from '../../schemas/id-record.js';
import type { SecretValues } from '../../schemas/wizard-data.js';
import { keyIssued, keyUsed, secretsChangedSinceKey } from './request-transitions.js';
import { dropSecrets } from './transitions.js';
import { initialState, type WizardState } from './wizard-state.js';

const secrets = (token: string): SecretValues => idRecord([['access-token', idRecord([['accessToken', token]])]]);
const typed = (s: WizardState, token: string): WizardState => ({ ...s, secrets: secrets(token) });
/** A key the draft brought back (after a reload): sent in another visit, with secrets this one never saw. */
const fromDraft = (s: WizardState, key: string): WizardState => ({ ...s, data: { ...s.data, submission: { key, fingerprint: 'f' } } });

describe('Idempotency-Key transitions', () => {
  it('a key keeps its secrets: the same value again is no change, another one is', () => {
    const sent = keyIssued(typed(initialState(), 'shpat_a'), 'K1', 'f');
    expect(secretsChangedSinceKey(typed(sent, 'shpat_a'), 'access-token')).to.equal(false);
    expect(secretsChangedSinceKey(typed(sent, 'shpat_b'), 'access-token')).to.equal(true);
    expect(secretsChangedSinceKey(typed(sent, ''), 'access-token'), 'emptied').to.equal(true);
  });

  it('a key from a draft has nothing to compare with: the secrets typed again keep it', () => {
    const reloaded = typed(fromDraft(initialState(), 'K1'), 'shpat_anything');
    expect(secretsChangedSinceKey(reloaded, 'access-token')).to.equal(false);
    // Sent once in this visit, the secrets it went with count from then on.
    const resent = keyUsed(reloaded, 'K1');
    expect(secretsChangedSinceKey(typed(resent, 'shpat_other'), 'access-token')).to.equal(true);
  });

  it('secrets recorded for another key (another system, before a switch back) are not compared', () => {
    const otherSystem = keyIssued(typed(initialState(), 'shpat_b'), 'K2', 'f');
    const back = typed(fromDraft(otherSystem, 'K1'), 'shpat_a');
    expect(secretsChangedSinceKey(back, 'access-token')).to.equal(false);
  });

  it('the secrets a key was sent with go with the others (Cancel, removal)', () => {
    const sent = keyIssued(typed(initialState(), 'shpat_a'), 'K1', 'f');
    expect(JSON.stringify(dropSecrets(sent))).to.not.contain('shpat_a');
  });
});
