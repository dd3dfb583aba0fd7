import { expect } from '@open-wc/testing';
import type { SystemDefinition } from '../catalogue/catalogue-schema.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import { masked } from './mask-secrets.js';
import { basicSent as sent, basicSystem as system } from '../test/basic-sent.js';

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

describe('masked: a short PIN and a date', () => {
  // A date's year is no PIN sent (2026 in a createdAt stays), but a fraction of a second or an offset can hold a PIN whole.
  for (const [pin, text] of [
    ['123456', '2026-12-05T10:00:00.123456Z'],
    ['1234', '2026-12-05T10:00+1234'],
    ['4567', '2026-12-05 10:00:00,4567'],
  ] as const) {
    it(`${pin} is masked in the fraction or offset of "${text}"`, () => {
      const { createdAt } = masked({ createdAt: text }, sent(pin), system);
      expect(createdAt).to.not.contain(pin);
      expect(createdAt).to.contain('2026-12-05');
    });
  }

  it('a PIN that is the year stays readable in a date with a fraction and an offset', () => {
    const createdAt = '2026-12-05T10:00:00.123456+01:00';
    expect(masked({ createdAt }, sent('2026'), system).createdAt).to.equal(createdAt);
  });
});

describe('masked: a short password of letters only', () => {
  // Inside a longer word that is the system name or one of the person own answers, it says nothing they did not see in the clear.
  for (const [password, text, user] of [
    ['Shop', 'Shopify rejected the credentials', 'me'],
    ['shop', 'store acme.myshopify.com is not reachable', 'acme.myshopify.com'],
  ] as const) {
    it(`${password} leaves "${text}" as it is`, () => {
      const { detail } = masked({ detail: text }, { ...sent(password), credentials: { user, password } }, system);
      expect(detail).to.equal(text);
    });
  }

  // As its own word, quoted, beside punctuation or digits, encoded, or inside a word the endpoint made up around it: the secret itself.
  for (const [password, text] of [
    ['Shop', 'the password Shop is wrong'],
    ['Shop', 'password "Shop" refused'],
    ['Shop', 'pw=Shop;'],
    ['Shop', 'token Shop1 and 2Shop'],
    ['Shop', 'user adminShop locked'],
    ['Shop', 'ShopKey expired'],
    ['hunter', 'the password hunters is wrong'],
  ] as const) {
    it(`${password} is masked in "${text}"`, () => {
      const { detail } = masked({ detail: text }, sent(password), system);
      expect(detail).to.not.contain(password);
    });
  }

  it('Shop is masked as its own word beside the system name left as it is', () => {
    expect(masked({ detail: 'Shopify: Shop rejected' }, sent('Shop'), system).detail).to.equal('Shopify: ••• rejected');
  });

  it('Shop is masked when an answer typed holds more words than a call takes arguments', () => {
    const letters = (n: number) => n.toString(26).replace(/./gu, (d) => String.fromCharCode(97 + parseInt(d, 26)));
    const user = Array.from({ length: 200_000 }, (_, i) => letters(i)).join(' ');
    expect(masked({ detail: 'the password Shop is wrong' }, { ...sent('Shop'), credentials: { user, password: 'Shop' } }, system).detail).to.equal(
      'the password ••• is wrong',
    );
  });

  it('Shop is masked URL-encoded after a slash and JSON-escaped', () => {
    const { detail } = masked({ detail: 'GET /a%2FShop and {\\"pw\\":\\"\\u0053hop\\"}' }, sent('Shop'), system);
    expect(detail).to.equal('GET /a%2F••• and {\\"pw\\":\\"•••\\"}');
  });
});

