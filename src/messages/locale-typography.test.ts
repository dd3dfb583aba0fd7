import { expect } from '@open-wc/testing';
import { en } from './english.js';
import ar from './locales/ar.js';
import de from './locales/de.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import nl from './locales/nl.js';
import { resolveMessages, type Messages } from './messages.js';

/** Every string a message catalogue can say, its functions called with a few kinds of argument. */
function everyText(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (typeof value === 'function') {
    for (const args of [
      ['Acme', 'Beta', 'Gamma'],
      [2, 3, 4],
      [['Acme', 'Beta'], 'Gamma'],
    ]) {
      try {
        everyText((value as (...a: unknown[]) => unknown)(...args), found);
      } catch {
        // A message that takes other data than these is read with the next kind.
      }
    }
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) everyText(v, found);
  return found;
}

/** How English names the network (your connection, back online), which a translation names as such. */
const NETWORK = /your connection|check the connection|connection is back|back online/iu;

/** Each message of `locale` whose words `check` finds wrong beside the English (all its texts, joined), as `key: what: words`. */
function wrongWords(locale: Messages, check: (english: string, words: string) => string[]): string[] {
  return (Object.keys(en) as (keyof Messages)[]).flatMap((key) => {
    const words = everyText(locale[key]).join(' ');
    return check(everyText(en[key]).join(' '), words).map((what) => `${key}: ${what}: ${words}`);
  });
}

