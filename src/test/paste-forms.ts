/** Forms the paste tests fill: a system with one way to sign in, NetSuite's token-based authentication, a login. */

/** A system whose one way to sign in asks for `fields`. */
export const oneAuthType = (fields: Record<string, unknown>[]) => ({
  version: 1,
  systems: [{ id: 'acme', name: 'Acme', defaultTimeZone: 'UTC', authTypes: [{ id: 'keys', label: 'Keys', kind: 'api-key', fields }] }],
});

/** NetSuite's token-based authentication, as its pages label each value. */
export const NETSUITE = [
  { key: 'accountId', label: 'Account ID', type: 'text', normalize: 'trim' },
  { key: 'consumerKey', label: 'Consumer key', type: 'secret', normalize: 'trim', aliases: ['consumer_key'] },
  { key: 'consumerSecret', label: 'Consumer secret', type: 'secret', normalize: 'trim', aliases: ['consumer_secret'] },
  { key: 'tokenId', label: 'Token ID', type: 'text', normalize: 'trim', aliases: ['token_id'] },
  { key: 'tokenSecret', label: 'Token secret', type: 'secret', normalize: 'trim', aliases: ['token_secret'] },
];

/** A login: a username shown in clear, a masked password. */
export const LOGIN = [
  { key: 'username', label: 'Username', type: 'text', normalize: 'trim' },
  { key: 'password', label: 'Password', type: 'secret', normalize: 'trim' },
];