describe('masked: a short value of a host credential header (a list read)', () => {
  // requestHeaders: { 'X-Auth-Tenant': 'acme' }: a tenant's short code, part of a longer word a server writes, is that word, not the header.
  for (const text of ['acme-store EU', 'store.acme.com', 'acmeshop', 'Macme Ltd', 'shop_acme2', 'ops@acme.example']) {
    it(`acme leaves "${text}" as it is`, () => {
      expect(masked([{ name: text }], undefined, system, ['acme'])[0]!.name).to.equal(text);
    });
  }

  // Its whole value, or its own word (quoted, beside punctuation, at the end of a sentence): masked still.
  for (const [text, shown] of [
    ['acme', '•••'],
    ['listed for acme', 'listed for •••'],
    ['tenant=acme;', 'tenant=•••;'],
    ['tenant "acme" (eu)', 'tenant "•••" (eu)'],
    ['for acme.', 'for •••.'],
    ['acme-', '•••-'],
    ['GET https://api.example.com/v1/orders?api_key=acme&limit=5 failed', 'GET https://api.example.com/v1/orders?api_key=•••&limit=5 failed'],
    ['GET /v1/keys/acme/orders', 'GET /v1/keys/•••/orders'],
  ] as const) {
    it(`acme is masked in "${text}"`, () => {
      expect(masked([{ name: text }], undefined, system, ['acme'])[0]!.name).to.equal(shown);
    });
  }

  it('a long header value (a bearer token) is masked inside a longer word still', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbi00MjE3.Qm9yZWFsaXM';
    expect(masked([{ name: `store-${token}-EU` }], undefined, system, [token, `Bearer ${token}`])[0]!.name).to.equal('store-•••-EU');
  });

  it('a password the person typed is masked inside a longer word still, though a header has the same value', () => {
    expect(masked({ detail: 'acme-store EU' }, sent('acme'), system, ['acme']).detail).to.equal('•••-store EU');
  });
});

describe('masked: a secret a host header carries by its place (a Basic header password)', () => {
  it('a short one is masked joined to a host or a name, as one typed is', () => {
    const { detail } = masked({ detail: 'https://ops:Kx9mPq@api.acme.com and acme-Kx9mPq' }, undefined, system, [], ['Kx9mPq']);
    expect(detail).to.equal('https://ops:•••@api.acme.com and acme-•••');
  });

  it('a value of letters only as a header value only (a tenant) is left there', () => {
    const { detail } = masked({ detail: 'https://ops:Bravo@api.acme.com and acme-Bravo' }, undefined, system, ['Bravo']);
    expect(detail).to.equal('https://ops:Bravo@api.acme.com and acme-Bravo');
  });

  it('a value with digits as a header value only is masked there too: no word a name holds', () => {
    const { detail } = masked({ detail: 'https://ops:Kx9mPq@api.acme.com and acme-Kx9mPq' }, undefined, system, ['Kx9mPq']);
    expect(detail).to.equal('https://ops:•••@api.acme.com and acme-•••');
  });

  it('a short one is left inside the system name and in a date that is a whole text, as one typed is', () => {
    const answer = masked({ detail: 'Shopify refused Shop', createdAt: '2026-12-05' }, undefined, system, [], ['Shop', '2026']);
    expect(answer).to.deep.equal({ detail: 'Shopify refused •••', createdAt: '2026-12-05' });
  });
});

