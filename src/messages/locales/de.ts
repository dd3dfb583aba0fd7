import type { DatePatternWarning } from '../../date-format/date-format.js';
import type { DatePatternProblem } from '../../date-format/date-pattern.js';
import type { Messages } from '../messages.js';
import type { EdgeWhitespace, WhitespaceRun } from '../../schemas/normalize.js';
import { fullStopAfter, isolated, numberFormat, saidWait } from '../isolate.js';

const LOCALE = 'de';
/** Numbers in the region of the wizard's `lang` (de-CH: 1’200; ar-EG: ٣). */
const number = numberFormat(LOCALE);
const plural = new Intl.PluralRules(LOCALE);

/** „Live-Connector“ / „Test-Connector“ (masculine: einen …). */
const connectorFor = (env: 'live' | 'test') => (env === 'live' ? 'Live-Connector' : 'Test-Connector');
const seconds = (n: number) => `${number.format(n)} ${plural.select(n) === 'one' ? 'Sekunde' : 'Sekunden'}`;

/** German. */
const de: Messages = {
  loadingCatalogue: 'Systeme werden geladen …',
  catalogueErrorTitle: 'Die Einrichtung des Connectors kann nicht beginnen: Der Systemkatalog ist ungültig',
  catalogueUnloadedTitle: 'Die Einrichtung des Connectors kann nicht beginnen: Der Systemkatalog konnte nicht geladen werden',
  catalogueLoadFailed: (status: string) => `Der Systemkatalog konnte nicht geladen werden (${status}).`,
  catalogueNotJson: 'Der Systemkatalog ist kein gültiges JSON.',
  catalogueUnreachable: 'Der Systemkatalog war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es dann erneut.',
  catalogueBackOnline: 'Die Verbindung ist wieder da: Der Systemkatalog ist geladen.',
  noCatalogue: 'Für diese Connector-Einrichtung wurde kein Systemkatalog angegeben.',
  unknownSystem: (id: string) => `Das System „${id}“ ist nicht im Katalog enthalten.`,
  unreadableSystem: (id: string) =>
    `Das System „${id}“ ist im Katalog enthalten, aber sein Eintrag konnte nicht gelesen werden, deshalb kann es hier nicht eingerichtet werden.`,
  editNoId: 'Dieser Connector kann nicht geöffnet werden: Er hat keine gültige ID.',

  colon: ':',
  stepsLabel: 'Schritte',
  stepLabels: {
    system: 'System',
    general: 'Allgemein',
    timezone: 'Zeitzone und Datumsformat',
    auth: 'Authentifizierungsart',
    credentials: 'Zugangsdaten',
    review: 'Überprüfen',
  } as Record<string, string>,
  stepOf: (n: number, total: number) => `Schritt ${number.format(n)} von ${number.format(total)}`,
  completed: 'abgeschlossen',
  needsAttention: 'bitte prüfen',
  continue: 'Weiter',
  back: 'Zurück',
  cancel: 'Abbrechen',
  create: 'Connector erstellen',
  discardDraft: 'Entwurf verwerfen',
  discardConfirm: 'Diesen Entwurf verwerfen? Alles, was Sie bisher eingegeben haben, wird gelöscht.',
  discardYes: 'Ja, verwerfen',
  discardNo: 'Nein, behalten',
  errorSummaryTitle: 'Es gibt ein Problem',
  errorPrefix: 'Fehler:',
  optional: '(optional)',
  draftsUnavailable: 'Ihre Antworten werden auf diesem Gerät nicht als Entwurf gespeichert. Schließen Sie die Eingabe deshalb jetzt ab.',
  draftRestored: 'Wir haben die Antworten wiederhergestellt, die Sie zuvor gespeichert haben.',
  draftFollowed: 'Dieser Entwurf wurde in einem anderen Tab oder Fenster geändert. Dieses Formular zeigt deshalb jetzt diese Version.',
  draftTheirs: 'Dieses Formular zeigt jetzt die andere Version.',
  draftNotices: {
    malformed: 'Ein gespeicherter Entwurf konnte nicht gelesen werden. Das Formular beginnt deshalb leer.',
    conflict: 'Dieser Entwurf wurde in einem anderen Tab oder Fenster geändert. Ihre Änderungen hier wurden nicht gespeichert.',
    kept: 'Der hier gespeicherte Entwurf gehört zu einem anderen Connector oder wurde von einer neueren Version dieses Formulars gespeichert und wurde deshalb nicht geöffnet. Er bleibt unverändert; was Sie hier eingeben, wird nicht als Entwurf gespeichert.',
    deleted: 'Dieser Entwurf wurde in einem anderen Tab oder Fenster abgeschlossen oder verworfen. Ihre Änderungen hier wurden nicht gespeichert.',
    created: 'Dieser Connector wurde in einem anderen Tab oder Fenster gespeichert. Ihre Änderungen hier wurden nicht gespeichert.',
    finished: 'Dieser Connector wurde in einem anderen Tab oder Fenster gespeichert. Dieses Formular beginnt deshalb von vorn.',
    discarded: 'Dieser Entwurf wurde in einem anderen Tab oder Fenster abgeschlossen oder verworfen. Dieses Formular beginnt deshalb von vorn.',
    upgraded:
      'Dieses Formular wurde in einem anderen Tab aktualisiert. Ihre Antworten hier werden deshalb nicht mehr als Entwurf gespeichert. Schließen Sie die Eingabe in diesem Tab ab oder laden Sie ihn neu.',
    'upgraded-unsaved':
      'Dieses Formular wurde in einem anderen Tab aktualisiert. Ihre Antworten hier werden deshalb nicht mehr als Entwurf gespeichert, und Ihre letzten Änderungen hier wurden nicht gespeichert. Schließen Sie die Eingabe in diesem Tab ab: Beim Neuladen gingen sie verloren.',
    'secrets-in-memory': 'Geheime Werte können in diesem Browser nicht sicher gespeichert werden und bleiben deshalb nur erhalten, solange diese Seite geöffnet ist.',
    'saving-again': 'Ihre Antworten werden auf diesem Gerät wieder als Entwurf gespeichert.',
    'set-aside':
      'Diese Seite ist zu einem anderen Entwurf gewechselt. Das Formular beginnt deshalb leer. Ihre bisherigen Eingaben bleiben in ihrem eigenen gespeicherten Entwurf erhalten.',
    cleared: 'Ihre gespeicherten Antworten waren nach der Anmeldung nicht mehr auf diesem Gerät. Dieses Formular beginnt deshalb von vorn.',
    'changed-while-away':
      'Dieser Entwurf wurde während der Anmeldung in einem anderen Tab oder Fenster geändert. Diese Anmeldung wurde deshalb nicht verwendet. Verbinden Sie sich bei Bedarf erneut.',
    'left-unsaved':
      'Diese Seite ist zu einem anderen Entwurf gewechselt. Der verlassene Entwurf wurde inzwischen in einem anderen Tab oder Fenster geändert. Die letzten Änderungen daran wurden hier deshalb nicht gespeichert.',
    'cleared-reloaded': 'Ihre gespeicherten Antworten waren beim Neuladen dieser Seite nicht mehr auf diesem Gerät. Dieses Formular beginnt deshalb von vorn.',
    'malformed-left-unsaved':
      'Diese Seite ist zu einem anderen Entwurf gewechselt, der nicht gelesen werden konnte. Das Formular beginnt deshalb leer. Der verlassene Entwurf wurde inzwischen in einem anderen Tab oder Fenster geändert. Die letzten Änderungen daran wurden hier deshalb nicht gespeichert.',
    'secret-elsewhere':
      'Ein anderer Tab oder ein anderes Fenster behandelt einen Wert Ihrer Zugangsdaten als geheim. Er ist deshalb nicht mehr in diesem Entwurf. Geben Sie ihn bei Bedarf im Schritt „Zugangsdaten“ erneut ein.',
    'malformed-set-aside':
      'Diese Seite ist zu einem anderen Entwurf gewechselt, der nicht gelesen werden konnte. Das Formular beginnt deshalb leer. Ihre bisherigen Eingaben bleiben in ihrem eigenen gespeicherten Entwurf erhalten.',
    held: 'Ihre letzten Änderungen sind noch nicht gespeichert, weil ein anderer Tab oder ein anderes Fenster noch einen Entwurf speichert. Lassen Sie diese Seite geöffnet, bis sie gespeichert sind.',
    'held-delete':
      'Dieser Entwurf ist noch nicht gelöscht, weil ein anderer Tab oder ein anderes Fenster noch einen Entwurf speichert. Lassen Sie diese Seite geöffnet, bis er gelöscht ist.',
    'held-finished':
      'Der Entwurf des gerade abgeschlossenen Connectors ist noch nicht gelöscht, weil ein anderer Tab oder ein anderes Fenster noch einen Entwurf speichert. Lassen Sie diese Seite geöffnet, bis er gelöscht ist.',
  } as Messages['draftNotices'],
  conflictLoadTheirs: 'Andere Version verwenden',
  conflictKeepMine: 'Meine Version behalten',
  conflictStartAgain: 'Neu beginnen',
  loadingDraft: 'Ihre gespeicherten Antworten werden geladen …',
  loadingStep: 'Der nächste Schritt wird geladen …',
  loadFailed: 'Ein Teil dieses Formulars konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; Ihre Eingaben bleiben erhalten.',
  tryAgain: 'Erneut versuchen',
  draftElsewhereNamed: (labels: string[]) =>
    `Ein anderer Tab oder ein anderes Fenster behandelt ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(isolated))} als geheim. Was Sie dort eingegeben haben, ist deshalb nicht mehr in diesem Entwurf. Geben Sie es bei Bedarf im Schritt „Zugangsdaten“ erneut ein.`,
  draftHeldSaved: 'Ihre letzten Änderungen sind jetzt gespeichert.',
  draftHeldDeleted: 'Dieser Entwurf ist jetzt gelöscht.',
  draftHeldFinishedDeleted: 'Der Entwurf des gerade abgeschlossenen Connectors ist jetzt gelöscht.',

  // System step
  systemTitle: 'Wählen Sie ein System aus',
  systemSearch: 'Systeme durchsuchen',
  systemSearchHint: 'Geben Sie einen Namen oder eine Kategorie ein, zum Beispiel „Shopify“ oder „ERP“.',
  systemNoMatch: (q: string) => `Kein System passt zu „${q}“.`,
  systemCount: (n: number) => `${number.format(n)} ${plural.select(n) === 'one' ? 'System' : 'Systeme'}`,
  systemShowing: (shown: number, total: number) =>
    `${number.format(shown)} von ${number.format(total)} ${plural.select(total) === 'one' ? 'System' : 'Systemen'} ${plural.select(shown) === 'one' ? 'wird' : 'werden'} angezeigt. Tippen Sie, um die Liste einzugrenzen.`,
  systemKeptInSight: (name: string) => `Ihre Auswahl, ${name}, wird ebenfalls angezeigt.`,
  systemGone: (id: string) => `Das zuvor gewählte System („${id}“) wird nicht mehr angeboten. Wählen Sie ein System, um fortzufahren.`,
  systemUnreadable: (id: string) =>
    `Das zuvor gewählte System („${id}“) ist im Katalog enthalten, aber sein Eintrag konnte nicht gelesen werden, deshalb kann es hier nicht eingerichtet werden. Wählen Sie ein anderes, um fortzufahren.`,
  systemRequired: 'Wählen Sie das System aus, das Sie verbinden möchten',

  // General step
  generalTitle: 'Allgemein',
  name: 'Name des Connectors',
  nameHint: 'Ein Name, den Ihr Team wiedererkennt, zum Beispiel „Shopify UK“.',
  nameRequired: 'Geben Sie einen Namen für den Connector ein',
  nameTooLong: (max: number) => `Der Name des Connectors darf höchstens ${number.format(max)} Zeichen lang sein`,
  nameDirectionControls: 'Entfernen Sie die unsichtbaren Zeichen, die die Schreibrichtung ändern: Durch sie kann der Name anders erscheinen, als er ist',
  group: 'Unternehmensgruppe',
  groupRequired: 'Wählen Sie die Unternehmensgruppe aus, zu der dieser Connector gehört',
  groupKept: '(aktuelle Gruppe, hier nicht angeboten)',
  noGroupKept: 'Keine Gruppe (wie bisher)',
  environment: 'Test oder Live',
  environmentHint: 'Eine Unternehmensgruppe kann pro System einen Live- und einen Test-Connector haben.',
  live: 'Live',
  test: 'Test',
  environmentRequired: 'Wählen Sie aus, ob dies ein Test- oder ein Live-Connector ist',
  slotTaken: (env: 'live' | 'test', system: string, group?: string) => `Es gibt bereits einen ${connectorFor(env)} für ${system}${group ? ` in ${group}` : ''}.`,
  bothTaken: (system: string, group?: string) =>
    group
      ? `${group} hat bereits einen Live- und einen Test-Connector für ${system}. Mehr sind pro Unternehmensgruppe nicht möglich. Wählen Sie eine andere Unternehmensgruppe aus.`
      : `Es gibt bereits einen Live- und einen Test-Connector für ${system}. Mehr sind nicht möglich.`,
  environmentTaken: (env: 'live' | 'test', system: string, group?: string) =>
    `Es gibt bereits einen ${connectorFor(env)} für ${system}${group ? ` in ${group}` : ''}; wählen Sie die andere Umgebung aus`,

  // Time zone step
  timezoneTitle: 'Zeitzone und Datumsformat',
  timezoneIntro: 'Datumsangaben aus diesem System werden beim Synchronisieren in UTC umgerechnet. Dafür werden die Zeitzone und das Format unten verwendet.',
  timeZone: 'Zeitzone',
  timeZoneHint: 'Die Zeitzone, in der das System seine Datumsangaben speichert. Tippen Sie, um zu suchen, zum Beispiel „London“ oder „+10“.',
  timeZoneRequired: 'Wählen Sie die Zeitzone aus, die das System verwendet',
  timeZoneUnknown: 'Wählen Sie eine Zeitzone aus der Liste aus',
  timeZoneNoMatch: (q: string) => `Keine Zeitzone passt zu „${q}“.`,
  timeZoneCount: (n: number) => `${number.format(n)} ${plural.select(n) === 'one' ? 'Zeitzone' : 'Zeitzonen'}`,
  dateFormat: 'Datumsformat',
  dateFormatHint: 'Wie das System Datumsangaben schreibt. Die Voreinstellung passt zu diesem System.',
  dateFormatRequired: 'Wählen Sie das Datumsformat aus, das das System verwendet',
  customFormat: 'Eigenes Muster',
  customPattern: 'Muster',
  customPatternHint: "Unicode-Datumsmuster, zum Beispiel yyyy-MM-dd HH:mm. Setzen Sie feststehenden Text in einfache Anführungszeichen (').",
  customPatternRequired: 'Geben Sie ein Datumsmuster ein, zum Beispiel yyyy-MM-dd HH:mm:ss',
  datePatternProblem: (p: DatePatternProblem) =>
    p.kind === 'letter'
      ? p.lowercase
        ? `„${p.letter}“ ist kein Buchstabe für Datumsmuster, den dieses Formular versteht: Schreiben Sie den Tag als dd und das Jahr als yyyy, wie in dd/MM/yyyy.`
        : `„${p.letter}“ ist kein Buchstabe für Datumsmuster, den dieses Formular versteht. Setzen Sie festen Text in einfache Anführungszeichen, etwa 'T'.`
      : p.kind === 'width'
        ? `„${p.text}“ wird nicht unterstützt; verwenden Sie ${p.allowed.join(', ')}.`
        : {
            empty: 'Geben Sie ein Datumsmuster ein, zum Beispiel yyyy-MM-dd HH:mm:ss',
            length: 'Ein Datumsmuster darf höchstens 100 Zeichen lang sein',
            quote: "Ein Anführungszeichen (') ist nicht geschlossen. Setzen Sie festen Text zwischen zwei einfache Anführungszeichen.",
            'no-field': 'Ein Datumsmuster braucht mindestens ein Jahr, einen Tag, eine Stunde oder eine Minute, zum Beispiel yyyy-MM-dd',
          }[p.kind],
  datePatternWarning: (w: DatePatternWarning) =>
    w === 'no-am-pm'
      ? '„hh“ ist eine 12-Stunden-Uhr, und dieses Muster hat kein AM/PM (a): 14:30 wird als 02:30 geschrieben. Verwenden Sie HH für eine 24-Stunden-Uhr, oder fügen Sie a hinzu.'
      : '„mm“ steht für Minuten, nicht für den Monat: Verwenden Sie MM für den Monat.',
  preview: 'Jetzt:',
  systemDefault: 'Standard für dieses System',
  formatLabels: {
    iso: 'ISO 8601',
    sql: 'Datum und Uhrzeit',
    dmy: 'Tag/Monat/Jahr',
    mdy: 'Monat/Tag/Jahr',
    rfc2822: 'RFC 2822',
    unix: 'Unix-Zeit (Sekunden)',
    'unix-ms': 'Unix-Zeit (Millisekunden)',
  } as Record<string, string>,

  // Auth step
  authTitle: 'Authentifizierungsart',
  authLegend: (system: string) => `Wie sollen wir uns bei ${system} anmelden?`,
  authTypeGone: (id: string) => `Die zuvor gewählte Authentifizierungsart („${id}“) wird nicht mehr angeboten. Wählen Sie eine, um fortzufahren.`,
  authOnlyOne: (system: string, label: string) => `${system} hat nur eine Authentifizierungsart, „${label}“. Sie ist deshalb bereits ausgewählt.`,
  authRequired: (system: string) => `Wählen Sie aus, wie wir uns bei ${system} anmelden sollen`,
  docs: 'Dokumentation',
  opensInNewTab: '(öffnet in einem neuen Tab)',

  // Credentials step
  credentialsTitle: 'Zugangsdaten',
  credentialsIntro: (system: string) => `Geben Sie die Angaben genau so ein, wie ${system} sie anzeigt. Groß- und Kleinschreibung wird unterschieden.`,
  show: 'Anzeigen',
  hide: 'Verbergen',
  fieldRequired: (label: string) => `Geben Sie „${label}“ ein`,
  chooseRequired: (label: string) => `Wählen Sie „${label}“ aus`,
  fieldPattern: (label: string, example?: string) => `„${label}“ hat nicht das erwartete Format${example ? ` (Beispiel: ${example})` : ''}`,
  fieldTooShort: (label: string, n: number) => `„${label}“ muss mindestens ${number.format(n)} Zeichen lang sein`,
  fieldTooLong: (label: string, n: number) => `„${label}“ darf höchstens ${number.format(n)} Zeichen lang sein`,
  fieldUrl: (label: string) => `„${label}“ muss eine vollständige Webadresse sein, die mit https:// beginnt`,
  fieldEmail: (label: string) => `„${label}“ muss eine E-Mail-Adresse sein, zum Beispiel name@example.com`,
  fieldNumber: (label: string) => `„${label}“ muss eine Zahl sein`,
  example: 'Beispiel:',
  reenterSecret: 'Geben Sie dies erneut ein: Geheime Werte werden nicht aufbewahrt.',
  reenterSavedSecret: 'Geben Sie dies erneut ein: Der gespeicherte Wert ist abgelaufen (geheime Werte werden 24 Stunden lang aufbewahrt) oder konnte nicht gelesen werden.',
  whitespace: (w: EdgeWhitespace) => {
    // Leerzeichen is neuter; Tabulator and Zeilenumbruch are masculine.
    const noun: Record<WhitespaceRun['kind'], [string, string, 'n' | 'm']> = {
      space: ['Leerzeichen', 'Leerzeichen', 'n'],
      tab: ['Tabulator', 'Tabulatoren', 'm'],
      'line break': ['Zeilenumbruch', 'Zeilenumbrüche', 'm'],
      whitespace: ['Leerraumzeichen', 'Leerraumzeichen', 'n'],
    };
    const part = (r: WhitespaceRun, stem: string) => {
      const [one, many, gender] = noun[r.kind];
      return r.count === 1 ? `ein ${stem}${gender === 'n' ? 'es' : 'er'} ${one}` : `${number.format(r.count)} ${stem}e ${many}`;
    };
    return [w.leading && part(w.leading, 'führend'), w.trailing && part(w.trailing, 'abschließend')].filter(Boolean).join(' und ');
  },
  trimmed: (what: string) => `Wir haben Folgendes aus Ihrer Eingabe entfernt: ${what}.`,
  lowercased: 'Wir haben dies in Kleinbuchstaben umgewandelt.',
  invisibleRemoved: (n: number) =>
    n === 1
      ? 'Wir haben ein unsichtbares Zeichen (zum Beispiel ein Leerzeichen ohne Breite) entfernt, das beim Einfügen mitkam.'
      : `Wir haben ${number.format(n)} unsichtbare Zeichen (zum Beispiel Leerzeichen ohne Breite) entfernt, die beim Einfügen mitkamen.`,
  invisibleKept: (n: number) =>
    n === 1
      ? 'Dieser Wert enthält ein unsichtbares Zeichen (zum Beispiel ein Leerzeichen ohne Breite). Es wird so übernommen; prüfen Sie, ob das gewollt ist.'
      : `Dieser Wert enthält ${number.format(n)} unsichtbare Zeichen (zum Beispiel Leerzeichen ohne Breite). Diese Zeichen werden so übernommen; prüfen Sie, ob das gewollt ist.`,
  trimmedAndLowercased: (what: string) => `Wir haben Folgendes entfernt: ${what}. Außerdem haben wir dies in Kleinbuchstaben umgewandelt.`,
  affixesRemoved: (parts: string[]) =>
    `Wir haben ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(parts.map((p) => `„${p}“`))} entfernt: Das Formular ergänzt ${parts.length === 1 ? 'es' : 'sie'} selbst.`,
  keptWhitespace: (what: string) => `Dieser Wert enthält Folgendes: ${what}. Er wird genau so übernommen, wie Sie ihn eingegeben haben. Prüfen Sie, ob das so gewollt ist.`,
  oauthNotConfigured: (system: string) =>
    `Die Anmeldung über ${system} ist hier nicht verfügbar: Die Seite, in die dieses Formular eingebettet ist, hat die Anmeldung nicht eingerichtet (oauth-start-url).`,
  oauthConnectionRequired: (system: string) => `Verbinden Sie sich mit ${system}, um fortzufahren`,
  oauthConnect: (system: string) => `Mit ${system} verbinden`,
  oauthWaiting: (system: string) => `Schließen Sie die Anmeldung bei ${system} im geöffneten Fenster ab …`,
  oauthBlocked: 'Ihr Browser hat das Anmeldefenster blockiert.',
  oauthClosedEarly: 'Das Anmeldefenster wurde geschlossen, bevor seine Seite geladen war: Der Browser oder eine Erweiterung hat es möglicherweise blockiert.',
  oauthTryAgain: 'Erneut versuchen',
  oauthContinueUnsaved:
    'Ihre Antworten konnten auf diesem Gerät nicht gespeichert werden, deshalb bleibt diese Seite geöffnet. Erlauben Sie Pop-ups für diese Website und wählen Sie dann „Erneut versuchen“.',
  oauthContinueNotDrafted:
    'Ihre Antworten hier werden nicht als Entwurf gespeichert (der Hinweis oben sagt, warum), deshalb bleibt diese Seite geöffnet. Erlauben Sie Pop-ups für diese Website und wählen Sie dann „Erneut versuchen“.',
  oauthContinueLosesSecrets: (labels: string[]) =>
    `Wenn Sie diese Seite verlassen, geht verloren, was Sie in ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)} eingegeben haben: Geheime Werte bleiben nur erhalten, solange die Seite geöffnet ist. Wählen Sie erneut „In diesem Tab fortfahren“, um fortzufahren und sie nach der Rückkehr erneut einzugeben, oder erlauben Sie Pop-ups für diese Website und wählen Sie „Erneut versuchen“.`,
  oauthContinueNoDrafts:
    'Diese Seite speichert keine Entwürfe, deshalb gehen beim Verlassen die hier eingegebenen Antworten verloren. Wählen Sie erneut „In diesem Tab fortfahren“, um fortzufahren und nach der Rückkehr erneut zu antworten, oder erlauben Sie Pop-ups für diese Website und wählen Sie „Erneut versuchen“.',
  oauthContinueHere: 'In diesem Tab fortfahren',
  oauthContinueHint: 'Ihre Antworten werden zuerst gespeichert, sodass nichts verloren geht.',
  oauthRefused: (system: string) =>
    `Die Anmeldung mit ${system} kann hier wegen der Einrichtung dieser Seite nicht verwendet werden. Die Entwickler der Seite wurden über den Grund informiert.`,
  oauthDetached: (system: string) => `Wir warten, bis Sie die Anmeldung bei ${system} im anderen Fenster abgeschlossen haben. Wählen Sie danach „Ich bin fertig“.`,
  oauthUnfinished: (system: string) =>
    `Die Anmeldung bei ${system} ist noch nicht abgeschlossen. Ist das Fenster noch offen, schließen Sie sie dort ab und wählen Sie „Ich bin fertig“; sonst beginnen Sie neu.`,
  oauthUnreadable: (system: string) =>
    `Die Antwort der Anmeldung bei ${system} konnte nicht gelesen werden, daher wurde keine Verbindung hergestellt. Wählen Sie „Mit ${system} verbinden“, um es noch einmal zu versuchen.`,
  oauthExpired: (system: string) =>
    `Die Antwort der Anmeldung bei ${system} kam vor über einer Stunde zurück und kann nicht mehr verwendet werden, daher wurde keine Verbindung hergestellt. Wählen Sie „Mit ${system} verbinden“, um es noch einmal zu versuchen.`,
  oauthUnreachable: (system: string) =>
    `Wir konnten nicht prüfen, ob die Anmeldung bei ${system} abgeschlossen ist. Prüfen Sie Ihre Verbindung und wählen Sie dann erneut „Ich bin fertig“, oder beginnen Sie neu.`,
  oauthFinished: 'Ich bin fertig',
  oauthStartAgain: 'Neu beginnen',
  oauthClosed:
    'Das Anmeldefenster wurde geschlossen oder hat die Verbindung zu dieser Seite verloren, bevor die Anmeldung abgeschlossen war. Verbinden Sie sich erneut, wenn Sie so weit sind.',
  oauthDenied: (system: string, error?: string) =>
    `${system} hat die Verbindung nicht erlaubt${error ? `: ${error}` : ''}${fullStopAfter(error)} Sie können es erneut versuchen.`,
  oauthConnected: (system: string, account?: string) => `Mit ${system} verbunden${account ? ` als ${account}` : ''}${fullStopAfter(account)}`,
  oauthEnvironmentChanged: (live: boolean) =>
    live
      ? 'Dieser Connector ist jetzt live, daher kann eine zum Testen hergestellte Verbindung nicht verwendet werden. Verbinden Sie sich erneut, wenn Sie so weit sind.'
      : 'Dieser Connector ist jetzt ein Test-Connector, daher kann eine Live-Verbindung nicht verwendet werden. Verbinden Sie sich erneut, wenn Sie so weit sind.',
  oauthFieldChanged: (label: string) =>
    `„${label}“ wurde geändert, daher wurde die Verbindung für den vorherigen Wert entfernt. Verbinden Sie sich erneut, wenn Sie so weit sind.`,
  oauthSignInFieldChanged: (label: string) =>
    `„${label}“ wurde geändert, daher wurde die Anmeldung für den vorherigen Wert abgebrochen. Verbinden Sie sich erneut, wenn Sie so weit sind.`,
  oauthFieldUnsendable: (label: string) =>
    `„${label}“ enthält ein beschädigtes Zeichen, wie es beim Kopieren von Text entstehen kann, das zur Anmeldung nicht gesendet werden kann: Geben Sie den Wert erneut ein`,
  oauthReconnect: 'Ein anderes Konto verbinden',
  oauthKept: (system: string) => `Dieser Connector bleibt mit ${system} verbunden wie bisher. Verbinden Sie sich nur dann neu, wenn Sie ein anderes Konto verwenden möchten.`,
  oauthContinueNotKept:
    'Dieser Browser konnte die Anmeldung für Ihre Rückkehr nicht aufbewahren, deshalb bleibt diese Seite geöffnet. Erlauben Sie Pop-ups für diese Website und wählen Sie dann „Erneut versuchen“.',
  oauthUnreachableAway: (system: string) =>
    `Wir konnten nicht prüfen, ob die Anmeldung bei ${system} abgeschlossen ist. Prüfen Sie Ihre Verbindung, gehen Sie dann zurück zum Schritt „Zugangsdaten“ und wählen Sie erneut „Ich bin fertig“, oder beginnen Sie neu.`,
  oauthRedirected: (system: string, away = false) =>
    `Wir konnten nicht prüfen, ob die Anmeldung bei ${system} abgeschlossen ist: Der Server hat mit einer Weiterleitung geantwortet, der dieses Formular nicht folgt. Wenn Sie abgemeldet wurden, melden Sie sich in der Anwendung erneut an, ${away ? 'gehen Sie dann zurück zum Schritt „Zugangsdaten“ und wählen Sie' : 'wählen Sie dann'} erneut „Ich bin fertig“; andernfalls wenden Sie sich an die Person, die diese Seite betreut.`,
  warning: 'Achtung:',
  looksLive: (label: string) => `„${label}“ sieht nach einem Live-Wert aus, dies ist aber ein Test-Connector.`,
  looksTest: (label: string) => `„${label}“ sieht nach einem Testwert aus, dieser Connector ist aber live.`,
  pasteFilled: (labels: string[]) =>
    `${number.format(labels.length)} ${labels.length === 1 ? 'Feld' : 'Felder'} aus dem Eingefügten ausgefüllt: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  pasteUndo: 'Rückgängig',
  pasteUndoName: 'Einfügen rückgängig machen',
  dropUndoName: 'Ablegen rückgängig machen',
  pasteOneValue:
    'Es wurde nichts eingefügt: Der Text enthält mehr als einen Wert, und dieses Feld nimmt nur einen auf. Fügen Sie jeden Wert einzeln ein oder einen Block aus KEY=value-Zeilen, der diese Felder benennt.',
  pasteNamedSecret:
    'Es wurde nichts eingefügt: Das sieht aus wie ein geheimer Wert mit seinem Namen, und dieses Feld zeigt seinen Inhalt an. Fügen Sie den geheimen Wert allein in sein eigenes Feld ein, das ihn verbirgt.',
  pasteLinesJoined:
    'Was Sie eingefügt haben, stand in mehreren Zeilen, wie ein langer Wert, den ein PDF oder ein Chat umbricht: Dieses Feld nimmt nur eine Zeile auf, daher wurden die Zeilen ohne Leerzeichen dazwischen zusammengefügt.',
  pasteKeyOneLine:
    'Dieser private Schlüssel wurde nicht übernommen: Dieses Feld nimmt nur eine Zeile auf, und ohne seine Zeilenumbrüche würde der Schlüssel nicht funktionieren.',
  pasteOtherAuthType: (authType: string) =>
    `Es wurde nichts eingefügt: Das ist ein geheimer Wert einer anderen Authentifizierungsart, ${authType}. Um ihn zu verwenden, wählen Sie diese Art im Schritt „Authentifizierungsart“.`,
  pasteUndone: 'Die Werte von vor dem Einfügen sind wiederhergestellt.',
  dropFilled: (labels: string[]) =>
    `${number.format(labels.length)} ${labels.length === 1 ? 'Feld' : 'Felder'} aus dem Abgelegten ausgefüllt: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  dropUndone: 'Die Werte von vor dem Ablegen sind wiederhergestellt.',
  dropOneValue:
    'Es wurde nichts abgelegt: Der Text enthält mehr als einen Wert, und dieses Feld nimmt nur einen auf. Legen Sie jeden Wert einzeln ab oder fügen Sie ihn einzeln ein. Ein Block aus KEY=value-Zeilen, der diese Felder benennt, geht auch.',
  dropNamedSecret:
    'Es wurde nichts abgelegt: Das sieht aus wie ein geheimer Wert mit seinem Namen, und dieses Feld zeigt seinen Inhalt an. Fügen Sie den geheimen Wert allein in sein eigenes Feld ein, das ihn verbirgt.',
  dropOtherAuthType: (authType: string) =>
    `Es wurde nichts abgelegt: Das ist ein geheimer Wert einer anderen Authentifizierungsart, ${authType}. Um ihn zu verwenden, wählen Sie diese Art im Schritt „Authentifizierungsart“.`,
  dropFile: 'Es wurde nichts abgelegt: Dieses Formular liest keine Dateien. Öffnen Sie die Datei, kopieren Sie ihren Inhalt und fügen Sie ihn hier ein.',
  nameNotCredentials:
    'Es wurde nichts eingefügt: Das sieht nach Zugangsdaten aus, nicht nach einem Namen. Geben Sie sie im Schritt „Zugangsdaten“ ein, wo geheime Werte verborgen bleiben.',
  nameNotCredentialsDropped:
    'Es wurde nichts abgelegt: Das sieht nach Zugangsdaten aus, nicht nach einem Namen. Geben Sie sie im Schritt „Zugangsdaten“ ein, wo geheime Werte verborgen bleiben.',
  checksTitle: 'Was geprüft wurde',
  checkStatus: (status: 'passed' | 'failed' | 'skipped') => ({ passed: 'Bestanden', failed: 'Fehlgeschlagen', skipped: 'Übersprungen' })[status],
  connectedAs: (account: string) => `Verbunden als ${account}${fullStopAfter(account)}`,
  connection: 'Verbindung',
  noCredentials: 'Für diese Authentifizierungsart sind keine Zugangsdaten nötig.',
  pastedCodeMarks: 'Wir haben die Backticks (`) entfernt, die ein Chat oder ein Wiki um Code setzt: Sie gehören nicht zum Wert.',
  pastedQuoteMarks: 'Wir haben die Zeichen „>“ entfernt, die eine E-Mail-Antwort vor zitierte Zeilen setzt: Sie gehören nicht zum Wert.',
  pastedPercentMark: 'Dieser Wert endet auf „%“, das ein Terminal beim Kopieren angefügt haben kann. Entfernen Sie es, wenn es nicht zum Wert gehört.',
  pasteUnchosen: (labels: string[]) =>
    labels.length === 1
      ? `${labels[0]!} wurde nicht ausgefüllt: Der Wert dafür passt zu keiner Option oder zu mehreren. Wählen Sie eine in der Liste aus.`
      : `${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)} wurden nicht ausgefüllt: Die Werte dafür passen zu keiner Option oder zu mehreren. Wählen Sie in jeder Liste eine aus.`,
  pasteNotUsed: (names: string[], more: number) =>
    `Nicht verwendet, da hier kein Feld so heißt: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(more ? [...names, `${number.format(more)} weitere`] : names)}.`,
  pasteLinesNotUsed: (count: number) =>
    count === 1
      ? `${number.format(count)} Zeile wurde nicht verwendet, da hier kein Feld so heißt.`
      : `${number.format(count)} Zeilen wurden nicht verwendet, da hier kein Feld so heißt.`,
  pasteUndoKeeps: (typed: string[], back: string[]) =>
    `Sie haben seitdem in ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(typed)} getippt, daher stellt „Rückgängig“ nur ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(back)} wieder her.`,
  pasteUndoGone: '„Rückgängig“ ist nicht mehr verfügbar: Sie haben in jedes Feld getippt, das das Einfügen ausgefüllt hat.',
  dropUndoGone: '„Rückgängig“ ist nicht mehr verfügbar: Sie haben in jedes Feld getippt, das das Ablegen ausgefüllt hat.',
  pasteOneValueJson:
    'Es wurde nichts eingefügt: Das JSON enthält mehr als einen Wert, und dieses Feld nimmt nur einen auf. Fügen Sie jeden Wert einzeln ein oder JSON, dessen Einträge so heißen wie diese Felder.',
  dropOneValueJson:
    'Es wurde nichts abgelegt: Das JSON enthält mehr als einen Wert, und dieses Feld nimmt nur einen auf. Legen Sie jeden Wert einzeln ab oder fügen Sie ihn einzeln ein. JSON, dessen Einträge so heißen wie diese Felder, geht auch.',
  pasteFieldNames: (names: string[]) => `Die Felder hier heißen ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(names)}.`,
  pasteNamedMasked:
    'Es wurde nichts eingefügt: Das sieht aus wie ein Wert mit seinem Namen, und dieses Feld nimmt nur den Wert. Fügen Sie nur den Wert ein, ohne seinen Namen.',
  dropNamedMasked:
    'Es wurde nichts abgelegt: Das sieht aus wie ein Wert mit seinem Namen, und dieses Feld nimmt nur den Wert. Legen Sie nur den Wert ab oder fügen Sie ihn ein, ohne seinen Namen.',

  // Review
  reviewTitle: 'Prüfen Sie Ihre Antworten',
  reviewIntro: 'Prüfen Sie die Angaben, bevor Sie den Connector erstellen.',
  reviewIntroEdit: 'Prüfen Sie die Änderungen, bevor Sie sie speichern.',
  editUnchanged: 'Es wurde nichts geändert, daher gibt es nichts zu speichern.',
  change: 'Ändern',
  provided: 'Angegeben (verborgen)',
  notProvided: 'Nicht angegeben',
  notProvidedAgain: 'Nicht angegeben: Geben Sie den Wert erneut ein (geheime Werte werden nicht aufbewahrt)',
  notProvidedSaved: 'Nicht angegeben: Geben Sie den Wert erneut ein (der gespeicherte Wert ist abgelaufen oder konnte nicht gelesen werden)',
  systemLabel: 'System',
  notSet: 'Nicht festgelegt',
  yes: 'Ja',
  no: 'Nein',

  // Endpoint mode
  creating: 'Connector wird erstellt …',
  // After „in“ the dative: Intl writes „3 Tage“ (Sekunden, Minuten, Stunden read the same in both cases).
  retrying: (attempt: number, attempts: number, waitSeconds?: number) =>
    `Neuer Versuch${waitSeconds ? ` in ${saidWait(LOCALE, waitSeconds, seconds, 'einer Weile').replace(/ Tage$/u, ' Tagen')}` : ''} … (Versuch ${number.format(attempt)} von ${number.format(attempts)})`,
  endpointRefused: 'Dieses Formular ist nicht dafür eingerichtet, Connectors sicher zu senden. Deshalb wurde nichts gesendet. Ihre Antworten bleiben erhalten.',
  requestNotPrepared:
    'Die Anfrage konnte nicht vorbereitet werden, deshalb wurde nichts gesendet. Ihre Antworten bleiben erhalten; wenn das wieder passiert, wenden Sie sich an die Person, die diese Seite betreut.',
  notAuthorised: (status: number) =>
    `Die Seite, in die dieses Formular eingebettet ist, ist nicht angemeldet und kann keine Connectors erstellen (HTTP ${status}). Ihre Antworten bleiben erhalten: Melden Sie sich in der Anwendung erneut an und klicken Sie dann auf „Connector erstellen“.`,
  notAuthorisedUnsure: (status: number) =>
    `Auf einen früheren Versuch kam keine Antwort, und dann meldete der Server, dass die Seite, in die dieses Formular eingebettet ist, nicht angemeldet ist und keine Connectors erstellen kann (HTTP ${status}). Daher wissen wir nicht, ob der Connector erstellt wurde. Ihre Antworten bleiben erhalten. Melden Sie sich in der Anwendung erneut an und klicken Sie dann erneut auf „Connector erstellen“, ohne etwas zu ändern: Er wird nicht doppelt erstellt.`,
  networkFailed:
    'Der Server hat nicht geantwortet, daher wissen wir nicht, ob der Connector erstellt wurde. Ihre Antworten bleiben erhalten. Prüfen Sie Ihre Verbindung und klicken Sie dann erneut auf „Connector erstellen“, ohne etwas zu ändern: Er wird nicht doppelt erstellt.',
  offline: (editing = false) =>
    editing
      ? 'Dieser Browser ist offline, deshalb wurden Ihre Änderungen nicht gesendet; sie bleiben erhalten. Klicken Sie erneut auf „Änderungen speichern“, sobald Sie wieder online sind.'
      : 'Dieser Browser ist offline, deshalb wurde nichts gesendet und der Connector nicht erstellt. Ihre Antworten bleiben erhalten. Klicken Sie erneut auf „Connector erstellen“, sobald Sie wieder online sind.',
  redirected: (editing = false) =>
    editing
      ? 'Der Server hat mit einer Weiterleitung geantwortet, der dieses Formular nicht folgt, daher wissen wir nicht, ob die Änderungen gespeichert wurden. Ihre Änderungen bleiben erhalten. Wenn Sie abgemeldet wurden, melden Sie sich in der Anwendung erneut an; andernfalls wenden Sie sich an die Person, die diese Seite betreut, denn erneutes Speichern hilft nicht.'
      : 'Der Server hat mit einer Weiterleitung geantwortet, der dieses Formular nicht folgt, daher wissen wir nicht, ob der Connector erstellt wurde. Ihre Antworten bleiben erhalten. Wenn Sie abgemeldet wurden, melden Sie sich in der Anwendung erneut an; andernfalls wenden Sie sich an die Person, die diese Seite betreut, denn ein neuer Versuch hilft nicht.',
  keyInUse: (editing = false) =>
    editing
      ? 'Der Server bearbeitet noch einen früheren Versuch dieser Änderungen, daher wissen wir noch nicht, ob sie gespeichert wurden. Ihre Änderungen bleiben erhalten. Warten Sie einen Moment und klicken Sie dann erneut auf „Änderungen speichern“, ohne etwas zu ändern.'
      : 'Der Server bearbeitet noch einen früheren Versuch, diesen Connector zu erstellen, daher wissen wir noch nicht, ob er erstellt wurde. Ihre Antworten bleiben erhalten. Warten Sie einen Moment und klicken Sie dann erneut auf „Connector erstellen“, ohne etwas zu ändern: Er wird nicht doppelt erstellt.',
  serverFailed: (detail?: string) =>
    `Der Server konnte den Connector nicht erstellen${detail ? ` (${detail})` : ''}. Ihre Antworten bleiben erhalten. Versuchen Sie es gleich noch einmal.`,
  clientFailed: (detail?: string) =>
    `Der Server hat das Erstellen des Connectors abgelehnt${detail ? ` (${detail})` : ''}. Das ist kein vorübergehendes Problem, ein neuer Versuch hilft also nicht: Wenden Sie sich an die Person, die diese Seite betreut. Ihre Antworten bleiben erhalten.`,
  conflictRefused: (detail?: string, editing = false) =>
    editing
      ? `Der Server hat das Speichern der Änderungen abgelehnt, weil sie mit etwas kollidieren, das er bereits hat${detail ? ` (${detail})` : ''}. Unverändert erneut gespeichert, kann derselbe Konflikt wieder auftreten: Folgen Sie dem, was der Server sagt, oder wenden Sie sich an die Person, die diese Seite betreut. Ihre Änderungen bleiben erhalten.`
      : `Der Server hat das Erstellen des Connectors abgelehnt, weil er mit etwas kollidiert, das der Server bereits hat${detail ? ` (${detail})` : ''}. Ein unveränderter neuer Versuch kann auf denselben Konflikt stoßen: Folgen Sie dem, was der Server sagt, oder wenden Sie sich an die Person, die diese Seite betreut. Ihre Antworten bleiben erhalten.`,
  conflictUnsure: (detail?: string, editing = false) =>
    editing
      ? `Auf einen früheren Versuch kam keine Antwort, und dann hat der Server das Speichern der Änderungen abgelehnt, weil sie mit etwas kollidieren, das er bereits hat${detail ? ` (${detail})` : ''}. Der frühere Versuch kann sie gespeichert haben, daher wissen wir nicht, ob die Änderungen gespeichert wurden: Prüfen Sie den Connector, bevor Sie erneut speichern. Ihre Änderungen bleiben erhalten.`
      : `Auf einen früheren Versuch kam keine Antwort, und dann hat der Server das Erstellen des Connectors abgelehnt, weil er mit etwas kollidiert, das der Server bereits hat${detail ? ` (${detail})` : ''}. Das kann der Connector sein, den der frühere Versuch erstellt hat, daher wissen wir nicht, ob der Connector erstellt wurde: Suchen Sie ihn in Ihrer Liste der Connectors, bevor Sie es erneut versuchen. Ihre Antworten bleiben erhalten.`,
  tooLarge: (detail?: string, editing = false) =>
    `Der Server hat die Antworten als zu groß abgelehnt${detail ? ` (${detail})` : ''}, daher hilft es nicht, sie unverändert erneut zu senden. Diese Antwort ist die längste: Prüfen Sie, ob hier versehentlich zu viel eingefügt wurde, kürzen Sie sie und versuchen Sie es dann erneut. ${editing ? 'Ihre Änderungen bleiben erhalten.' : 'Ihre Antworten bleiben erhalten.'}`,
  saveNotAuthorised: (status: number) =>
    `Die Seite, in die dieses Formular eingebettet ist, ist nicht angemeldet und kann keine Connectors ändern (HTTP ${status}). Ihre Änderungen bleiben erhalten: Melden Sie sich in der Anwendung erneut an und klicken Sie dann auf „Änderungen speichern“.`,
  testNotAuthorised: (status: number) =>
    `Die Seite, in die dieses Formular eingebettet ist, ist nicht angemeldet und kann keine Verbindungen testen (HTTP ${status}). Melden Sie sich in der Anwendung erneut an und klicken Sie dann auf „Verbindung testen“.`,
  saveNetworkFailed:
    'Der Server hat nicht geantwortet, daher wissen wir nicht, ob die Änderungen gespeichert wurden. Ihre Änderungen bleiben erhalten. Prüfen Sie Ihre Verbindung und speichern Sie sie erneut.',
  saveServerFailed: (detail?: string) =>
    `Der Server konnte die Änderungen nicht speichern${detail ? ` (${detail})` : ''}. Ihre Änderungen bleiben erhalten. Versuchen Sie es gleich noch einmal.`,
  saveClientFailed: (detail?: string) =>
    `Der Server hat das Speichern der Änderungen abgelehnt${detail ? ` (${detail})` : ''}. Das ist kein vorübergehendes Problem, ein neuer Versuch hilft also nicht: Wenden Sie sich an die Person, die diese Seite betreut. Ihre Änderungen bleiben erhalten.`,
  createdUnreadable:
    'Der Server meldet, dass der Connector erstellt wurde, aber seine Antwort war nicht lesbar. Erstellen Sie ihn nicht noch einmal: Suchen Sie ihn in Ihrer Liste der Connectors.',
  createdUnreadableElsewhere:
    'Der Connector wurde dort erstellt, wohin er gesendet wurde, bevor die Seite geändert hat, wo Connectors erstellt werden, aber die Antwort des ursprünglichen Servers war nicht lesbar. Erstellen Sie ihn nicht noch einmal: Suchen Sie ihn dort, nicht hier.',
  sentBeforeSwitch: (unsure: boolean) =>
    `Die Seite hat geändert, wo Connectors erstellt werden, während dieser gesendet wurde${unsure ? ', und von dort, wohin er zuerst gesendet wurde, kam keine Antwort: Er wurde dort vielleicht erstellt, hier aber nicht' : ', daher wurde er hier nicht erstellt'}. Ihre Antworten bleiben erhalten. Klicken Sie auf „Connector erstellen“, um ihn hier zu erstellen.`,
  savedBeforeSwitch: (unsure: boolean) =>
    `Die Seite hat geändert, wo Connectors gespeichert werden, während diese Änderungen gesendet wurden${unsure ? ', und von dort, wohin sie zuerst gesendet wurden, kam keine Antwort: Die Änderungen wurden dort vielleicht gespeichert, hier aber nicht' : ', daher wurden sie hier nicht gespeichert'}. Ihre Änderungen bleiben erhalten. Klicken Sie auf „Änderungen speichern“, um sie hier zu speichern.`,
  savedUnreadable:
    'Der Server meldet, dass die Änderungen gespeichert wurden, aber seine Antwort war nicht lesbar. Prüfen Sie den Connector in Ihrer Liste, bevor Sie erneut speichern.',
  savedUnreadableElsewhere:
    'Die Änderungen wurden dort gespeichert, wohin sie gesendet wurden, bevor die Seite geändert hat, wo Connectors gespeichert werden, aber die Antwort des ursprünglichen Servers war nicht lesbar. Prüfen Sie den Connector dort, nicht hier, bevor Sie erneut speichern.',
  answersRefused: (step: string, editing = false) =>
    `${editing ? 'Die Änderungen wurden nicht gespeichert' : 'Der Connector wurde nicht erstellt'}: Der Server hat im Schritt „${step}“ ein Problem gefunden.`,
  serverBusy: (secs: number) =>
    `Der Server ist ausgelastet und hat uns gebeten, ${saidWait(LOCALE, secs, seconds, 'lange')} zu warten. Ihre Antworten bleiben erhalten. Versuchen Sie es danach erneut.`,
  duplicateOnServer: (env: 'live' | 'test', system: string, group?: string) =>
    `Es gibt bereits einen ${connectorFor(env)} für ${system}${group ? ` in ${group}` : ''}; er wurde hinzugefügt, nachdem Sie begonnen haben. Wählen Sie die andere Umgebung${group ? ' oder eine andere Unternehmensgruppe' : ''} aus`,
  duplicateMaybeOwn: (env: 'live' | 'test', system: string, group?: string) =>
    `Es gibt bereits einen ${connectorFor(env)} für ${system}${group ? ` in ${group}` : ''}. Vielleicht ist es der, den ein früherer Versuch angelegt hat, auf den keine Antwort kam: Suchen Sie ihn in Ihrer Liste der Connectors, bevor Sie einen weiteren hinzufügen`,
  testConnection: 'Verbindung testen',
  testing: 'Verbindung wird getestet …',
  testOk: (system: string) => `${system} hat diese Zugangsdaten akzeptiert.`,
  testRejected: (system: string, detail?: string, marked = true) =>
    `${system} hat diese Zugangsdaten abgelehnt${detail ? `: ${detail}` : ''}${fullStopAfter(detail)}${marked ? ' Die Felder, die Sie prüfen sollten, sind markiert.' : ''}`,
  testInvalid: 'Einige Antworten sind ungültig, deshalb wurde die Verbindung nicht getestet. Die Felder, die Sie korrigieren müssen, sind markiert.',
  testNotPassed: (detail?: string, marked = false) =>
    `Der Verbindungstest wurde nicht bestanden${detail ? `: ${detail}` : ''}${fullStopAfter(detail)}${marked ? ' Die Felder, die Sie prüfen sollten, sind markiert.' : ''}`,
  testCheckFailed: (system: string, detail: string) => `${system} hat diese Zugangsdaten angenommen, aber eine Prüfung ist fehlgeschlagen: ${detail}${fullStopAfter(detail)}`,
  testFieldElsewhere: (field: string, step: string) => `Prüfen Sie „${field}“ im Schritt „${step}“.`,
  goToField: (field: string) => `Zu „${field}“`,
  testUnreachable: (system: string, status?: number, editing = false) =>
    `Wir konnten ${system} nicht erreichen, um die Zugangsdaten zu testen${status ? ` (HTTP ${status})` : ''}.${editing ? ' Sie können die Änderungen trotzdem speichern.' : ' Sie können den Connector trotzdem erstellen.'}`,
  testNotRun: (status?: number, editing = false) =>
    `Die Verbindung konnte nicht getestet werden${status ? ` (HTTP ${status})` : ''}: Versuchen Sie es gleich noch einmal.${editing ? ' Sie können die Änderungen trotzdem speichern.' : ' Sie können den Connector trotzdem erstellen.'}`,
  testRedirected: (editing = false) =>
    `Der Server hat auf den Verbindungstest mit einer Weiterleitung geantwortet, der dieses Formular nicht folgt, daher wurde die Verbindung nicht getestet. Wenn Sie abgemeldet wurden, melden Sie sich in der Anwendung erneut an; andernfalls wenden Sie sich an die Person, die diese Seite betreut, denn ein neuer Test hilft nicht.${editing ? ' Sie können die Änderungen trotzdem speichern.' : ' Sie können den Connector trotzdem erstellen.'}`,
  testBusy: (secs: number, editing = false) =>
    `Der Server ist ausgelastet und hat uns gebeten, ${saidWait(LOCALE, secs, seconds, 'lange')} zu warten, bevor wir erneut testen.${editing ? ' Sie können die Änderungen trotzdem speichern.' : ' Sie können den Connector trotzdem erstellen.'}`,
  testOffline:
    'Dieser Browser ist offline, deshalb wurde nichts gesendet und die Verbindung nicht getestet. Klicken Sie erneut auf „Verbindung testen“, sobald Sie wieder online sind.',
  testOptional: 'Der Test ist optional.',
  serverMoreErrors: (n: number) =>
    n === 1
      ? 'Der Server meldet ein weiteres Problem, das hier nicht aufgeführt ist: Beheben Sie diese und versuchen Sie es erneut, um es zu sehen.'
      : `Der Server meldet weitere Probleme (${number.format(n)}), die hier nicht aufgeführt sind: Beheben Sie diese und versuchen Sie es erneut, um den Rest zu sehen.`,

  // Done
  saveChanges: 'Änderungen speichern',
  saving: 'Änderungen werden gespeichert …',
  keepCurrent: 'Leer lassen, um den aktuellen Wert zu behalten.',
  savedValueFormat: 'Dieser gespeicherte Wert entspricht nicht mehr dem erwarteten Format.',
  keptCurrent: 'Unverändert (der aktuelle Wert bleibt erhalten)',
  editWas: 'vorher',
  secretReplaced: 'Ersetzt (der neue Wert ist verborgen)',
  replacementLost: (label: string) =>
    `Der neue Wert für „${label}“, den Sie eingegeben haben, wurde nicht behalten: Geben Sie ihn erneut ein, oder behalten Sie den aktuellen.`,
  keepCurrentValue: 'Aktuellen Wert behalten',
  leaveEmpty: 'Leer lassen',
  keepCurrentSetting: 'Nicht geändert: Die aktuelle Einstellung bleibt erhalten, bis Sie dieses Kästchen aktivieren oder deaktivieren.',
  testNeedsCredentials: (labels: string[]) =>
    `Geben Sie die Zugangsdaten zum Testen erneut ein: Die gespeicherten werden nie an einen Test gesendet. Noch gespeichert: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  secretsNeedEndpoint: 'Geheime Werte können nur geändert werden, wenn dieses Formular an einen Endpunkt sendet; sie werden nie in Ereignisse geschrieben.',
  connectorMissing: 'Diesen Connector gibt es nicht mehr, deshalb kann er nicht geändert werden. Ihre Änderungen bleiben erhalten.',
  saveAnyway: 'Meine Änderungen trotzdem speichern',
  editChanged: (labels: string[]) =>
    labels.length
      ? `Jemand hat diesen Connector geändert, seit Sie ihn geöffnet haben; nichts wurde gespeichert. Dabei ${labels.length === 1 ? 'wurde' : 'wurden'} auch ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)} geändert: Prüfen Sie die mit „vorher“ gezeigten Werte und speichern Sie Ihre Änderungen dann trotzdem, oder brechen Sie ab. Ihre Änderungen bleiben erhalten.`
      : 'Jemand hat diesen Connector geändert, seit Sie ihn geöffnet haben; nichts wurde gespeichert. Speichern Sie Ihre Änderungen trotzdem oder brechen Sie ab. Ihre Änderungen bleiben erhalten.',
  editChangedUnread:
    'Jemand hat diesen Connector geändert, seit Sie ihn geöffnet haben; nichts wurde gespeichert, und diese Seite konnte den aktuellen Stand nicht abrufen. Ihre Änderungen bleiben erhalten: Versuchen Sie es erneut.',
  updatedTitle: 'Connector aktualisiert',
  updatedBody: (name: string, system: string) => `${name} (${system}) wurde aktualisiert.`,
  createdTitle: 'Connector erstellt',
  createdBody: (name: string, system: string) => `${name} (${system}) wurde erstellt.`,
  createdElsewhere: (name: string, system: string) =>
    `${name} (${system}) wurde dort erstellt, wohin er gesendet wurde, bevor die Seite geändert hat, wo Connectors erstellt werden: Suchen Sie ihn dort, nicht hier.`,
  updatedElsewhere: (name: string, system: string) =>
    `Die Änderungen an ${name} (${system}) wurden dort gespeichert, wohin sie gesendet wurden, bevor die Seite geändert hat, wo Connectors gespeichert werden: Suchen Sie sie dort, nicht hier.`,
  addAnother: 'Weiteren Connector hinzufügen',
};

export default de;
