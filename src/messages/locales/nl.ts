import type { DatePatternWarning } from '../../date-format/date-format.js';
import type { DatePatternProblem } from '../../date-format/date-pattern.js';
import type { Messages } from '../messages.js';
import type { EdgeWhitespace, WhitespaceRun } from '../../schemas/normalize.js';
import { fullStopAfter, isolated, numberFormat, saidWait } from '../isolate.js';

const LOCALE = 'nl';
/** Numbers in the region of the wizard's `lang` (de-CH: 1’200; ar-EG: ٣). */
const number = numberFormat(LOCALE);
const plural = new Intl.PluralRules(LOCALE);

const count = (n: number, one: string, other: string) => `${number.format(n)} ${plural.select(n) === 'one' ? one : other}`;
const characters = (n: number) => count(n, 'teken', 'tekens');
/** ‘live-connector’ / ‘testconnector’. */
const connectorFor = (env: 'live' | 'test') => (env === 'live' ? 'live-connector' : 'testconnector');

/** Dutch. */
const nl: Messages = {
  loadingCatalogue: 'Systemen laden…',
  catalogueErrorTitle: 'Het instellen van deze connector kan niet beginnen: de systeemcatalogus is niet geldig',
  catalogueUnloadedTitle: 'Het instellen van deze connector kan niet beginnen: de systeemcatalogus kon niet worden geladen',
  catalogueLoadFailed: (status: string) => `De systeemcatalogus kon niet worden geladen (${status}).`,
  catalogueNotJson: 'De systeemcatalogus is geen geldige JSON.',
  catalogueUnreachable: 'De systeemcatalogus was niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  catalogueBackOnline: 'De verbinding is hersteld: de systeemcatalogus is geladen.',
  noCatalogue: 'Er is geen systeemcatalogus opgegeven voor het instellen van deze connector.',
  unknownSystem: (id: string) => `Het systeem ‘${id}’ staat niet in de catalogus.`,
  unreadableSystem: (id: string) => `Het systeem ‘${id}’ staat in de catalogus, maar de gegevens ervan konden niet worden gelezen, dus het kan hier niet worden ingesteld.`,
  editNoId: 'Deze connector kan niet worden geopend: er is geen bruikbare id.',

  colon: ':',
  stepsLabel: 'Stappen',
  stepLabels: {
    system: 'Systeem',
    general: 'Algemeen',
    timezone: 'Tijdzone en datumnotatie',
    auth: 'Authenticatietype',
    credentials: 'Inloggegevens',
    review: 'Controleren',
  } as Record<string, string>,
  stepOf: (n: number, total: number) => `Stap ${number.format(n)} van ${number.format(total)}`,
  completed: 'voltooid',
  needsAttention: 'vraagt aandacht',
  continue: 'Doorgaan',
  back: 'Terug',
  cancel: 'Annuleren',
  create: 'Connector maken',
  discardDraft: 'Concept verwijderen',
  discardConfirm: 'Dit concept verwijderen? Alles wat u tot nu toe hebt ingevuld, wordt gewist.',
  discardYes: 'Ja, verwijderen',
  discardNo: 'Nee, bewaren',
  errorSummaryTitle: 'Er is een probleem',
  errorPrefix: 'Fout:',
  optional: '(optioneel)',
  draftsUnavailable: 'Uw antwoorden worden op dit apparaat niet als concept opgeslagen. Rond het formulier daarom tijdens dit bezoek af.',
  draftRestored: 'We hebben de antwoorden teruggezet die u eerder hebt opgeslagen.',
  draftFollowed: 'Dit concept is gewijzigd in een ander tabblad of venster. Dit formulier toont daarom nu die versie.',
  draftTheirs: 'Dit formulier toont nu de andere versie.',
  draftNotices: {
    malformed: 'Een opgeslagen concept kon niet worden gelezen. Dit formulier begint daarom leeg.',
    conflict: 'Dit concept is gewijzigd in een ander tabblad of venster. Uw wijzigingen hier zijn niet opgeslagen.',
    kept: 'Het hier opgeslagen concept hoort bij een andere connector of is opgeslagen door een nieuwere versie van dit formulier, en is daarom niet geopend. Het blijft bewaard zoals het is; wat u hier typt, wordt niet als concept opgeslagen.',
    deleted: 'Dit concept is in een ander tabblad of venster afgerond of verwijderd. Uw wijzigingen hier zijn niet opgeslagen.',
    created: 'Deze connector is in een ander tabblad of venster opgeslagen. Uw wijzigingen hier zijn niet opgeslagen.',
    finished: 'Deze connector is in een ander tabblad of venster opgeslagen. Dit formulier begint daarom opnieuw, leeg.',
    discarded: 'Dit concept is in een ander tabblad of venster afgerond of verwijderd. Dit formulier begint daarom opnieuw, leeg.',
    upgraded:
      'Dit formulier is bijgewerkt in een ander tabblad. Uw antwoorden hier worden daarom niet meer als concept opgeslagen. Rond het formulier af in dit tabblad of laad het tabblad opnieuw.',
    'upgraded-unsaved':
      'Dit formulier is bijgewerkt in een ander tabblad. Uw antwoorden hier worden daarom niet meer als concept opgeslagen, en uw laatste wijzigingen hier zijn niet opgeslagen. Rond het formulier af in dit tabblad: als u het opnieuw laadt, gaan ze verloren.',
    'secrets-in-memory': 'Geheime waarden kunnen in deze browser niet veilig worden opgeslagen. Ze worden daarom alleen bewaard zolang deze pagina open is.',
    'saving-again': 'Uw antwoorden worden op dit apparaat weer als concept opgeslagen.',
    'set-aside': 'Deze pagina is overgestapt op een ander concept. Dit formulier begint daarom leeg. Wat u eerder invulde, blijft bewaard in een eigen opgeslagen concept.',
    cleared: 'Uw opgeslagen antwoorden stonden niet meer op dit apparaat toen u terugkwam van het inloggen. Dit formulier begint daarom opnieuw, leeg.',
    'changed-while-away':
      'Dit concept is in een ander tabblad of venster gewijzigd terwijl u inlogde. Dat inloggen is daarom niet gebruikt. Maak zo nodig opnieuw verbinding.',
    'left-unsaved':
      'Deze pagina is overgestapt op een ander concept. Het verlaten concept is intussen gewijzigd in een ander tabblad of venster. De laatste wijzigingen daaraan zijn hier daarom niet opgeslagen.',
    'cleared-reloaded': 'Uw opgeslagen antwoorden stonden niet meer op dit apparaat toen deze pagina opnieuw werd geladen. Dit formulier begint daarom opnieuw, leeg.',
    'malformed-left-unsaved':
      'Deze pagina is overgestapt op een ander concept, dat niet kon worden gelezen. Dit formulier begint daarom leeg. Het verlaten concept is intussen gewijzigd in een ander tabblad of venster. De laatste wijzigingen daaraan zijn hier daarom niet opgeslagen.',
    'secret-elsewhere':
      'Een ander tabblad of venster behandelt een van uw inloggegevens als geheim. Die staat daarom niet meer in dit concept. Vul die zo nodig opnieuw in bij de stap ‘Inloggegevens’.',
    'malformed-set-aside':
      'Deze pagina is overgestapt op een ander concept, dat niet kon worden gelezen. Dit formulier begint daarom leeg. Wat u eerder invulde, blijft bewaard in een eigen opgeslagen concept.',
    held: 'Uw laatste wijzigingen zijn nog niet opgeslagen, omdat een ander tabblad of venster nog een concept opslaat. Houd deze pagina open tot ze zijn opgeslagen.',
    'held-delete': 'Dit concept is nog niet verwijderd, omdat een ander tabblad of venster nog een concept opslaat. Houd deze pagina open tot het is verwijderd.',
    'held-finished':
      'Het concept van de connector die u zojuist hebt afgerond, is nog niet verwijderd, omdat een ander tabblad of venster nog een concept opslaat. Houd deze pagina open tot het is verwijderd.',
  } as Messages['draftNotices'],
  conflictLoadTheirs: 'De andere versie gebruiken',
  conflictKeepMine: 'Mijn versie behouden',
  conflictStartAgain: 'Opnieuw beginnen',
  loadingDraft: 'Uw opgeslagen antwoorden worden geladen…',
  loadingStep: 'De volgende stap wordt geladen…',
  loadFailed: 'Een deel van dit formulier kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw; niets van wat u typte gaat verloren.',
  tryAgain: 'Opnieuw proberen',
  draftElsewhereNamed: (labels: string[]) =>
    `Een ander tabblad of venster behandelt ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(isolated))} als geheim. Wat u daar invulde, staat daarom niet meer in dit concept. Vul het zo nodig opnieuw in bij de stap ‘Inloggegevens’.`,
  draftHeldSaved: 'Uw laatste wijzigingen zijn nu opgeslagen.',
  draftHeldDeleted: 'Dit concept is nu verwijderd.',
  draftHeldFinishedDeleted: 'Het concept van de connector die u zojuist hebt afgerond, is nu verwijderd.',

  // System step
  systemTitle: 'Kies een systeem',
  systemSearch: 'Systemen zoeken',
  systemSearchHint: 'Typ een naam of een categorie, bijvoorbeeld ‘Shopify’ of ‘ERP’.',
  systemNoMatch: (q: string) => `Geen systeem gevonden voor ‘${q}’.`,
  systemCount: (n: number) => count(n, 'systeem', 'systemen'),
  systemShowing: (shown: number, total: number) =>
    `${number.format(shown)} van ${number.format(total)} ${plural.select(total) === 'one' ? 'systeem' : 'systemen'} ${plural.select(shown) === 'one' ? 'wordt' : 'worden'} getoond. Typ om de lijst te verkleinen.`,
  systemKeptInSight: (name: string) => `Uw keuze, ${name}, wordt ook getoond.`,
  systemGone: (id: string) => `Het eerder gekozen systeem (‘${id}’) wordt niet meer aangeboden. Kies er een om verder te gaan.`,
  systemUnreadable: (id: string) =>
    `Het eerder gekozen systeem (‘${id}’) staat in de catalogus, maar de gegevens ervan konden niet worden gelezen, dus het kan hier niet worden ingesteld. Kies een ander om verder te gaan.`,
  systemRequired: 'Kies het systeem dat u wilt koppelen',

  // General step
  generalTitle: 'Algemeen',
  name: 'Naam van de connector',
  nameHint: 'Een naam die uw team herkent, bijvoorbeeld ‘Shopify UK’.',
  nameRequired: 'Vul een naam in voor de connector',
  nameTooLong: (max: number) => `De naam van de connector mag maximaal ${characters(max)} lang zijn`,
  nameDirectionControls: 'Verwijder de onzichtbare tekens die de schrijfrichting veranderen: ze kunnen de naam anders laten lezen dan hij is',
  group: 'Bedrijfsgroep',
  groupRequired: 'Kies de bedrijfsgroep waar deze connector bij hoort',
  groupKept: '(huidige groep, hier niet aangeboden)',
  noGroupKept: 'Geen groep (zoals nu)',
  environment: 'Test of live',
  environmentHint: 'Een bedrijfsgroep kan per systeem één live-connector en één testconnector hebben.',
  live: 'Live',
  test: 'Test',
  environmentRequired: 'Kies of dit een test- of een live-connector is',
  slotTaken: (env: 'live' | 'test', system: string, group?: string) => `Er bestaat al een ${connectorFor(env)} voor ${system}${group ? ` in ${group}` : ''}.`,
  bothTaken: (system: string, group?: string) =>
    group
      ? `${group} heeft al een live- en een testconnector voor ${system}. Meer kan een bedrijfsgroep niet hebben. Kies een andere bedrijfsgroep.`
      : `Er bestaan al een live- en een testconnector voor ${system}. Meer is niet toegestaan.`,
  environmentTaken: (env: 'live' | 'test', system: string, group?: string) =>
    `Er bestaat al een ${connectorFor(env)} voor ${system}${group ? ` in ${group}` : ''}; kies de andere omgeving`,

  // Time zone step
  timezoneTitle: 'Tijdzone en datumnotatie',
  timezoneIntro: 'Datums uit dit systeem worden bij het synchroniseren omgezet naar UTC, op basis van de tijdzone en notatie hieronder.',
  timeZone: 'Tijdzone',
  timeZoneHint: 'De tijdzone waarin het systeem zijn datums vastlegt. Typ om te zoeken, bijvoorbeeld ‘London’ of ‘+10’.',
  timeZoneRequired: 'Kies de tijdzone die het systeem gebruikt',
  timeZoneUnknown: 'Kies een tijdzone uit de lijst',
  timeZoneNoMatch: (q: string) => `Geen tijdzone gevonden voor ‘${q}’.`,
  timeZoneCount: (n: number) => count(n, 'tijdzone', 'tijdzones'),
  dateFormat: 'Datumnotatie',
  dateFormatHint: 'Hoe het systeem datums schrijft. De standaardnotatie past bij dit systeem.',
  dateFormatRequired: 'Kies de datumnotatie die het systeem gebruikt',
  customFormat: 'Eigen patroon',
  customPattern: 'Patroon',
  customPatternHint: "Unicode-datumpatroon, bijvoorbeeld yyyy-MM-dd HH:mm. Zet letterlijke tekst tussen enkele aanhalingstekens (').",
  customPatternRequired: 'Vul een datumpatroon in, bijvoorbeeld yyyy-MM-dd HH:mm:ss',
  datePatternProblem: (p: DatePatternProblem) =>
    p.kind === 'letter'
      ? p.lowercase
        ? `‘${p.letter}’ is geen letter voor datumpatronen die dit formulier begrijpt: schrijf de dag als dd en het jaar als yyyy, zoals in dd/MM/yyyy.`
        : `‘${p.letter}’ is geen letter voor datumpatronen die dit formulier begrijpt. Zet vaste tekst tussen enkele aanhalingstekens, zoals 'T'.`
      : p.kind === 'width'
        ? `‘${p.text}’ wordt niet ondersteund; gebruik ${p.allowed.join(', ')}.`
        : {
            empty: 'Vul een datumpatroon in, bijvoorbeeld yyyy-MM-dd HH:mm:ss',
            length: 'Een datumpatroon mag hoogstens 100 tekens lang zijn',
            quote: "Een aanhalingsteken (') is niet gesloten. Zet vaste tekst tussen twee enkele aanhalingstekens.",
            'no-field': 'Een datumpatroon heeft ten minste een jaar, dag, uur of minuut nodig, bijvoorbeeld yyyy-MM-dd',
          }[p.kind],
  datePatternWarning: (w: DatePatternWarning) =>
    w === 'no-am-pm'
      ? '‘hh’ is een 12-uursklok, en dit patroon heeft geen AM/PM (a): 14:30 wordt geschreven als 02:30. Gebruik HH voor een 24-uursklok, of voeg a toe.'
      : '‘mm’ staat voor minuten, niet voor de maand: gebruik MM voor de maand.',
  preview: 'Nu:',
  systemDefault: 'standaard voor dit systeem',
  formatLabels: {
    iso: 'ISO 8601',
    sql: 'Datum en tijd',
    dmy: 'Dag/maand/jaar',
    mdy: 'Maand/dag/jaar',
    rfc2822: 'RFC 2822',
    unix: 'Unix-tijd (seconden)',
    'unix-ms': 'Unix-tijd (milliseconden)',
  } as Record<string, string>,

  // Auth step
  authTitle: 'Authenticatietype',
  authLegend: (system: string) => `Hoe moeten we inloggen bij ${system}?`,
  authTypeGone: (id: string) => `Het eerder gekozen authenticatietype (‘${id}’) wordt niet meer aangeboden. Kies er een om verder te gaan.`,
  authOnlyOne: (system: string, label: string) => `${system} heeft één authenticatietype, ‘${label}’. Dit is daarom al voor u gekozen.`,
  authRequired: (system: string) => `Kies hoe we moeten inloggen bij ${system}`,
  docs: 'Documentatie',
  opensInNewTab: '(opent in een nieuw tabblad)',

  // Credentials step
  credentialsTitle: 'Inloggegevens',
  credentialsIntro: (system: string) => `Vul de gegevens precies zo in als ${system} ze toont. Let op hoofdletters en kleine letters.`,
  show: 'Tonen',
  hide: 'Verbergen',
  fieldRequired: (label: string) => `Vul ‘${label}’ in`,
  chooseRequired: (label: string) => `Kies een optie bij ‘${label}’`,
  fieldPattern: (label: string, example?: string) => `‘${label}’ heeft niet de verwachte notatie${example ? ` (bijvoorbeeld ${example})` : ''}`,
  fieldTooShort: (label: string, n: number) => `‘${label}’ moet minstens ${characters(n)} lang zijn`,
  fieldTooLong: (label: string, n: number) => `‘${label}’ mag maximaal ${characters(n)} lang zijn`,
  fieldUrl: (label: string) => `‘${label}’ moet een volledig webadres zijn dat begint met https://`,
  fieldEmail: (label: string) => `‘${label}’ moet een e-mailadres zijn, zoals naam@example.com`,
  fieldNumber: (label: string) => `‘${label}’ moet een getal zijn`,
  example: 'Voorbeeld:',
  reenterSecret: 'Vul dit opnieuw in: geheime waarden worden niet bewaard.',
  reenterSavedSecret: 'Vul dit opnieuw in: de opgeslagen waarde is verlopen (geheime waarden worden 24 uur bewaard) of kon niet worden gelezen.',
  whitespace: (w: EdgeWhitespace) => {
    const noun = {
      space: ['een spatie', 'spaties'],
      tab: ['een tab', 'tabs'],
      'line break': ['een regeleinde', 'regeleinden'],
      whitespace: ['een witruimteteken', 'witruimtetekens'],
    };
    const part = (r: WhitespaceRun, where: string) => (r.count === 1 ? `${noun[r.kind][0]} ${where}` : `${number.format(r.count)} ${noun[r.kind][1]} ${where}`);
    return [w.leading && part(w.leading, 'aan het begin'), w.trailing && part(w.trailing, 'aan het eind')].filter(Boolean).join(' en ');
  },
  trimmed: (what: string) => `We hebben het volgende uit uw invoer verwijderd: ${what}.`,
  lowercased: 'We hebben dit omgezet naar kleine letters.',
  invisibleRemoved: (n: number) =>
    n === 1
      ? 'We hebben een onzichtbaar teken (zoals een spatie zonder breedte) verwijderd dat met het plakken meekwam.'
      : `We hebben ${number.format(n)} onzichtbare tekens (zoals spaties zonder breedte) verwijderd die met het plakken meekwamen.`,
  invisibleKept: (n: number) =>
    n === 1
      ? 'Deze waarde bevat een onzichtbaar teken (zoals een spatie zonder breedte). Het blijft zoals getypt; controleer of dat de bedoeling is.'
      : `Deze waarde bevat ${number.format(n)} onzichtbare tekens (zoals spaties zonder breedte). Ze blijven zoals getypt; controleer of dat de bedoeling is.`,
  trimmedAndLowercased: (what: string) => `We hebben het volgende verwijderd: ${what}. Ook hebben we dit omgezet naar kleine letters.`,
  affixesRemoved: (parts: string[]) =>
    `We hebben ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(parts.map((p) => `‘${p}’`))} verwijderd: het formulier voegt ${parts.length === 1 ? 'dat' : 'die'} zelf toe.`,
  keptWhitespace: (what: string) => `Deze waarde bevat het volgende: ${what}. De waarde blijft precies zoals u die hebt getypt; controleer of dat de bedoeling is.`,
  oauthNotConfigured: (system: string) =>
    `Inloggen via ${system} is hier niet beschikbaar: de pagina waarop dit formulier staat, heeft inloggen niet ingesteld (oauth-start-url).`,
  oauthConnectionRequired: (system: string) => `Maak verbinding met ${system} om verder te gaan`,
  oauthConnect: (system: string) => `Verbinden met ${system}`,
  oauthWaiting: (system: string) => `Rond het inloggen bij ${system} af in het venster dat is geopend…`,
  oauthBlocked: 'Uw browser heeft het inlogvenster geblokkeerd.',
  oauthClosedEarly: 'Het inlogvenster is gesloten voordat de pagina was geladen: de browser of een extensie heeft het mogelijk geblokkeerd.',
  oauthTryAgain: 'Opnieuw proberen',
  oauthContinueUnsaved:
    'Uw antwoorden konden op dit apparaat niet worden opgeslagen, dus deze pagina blijft open. Sta pop-ups toe voor deze site en kies daarna ‘Opnieuw proberen’.',
  oauthContinueNotDrafted:
    'Uw antwoorden hier worden niet als concept opgeslagen (de melding hierboven zegt waarom), dus deze pagina blijft open. Sta pop-ups toe voor deze site en kies daarna ‘Opnieuw proberen’.',
  oauthContinueLosesSecrets: (labels: string[]) =>
    `Als u deze pagina verlaat, gaat verloren wat u hebt ingevuld bij ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}: geheime waarden blijven alleen bewaard zolang de pagina open is. Kies nogmaals ‘Doorgaan in dit tabblad’ om verder te gaan en vul ze opnieuw in als u terug bent, of sta pop-ups toe voor deze site en kies ‘Opnieuw proberen’.`,
  oauthContinueNoDrafts:
    'Deze pagina bewaart geen concepten, dus als u haar verlaat, gaan de antwoorden die u hier hebt ingevuld verloren. Kies nogmaals ‘Doorgaan in dit tabblad’ om verder te gaan en opnieuw te antwoorden als u terug bent, of sta pop-ups toe voor deze site en kies ‘Opnieuw proberen’.',
  oauthContinueHere: 'Doorgaan in dit tabblad',
  oauthContinueHint: 'Uw antwoorden worden eerst opgeslagen, dus er gaat niets verloren.',
  oauthRefused: (system: string) =>
    `Inloggen met ${system} kan hier niet worden gebruikt vanwege de manier waarop deze pagina is ingericht. De ontwikkelaars ervan zijn over de reden ingelicht.`,
  oauthDetached: (system: string) => `We wachten tot u klaar bent met inloggen bij ${system} in het andere venster. Kies daarna ‘Ik ben klaar’.`,
  oauthUnfinished: (system: string) => `Het inloggen bij ${system} is nog niet klaar. Is het venster nog open, rond het daar af en kies ‘Ik ben klaar’; begin anders opnieuw.`,
  oauthUnreadable: (system: string) =>
    `Het antwoord van het inloggen bij ${system} kon niet worden gelezen, dus er is geen verbinding gemaakt. Kies Verbinden met ${system} om het nog eens te proberen.`,
  oauthExpired: (system: string) =>
    `Het antwoord van het inloggen bij ${system} kwam meer dan een uur geleden terug en kan niet meer worden gebruikt, dus er is geen verbinding gemaakt. Kies Verbinden met ${system} om het nog eens te proberen.`,
  oauthUnreachable: (system: string) =>
    `We konden niet nagaan of het inloggen bij ${system} klaar is. Controleer uw verbinding en kies dan opnieuw ‘Ik ben klaar’, of begin opnieuw.`,
  oauthFinished: 'Ik ben klaar',
  oauthStartAgain: 'Opnieuw beginnen',
  oauthClosed: 'Het inlogvenster is gesloten, of deze pagina heeft het contact ermee verloren, voordat het inloggen klaar was. Maak opnieuw verbinding wanneer u zover bent.',
  oauthDenied: (system: string, error?: string) =>
    `${system} heeft de verbinding niet toegestaan${error ? `: ${error}` : ''}${fullStopAfter(error)} U kunt het opnieuw proberen.`,
  oauthConnected: (system: string, account?: string) => `Verbonden met ${system}${account ? ` als ${account}` : ''}${fullStopAfter(account)}`,
  oauthEnvironmentChanged: (live: boolean) =>
    live
      ? 'Deze connector is nu live, dus een verbinding voor testen kan niet worden gebruikt. Maak opnieuw verbinding wanneer u zover bent.'
      : 'Deze connector is nu een testconnector, dus een live-verbinding kan niet worden gebruikt. Maak opnieuw verbinding wanneer u zover bent.',
  oauthFieldChanged: (label: string) => `‘${label}’ is gewijzigd, dus de verbinding voor de vorige waarde is verwijderd. Maak opnieuw verbinding wanneer u zover bent.`,
  oauthSignInFieldChanged: (label: string) => `‘${label}’ is gewijzigd, dus het inloggen voor de vorige waarde is gestopt. Maak opnieuw verbinding wanneer u zover bent.`,
  oauthFieldUnsendable: (label: string) =>
    `‘${label}’ bevat een beschadigd teken, zoals kopiëren soms achterlaat, dat niet kan worden verzonden om in te loggen: typ het opnieuw`,
  oauthReconnect: 'Een ander account verbinden',
  oauthKept: (system: string) => `Deze connector blijft verbonden met ${system} zoals nu. Maak alleen opnieuw verbinding om een ander account te gebruiken.`,
  oauthContinueNotKept:
    'Deze browser kon het inloggen niet bewaren voor uw terugkeer, dus deze pagina blijft open. Sta pop-ups toe voor deze site en kies daarna ‘Opnieuw proberen’.',
  oauthUnreachableAway: (system: string) =>
    `We konden niet nagaan of het inloggen bij ${system} klaar is. Controleer uw verbinding, ga dan terug naar de stap ‘Inloggegevens’ en kies opnieuw ‘Ik ben klaar’, of begin opnieuw.`,
  oauthRedirected: (system: string, away = false) =>
    `We konden niet nagaan of het inloggen bij ${system} klaar is: de server antwoordde met een doorverwijzing, die dit formulier niet volgt. Bent u afgemeld, meld u dan opnieuw aan in de applicatie${away ? ', ga terug naar de stap ‘Inloggegevens’' : ''} en kies opnieuw ‘Ik ben klaar’; anders laat u het weten aan wie deze pagina beheert.`,
  warning: 'Let op:',
  looksLive: (label: string) => `‘${label}’ lijkt een live-waarde, maar dit is een testconnector.`,
  looksTest: (label: string) => `‘${label}’ lijkt een testwaarde, maar deze connector is live.`,
  pasteFilled: (labels: string[]) =>
    `${number.format(labels.length)} ${labels.length === 1 ? 'veld' : 'velden'} ingevuld uit wat u plakte: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  pasteUndo: 'Ongedaan maken',
  pasteUndoName: 'Plakken ongedaan maken',
  dropUndoName: 'Neerzetten ongedaan maken',
  pasteOneValue:
    'Er is niets geplakt: de tekst bevat meer dan één waarde en dit veld accepteert er maar één. Plak elke waarde apart, of een blok KEY=value-regels dat deze velden noemt.',
  pasteNamedSecret:
    'Er is niets geplakt: dit lijkt een geheime waarde met haar naam, en dit veld toont wat erin staat. Plak de geheime waarde alleen in haar eigen veld, dat haar verbergt.',
  pasteLinesJoined:
    'Wat u plakte stond op meerdere regels, zoals een lange waarde die een pdf of een chat afbreekt: dit veld accepteert maar één regel, dus zijn de regels samengevoegd, zonder spatie ertussen.',
  pasteKeyOneLine: 'Die privésleutel is niet overgenomen: dit veld accepteert maar één regel, en zonder zijn regeleinden zou de sleutel niet werken.',
  pasteOtherAuthType: (authType: string) =>
    `Er is niets geplakt: dit is een geheime waarde van een ander authenticatietype, ${authType}. Kies dat type bij de stap ‘Authenticatietype’ om de waarde te gebruiken.`,
  pasteUndone: 'De waarden van vóór het plakken zijn teruggezet.',
  dropFilled: (labels: string[]) =>
    `${number.format(labels.length)} ${labels.length === 1 ? 'veld' : 'velden'} ingevuld uit wat u neerzette: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  dropUndone: 'De waarden van vóór het neerzetten zijn teruggezet.',
  dropOneValue:
    'Er is niets neergezet: de tekst bevat meer dan één waarde en dit veld accepteert er maar één. Sleep of plak elke waarde apart, of een blok KEY=value-regels dat deze velden noemt.',
  dropNamedSecret:
    'Er is niets neergezet: dit lijkt een geheime waarde met haar naam, en dit veld toont wat erin staat. Plak de geheime waarde alleen in haar eigen veld, dat haar verbergt.',
  dropOtherAuthType: (authType: string) =>
    `Er is niets neergezet: dit is een geheime waarde van een ander authenticatietype, ${authType}. Kies dat type bij de stap ‘Authenticatietype’ om de waarde te gebruiken.`,
  dropFile: 'Er is niets neergezet: dit formulier leest geen bestanden. Open het bestand, kopieer de inhoud en plak die hier.',
  nameNotCredentials: 'Er is niets geplakt: dit lijken inloggegevens, geen naam. Vul ze in bij de stap ‘Inloggegevens’, waar geheimen verborgen blijven.',
  nameNotCredentialsDropped: 'Er is niets neergezet: dit lijken inloggegevens, geen naam. Vul ze in bij de stap ‘Inloggegevens’, waar geheimen verborgen blijven.',
  checksTitle: 'Wat is gecontroleerd',
  checkStatus: (status: 'passed' | 'failed' | 'skipped') => ({ passed: 'Geslaagd', failed: 'Mislukt', skipped: 'Overgeslagen' })[status],
  connectedAs: (account: string) => `Verbonden als ${account}${fullStopAfter(account)}`,
  connection: 'Verbinding',
  noCredentials: 'Voor dit authenticatietype zijn geen inloggegevens nodig.',
  pastedCodeMarks: 'We hebben de backticks (`) weggehaald die een chat of een wiki om code zet: ze horen niet bij de waarde.',
  pastedQuoteMarks: 'We hebben de tekens ‘>’ weggehaald die een e-mailantwoord voor geciteerde regels zet: ze horen niet bij de waarde.',
  pastedPercentMark: 'Deze waarde eindigt op ‘%’, dat een terminal bij het kopiëren kan hebben toegevoegd. Verwijder het als het niet bij de waarde hoort.',
  pasteUnchosen: (labels: string[]) =>
    labels.length === 1
      ? `${labels[0]!} is niet ingevuld: de waarde ervoor past bij geen enkele optie, of bij meer dan één. Kies er een in de lijst.`
      : `${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)} zijn niet ingevuld: de waarden ervoor passen bij geen enkele optie, of bij meer dan één. Kies er een in elke lijst.`,
  pasteNotUsed: (names: string[], more: number) =>
    `Niet gebruikt, want geen veld hier heeft die naam: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(more ? [...names, `${number.format(more)} andere`] : names)}.`,
  pasteLinesNotUsed: (count: number) =>
    count === 1
      ? `${number.format(count)} regel is niet gebruikt, want geen veld hier heeft die naam.`
      : `${number.format(count)} regels zijn niet gebruikt, want geen veld hier heeft die namen.`,
  pasteUndoKeeps: (typed: string[], back: string[]) =>
    `U hebt sindsdien in ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(typed)} getypt, dus ‘Ongedaan maken’ zet alleen ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(back)} terug.`,
  pasteUndoGone: '‘Ongedaan maken’ is er niet meer: u hebt getypt in elk veld dat bij het plakken is ingevuld.',
  dropUndoGone: '‘Ongedaan maken’ is er niet meer: u hebt getypt in elk veld dat bij het neerzetten is ingevuld.',
  pasteOneValueJson:
    'Er is niets geplakt: de JSON bevat meer dan één waarde en dit veld accepteert er maar één. Plak elke waarde apart, of JSON waarvan de leden heten zoals deze velden.',
  dropOneValueJson:
    'Er is niets neergezet: de JSON bevat meer dan één waarde en dit veld accepteert er maar één. Sleep of plak elke waarde apart, of JSON waarvan de leden heten zoals deze velden.',
  pasteFieldNames: (names: string[]) => `De velden hier heten ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(names)}.`,
  pasteNamedMasked: 'Er is niets geplakt: dit lijkt een waarde met haar naam, en dit veld accepteert alleen de waarde. Plak alleen de waarde, zonder haar naam.',
  dropNamedMasked: 'Er is niets neergezet: dit lijkt een waarde met haar naam, en dit veld accepteert alleen de waarde. Sleep of plak alleen de waarde, zonder haar naam.',

  // Review
  reviewTitle: 'Controleer uw antwoorden',
  reviewIntro: 'Controleer de gegevens voordat u de connector maakt.',
  reviewIntroEdit: 'Controleer de wijzigingen voordat u ze opslaat.',
  editUnchanged: 'Er is niets gewijzigd, dus er valt niets op te slaan.',
  change: 'Wijzigen',
  provided: 'Ingevuld (verborgen)',
  notProvided: 'Niet ingevuld',
  notProvidedAgain: 'Niet ingevuld: vul dit opnieuw in (geheime waarden worden niet bewaard)',
  notProvidedSaved: 'Niet ingevuld: vul dit opnieuw in (de opgeslagen waarde is verlopen of kon niet worden gelezen)',
  systemLabel: 'Systeem',
  notSet: 'Niet ingesteld',
  yes: 'Ja',
  no: 'Nee',

  // Endpoint mode
  creating: 'Connector wordt gemaakt…',
  retrying: (attempt: number, attempts: number, waitSeconds?: number) =>
    `Opnieuw proberen${waitSeconds ? ` over ${saidWait(LOCALE, waitSeconds, (n) => count(n, 'seconde', 'seconden'), 'een tijdje')}` : ''}… (poging ${number.format(attempt)} van ${number.format(attempts)})`,
  endpointRefused: 'Dit formulier is niet ingesteld om connectors veilig te verzenden. Er is daarom niets verzonden. Uw antwoorden zijn bewaard.',
  requestNotPrepared:
    'Het verzoek kon niet worden voorbereid, dus er is niets verzonden. Uw antwoorden zijn bewaard; gebeurt dit opnieuw, meld het dan aan wie deze pagina beheert.',
  notAuthorised: (status: number) =>
    `De pagina waarop dit formulier staat, is niet ingelogd om connectors te maken (HTTP ${status}). Uw antwoorden zijn bewaard: log opnieuw in bij de applicatie en klik daarna op ‘Connector maken’.`,
  notAuthorisedUnsure: (status: number) =>
    `Op een eerdere poging kwam geen antwoord, en daarna meldde de server dat de pagina waarop dit formulier staat niet is ingelogd om connectors te maken (HTTP ${status}), dus we weten niet of de connector is gemaakt. Uw antwoorden zijn bewaard. Log opnieuw in bij de applicatie en klik daarna opnieuw op ‘Connector maken’ zonder iets te wijzigen: hij wordt dan niet twee keer gemaakt.`,
  networkFailed:
    'De server antwoordde niet, dus we weten niet of de connector is gemaakt. Uw antwoorden zijn bewaard. Controleer uw verbinding en klik daarna opnieuw op ‘Connector maken’ zonder iets te wijzigen: hij wordt dan niet twee keer gemaakt.',
  offline: (editing = false) =>
    editing
      ? 'Deze browser is offline, dus uw wijzigingen zijn niet verzonden. Ze zijn bewaard. Klik opnieuw op ‘Wijzigingen opslaan’ zodra u weer online bent.'
      : 'Deze browser is offline, dus er is niets verzonden en de connector is niet gemaakt. Uw antwoorden zijn bewaard. Klik opnieuw op ‘Connector maken’ zodra u weer online bent.',
  redirected: (editing = false) =>
    editing
      ? 'De server antwoordde met een doorverwijzing, die dit formulier niet volgt, dus we weten niet of de wijzigingen zijn opgeslagen. Uw wijzigingen zijn bewaard. Bent u afgemeld, meld u dan opnieuw aan in de applicatie; anders laat u het weten aan wie deze pagina beheert, want opnieuw opslaan helpt niet.'
      : 'De server antwoordde met een doorverwijzing, die dit formulier niet volgt, dus we weten niet of de connector is gemaakt. Uw antwoorden zijn bewaard. Bent u afgemeld, meld u dan opnieuw aan in de applicatie; anders laat u het weten aan wie deze pagina beheert, want het opnieuw proberen helpt niet.',
  keyInUse: (editing = false) =>
    editing
      ? 'De server is nog bezig met een eerdere poging van deze wijzigingen, dus we weten nog niet of ze zijn opgeslagen. Uw wijzigingen zijn bewaard. Wacht even en klik daarna opnieuw op ‘Wijzigingen opslaan’ zonder iets te wijzigen.'
      : 'De server is nog bezig met een eerdere poging om deze connector te maken, dus we weten nog niet of hij is gemaakt. Uw antwoorden zijn bewaard. Wacht even en klik daarna opnieuw op ‘Connector maken’ zonder iets te wijzigen: hij wordt dan niet twee keer gemaakt.',
  serverFailed: (detail?: string) => `De server kon de connector niet maken${detail ? ` (${detail})` : ''}. Uw antwoorden zijn bewaard. Probeer het zo nog eens.`,
  clientFailed: (detail?: string) =>
    `De server weigerde de connector te maken${detail ? ` (${detail})` : ''}. Dit is geen tijdelijk probleem, dus opnieuw proberen helpt niet: meld het aan wie deze pagina beheert. Uw antwoorden zijn bewaard.`,
  conflictRefused: (detail?: string, editing = false) =>
    editing
      ? `De server weigerde de wijzigingen op te slaan, omdat ze in conflict zijn met iets wat hij al heeft${detail ? ` (${detail})` : ''}. Ongewijzigd opnieuw opslaan kan hetzelfde conflict geven: doe wat de server zegt, of meld het aan wie deze pagina beheert. Uw wijzigingen zijn bewaard.`
      : `De server weigerde de connector te maken, omdat die in conflict is met iets wat hij al heeft${detail ? ` (${detail})` : ''}. Ongewijzigd opnieuw proberen kan hetzelfde conflict geven: doe wat de server zegt, of meld het aan wie deze pagina beheert. Uw antwoorden zijn bewaard.`,
  conflictUnsure: (detail?: string, editing = false) =>
    editing
      ? `Op een eerdere poging kwam geen antwoord, en daarna weigerde de server de wijzigingen op te slaan, omdat ze in conflict zijn met iets wat hij al heeft${detail ? ` (${detail})` : ''}. De eerdere poging kan ze hebben opgeslagen, dus we weten niet of de wijzigingen zijn opgeslagen: controleer de connector voordat u opnieuw opslaat. Uw wijzigingen zijn bewaard.`
      : `Op een eerdere poging kwam geen antwoord, en daarna weigerde de server de connector te maken, omdat die in conflict is met iets wat hij al heeft${detail ? ` (${detail})` : ''}. Dat kan de connector zijn die de eerdere poging heeft gemaakt, dus we weten niet of de connector is gemaakt: zoek hem in uw lijst met connectors voordat u het opnieuw probeert. Uw antwoorden zijn bewaard.`,
  tooLarge: (detail?: string, editing = false) =>
    `De server weigerde de antwoorden omdat ze te groot zijn${detail ? ` (${detail})` : ''}, dus ze ongewijzigd opnieuw verzenden helpt niet. Dit antwoord is het langste: controleer of hier niet per ongeluk te veel is geplakt, maak het korter en probeer het opnieuw. ${editing ? 'Uw wijzigingen zijn bewaard.' : 'Uw antwoorden zijn bewaard.'}`,
  saveNotAuthorised: (status: number) =>
    `De pagina waarop dit formulier staat, is niet ingelogd om connectors te wijzigen (HTTP ${status}). Uw wijzigingen zijn bewaard: log opnieuw in bij de applicatie en klik daarna op ‘Wijzigingen opslaan’.`,
  testNotAuthorised: (status: number) =>
    `De pagina waarop dit formulier staat, is niet ingelogd om verbindingen te testen (HTTP ${status}). Log opnieuw in bij de applicatie en klik daarna op ‘Verbinding testen’.`,
  saveNetworkFailed:
    'De server antwoordde niet, dus we weten niet of de wijzigingen zijn opgeslagen. Uw wijzigingen zijn bewaard. Controleer uw verbinding en sla ze opnieuw op.',
  saveServerFailed: (detail?: string) => `De server kon de wijzigingen niet opslaan${detail ? ` (${detail})` : ''}. Uw wijzigingen zijn bewaard. Probeer het zo nog eens.`,
  saveClientFailed: (detail?: string) =>
    `De server weigerde de wijzigingen op te slaan${detail ? ` (${detail})` : ''}. Dit is geen tijdelijk probleem, dus opnieuw proberen helpt niet: meld het aan wie deze pagina beheert. Uw wijzigingen zijn bewaard.`,
  createdUnreadable: 'De server meldt dat de connector is gemaakt, maar zijn antwoord kon niet worden gelezen. Maak hem niet opnieuw: zoek hem in uw lijst met connectors.',
  createdUnreadableElsewhere:
    'De connector is gemaakt waar hij heen werd verzonden, voordat de pagina wijzigde waar connectors worden gemaakt, maar het antwoord van die server kon niet worden gelezen. Maak hem niet opnieuw: zoek hem daar, niet hier.',
  sentBeforeSwitch: (unsure: boolean) =>
    `De pagina heeft gewijzigd waar connectors worden gemaakt terwijl deze connector werd verzonden${unsure ? ', en van waar hij eerst heen ging kwam geen antwoord: misschien is hij daar gemaakt, maar hier is hij niet gemaakt' : ', dus hij is hier niet gemaakt'}. Uw antwoorden zijn bewaard. Klik op ‘Connector maken’ om hem hier te maken.`,
  savedBeforeSwitch: (unsure: boolean) =>
    `De pagina heeft gewijzigd waar connectors worden opgeslagen terwijl deze wijzigingen werden verzonden${unsure ? ', en van waar ze eerst heen gingen kwam geen antwoord: misschien zijn ze daar opgeslagen, maar hier zijn ze niet opgeslagen' : ', dus ze zijn hier niet opgeslagen'}. Uw wijzigingen zijn bewaard. Klik op ‘Wijzigingen opslaan’ om ze hier op te slaan.`,
  savedUnreadable:
    'De server meldt dat de wijzigingen zijn opgeslagen, maar zijn antwoord kon niet worden gelezen. Controleer de connector in uw lijst voordat u opnieuw opslaat.',
  savedUnreadableElsewhere:
    'De wijzigingen zijn opgeslagen waar ze heen werden verzonden, voordat de pagina wijzigde waar connectors worden opgeslagen, maar het antwoord van die server kon niet worden gelezen. Controleer de connector daar, niet hier, voordat u opnieuw opslaat.',
  answersRefused: (step: string, editing = false) =>
    `${editing ? 'De wijzigingen zijn niet opgeslagen' : 'De connector is niet gemaakt'}: de server vond een probleem bij de stap ‘${step}’.`,
  serverBusy: (seconds: number) =>
    `De server is bezet en vroeg ons ${saidWait(LOCALE, seconds, (n) => count(n, 'seconde', 'seconden'), 'lang')} te wachten. Uw antwoorden zijn bewaard. Probeer het daarna opnieuw.`,
  duplicateOnServer: (env: 'live' | 'test', system: string, group?: string) =>
    `Er bestaat al een ${connectorFor(env)} voor ${system}${group ? ` in ${group}` : ''}; die is toegevoegd nadat u begon. Kies de andere omgeving${group ? ' of een andere bedrijfsgroep' : ''}`,
  duplicateMaybeOwn: (env: 'live' | 'test', system: string, group?: string) =>
    `Er bestaat al een ${connectorFor(env)} voor ${system}${group ? ` in ${group}` : ''}. Misschien is het de connector die een eerdere poging heeft gemaakt waarop geen antwoord kwam: zoek hem in uw lijst met connectors voordat u er nog een toevoegt`,
  testConnection: 'Verbinding testen',
  testing: 'Verbinding wordt getest…',
  testOk: (system: string) => `${system} heeft deze inloggegevens geaccepteerd.`,
  testRejected: (system: string, detail?: string, marked = true) =>
    `${system} heeft deze inloggegevens geweigerd${detail ? `: ${detail}` : ''}${fullStopAfter(detail)}${marked ? ' De velden die u moet controleren, zijn gemarkeerd.' : ''}`,
  testInvalid: 'Sommige antwoorden zijn niet geldig, daarom is de verbinding niet getest. De velden die u moet verbeteren, zijn gemarkeerd.',
  testNotPassed: (detail?: string, marked = false) =>
    `De verbindingstest is niet geslaagd${detail ? `: ${detail}` : ''}${fullStopAfter(detail)}${marked ? ' De velden die u moet controleren, zijn gemarkeerd.' : ''}`,
  testCheckFailed: (system: string, detail: string) => `${system} heeft deze inloggegevens geaccepteerd, maar een controle is mislukt: ${detail}${fullStopAfter(detail)}`,
  testFieldElsewhere: (field: string, step: string) => `Controleer ‘${field}’ bij de stap ‘${step}’.`,
  goToField: (field: string) => `Naar ‘${field}’`,
  testUnreachable: (system: string, status?: number, editing = false) =>
    `We konden ${system} niet bereiken om de inloggegevens te testen${status ? ` (HTTP ${status})` : ''}.${editing ? ' U kunt de wijzigingen toch opslaan.' : ' U kunt de connector toch maken.'}`,
  testNotRun: (status?: number, editing = false) =>
    `De verbinding kon niet worden getest${status ? ` (HTTP ${status})` : ''}: probeer het zo opnieuw.${editing ? ' U kunt de wijzigingen toch opslaan.' : ' U kunt de connector toch maken.'}`,
  testRedirected: (editing = false) =>
    `De server antwoordde op de verbindingstest met een doorverwijzing, die dit formulier niet volgt, dus de verbinding is niet getest. Bent u afgemeld, meld u dan opnieuw aan in de applicatie; anders laat u het weten aan wie deze pagina beheert, want opnieuw testen helpt niet.${editing ? ' U kunt de wijzigingen toch opslaan.' : ' U kunt de connector toch maken.'}`,
  testBusy: (seconds: number, editing = false) =>
    `De server is bezet en vroeg ons ${saidWait(LOCALE, seconds, (n) => count(n, 'seconde', 'seconden'), 'lang')} te wachten voordat we opnieuw testen.${editing ? ' U kunt de wijzigingen toch opslaan.' : ' U kunt de connector toch maken.'}`,
  testOffline: 'Deze browser is offline, dus er is niets verzonden en de verbinding is niet getest. Klik opnieuw op ‘Verbinding testen’ zodra u weer online bent.',
  testOptional: 'Testen is optioneel.',
  serverMoreErrors: (n: number) =>
    n === 1
      ? 'De server meldt nog een probleem dat hier niet staat: los deze op en probeer het opnieuw om het te zien.'
      : `De server meldt nog meer problemen (${number.format(n)}) die hier niet staan: los deze op en probeer het opnieuw om de rest te zien.`,

  // Done
  saveChanges: 'Wijzigingen opslaan',
  saving: 'Wijzigingen worden opgeslagen…',
  keepCurrent: 'Laat leeg om de huidige waarde te houden.',
  savedValueFormat: 'Deze opgeslagen waarde heeft niet meer de verwachte notatie.',
  keptCurrent: 'Ongewijzigd (de huidige waarde blijft behouden)',
  editWas: 'eerder',
  secretReplaced: 'Vervangen (de nieuwe waarde is verborgen)',
  replacementLost: (label: string) => `De nieuwe waarde voor ‘${label}’ die u invulde, is niet bewaard: vul die opnieuw in, of houd de huidige waarde.`,
  keepCurrentValue: 'Huidige waarde houden',
  leaveEmpty: 'Leeg laten',
  keepCurrentSetting: 'Niet gewijzigd: de huidige instelling blijft behouden tenzij u dit vakje aan- of uitvinkt.',
  testNeedsCredentials: (labels: string[]) =>
    `Vul de inloggegevens opnieuw in om te testen: de gegevens die deze connector bewaart, worden nooit naar een test verzonden. Nog bewaard: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  secretsNeedEndpoint: 'Geheime waarden kunnen alleen worden gewijzigd als dit formulier naar een endpoint verzendt; ze komen nooit in events.',
  connectorMissing: 'Deze connector bestaat niet meer en kan dus niet worden gewijzigd. Uw wijzigingen blijven bewaard.',
  saveAnyway: 'Mijn wijzigingen toch opslaan',
  editChanged: (labels: string[]) =>
    labels.length
      ? `Iemand heeft deze connector gewijzigd sinds u hem opende; er is niets opgeslagen. Die persoon wijzigde ook ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}: controleer de waarden die als ‘eerder’ worden getoond en sla uw wijzigingen toch op, of annuleer. Uw wijzigingen blijven bewaard.`
      : 'Iemand heeft deze connector gewijzigd sinds u hem opende; er is niets opgeslagen. Sla uw wijzigingen toch op, of annuleer. Uw wijzigingen blijven bewaard.',
  editChangedUnread:
    'Iemand heeft deze connector gewijzigd sinds u hem opende; er is niets opgeslagen en deze pagina kon de huidige versie niet ophalen. Uw wijzigingen blijven bewaard: probeer het opnieuw.',
  updatedTitle: 'Connector bijgewerkt',
  updatedBody: (name: string, system: string) => `${name} (${system}) is bijgewerkt.`,
  createdTitle: 'Connector gemaakt',
  createdBody: (name: string, system: string) => `${name} (${system}) is gemaakt.`,
  createdElsewhere: (name: string, system: string) =>
    `${name} (${system}) is gemaakt waar hij heen werd verzonden, voordat de pagina wijzigde waar connectors worden gemaakt: zoek hem daar, niet hier.`,
  updatedElsewhere: (name: string, system: string) =>
    `De wijzigingen aan ${name} (${system}) zijn opgeslagen waar ze heen werden verzonden, voordat de pagina wijzigde waar connectors worden opgeslagen: zoek ze daar, niet hier.`,
  addAnother: 'Nog een connector toevoegen',
};

export default nl;
