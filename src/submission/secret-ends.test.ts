import { expect } from '@open-wc/testing';
import type { SystemDefinition } from '../catalogue/catalogue-schema.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import { masked } from './mask-secrets.js';
import { basicSent as sent, basicSystem as system } from '../test/basic-sent.js';

/** A detail the endpoint answered, as the wizard shows it after `password` was sent. */
const shown = (detail: string, password: string, user?: string) => masked({ detail }, sent(password, user), system).detail;

const key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

describe('masked: the end of a secret quoted with no mark before it', () => {
  // A server that names a key by its end in words showed 6 of its last characters or more. At 28d9ff0 each stayed in clear.
  for (const [text, hidden] of [
    ['key ending in zdp7dc', 'key ending in •••'],
    ['ends with zdp7dc.', 'ends with •••.'],
    ['last six: zdp7dc', 'last six: •••'],
    ['GET /keys/zdp7dc/usage failed', 'GET /keys/•••/usage failed'],
    ['key "WDarjtT1zdp7dc" refused', 'key "•••" refused'],
  ] as const) {
    it(`the end of the key is masked in "${text}"`, () => {
      expect(shown(text, key)).to.equal(hidden);
    });
  }

  // Nearest to the pieces left below: a piece the server joined to a name (the join no part of the key), a number that is most of a PIN, a number with the password's mark before it.
  for (const [text, password, hidden] of [
    ['account acme-WDarjtT1zdp7dc locked', key, 'account acme-••• locked'],
    ['PIN ending 45678 refused', '12345678', 'PIN ending ••• refused'],
    ['password ending !12345 refused', 'Winter!12345', 'password ending ••• refused'],
  ] as const) {
    it(`the end of ${password} is masked in "${text}"`, () => {
      expect(shown(text, password)).to.equal(hidden);
    });
  }

  // Nearest: the last 4 may show; a piece inside another word is that word; an ordinary word a password ends with is a word.
  for (const [text, password, user] of [
    ['key ending in p7dc', key, 'me'],
    ['key ending in xzdp7dc', key, 'me'],
    ['key ending in zdp7dc2', key, 'me'],
    ['Queued for dispatch, then Dispatch and DISPATCH', 'Tr0ub4dor-dispatch', 'me'],
    ['Order 2026 of Winter', 'Winter!2026', 'me'],
    ['user ops-admin locked', 'x9-ops-admin', 'ops-admin'],
    // Another name that ends in the secret's last parts, joined where the secret joins them, its own parts words, numbers or short: a region.
    ['region us-west-1 is down', 'hunter2-eu-west-1', 'me'],
    // A number of digits only that a password of letters and digits ends with: an order, an invoice, not the password.
    ['Order 12345 failed', 'Winter!12345', 'me'],
  ] as const) {
    it(`${password} leaves "${text}" as it is`, () => {
      expect(shown(text, password, user)).to.equal(text);
    });
  }
});

