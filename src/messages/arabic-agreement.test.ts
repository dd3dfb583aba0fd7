/**
 * Arabic verbs and adjectives agree with their subject's gender. A field's label comes from the catalogue, so a sentence that
 * makes the label its subject ("«X» must be a number") is wrong for half the labels whatever gender it picks: the sentences
 * speak of the field's value (قيمة «X»), whose gender is fixed, or address the person (أدخل «X»).
 */
import { expect } from '@open-wc/testing';
import ar from './locales/ar.js';

/** A feminine label (كلمة المرور, "the password") and a masculine one (رمز الوصول, "the access token"). */
const LABELS = ['كلمة المرور', 'رمز الوصول'];

/** A verb that agrees with the label, right before it: يكون or تكون (to be), تغيّر or تغيّرت (changed). */
const AGREEING_WITH_LABEL = /(?:^|\s)(?:يكون|تكون|تغيّر|تغيّرت) «/u;

describe('Arabic: sentences naming a field read right whatever the gender of its label', () => {
  for (const label of LABELS) {
    it(`the label ${label} is never the subject of a verb of fixed gender`, () => {
      const said = [ar.fieldUrl(label), ar.fieldEmail(label), ar.fieldNumber(label), ar.oauthFieldChanged(label), ar.oauthSignInFieldChanged(label)];
      for (const sentence of said) expect(AGREEING_WITH_LABEL.test(sentence), sentence).to.equal(false);
      for (const sentence of said) expect(sentence, 'speaks of its value').to.contain(`قيمة «\u2068${label}\u2069»`);
    });
  }

  // The nearest case: sentences that address the person, or already speak of the value, are as they were.
  it('the sentences that address the person or speak of the value are unchanged', () => {
    expect(ar.fieldRequired('كلمة المرور')).to.equal('أدخل «\u2068كلمة المرور\u2069»');
    expect(ar.chooseRequired('كلمة المرور')).to.equal('اختر «\u2068كلمة المرور\u2069»');
    expect(ar.fieldPattern('كلمة المرور')).to.equal('قيمة «\u2068كلمة المرور\u2069» ليست بالتنسيق المتوقع');
    expect(ar.looksLive('كلمة المرور')).to.equal('تبدو قيمة «\u2068كلمة المرور\u2069» قيمةً للإنتاج، لكن هذا الموصل مخصص للاختبار.');
  });
});