describe('masked: a cut piece of a secret, quoted with an ellipsis', () => {
  // A server that shortens what it quotes (`Invalid API key sk_test_4eC3…`) shows the start of the token: the piece is the secret's.
  const token = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
  for (const [text, shown] of [
    ['Invalid API key sk_test_4eC3…', 'Invalid API key •••'],
    ['Invalid API key: sk_test_4eC39Hq... (rejected)', 'Invalid API key: ••• (rejected)'],
    ['key="sk_test_4eC39HqLyjWDarjtT1zd…"', 'key="•••"'],
    ['upstream said {\\"error\\":\\"bad key sk_test_4eC3\\u2026\\"}', 'upstream said {\\"error\\":\\"bad key •••\\"}'],
    ['<p>Bad key sk_test_4eC3&hellip; or sk_test_4eC39&#8230;</p>', '<p>Bad key ••• or •••</p>'],
    ['GET /keys/sk_test_4eC3%E2%80%A6 and /keys/sk_test_4eC3%e2%80%a6', 'GET /keys/••• and /keys/•••'],
  ] as const) {
    it(`the start of ${token} is masked in "${text}"`, () => {
      expect(masked({ detail: text }, sent(token), system).detail).to.equal(shown);
    });
  }

  it('the start of a host header token (a bearer token) is masked in a list entry cut with three dots', () => {
    const bearer = 'eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbi00MjE3.Qm9yZWFsaXM';
    expect(masked([{ name: 'store eyJhbGciOiJIUzI1NiJ9.c2Vz...' }], undefined, system, [bearer])[0]!.name).to.equal('store •••');
  });

  // What the piece leaves: the kind of key (all of its tag, no character past it), a word of letters only, a piece under 8 characters, no ellipsis.
  for (const [secret, text] of [
    [token, 'Use a key that starts with sk_test_...'],
    [token, 'Expected sk_live_… or sk_test_…'],
    [token, 'Expected {\\"key\\":\\"sk_test_\\u2026\\"} or sk_test_&hellip;'],
    ['Passwords2026', 'Checking Passwords...'],
    [token, 'key sk_test_4eC done'],
    [token, 'key sk_test_4eC… done'],
    [token, 'key sk_test_4eC39 is not whole'],
  ] as const) {
    it(`${secret} leaves "${text}" as it is`, () => {
      expect(masked({ detail: text }, sent(secret), system).detail).to.equal(text);
    });
  }
});

describe('masked: a token with the shape of a secret field, not sent (an edit keeps the stored one)', () => {
  const shaped = (pattern: string) =>
    ({
      ...system,
      authTypes: [{ id: 'basic', fields: [{ key: 'password', label: 'Token', type: 'secret', secret: true, required: true, pattern }] }],
    }) as unknown as SystemDefinition;
  const kept: ConnectorPayload = { ...sent('x'), credentials: {} };
  const stored = 'shpat_0123456789abcdef0123456789abcdef';

  it('a token its pattern fixes the kind of is masked, quoted or at the end of a sentence', () => {
    const detail = `Upstream refused ${stored}. Token "${stored}" (${stored})`;
    expect(masked({ detail }, kept, shaped('^shpat_[a-f0-9]{32}$')).detail).to.equal('Upstream refused •••. Token "•••" (•••)');
  });

  // A pattern with no fixed kind would take a request id for a token; a piece of the shape, or the kind alone, is no token.
  for (const [pattern, detail] of [
    ['^[a-f0-9]{32}$', 'Request 0123456789abcdef0123456789abcdef failed'],
    ['^s?hpat_[a-f0-9]{32}$', `Upstream refused ${stored}`],
    ['^shpat_[a-f0-9]{32}$', 'expected shpat_ then 32 hex digits; shpat_0123 is too short'],
    ['^shpat_[a-f0-9]{32}$', `${stored}0 is too long`],
    ['^shpat_(a|a)*\\1$', `Upstream refused ${stored}`],
  ] as const) {
    it(`the pattern ${pattern} leaves "${detail}" as it is`, () => {
      expect(masked({ detail }, kept, shaped(pattern)).detail).to.equal(detail);
    });
  }

  // A URL ends a token at `&`, `/`, `?`, `#`, `=`, `|` or `\`: the token is the longest piece the pattern takes. At f8eed2d each stayed in clear.
  for (const [detail, shown] of [
    [
      `GET https://my-store.myshopify.com/admin/shop.json?access_token=${stored}&v=2 answered 401`,
      'GET https://my-store.myshopify.com/admin/shop.json?access_token=•••&v=2 answered 401',
    ],
    [`DELETE /tokens/${stored}/sessions failed`, 'DELETE /tokens/•••/sessions failed'],
    [`GET /a?t=${stored}#top and x=${stored}|y and {\\"t\\":\\"${stored}\\"}`, 'GET /a?t=•••#top and x=•••|y and {\\"t\\":\\"•••\\"}'],
    [`token=shpat_bad&next=${stored}/`, 'token=shpat_bad&next=•••/'],
    [`key shpat_shpat_${stored}`, 'key shpat_shpat_•••'],
  ] as const) {
    it(`the token is masked in "${detail}"`, () => {
      expect(masked({ detail }, kept, shaped('^shpat_[a-f0-9]{32}$')).detail).to.equal(shown);
    });
  }

  // Nearest: a piece before a URL separator that the pattern does not take, whole, is no token.
  for (const detail of [`GET /tokens/${stored}0/sessions`, 'GET /tokens/shpat_/sessions?t=shpat_&v=2', `GET /t?k=${stored.slice(0, -1)}&v=2`]) {
    it(`the pattern leaves "${detail}" as it is`, () => {
      expect(masked({ detail }, kept, shaped('^shpat_[a-f0-9]{32}$')).detail).to.equal(detail);
    });
  }

  it('a token that holds a slash and an equals sign is masked whole, before an ampersand', () => {
    const token = 'xoxb-AbC/dEf+GhI/jKl=';
    const detail = `POST /hooks?token=${token}&v=2 and /t/${token}/x`;
    expect(masked({ detail }, kept, shaped('^xoxb-[A-Za-z0-9/+]{12,}=*$')).detail).to.equal('POST /hooks?token=•••&v=2 and /t/•••/x');
  });

  it('a hostile echo of 100,000 characters of kinds still returns, and a token after it is masked', () => {
    for (const run of ['shpat_'.repeat(17_000), 'shpat_/'.repeat(15_000), 'shpat_&'.repeat(15_000)]) {
      const detail = `${run} then ${stored} and ${run}&t=${stored}`;
      const shown = masked({ detail }, kept, shaped('^shpat_[a-f0-9]{32}$')).detail;
      expect(shown).to.not.contain(stored);
      expect(shown.length).to.be.greaterThan(run.length);
    }
  });
});