describe('typography in each locale', () => {
  it('French puts a narrow no-break space before ; ! ? and inside « », and a no-break space before :, in every message', () => {
    const wrong = everyText(fr).flatMap((text) => [...text.matchAll(/[^\u202f][;!?]|[^\S\u00a0]:|«[^\u202f]|[^\u202f]»/gu)].map((m) => `${JSON.stringify(m[0])} in ${text}`));
    expect(wrong).to.deep.equal([]);
  });

  it('Dutch quotes with ‘ ’ in every message, as the rest of the file does, never „ ” or “ ”', () => {
    const wrong = everyText(nl).filter((text) => /[„“”"]/u.test(text));
    expect(wrong).to.deep.equal([]);
  });

  it('English writes an apostrophe inside a word as ’, as I’ve finished does, in every message, and so does every language', () => {
    for (const [tag, m] of Object.entries({ en, de, fr, es, nl, ar }))
      expect(
        everyText(m).filter((text) => /\p{L}'\p{L}/u.test(text)),
        tag,
      ).to.deep.equal([]);
    // A date pattern's literal text stays in the straight quotes the pattern itself takes.
    expect(en.datePatternProblem({ kind: 'letter', letter: 'T' })).to.contain("like 'T'.");
  });

  it('English quotes with “ ” in every message, never straight double quotes, and writes cannot and do not in full, as the rest of its sentences do', () => {
    const texts = everyText(en);
    expect(texts.filter((text) => text.includes('"'))).to.deep.equal([]);
    // can’t, don’t, we’ll…; the button I’ve finished is quoted as its label reads.
    expect(texts.filter((text) => /\p{L}’(?:t|ll|re|m|d)\b/u.test(text))).to.deep.equal([]);
    // The nearest case: an apostrophe of a possessive stays.
    expect(texts.some((text) => text.includes('server’s answer'))).to.equal(true);
  });
});

describe('wording in each locale', () => {
  const translated: Record<string, Messages> = { ar, de, es, fr, nl };

  it('a sentence holds one colon at most, in every language, as English does', () => {
    // Times (14:30), date patterns (HH:mm:ss) and https:// are no colons of a sentence.
    const sentences = (text: string) => text.replace(/https:\/\/|\d:\d|[Hhms]:[Hhms]/gu, '').split(/(?<=[.?!؟])\s+/u);
    const wrong = Object.entries({ en, ...translated }).flatMap(([tag, m]) =>
      everyText(m).flatMap((text) =>
        sentences(text)
          .filter((s) => (s.match(/:/gu) ?? []).length > 1)
          .map((s) => `${tag}: ${s}`),
      ),
    );
    expect([...new Set(wrong)]).to.deep.equal([]);
  });

  it('a verb before or after a list of fields agrees with how many it lists', () => {
    expect(de.editChanged(['Name'])).to.contain('Dabei wurde auch Name geändert');
    expect(de.editChanged(['Name', 'Gruppe'])).to.contain('Dabei wurden auch Name und Gruppe geändert');
    expect(es.testNeedsCredentials(['Token'])).to.contain('Aún se conserva: Token.');
    expect(es.testNeedsCredentials(['Token', 'Clave'])).to.contain('Aún se conservan: Token y Clave.');
    expect(fr.testNeedsCredentials(['Jeton'])).to.contain('Valeur encore conservée\u00a0: Jeton.');
    expect(fr.testNeedsCredentials(['Jeton', 'Clé'])).to.contain('Valeurs encore conservées\u00a0: Jeton et Clé.');
  });

  it('one word for one thing in each language, never a word-for-word rendering a native reader stumbles on', () => {
    // [language, what, words to avoid, the message that says it and the words it says it with]
    const terms: [Messages, string, RegExp, string, RegExp][] = [
      [nl, 'sign in (inloggen in every other message)', /aanmeld/iu, everyText(nl.oauthSignInFieldChanged).join(), /het inloggen/u],
      [fr, 'press a button (cliquez sur in every other message)', /appuyez/iu, everyText(fr.notAuthorised).join(), /cliquez sur/u],
      [
        de,
        'this field takes one line (nimmt nur … auf, as for one value)',
        /Feld (?:fasst|nimmt) eine|auf mehreren Zeilen/u,
        de.pasteLinesJoined + de.pasteKeyOneLine,
        /(?:nimmt nur eine Zeile auf[^]*){2}/u,
      ],
      [
        nl,
        'this field takes one line (accepteert maar één, as for one value)',
        /veld neemt/u,
        nl.pasteLinesJoined + nl.pasteKeyOneLine,
        /(?:accepteert maar één regel[^]*){2}/u,
      ],
      [ar, 'paste (لصق, as the filled-fields notice says)', /ألصق/u, ar.pasteLinesJoined, /ما لصقته/u],
      [fr, 'a private key refused: not accepted (reprise is taken back)', /reprise/u, fr.pasteKeyOneLine, /n’a pas été acceptée/u],
      [es, 'a private key refused: not accepted (tomado is taken, as a drink is)', /se ha tomado/u, es.pasteKeyOneLine, /No se ha aceptado/u],
      [ar, 'a private key refused: not accepted (يُؤخذ is taken away)', /يُؤخذ/u, ar.pasteKeyOneLine, /لم يُقبل/u],
      [nl, 'send (verzenden in every other message, never sturen)', /\b(?:ge)?stuur/iu, nl.testNeedsCredentials(['API key']), /nooit naar een test verzonden/u],
      [nl, 'enter a value (Vul … in in every other message, never invoeren)', /\bVoer\b/u, nl.testNeedsCredentials(['API key']), /^Vul de inloggegevens opnieuw in/u],
    ];
    for (const [m, what, avoid, said, words] of terms) {
      expect(
        everyText(m).filter((text) => avoid.test(text)),
        what,
      ).to.deep.equal([]);
      expect(said, what).to.match(words);
    }
  });

  it('a connector created whose answer could not be read is to be looked for in the list, in the words each language says it with elsewhere, never promised to be there', () => {
    // English says "look for it in your list of connectors" in createdUnreadable and duplicateMaybeOwn alike.
    const lookForIt: [Messages, string][] = [
      [ar, 'ابحث عنه في قائمة الموصلات'],
      [de, 'Suchen Sie ihn in Ihrer Liste der Connectors'],
      [es, 'búsquelo en su lista de conectores'],
      [fr, 'cherchez-le dans votre liste de connecteurs'],
      [nl, 'zoek hem in uw lijst met connectors'],
    ];
    for (const [m, words] of lookForIt) {
      expect(m.duplicateMaybeOwn('test', 'Shopify'), words).to.contain(words);
      expect(m.createdUnreadable, words).to.contain(words);
    }
  });

  it('French says connexion only for what links a connector to its system, authentification for signing in, réseau or en ligne for the network', () => {
    // One word per thing: a reader could not tell "La connexion à Shopify n’est pas terminée" (the sign-in) from "La connexion n’a pas pu
    // être testée" (Test connection) or "Vérifiez votre connexion" (the network). English says sign in, connect and your connection.
    const wrong = wrongWords(fr, (english, french) => {
      const found: string[] = [];
      if (NETWORK.test(english) && !/réseau|en ligne/u.test(french)) found.push('the network without réseau or en ligne');
      if (/\bsign(?:ing)?[- ]in\b/iu.test(english) && !/in the application/u.test(english) && !/authentifi/u.test(french)) found.push('signing in without authentification');
      if (/\bconnexion\b(?! réseau)/u.test(french) && !/connect/iu.test(english.replace(NETWORK, ''))) found.push('connexion where English says no connection');
      if (/(?:re)?connectez-vous|\b(?:se|nous|vous) (?:re)?connecter\b/iu.test(french) && !/dans l’application/u.test(french))
        found.push('the person signing in (se connecter) beyond the application');
      return found;
    });
    expect(wrong).to.deep.equal([]);
    expect(fr.oauthConnect('Shopify')).to.equal('Connecter Shopify');
    expect(fr.oauthReconnect).to.equal('Connecter un autre compte');
    expect(fr.testConnection).to.equal('Tester la connexion');
  });

  it('Arabic connects a connector with ربط, never اتصل (call, as a telephone does), and names the network as the Internet', () => {
    // "اتصل مرة أخرى" reads as "call again" and the button "الاتصال بـ Shopify" as "Call Shopify"; "تحقّق من اتصالك" beside
    // "اختبار الاتصال" (Test connection) could be either. oauthReconnect already says ربط حساب آخر.
    const wrong = wrongWords(ar, (english, arabic) => {
      const found: string[] = [];
      if (/(?:^|\s)(?:اتصل|أعد الاتصال)\s|الاتصال بـ|تم الاتصال|أنشئ اتصال/u.test(arabic)) found.push('a call (اتصل) for connecting');
      if (/\bConnect\b/u.test(english) && !/ربط|اربط/u.test(arabic)) found.push('Connect without ربط');
      if (NETWORK.test(english) && !/بالإنترنت/u.test(arabic)) found.push('the network without الاتصال بالإنترنت');
      return found;
    });
    expect(wrong).to.deep.equal([]);
    expect(ar.oauthReconnect).to.equal('ربط حساب آخر');
    expect(ar.testConnection).to.equal('اختبار الاتصال');
  });

  it('Spanish connects the connector (conectar, as its button Conectar con says), never the person (conectarse, conéctese)', () => {
    // "Conéctese con Shopify" and "Vuelva a conectarse" read as the person signing in or getting in touch; four messages say "Vuelva a conectar".
    expect(everyText(es).filter((text) => /conéct(?:ese|ate)|conectarse|\bse conecta/iu.test(text))).to.deep.equal([]);
    expect(es.oauthKept('Shopify')).to.contain('Vuelva a conectar solo para usar otra cuenta');
  });

  it('German and Dutch name a connector for testing as their files do (Test-Connector, testconnector), never one that is for testing', () => {
    // "Dieser Connector ist jetzt zum Testen", "deze connector is om te testen": a connector that is a purpose, where slotTaken says Test-Connector.
    expect(everyText(de).filter((text) => /Connector ist (?:jetzt |aber )?zum Testen/u.test(text))).to.deep.equal([]);
    expect(everyText(nl).filter((text) => /connector is (?:nu )?om te testen/u.test(text))).to.deep.equal([]);
    expect(de.oauthEnvironmentChanged(false)).to.contain('ein Test-Connector');
    expect(nl.oauthEnvironmentChanged(false)).to.contain('een testconnector');
    expect(de.looksLive('Token')).to.contain('Test-Connector');
    expect(nl.looksLive('Token')).to.contain('testconnector');
  });

  it('Arabic counts invisible characters in the dual and the plural forms its other counts take, never as 2 of the characters', () => {
    // "أزلنا 2 من الأحرف غير المرئية" (we removed 2 of the invisible characters) where the names and times of the file say حرفين, ثانيتين.
    expect(ar.invisibleRemoved(2)).to.contain('أزلنا حرفين غير مرئيين').and.contain('جاءا مع اللصق');
    expect(ar.invisibleKept(2)).to.contain('على حرفين غير مرئيين').and.not.match(/\d/u);
    expect(ar.invisibleRemoved(3)).to.contain('أزلنا 3 أحرف غير مرئية');
    expect(ar.invisibleKept(11)).to.contain('على 11 حرفًا غير مرئي');
    expect(ar.invisibleRemoved(100)).to.contain('أزلنا 100 حرف غير مرئي');
    for (const n of [2, 3, 11, 100]) expect(ar.invisibleRemoved(n) + ar.invisibleKept(n)).to.not.contain('من الأحرف');
  });

  it('every message of an edit says the changes are kept, as its save messages do, never the answers', () => {
    // A connector gone (404), changed by someone else (412) or whose current version could not be read said "Your answers are kept"
    // beside "Save your changes anyway", where every other message of an edit, and tooLarge on an edit, says "Your changes are kept".
    const kept: [string, Messages, RegExp, RegExp][] = [
      ['en', en, /Your changes are kept/u, /Your answers are kept/u],
      ['de', de, /Ihre Änderungen bleiben erhalten/u, /Ihre Antworten bleiben/u],
      ['es', es, /Sus cambios se conservan/u, /Sus respuestas se conservan/u],
      ['fr', fr, /Vos modifications sont conservées/u, /Vos réponses sont conservées/u],
      ['nl', nl, /Uw wijzigingen (?:zijn|blijven) bewaard/u, /Uw antwoorden (?:zijn|blijven) bewaard/u],
      ['ar', ar, /تغييراتك محفوظة/u, /إجاباتك محفوظة/u],
    ];
    for (const [tag, m, changes, answers] of kept) {
      const edit = [
        m.connectorMissing,
        m.editChanged(['Name']),
        m.editChanged([]),
        m.editChangedUnread,
        m.saveNotAuthorised(401),
        m.saveNetworkFailed,
        m.saveServerFailed(),
        m.saveClientFailed(),
        m.savedBeforeSwitch(false),
        m.savedBeforeSwitch(true),
        m.keyInUse(true),
        m.tooLarge(undefined, true),
      ];
      expect(
        edit.filter((text) => !changes.test(text) || answers.test(text)),
        tag,
      ).to.deep.equal([]);
    }
  });

  it('the person is addressed without a gender where the language allows: never French prêt or Arabic جاهزًا (when you are ready)', () => {
    const gendered: [string, Messages, RegExp][] = [
      ['fr', fr, /\bprêt(?:e|s|es)?\b/u],
      ['ar', ar, /جاهز/u],
      ['es', es, /\blistos?\b|\bpreparad[oa]s?\b/u],
    ];
    for (const [tag, m, words] of gendered)
      expect(
        everyText(m).filter((text) => words.test(text)),
        tag,
      ).to.deep.equal([]);
    expect(fr.oauthClosed).to.contain('quand vous le souhaitez');
    expect(ar.oauthClosed).to.contain('متى شئت');
  });

  it('the server a change of endpoint left is that server in both messages that name it, never this one', () => {
    // German said "jenes Servers" for a create and "dieses Servers" (this server, the one the page now uses) for an edit.
    expect(de.createdUnreadableElsewhere).to.contain('die Antwort des ursprünglichen Servers');
    expect(de.savedUnreadableElsewhere).to.contain('die Antwort des ursprünglichen Servers');
    for (const m of Object.values(translated)) expect(m.savedUnreadableElsewhere).to.not.match(/dieses Servers/u);
  });

  it('German asks with Sie in every imperative, and Dutch names the connector a switch of endpoint caught while it was sent', () => {
    // "…, dann speichern Sie Ihre Änderungen trotzdem oder brechen ab" reads as a statement; the message without fields says "brechen Sie ab".
    expect(de.editChanged(['Name'])).to.contain('oder brechen Sie ab.');
    expect(de.editChanged([])).to.contain('oder brechen Sie ab.');
    // "terwijl deze werd verzonden" after "De pagina": deze reads as the page (de pagina, de connector); German dieser, Spanish este and French
    // celui-ci can only be the connector.
    for (const unsure of [false, true]) expect(nl.sentBeforeSwitch(unsure)).to.contain('terwijl deze connector werd verzonden');
  });

  it('a step named in a sentence is quoted as the other sentences of its language quote a step', () => {
    for (const [tag, m] of Object.entries(translated)) {
      const quoted = /[«„‘][^«„‘]*Zeta[^»“’]*[»“’]/u.exec(m.answersRefused('Zeta'))?.[0];
      expect(quoted, tag).to.be.a('string');
      expect(m.testFieldElsewhere('Shop', 'Zeta'), tag).to.contain(quoted);
    }
  });

  it('a paste that left several lists unchosen asks to choose in each list, in every language, and one left unchosen in its list', () => {
    const inEach: Record<string, [one: string, several: string]> = {
      ar: ['اختر من القائمة.', 'اختر من كل قائمة.'],
      de: ['Wählen Sie eine in der Liste aus.', 'Wählen Sie in jeder Liste eine aus.'],
      es: ['Elija una en la lista.', 'Elija una en cada lista.'],
      fr: ['Choisissez-en une dans la liste.', 'Choisissez dans chaque liste.'],
      nl: ['Kies er een in de lijst.', 'Kies er een in elke lijst.'],
    };
    for (const [tag, m] of Object.entries(translated)) {
      expect(m.pasteUnchosen(['Region']), tag).to.contain(inEach[tag]![0]);
      expect(m.pasteUnchosen(['Region', 'Plan']), tag).to.contain(inEach[tag]![1]);
    }
  });

  it('every message that names a step after the word for step quotes it, the newest draft notices too', () => {
    const stepWord: Record<string, string> = { ar: 'خطوة ', de: 'Schritt ', es: 'paso ', fr: 'étape ', nl: 'stap ' };
    const unquoted = Object.entries(translated).flatMap(([tag, m]) =>
      Object.values(m.stepLabels).flatMap((label) =>
        everyText(m)
          .filter((text) => text.includes(`${stepWord[tag]}${label}`))
          .map((text) => `${tag}: ${text}`),
      ),
    );
    expect([...new Set(unquoted)]).to.deep.equal([]);
    // Quoted as the rest of its file quotes a step: German did already.
    expect(de.draftNotices['secret-elsewhere']).to.contain('im Schritt „Zugangsdaten“');
  });
});

describe('plain words in each locale', () => {
  it('English says a conflict saved nothing as what follows from it, never after a comma splice', () => {
    for (const text of [en.editChanged(['Connector name']), en.editChanged([]), en.editChangedUnread]) {
      expect(text).to.contain('Someone changed this connector since you opened it, so nothing was saved');
      expect(text).to.not.match(/opened it, nothing/u);
    }
  });

  it('English says plainly that changes sent before a switch of endpoint may be saved there and are not saved here', () => {
    expect(en.savedBeforeSwitch(true)).to.equal(
      'The page changed where connectors are saved while these changes were being sent. No answer came back from where they were sent first, so they may have been saved there. They were not saved here. Your changes are kept: press Save changes to save them here.',
    );
    // The sure case keeps its one sentence.
    expect(en.savedBeforeSwitch(false)).to.equal(
      'The page changed where connectors are saved while these changes were being sent, so they were not saved here. Your changes are kept: press Save changes to save them here.',
    );
  });

  it('English says plainly that a connector sent before a switch of endpoint may be created there and was not created here', () => {
    expect(en.sentBeforeSwitch(true)).to.equal(
      'The page changed where connectors are created while this one was being sent. No answer came back from where it was sent first, so it may have been created there. It was not created here. Your answers are kept: press Create connector to create it here.',
    );
    expect(en.sentBeforeSwitch(true)).to.not.contain(', but');
    // The sure case keeps its one sentence.
    expect(en.sentBeforeSwitch(false)).to.equal(
      'The page changed where connectors are created while this one was being sent, so it was not created here. Your answers are kept: press Create connector to create it here.',
    );
  });

  it('Spanish says what just happened in the present perfect (se ha guardado), as most of its messages do, and addresses the person as usted', () => {
    const preterite = /\b(?:guardó|escribió|pudo|pudimos|llegó|llegaron|cerró|perdió|obtuvo|envió|enviaron|añadió|creó|introdujo|conservó|abrió|cambió|indicó)\b/u;
    expect(everyText(es).filter((text) => preterite.test(text))).to.deep.equal([]);
    expect(everyText(es).filter((text) => /\b(?:tú|tu|tus|te|puedes|quieres|vuelve a intentarlo|inténtalo)\b/iu.test(text))).to.deep.equal([]);
    expect(es.editChanged([])).to.contain('Alguien ha cambiado este conector desde que lo ha abierto; no se ha guardado nada.');
    // What a person saved on an earlier visit is said the same way.
    expect(es.draftRestored).to.equal('Hemos recuperado las respuestas que ha guardado antes.');
  });

  it('Spanish says conexión only for what links a connector to its system, internet for the network, and endpoint for where connectors are sent', () => {
    const wrong = wrongWords(es, (english, spanish) => {
      const found: string[] = [];
      const network = NETWORK.test(english) || /offline/u.test(english);
      if (network && !/conexión a internet/u.test(spanish)) found.push('the network without conexión a internet');
      if (/\bconexión\b(?! a internet)/u.test(spanish) && !/connect/iu.test(english.replace(NETWORK, ''))) found.push('conexión where English says no connection');
      if (/punto de conexión|conectar con \S+ para probar/u.test(spanish)) found.push('conexión for an endpoint or for reaching a system');
      return found;
    });
    expect(wrong).to.deep.equal([]);
    expect(es.testConnection).to.equal('Probar la conexión');
    expect(es.testUnreachable('Shopify')).to.contain('No hemos podido contactar con Shopify para probar las credenciales');
  });

  it('Spanish says the sign-in window closed before the sign-in finished, not before someone finished', () => {
    expect(es.oauthClosed).to.equal(
      'La ventana de inicio de sesión se ha cerrado, o esta página ha perdido el contacto con ella, antes de que terminara el inicio de sesión. Vuelva a conectar cuando quiera.',
    );
    expect(es.oauthClosedEarly).to.contain('se ha cerrado antes de que se cargara su página');
  });

  it('Dutch sends with verzenden in every message, never versturen', () => {
    expect(everyText(nl).filter((text) => /verstu/iu.test(text))).to.deep.equal([]);
    expect(nl.endpointRefused).to.contain('connectors veilig te verzenden. Er is daarom niets verzonden');
    expect(nl.secretsNeedEndpoint).to.contain('naar een endpoint verzendt');
  });

  it('French says answers are saved first, so nothing is lost, never saved before with nothing after', () => {
    expect(everyText(fr).filter((text) => /enregistrées avant[,.]/u.test(text))).to.deep.equal([]);
    expect(fr.oauthContinueHint).to.equal('Vos réponses sont d’abord enregistrées, donc rien n’est perdu.');
  });

  it('a draft finished or discarded elsewhere says the form starts again empty, as a native reader says it', () => {
    const startsAgain: [string, Messages, string, RegExp][] = [
      ['fr', fr, 'Ce brouillon a été finalisé ou supprimé dans un autre onglet ou une autre fenêtre. Le formulaire repart donc de zéro.', /a donc recommencé/u],
      ['nl', nl, 'Dit concept is in een ander tabblad of venster afgerond of verwijderd. Dit formulier begint daarom opnieuw, leeg.', /is daarom opnieuw begonnen/u],
      ['es', es, 'Este borrador se ha terminado o descartado en otra pestaña o ventana, así que el formulario vuelve a empezar vacío.', /ha vuelto a empezar/u],
    ];
    for (const [tag, m, discarded, avoid] of startsAgain) {
      expect(m.draftNotices.discarded, tag).to.equal(discarded);
      expect(
        everyText(m).filter((text) => avoid.test(text)),
        tag,
      ).to.deep.equal([]);
    }
    // German and Arabic read naturally already: the form begins again (beginnt von vorn, بدأ من جديد).
    expect(de.draftNotices.discarded).to.contain('Dieses Formular beginnt deshalb von vorn.');
    expect(ar.draftNotices.discarded).to.contain('لذا بدأ هذا النموذج من جديد');
  });
});

describe('a value ending with a terminal mark', () => {
  it('the note about a last % is said in every language, naming the % and asking to remove it if it is not part of the value', () => {
    const said: [string, Messages, RegExp][] = [
      ['en', en, /ends with “%”.*Remove it if/u],
      ['de', de, /endet auf „%“.*Entfernen Sie es/u],
      ['fr', fr, /se termine par «\u202f%\u202f».*Supprimez-le/u],
      ['es', es, /termina en «%».*Quítelo/u],
      ['nl', nl, /eindigt op ‘%’.*Verwijder het/u],
      ['ar', ar, /«%».*احذفه/u],
    ];
    for (const [tag, m, words] of said) expect(m.pastedPercentMark, tag).to.match(words);
  });
});

describe('answers saved before leaving for a sign-in', () => {
  it('Dutch says so nothing is lost with dus, never two sentences joined by a comma', () => {
    expect(nl.oauthContinueHint).to.equal('Uw antwoorden worden eerst opgeslagen, dus er gaat niets verloren.');
  });

  it('German says the answers are saved first, so nothing is lost, never saved vorher beside a second sentence', () => {
    expect(de.oauthContinueHint).to.equal('Ihre Antworten werden zuerst gespeichert, sodass nichts verloren geht.');
  });
});

describe('German pronouns', () => {
  it('German never starts a sentence with sie meaning they (capitalised it reads as Sie, the person addressed)', () => {
    // "Sie wurden dort vielleicht gespeichert" (the changes) reads as "you may have been saved there"; "Sie bleiben erhalten" as "you are kept".
    expect(everyText(de).filter((text) => /(?:^|[.:!?]\s)Sie (?:bleiben|wurden|werden|sind|waren)\b/u.test(text))).to.deep.equal([]);
    expect(de.savedBeforeSwitch(true)).to.contain('kam keine Antwort: Die Änderungen wurden dort vielleicht gespeichert, hier aber nicht.');
    expect(de.offline(true)).to.contain('deshalb wurden Ihre Änderungen nicht gesendet; sie bleiben erhalten.');
    expect(de.draftNotices['secrets-in-memory']).to.contain('nicht sicher gespeichert werden und bleiben deshalb nur erhalten');
    expect(de.invisibleKept(2)).to.contain('Diese Zeichen werden so übernommen');
  });

  it('German says the form adds what was removed with the form first, never Das ergänzt das Formular (read first as: that completes the form)', () => {
    expect(everyText(de).filter((text) => /(?:Das|Die) ergänzt das Formular/u.test(text))).to.deep.equal([]);
    expect(de.affixesRemoved(['https://'])).to.equal('Wir haben „https://“ entfernt: Das Formular ergänzt es selbst.');
    expect(de.affixesRemoved(['https://', '.myshopify.com'])).to.equal('Wir haben „https://“ und „.myshopify.com“ entfernt: Das Formular ergänzt sie selbst.');
  });
});

describe('French elision', () => {
  it('French writes d’ and qu’ before a name that begins with a vowel (auprès d’Odoo), as it does before any word', () => {
    expect(everyText(fr).filter((text) => /\b(?:de|que) Acme\b/u.test(text))).to.deep.equal([]);
    expect(fr.oauthWaiting('Odoo')).to.contain('auprès d’Odoo dans');
    expect(fr.authRequired('Exact Online')).to.equal('Choisissez le mode d’authentification auprès d’Exact Online');
    expect(fr.updatedElsewhere('Acme', 'Odoo')).to.match(/^Les modifications d’Acme \(Odoo\) ont été enregistrées/u);
    expect(fr.oauthConnected('Odoo', 'alice@example.com')).to.equal('Connecté à Odoo en tant qu’alice@example.com.');
  });

  it('French keeps de and que whole before a consonant, an aspirated h, a digit, or a name isolated for its direction', () => {
    expect(fr.oauthWaiting('Shopify')).to.contain('auprès de Shopify dans');
    expect(fr.oauthWaiting('HubSpot')).to.contain('auprès de HubSpot dans');
    expect(fr.oauthWaiting('Yahoo')).to.contain('auprès de Yahoo dans');
    expect(fr.connectedAs('1Password')).to.equal('Connecté en tant que 1Password.');
    expect(resolveMessages(undefined, fr).oauthWaiting('أودو')).to.contain('auprès de \u2068أودو\u2069 dans');
  });

  it('the notes on a paste Undo say what was typed plainly: French saisir with an object, Dutch in the perfect, Spanish never the paste or the drop as the one who filled', () => {
    expect(fr.pasteUndoKeeps(['A'], ['B'])).to.equal('Depuis, vous avez saisi du texte dans A\u00a0: «\u202fAnnuler le remplissage\u202f» ne rétablit donc que B.');
    expect(fr.pasteUndoGone).to.contain('vous avez saisi du texte dans chaque champ rempli par le collage.');
    expect(fr.dropUndoGone).to.contain('vous avez saisi du texte dans chaque champ rempli par le dépôt.');
    expect(nl.pasteUndoKeeps(['A'], ['B'])).to.equal('U hebt sindsdien in A getypt, dus ‘Ongedaan maken’ zet alleen B terug.');
    expect(nl.pasteUndoGone).to.equal('‘Ongedaan maken’ is er niet meer: u hebt getypt in elk veld dat bij het plakken is ingevuld.');
    expect(nl.dropUndoGone).to.equal('‘Ongedaan maken’ is er niet meer: u hebt getypt in elk veld dat bij het neerzetten is ingevuld.');
    expect(es.pasteUndoGone).to.equal('«Deshacer» ya no está disponible: ha escrito en todos los campos que se rellenaron al pegar.');
    expect(es.dropUndoGone).to.equal('«Deshacer» ya no está disponible: ha escrito en todos los campos que se rellenaron al soltar.');
    // The nearest: the other languages as they were.
    expect(fr.oauthContinueLosesSecrets(['A'])).to.contain('ce que vous avez saisi dans A');
    expect(de.pasteUndoGone).to.equal('„Rückgängig“ ist nicht mehr verfügbar: Sie haben in jedes Feld getippt, das das Einfügen ausgefüllt hat.');
  });
});
