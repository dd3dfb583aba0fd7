/** A Basic sign-in (a user name, no secret, and a password, secret) and what is sent with it: for the masking tests. */
import type { SystemDefinition } from '../catalogue/catalogue-schema.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';

/** An auth type with a user name (no secret) and a password (secret). */
export const basicSystem = {
  id: 'shop',
  name: 'Shopify',
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

/** The connector sent with `password` (and `user`) on that sign-in. */
export const basicSent = (password: string, user = 'me'): ConnectorPayload => ({
  name: 'Shop',
  system: 'shop',
  environment: 'test',
  timeZone: 'UTC',
  dateFormat: 'yyyy-MM-dd',
  authType: 'basic',
  credentials: { user, password },
});
