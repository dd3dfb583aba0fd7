import { expect } from '@open-wc/testing';
import type { SystemDefinition } from '../catalogue/catalogue-schema.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import { masked } from './mask-secrets.js';

/** An auth type with a user name (no secret) and a password (secret). */
const system = {
  id: 'shop',
  authTypes: [
    {
      id: 'basic',
      fields: [
        { key: 'user', label: 'User', type: 'text', secret: false, required: true },
        { key: 'password', label: 'Password', type: 'secret', secret: true, required: true },
      ],
    },
  ],
} as unknown as SystemDefinition;

const sent = (password: string): ConnectorPayload => ({
  name: 'Shop',
  system: 'shop',
  environment: 'test',
  timeZone: 'UTC',
  dateFormat: 'yyyy-MM-dd',
  authType: 'basic',
  credentials: { user: 'me', password },
});

describe('masked: a short secret of letters and digits', () => {
  // "Part of a longer number" is a PIN's reason (2026 in 20261 is not the PIN); a password of letters and digits is still itself
  // beside a digit: its letters mark it, and all of it is there. At 84ff3a8 each of these was masked.
  for (const [password, text] of [
    ['hunter2', 'the password hunter22 is wrong'],
    ['abc1234', 'key=abc12345'],
    ['Xk9q2', 'tok Xk9q20'],
    ['9xKq', 'code 99xKq'],
  ] as const) {
    it(`${password} is masked in "${text}", a digit beside it or not`, () => {
      const { detail } = masked({ detail: text }, sent(password), system);
      expect(detail).to.not.contain(password);
    });
  }
});
