/**
 * "Showing 1 of 100 systems" in six languages, for any count: the verb and the noun agree with the count they go with
 * (the systems shown, or all of them), in the forms Intl.PluralRules picks, Arabic six of them.
 */
import { expect } from '@open-wc/testing';
import { en } from './english.js';
import ar from './locales/ar.js';
import de from './locales/de.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import nl from './locales/nl.js';

/** Numbers as Arabic writes them here. */
const d = (n: number) => new Intl.NumberFormat('ar').format(n);
const COUNTS = [0, 1, 2, 3, 11, 100];
/** Each count shown of 100 systems, then one system of each count. */
const said = (systemShowing: (shown: number, total: number) => string) => [...COUNTS.map((n) => systemShowing(n, 100)), ...COUNTS.slice(1).map((n) => systemShowing(1, n))];

describe('systemShowing agrees with its counts in every language', () => {
  it('English: the noun with all the systems', () => {
    expect(said(en.systemShowing).map((s) => s.replace(' Type to narrow the list.', ''))).to.deep.equal([
      'Showing 0 of 100 systems.',
      'Showing 1 of 100 systems.',
      'Showing 2 of 100 systems.',
      'Showing 3 of 100 systems.',
      'Showing 11 of 100 systems.',
      'Showing 100 of 100 systems.',
      'Showing 1 of 1 system.',
      'Showing 1 of 2 systems.',
      'Showing 1 of 3 systems.',
      'Showing 1 of 11 systems.',
      'Showing 1 of 100 systems.',
    ]);
  });

  it('French: the noun and its participle with the systems shown, 0 and 1 in the singular', () => {
    expect(said(fr.systemShowing).map((s) => s.replace(' Tapez pour affiner la liste.', ''))).to.deep.equal([
      '0 système affiché sur 100.',
      '1 système affiché sur 100.',
      '2 systèmes affichés sur 100.',
      '3 systèmes affichés sur 100.',
      '11 systèmes affichés sur 100.',
      '100 systèmes affichés sur 100.',
      '1 système affiché sur 1.',
      '1 système affiché sur 2.',
      '1 système affiché sur 3.',
      '1 système affiché sur 11.',
      '1 système affiché sur 100.',
    ]);
  });

  it('German: the verb with the systems shown, the noun with all of them', () => {
    expect(said(de.systemShowing).map((s) => s.replace(' Tippen Sie, um die Liste einzugrenzen.', ''))).to.deep.equal([
      '0 von 100 Systemen werden angezeigt.',
      '1 von 100 Systemen wird angezeigt.',
      '2 von 100 Systemen werden angezeigt.',
      '3 von 100 Systemen werden angezeigt.',
      '11 von 100 Systemen werden angezeigt.',
      '100 von 100 Systemen werden angezeigt.',
      '1 von 1 System wird angezeigt.',
      '1 von 2 Systemen wird angezeigt.',
      '1 von 3 Systemen wird angezeigt.',
      '1 von 11 Systemen wird angezeigt.',
      '1 von 100 Systemen wird angezeigt.',
    ]);
  });

  it('Dutch: the verb with the systems shown, the noun with all of them', () => {
    expect(said(nl.systemShowing).map((s) => s.replace(' Typ om de lijst te verkleinen.', ''))).to.deep.equal([
      '0 van 100 systemen worden getoond.',
      '1 van 100 systemen wordt getoond.',
      '2 van 100 systemen worden getoond.',
      '3 van 100 systemen worden getoond.',
      '11 van 100 systemen worden getoond.',
      '100 van 100 systemen worden getoond.',
      '1 van 1 systeem wordt getoond.',
      '1 van 2 systemen wordt getoond.',
      '1 van 3 systemen wordt getoond.',
      '1 van 11 systemen wordt getoond.',
      '1 van 100 systemen wordt getoond.',
    ]);
  });

  it('Spanish: the verb with the systems shown, the noun with all of them', () => {
    expect(said(es.systemShowing).map((s) => s.replace(' Escriba para acotar la lista.', ''))).to.deep.equal([
      'Se muestran 0 de 100 sistemas.',
      'Se muestra 1 de 100 sistemas.',
      'Se muestran 2 de 100 sistemas.',
      'Se muestran 3 de 100 sistemas.',
      'Se muestran 11 de 100 sistemas.',
      'Se muestran 100 de 100 sistemas.',
      'Se muestra 1 de 1 sistema.',
      'Se muestra 1 de 2 sistemas.',
      'Se muestra 1 de 3 sistemas.',
      'Se muestra 1 de 11 sistemas.',
      'Se muestra 1 de 100 sistemas.',
    ]);
  });

  it('Arabic: the counted noun and its verb in the six forms, with the systems shown', () => {
    expect(said(ar.systemShowing).map((s) => s.replace(' اكتب لتضييق القائمة.', ''))).to.deep.equal([
      `لا يُعرض أي نظام من أصل ${d(100)}.`,
      `يُعرض نظام واحد من أصل ${d(100)}.`,
      `يُعرض نظامان من أصل ${d(100)}.`,
      `تُعرض ${d(3)} أنظمة من أصل ${d(100)}.`,
      `يُعرض ${d(11)} نظامًا من أصل ${d(100)}.`,
      `يُعرض ${d(100)} نظام من أصل ${d(100)}.`,
      `يُعرض نظام واحد من أصل ${d(1)}.`,
      `يُعرض نظام واحد من أصل ${d(2)}.`,
      `يُعرض نظام واحد من أصل ${d(3)}.`,
      `يُعرض نظام واحد من أصل ${d(11)}.`,
      `يُعرض نظام واحد من أصل ${d(100)}.`,
    ]);
  });
});