describe('masked: a cut piece that is an answer the person typed in clear', () => {
  // A server that quotes the user name cut short says which account failed: the person typed it in clear; a password that starts with it is no reason to hide it.
  const answers = (user: string, password: string): ConnectorPayload => ({ ...sent(password), credentials: { user, password } });

  it('the user name, cut short by the server, stays', () => {
    expect(masked({ detail: 'User ops-admin... is locked' }, answers('ops-admin', 'ops-admin-Winter!'), system).detail).to.equal('User ops-admin... is locked');
  });

  it('the start of the connector name, cut short, stays', () => {
    const sentNamed = { ...answers('me', 'Acme Store EU-2026!'), name: 'Acme Store EU-2026' };
    expect(masked({ detail: 'Connector Acme Store... exists' }, sentNamed, system).detail).to.equal('Connector Acme Store... exists');
  });

  // Nearest: a piece longer than the answer is the secret, and a typed token cut short is masked though an answer starts it.
  for (const [user, password, text, shown] of [
    ['ops-admin', 'ops-admin-Winter!', 'User ops-admin-Wint... is locked', 'User ••• is locked'],
    ['sk_test', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'Invalid API key sk_test_4eC3…', 'Invalid API key •••'],
  ] as const) {
    it(`${password} is masked in "${text}" with the user ${user}`, () => {
      expect(masked({ detail: text }, answers(user, password), system).detail).to.equal(shown);
    });
  }
});

describe('masked: a stored token the wizard does not have, quoted cut short', () => {
  // An edit keeps the stored token: a server that quotes it cut short (`shpat_0123…`) showed its start. At b316f63 each stayed in clear.
  const shaped = {
    ...system,
    authTypes: [{ id: 'basic', fields: [{ key: 'password', label: 'Token', type: 'secret', secret: true, required: true, pattern: '^shpat_[a-f0-9]{32}$' }] }],
  } as unknown as SystemDefinition;
  const kept: ConnectorPayload = { ...sent('x'), credentials: {} };
  for (const [detail, shown] of [
    ['Invalid token shpat_0123…', 'Invalid token •••'],
    ['Invalid token "shpat_01234567..." (rejected)', 'Invalid token "•••" (rejected)'],
    ['bad {\\"t\\":\\"shpat_0123abcd\\u2026\\"} and /t/shpat_0123%E2%80%A6', 'bad {\\"t\\":\\"•••\\"} and /t/•••'],
  ] as const) {
    it(`the start of the stored token is masked in "${detail}"`, () => {
      expect(masked({ detail }, kept, shaped).detail).to.equal(shown);
    });
  }

  // Nearest: the kind alone, or fewer than 4 characters past it, with an ellipsis, names a kind of token; no ellipsis, no cut.
  for (const detail of ['Expected shpat_… here', 'Expected shpat_012… here', 'shpat_0123 is too short']) {
    it(`the pattern leaves "${detail}" as it is`, () => {
      expect(masked({ detail }, kept, shaped).detail).to.equal(detail);
    });
  }
});

