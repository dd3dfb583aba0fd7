import { expect } from '@open-wc/testing';
import { masked } from './mask-secrets.js';
import { basicSent as sent, basicSystem as system } from '../test/basic-sent.js';

/** A detail the endpoint answered, as the wizard shows it after `password` was sent. */
const shown = (detail: string, password: string) => masked({ detail }, sent(password), system).detail;

const password = 'Zx9Qk2LmA8';

describe('masked: a secret echoed with invisible characters or in look-alike letters', () => {
  // A server that inserts zero-width characters into what it quotes, or writes it in full-width letters, showed the secret, whole or
  // for the most part. At 5483d4d each stayed (partly) in clear.
  for (const [text, hidden] of [
    ['password Zx9\u200bQk2LmA8 refused', 'password ••• refused'],
    ['password Z\u200bx\u200c9\u200dQ\u2060k\ufeff2LmA8 refused', 'password ••• refused'],
    ['password Ｚｘ９Ｑｋ２ＬｍＡ８ refused', 'password ••• refused'],
    ['Ｓｈｏｐ：Ｚｘ９Ｑｋ２\u200bＬｍＡ８。', 'Ｓｈｏｐ：•••。'],
  ] as const) {
    it(`${password} is masked in "${text}"`, () => {
      expect(shown(text, password)).to.equal(hidden);
    });
  }

  // Nearest: another text with the same invisible or full-width characters is no secret, and keeps them.
  for (const text of ['password Zx9\u200bQk2LmA7 refused', '👩\u200d💻 ｐａｓｓｗｏｒｄ　ｗｒｏｎｇ', 'Café\ufeff opened']) {
    it(`${password} leaves "${text}" as it is`, () => {
      expect(shown(text, password)).to.equal(text);
    });
  }
});

describe('masked: a secret broken by other characters that show nothing, or typed in look-alikes', () => {
  // Only five invisible characters were known: a soft hyphen (a server breaking long words) or a grapheme joiner left the secret in clear. At 9973075 each stayed.
  for (const invisible of ['\u00ad', '\u034f', '\u180e', '\u2061', '\u2064']) {
    it(`${password} is masked with U+${invisible.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} inside`, () => {
      expect(shown(`password Zx9Qk2${invisible}LmA8 refused`, password)).to.equal('password ••• refused');
    });
  }

  // A text of ASCII only, or one normalisation leaves as it is, was passed over as if the secret were plain: a secret typed in
  // full-width letters echoed in ASCII, or typed decomposed echoed composed, showed. At 9973075 each stayed in clear.
  for (const [text, secret] of [
    ['password Zx9Qk2LmA8 refused', 'Ｚｘ９Ｑｋ２ＬｍＡ８'],
    ['password Café-Zx9Qk2 refused', 'Cafe\u0301-Zx9Qk2'],
  ] as const) {
    it(`a secret written otherwise is masked in "${text}"`, () => {
      expect(shown(text, secret)).to.equal('password ••• refused');
    });
  }

  // Nearest: ordinary texts with the same characters, or near the secret, stay as they are.
  for (const [text, secret] of [
    ['password Zx9Qk2\u00adLmA7 refused', password],
    ['co\u00adoperate in us-west-2a', password],
    ['Café\ufeff opened 👩\u200d💻', password],
    ['password Zx9Qk2LmA7 refused', 'Ｚｘ９Ｑｋ２ＬｍＡ８'],
    ['Café opened in us-west-2a', 'Cafe\u0301-Zx9Qk2'],
  ] as const) {
    it(`a secret leaves "${text}" as it is`, () => {
      expect(shown(text, secret)).to.equal(text);
    });
  }
});