describe('masked: the random end of a token, a long key or a passphrase quoted bare', () => {
  // A token's last segment after a join it holds is its random part, and was left as another name's; so were 10 digits a long key ends with, and a
  // passphrase in camel case, taken for a word. At 5e6504c each stayed in clear.
  for (const [text, password, hidden] of [
    ['token xoxb-REDACTED-AbCdEfGhIjKlMnOpQrStUvWx revoked', 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx', 'token xoxb-REDACTED-••• revoked'],
    ['key SG.redacted.Qm9yZWFsaXNfc2VjcmV0X3BhcnRfNDI refused', 'SG.ngeVfQFYQlKU0ufo8x5d1A.Qm9yZWFsaXNfc2VjcmV0X3BhcnRfNDI', 'key SG.redacted.••• refused'],
    [
      'token eyJhbGciOiJIUzI1NiJ9.hidden.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      'token eyJhbGciOiJIUzI1NiJ9.hidden.•••',
    ],
    ['listed for eyJhbGciOiJIUzI1NiJ9.cm90YXRlZC02.Qm9yZWFsaXM', 'eyJhbGciOiJIUzI1NiJ9.cm90YXRlZC01.Qm9yZWFsaXM', 'listed for eyJhbGciOiJIUzI1NiJ9.cm90YXRlZC02.•••'],
    ['key ending 4567890123 refused', 'sk_live_abcdefghijklmnopqrstuvwx4567890123', 'key ending ••• refused'],
    ['password ends in CorrectHorseBatteryStaple', '7!CorrectHorseBatteryStaple', 'password ends in •••'],
    // Nearest to the dates left below: the end of the password with its mark, and the password whole.
    ['password ending @2026-01 refused', 'Acme@2026-01', 'password ending ••• refused'],
    ['password Acme@2026-01 refused', 'Acme@2026-01', 'password ••• refused'],
  ] as const) {
    it(`the end of ${password} is masked in "${text}"`, () => {
      expect(shown(text, password)).to.equal(hidden);
    });
  }

  // Nearest: a region and a name joined where the secret joins; a short number of a long key; a word in camel case of a password.
  for (const [text, password] of [
    ['region us-west-1 is down', 'hunter2-eu-west-1'],
    ['zone us.west.1 is down', 'hunter2.eu.west.1'],
    ['Order 12345 failed', 'Winter!12345'],
    ['Order 90123 failed', 'sk_live_abcdefghijklmnopqrstuvwx4567890123'],
    ['Run patchOrder again', 'Tr0ub4dor!patchOrder'],
    ['Created 2026-01-15', 'Acme@2026-01'],
  ] as const) {
    it(`${password} leaves "${text}" as it is`, () => {
      expect(shown(text, password)).to.equal(text);
    });
  }

  // A token end of short parts that mix letters and digits was taken for a name of parts (a region). At 5483d4d it stayed in clear.
  for (const [text, password, hidden] of [
    ['token sk-live-ab12-cd34 revoked', 'sk-9f3a7c-ab12-cd34', 'token sk-live-••• revoked'],
    ['key id-7f3a-9e2b refused', 'Wq7zP9-7f3a-9e2b', 'key id-••• refused'],
    ['key id-1234-ab9c refused', 'Wq7zP9-1234-ab9c', 'key id-••• refused'],
  ] as const) {
    it(`the end of ${password} is masked in "${text}"`, () => {
      expect(shown(text, password)).to.equal(hidden);
    });
  }

  // Nearest: a zone, a version and a date whose one short part mixes letters and digits, joined where the secret joins, stay.
  for (const [text, password] of [
    ['zone us-east-1a is down', 'hunter2-eu-east-1a'],
    ['running api-v1.2.3 now', 'Xk9!app-v1.2.3'],
    ['build ci-2026-01-rc1 failed', 'Xk9!cd-2026-01-rc1'],
  ] as const) {
    it(`${password} leaves "${text}" as it is`, () => {
      expect(shown(text, password)).to.equal(text);
    });
  }

  it('a password that ends in a year and month leaves the dates of an answer', () => {
    const answer = { detail: 'Created 2026-01-15', settings: { createdAt: '2026-01-15T10:00:00Z', at: '10:00 2026/01' } };
    expect(masked(answer, sent('Acme@2026-01'), system)).to.deep.equal(answer);
  });
});

describe('masked: the end of a secret that holds a URL separator, after an ellipsis', () => {
  // A secret with a `/` of its own (an AWS secret key) quoted cut in a URL ran on past the first separator. At 28d9ff0 each stayed in clear.
  const aws = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  for (const [text, hidden] of [
    ['GET /s?sig=…K7MDENG/bPxRfiCYEXAMPLEKEY&v=2 failed', 'GET /s?sig=•••&v=2 failed'],
    ['GET /s/…/bPxRfiCYEXAMPLEKEY/x', 'GET /s/•••/x'],
    ['key …MDENG/bPxRfiCYEXAMPLEKEY/usage', 'key •••/usage'],
  ] as const) {
    it(`the end of the key is masked in "${text}"`, () => {
      expect(shown(text, aws)).to.equal(hidden);
    });
  }

  // Nearest: the last 4 after the marks stay; a piece that runs on past the key's end is not its end.
  for (const text of ['GET /s/…/MPLEKEY/x'.replace('MPLEKEY', 'EKEY'), 'GET /s/…/bPxRfiCYEXAMPLEKEYS/x']) {
    it(`the key leaves "${text}" as it is`, () => {
      expect(shown(text, aws)).to.equal(text);
    });
  }
});

/** The auth type of a single token field of `pattern`, and a payload that keeps the stored token (an edit): the wizard does not have it. */
const tokenOf = (pattern: string) =>
  ({
    ...system,
    authTypes: [{ id: 'basic', fields: [{ key: 'password', label: 'Token', type: 'secret', secret: true, required: true, pattern }] }],
  }) as unknown as SystemDefinition;
const kept: ConnectorPayload = { ...sent('x'), credentials: {} };

describe('masked: a stored token cut short, its pattern writing its alphabet past the first class', () => {
  // Only a class written right after the kind was read: a Slack token's dashes (after `[0-9]`) let its cut start through. At 28d9ff0 it stayed in clear.
  for (const [pattern, detail, hidden] of [
    ['^xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}$', 'Invalid token xoxb-1234567890-0987… (revoked)', 'Invalid token ••• (revoked)'],
    ['^ck_(?:[a-f0-9]{40})$', 'Invalid key ck_0123abcd… (rejected)', 'Invalid key ••• (rejected)'],
    ['^pat(?:[a-f0-9]{32}|[A-Z0-9]{32})$', 'Invalid key patABCD0123… (rejected)', 'Invalid key ••• (rejected)'],
  ] as const) {
    it(`the pattern ${pattern} masks the cut token in "${detail}"`, () => {
      expect(masked({ detail }, kept, tokenOf(pattern)).detail).to.equal(hidden);
    });
  }

  // Nearest: a name of the kind with characters no part of the pattern takes is no token. At 28d9ff0 the first lost its word to the mask.
  for (const [pattern, detail] of [
    ['^ck_(?:[a-f0-9]{40})$', 'Export ck_orders_2024… failed'],
    ['^xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}$', 'Scope xoxb-bot.read… is missing'],
  ] as const) {
    it(`the pattern ${pattern} leaves "${detail}" as it is`, () => {
      expect(masked({ detail }, kept, tokenOf(pattern)).detail).to.equal(detail);
    });
  }
});

describe('masked: a cut start of random letters only', () => {
  // Letters only was taken for a word: an Airtable token cut where its first 10 are letters (a quarter of its cuts at 8) showed. At 28d9ff0 each stayed in clear.
  it('the start of a stored token of mixed-case letters is masked', () => {
    expect(masked({ detail: 'Invalid token patAbCdEfGhIj… (revoked)' }, kept, tokenOf('^pat[A-Za-z0-9]{14}$')).detail).to.equal('Invalid token ••• (revoked)');
  });

  it('the start of a password of mixed-case letters is masked', () => {
    expect(shown('Invalid password AbCdEfGhIj…', 'AbCdEfGhIjKlMnOp')).to.equal('Invalid password •••');
  });

  // Nearest: a word, capitalised, upper case or camel case, is a word still, with the same patterns and secrets.
  for (const detail of ['Check the pattern… and retry', 'Run patchOrder… again', 'Status PATTERNS… unknown']) {
    it(`the pattern leaves "${detail}" as it is`, () => {
      expect(masked({ detail }, kept, tokenOf('^pat[A-Za-z0-9]{14}$')).detail).to.equal(detail);
    });
  }

  // A method name in camel case longer than 12 characters, cut short, was taken for a stored token of the kind it starts with. At 5483d4d it was masked.
  it('the pattern leaves a camel-case name longer than any token of it as it is', () => {
    const detail = 'Call patchCustomerAddress… failed';
    expect(masked({ detail }, kept, tokenOf('^pat[A-Za-z0-9]{14}$')).detail).to.equal(detail);
  });

  // Camel case of any length was read as a name: a random token whose start falls in camel case (0.5 to 2.6% of them) showed. At fe4f9fd it stayed in clear.
  it('the start of a stored token that falls in camel case past 12 characters is masked', () => {
    expect(masked({ detail: 'Invalid token patXkqWmtzRvb… (revoked)' }, kept, tokenOf('^pat[A-Za-z0-9]{14}$')).detail).to.equal('Invalid token ••• (revoked)');
  });

  // So a camel-case name past 12 characters that a token of the pattern could start with is masked: no rule tells it from a token.
  it('a camel-case name a token of the pattern could start with is masked', () => {
    expect(masked({ detail: 'Run patchOrderStatus… again' }, kept, tokenOf('^pat[A-Za-z0-9]{14}$')).detail).to.equal('Run ••• again');
  });

  // Nearest: a stored token cut short of letters and digits, or of letters that are no words, is masked still.
  for (const [detail, hidden] of [
    ['Invalid token patK9xQ2mZ7wRt… (revoked)', 'Invalid token ••• (revoked)'],
    ['Invalid token patAbCdEfGhIjKl… (revoked)', 'Invalid token ••• (revoked)'],
  ] as const) {
    it(`the pattern masks the cut token in "${detail}"`, () => {
      expect(masked({ detail }, kept, tokenOf('^pat[A-Za-z0-9]{14}$')).detail).to.equal(hidden);
    });
  }

  it('a password that starts with a word leaves the word cut short', () => {
    expect(shown('Sync of Dispatcher… failed', 'DispatcherAbCd9')).to.equal('Sync of Dispatcher… failed');
  });
});

describe('masked: a secret repeated in another case', () => {
  // An upstream that upper-cases or lower-cases what it quotes showed the key or password whole. At 28d9ff0 each stayed in clear.
  for (const [text, password, hidden] of [
    ['key SK_TEST_4EC39HQLYJWDARJTT1ZDP7DC refused', key, 'key ••• refused'],
    ['password winter!2026x refused', 'Winter!2026X', 'password ••• refused'],
    // A secret that holds a `-`: its pattern was written with `\-`, which a pattern of Unicode mode refuses, so the whole answer was lost.
    ['login TR0UB4DOR-3X-HORSE refused', 'Tr0ub4dor-3x-horse', 'login ••• refused'],
    ['GET /s/WJALRXUTNFEMI/K7MDENG-BPX refused', 'wJalrXUtnFEMI/K7MDENG-bPx', 'GET /s/••• refused'],
    // Outside ASCII, a case change may change the length (`ß` upper-cased is `SS`, `İ` lower-cased is `i` and a dot): no pattern in any case found them.
    ['STRASSE!2026 refused', 'Straße!2026', '••• refused'],
    ['i̇stanbul!2026 refused', 'İstanbul!2026', '••• refused'],
  ] as const) {
    it(`${password} is masked in "${text}"`, () => {
      expect(shown(text, password)).to.equal(hidden);
    });
  }

  // Nearest: a password of letters only in another case is a word; a short one is common characters; another text is no secret.
  for (const [text, password] of [
    ['the dispatcher failed', 'Dispatcher'],
    ['code AB12CD refused', 'ab12Cd'],
    ['password winter!2025x refused', 'Winter!2026X'],
  ] as const) {
    it(`${password} leaves "${text}" as it is`, () => {
      expect(shown(text, password)).to.equal(text);
    });
  }
});