describe('masked: the end of a secret, quoted after an ellipsis or stars', () => {
  // A server that shows the end of a key (`****zdp7dc`, `...T1zdp7dc`) showed more than providers show to tell keys apart. At b316f63 each stayed.
  const token = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
  for (const [text, shown] of [
    ['key ****zdp7dc refused', 'key ••• refused'],
    ['key sk_test_...T1zdp7dc refused', 'key sk_test_••• refused'],
    ['key "…dp7dc" refused', 'key "•••" refused'],
    ['card •••• zdp7dc, then ...T1zdp7dc.', 'card •••, then •••.'],
  ] as const) {
    it(`the end of the key is masked in "${text}"`, () => {
      expect(masked({ detail: text }, sent(token), system).detail).to.equal(shown);
    });
  }

  it('the last 4 characters of a long key stay, as providers show them', () => {
    expect(masked({ detail: 'key ****p7dc refused, key ending in p7dc' }, sent(token), system).detail).to.equal('key ****p7dc refused, key ending in p7dc');
  });

  it('a hostile echo of 100,000 characters of marks still returns, and an end of the key after it is masked', () => {
    for (const run of ['...a'.repeat(25_000), '**7'.repeat(33_000), `${'x'.repeat(50_000)}z`]) {
      const shown = masked({ detail: `${run} then ****zdp7dc` }, sent(token), system).detail;
      expect(shown).to.not.contain('zdp7dc');
      expect(shown.length).to.be.greaterThan(run.length);
    }
  });

  it('the last 4 characters of a short password are masked', () => {
    expect(masked({ detail: 'password ****2026 refused' }, sent('Winter!2026'), system).detail).to.equal('password ••• refused');
  });
});

describe('masked: a short host header value that is no word (a code with digits)', () => {
  // X-Api-Key: ab12 quoted joined by `.`, `-` or `@` (`/keys/ab12.json`) stayed in clear at b316f63: only a value of letters only is a word a name holds.
  for (const [text, shown] of [
    ['GET /keys/ab12.json failed', 'GET /keys/•••.json failed'],
    ['user ab12@tenant locked', 'user •••@tenant locked'],
    ['tenant ab12-eu', 'tenant •••-eu'],
  ] as const) {
    it(`ab12 is masked in "${text}"`, () => {
      expect(masked([{ name: text }], undefined, system, ['ab12'])[0]!.name).to.equal(shown);
    });
  }

  // Nearest: a value of letters only stays inside words and names; one with digits stays inside a longer run of letters and digits.
  for (const [value, text] of [
    ['demo', 'demonstrate the demo.example.com store'],
    ['ab12', 'lab123 is a room'],
  ] as const) {
    it(`${value} leaves "${text}" as it is`, () => {
      expect(masked([{ name: text }], undefined, system, [value])[0]!.name).to.equal(text);
    });
  }
});

