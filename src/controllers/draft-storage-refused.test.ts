/** Storage the page may not touch at all: reading `window.indexedDB` throws (a sandboxed frame without allow-same-origin, some privacy modes). */
import { expect } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import { advanceTo, GROUPS, uniqueDatabase, wizardFixture } from '../test/fixtures.js';

const refused = () => new DOMException("Failed to read the 'indexedDB' property from 'Window': access is denied for this document.", 'SecurityError');

describe('drafts: window.indexedDB that throws on reading it', () => {
  it('says once that drafts are not saved, tells the host the storage is unavailable, and creates the connector from memory', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    const errors: WizardErrorEvent['detail'][] = [];
    const listening = (e: Event) => errors.push((e as WizardErrorEvent).detail);
    document.addEventListener('connector-wizard-error', listening);
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw refused();
      },
    });
    try {
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase: uniqueDatabase() });
      const notices = () => [...el.shadowRoot!.querySelectorAll('[data-notice="storage"]')].map((n) => n.textContent);
      expect(notices()).to.deep.equal(['Your answers are not being saved as a draft on this device, so finish in this visit.']);
      expect(await el.saveDraft(), 'no draft saved').to.equal(false);
      const created: unknown[] = [];
      el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail));
      await advanceTo(el, 'review');
      expect(notices(), 'said once').to.have.length(1);
      await el.submit();
      expect(created).to.have.length(1);
      expect(errors.map((e) => e.kind)).to.deep.equal(['storage']);
      expect(errors[0]!.message).to.equal('Drafts are not being saved: IndexedDB cannot be used: SecurityError');
    } finally {
      Object.defineProperty(window, 'indexedDB', original);
      document.removeEventListener('connector-wizard-error', listening);
    }
  });
});