describe('masked: a stored token glued after repeated kinds', () => {
  const shaped = {
    ...system,
    authTypes: [{ id: 'basic', fields: [{ key: 'password', label: 'Token', type: 'secret', secret: true, required: true, pattern: '^shpat_[a-f0-9]{32}$' }] }],
  } as unknown as SystemDefinition;
  const kept: ConnectorPayload = { ...sent('x'), credentials: {} };
  const stored = 'shpat_0123456789abcdef0123456789abcdef';

  it('the token after five failed hits of its kind is masked', () => {
    const detail = `key shpat_xshpat_xshpat_xshpat_xshpat_x${stored} refused`;
    expect(masked({ detail }, kept, shaped).detail).to.equal('key shpat_xshpat_xshpat_xshpat_xshpat_x••• refused');
  });

  it('a piece one character too long after them is no token', () => {
    const detail = `key shpat_xshpat_xshpat_xshpat_xshpat_x${stored}0 refused`;
    expect(masked({ detail }, kept, shaped).detail).to.equal(detail);
  });
});

describe('masked: a word that holds a token kind, with an ellipsis', () => {
  // A kind is a token only where it starts a word and what follows fits the pattern: at 2d8842d each of these lost its word to the mask.
  const shaped = (pattern: string) =>
    ({
      ...system,
      authTypes: [{ id: 'basic', fields: [{ key: 'password', label: 'Token', type: 'secret', secret: true, required: true, pattern }] }],
    }) as unknown as SystemDefinition;
  const kept: ConnectorPayload = { ...sent('x'), credentials: {} };
  for (const [pattern, detail] of [
    ['^ck_[a-f0-9]{40}$', 'Could not sync stock_levels… try again'],
    ['^ck_[a-f0-9]{40}$', 'Sync of track_orders... failed'],
    ['^pat[A-Za-z0-9]{14}$', 'Check the pattern… and retry'],
    ['^pat[a-f0-9]{32}$', 'Queued for dispatch... later'],
  ] as const) {
    it(`the pattern ${pattern} leaves "${detail}" as it is`, () => {
      expect(masked({ detail }, kept, shaped(pattern)).detail).to.equal(detail);
    });
  }

  // Nearest: a real cut token that starts a word is masked still.
  for (const [pattern, detail, shown] of [
    ['^ck_[a-f0-9]{40}$', 'Invalid key ck_0123abcd… (rejected)', 'Invalid key ••• (rejected)'],
    ['^ck_[a-f0-9]{40}$', 'GET /wc?consumer_key=ck_0123abcd%E2%80%A6', 'GET /wc?consumer_key=•••'],
    ['^shpat_[a-f0-9]{32}$', 'Invalid token shpat_0123…', 'Invalid token •••'],
    ['^pat[a-f0-9]{32}$', 'Invalid token pat0123abcd...', 'Invalid token •••'],
    ['^shpat_[a-f0-9]{32}$', 'GET /r?to=%2Fshpat_0123%E2%80%A6 and {\\u0022shpat_0123\\u2026', 'GET /r?to=%2F••• and {\\u0022•••'],
  ] as const) {
    it(`the pattern ${pattern} masks the cut token in "${detail}"`, () => {
      expect(masked({ detail }, kept, shaped(pattern)).detail).to.equal(shown);
    });
  }
});

describe('masked: the end of a secret after other marks, or inside a URL', () => {
  // At 2d8842d each showed 8 of the key's last characters: the piece ran on past a URL separator or a curly quote, or the mark was not one.
  const token = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
  for (const [text, shown] of [
    ['GET /v1/keys/...T1zdp7dc/usage failed', 'GET /v1/keys/•••/usage failed'],
    ['GET /k?key=%E2%80%A6T1zdp7dc&v=2 failed', 'GET /k?key=•••&v=2 failed'],
    ['key ●●●●●●T1zdp7dc refused', 'key ••• refused'],
    ['key ······T1zdp7dc or ____T1zdp7dc refused', 'key ••• or ••• refused'],
    ['key … T1zdp7dc refused', 'key ••• refused'],
    ['key “…T1zdp7dc” refused', 'key “•••” refused'],
    ['key «…T1zdp7dc» refused', 'key «•••» refused'],
    ['{\\"key\\":\\"***zdp7dc\\"}', '{\\"key\\":\\"•••\\"}'],
  ] as const) {
    it(`the end of the key is masked in "${text}"`, () => {
      expect(masked({ detail: text }, sent(token), system).detail).to.equal(shown);
    });
  }

  it('6 of the 8 characters of a short password after black circles are masked', () => {
    expect(masked({ detail: 'password ●●●●nter22 refused' }, sent('hunter22'), system).detail).to.equal('password ••• refused');
  });

  // Nearest: the last 4 of a long key stay after the new marks and separators too; a piece that is not the end of the key stays.
  for (const text of ['GET /v1/keys/...p7dc/usage', 'key ●●●●p7dc or … p7dc', 'key “…p7dc”', 'GET /k/…T1zdp7dX/usage']) {
    it(`the key leaves "${text}" as it is`, () => {
      expect(masked({ detail: text }, sent(token), system).detail).to.equal(text);
    });
  }

  it('a hostile echo of 100,000 characters of the new marks still returns, and an end of the key after it is masked', () => {
    for (const run of ['●●a'.repeat(33_000), '… a/'.repeat(25_000), `${'_'.repeat(50_000)}/`, '“…a'.repeat(33_000)]) {
      const shown = masked({ detail: `${run} then ●●●●zdp7dc` }, sent(token), system).detail;
      expect(shown).to.not.contain('zdp7dc');
      expect(shown.length).to.be.greaterThan(run.length);
    }
  });
});

describe('masked: a short host header value of digits, or with its own dash, joined to an id', () => {
  // X-Tenant: 1042 or a region eu-1: at b316f63 an invoice number and a host around them were masked.
  for (const [value, text] of [
    ['1042', 'Invoice 1042-17 failed'],
    ['eu-1', 'region eu-1.example.com is down'],
  ] as const) {
    it(`${value} leaves "${text}" as it is`, () => {
      expect(masked({ detail: text }, undefined, system, [value]).detail).to.equal(text);
    });
  }

  // Nearest: each alone is masked still, and a value that mixes letters and digits is masked joined by `.`.
  for (const [value, text, shown] of [
    ['1042', 'tenant 1042 refused', 'tenant ••• refused'],
    ['eu-1', 'region eu-1 is down', 'region ••• is down'],
    ['Kx9mPq', 'GET /keys/Kx9mPq.json failed', 'GET /keys/•••.json failed'],
  ] as const) {
    it(`${value} is masked in "${text}"`, () => {
      expect(masked({ detail: text }, undefined, system, [value]).detail).to.equal(shown);
    });
  }
});

describe('masked: a secret ending in a character its echo escapes', () => {
  const shown = (detail: string, password: string) => masked({ detail }, sent(password), system).detail;

  // A secret ending in `%` or `&` echoed URL-encoded or escaped as HTML was found as sent, the escape's start taken for its last
  // character, and the rest of the escape shown beside the mask (`•••25`, `•••#38;`). At 3308a9a each kept it.
  for (const [text, secret, hidden] of [
    ["refresh token 'm6Zn%25' expired", 'm6Zn%', "refresh token '•••' expired"],
    ['token=Password261%25&limit=50', 'Password261%', 'token=•••&limit=50'],
    ['The API key request6172&#38; was revoked', 'request6172&', 'The API key ••• was revoked'],
    ['password "sEjA7YzWG7&#38;#" refused', 'sEjA7YzWG7&#', 'password "•••" refused'],
  ] as const) {
    it(`${secret} is masked with its escape in "${text}"`, () => {
      expect(shown(text, secret)).to.equal(hidden);
    });
  }

  // Nearest: as sent, followed by what is no escape, only the secret is masked; inside the secret, an escape is masked as before.
  for (const [text, secret, hidden] of [
    ["refresh token 'm6Zn%2' expired", 'm6Zn%', "refresh token '•••2' expired"],
    ['The API key request6172& was revoked', 'request6172&', 'The API key ••• was revoked'],
    ['The API key request6172&amp was revoked', 'request6172&', 'The API key •••amp was revoked'],
    ['token=ab%25cd1234&limit=50', 'ab%cd1234', 'token=•••&limit=50'],
  ] as const) {
    it(`${secret} is masked alone in "${text}"`, () => {
      expect(shown(text, secret)).to.equal(hidden);
    });
  }
});
