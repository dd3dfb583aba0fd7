import type { DatePatternWarning } from '../../date-format/date-format.js';
import type { DatePatternProblem } from '../../date-format/date-pattern.js';
import type { Messages } from '../messages.js';
import type { EdgeWhitespace, WhitespaceRun } from '../../schemas/normalize.js';
import { fullStopAfter, isolated, numberFormat, saidWait, unmarked } from '../isolate.js';

const LOCALE = 'fr';
/** Numbers in the region of the wizard's `lang` (de-CH: 1’200; ar-EG: ٣). */
const number = numberFormat(LOCALE);
const plural = new Intl.PluralRules(LOCALE);

/** « 1 caractère », « 2 caractères », « 1 000 000 de caractères ». */
const count = (n: number, one: string, other: string) => {
  const form = plural.select(n);
  return `${number.format(n)} ${form === 'one' ? one : form === 'many' ? `de ${other}` : other}`;
};
const characters = (n: number) => count(n, 'caractère', 'caractères');
/**
 * “de” or “que” before a name, elided before a vowel as French writes it before any word
 * (auprès d’Odoo, en tant qu’alice@…); kept whole before a consonant, an h or a y (de HubSpot,
 * de Yahoo: a brand's h is aspirated, its y a consonant), a digit, or an isolate (FSI) around a
 * right-to-left name.
 */
const elided = (word: 'de' | 'que', name: string) => (/^[aeiouàâäéèêëîïôöùûüæœ]/iu.test(unmarked(name)) ? `${word.slice(0, -1)}’${name}` : `${word} ${name}`);
/** “de production” / “de test”, after “connecteur”. */
const environmentOf = (env: 'live' | 'test') => (env === 'live' ? 'de production' : 'de test');

/** French. */
const fr: Messages = {
  loadingCatalogue: 'Chargement des systèmes…',
  catalogueErrorTitle: 'Impossible de commencer la configuration de ce connecteur : son catalogue de systèmes n’est pas valide',
  catalogueUnloadedTitle: 'Impossible de commencer la configuration de ce connecteur : son catalogue de systèmes n’a pas pu être chargé',
  catalogueLoadFailed: (status: string) => `Le catalogue de systèmes n’a pas pu être chargé (${status}).`,
  catalogueNotJson: 'Le catalogue de systèmes n’est pas un JSON valide.',
  catalogueUnreachable: 'Le catalogue de systèmes est injoignable. Vérifiez la connexion réseau, puis réessayez.',
  catalogueBackOnline: 'Le réseau est rétabli\u00a0: le catalogue de systèmes est chargé.',
  noCatalogue: 'Aucun catalogue de systèmes n’a été fourni pour la configuration de ce connecteur.',
  unknownSystem: (id: string) => `Le système « ${id} » ne figure pas dans le catalogue.`,
  unreadableSystem: (id: string) => `Le système « ${id} » figure dans le catalogue, mais son entrée n’a pas pu être lue, il ne peut donc pas être configuré ici.`,
  editNoId: 'Ce connecteur ne peut pas être ouvert : il n’a pas d’identifiant valable.',

  colon: '\u00a0:',
  stepsLabel: 'Étapes',
  stepLabels: {
    system: 'Système',
    general: 'Informations générales',
    timezone: 'Fuseau horaire et format de date',
    auth: 'Type d’authentification',
    credentials: 'Identifiants',
    review: 'Vérification',
  } as Record<string, string>,
  stepOf: (n: number, total: number) => `Étape ${number.format(n)} sur ${number.format(total)}`,
  completed: 'étape terminée',
  needsAttention: 'à vérifier',
  continue: 'Continuer',
  back: 'Retour',
  cancel: 'Annuler',
  create: 'Créer le connecteur',
  discardDraft: 'Supprimer le brouillon',
  discardConfirm: 'Supprimer ce brouillon ? Tout ce que vous avez saisi jusqu’ici sera effacé.',
  discardYes: 'Oui, le supprimer',
  discardNo: 'Non, le garder',
  errorSummaryTitle: 'Il y a un problème',
  errorPrefix: 'Erreur :',
  optional: '(facultatif)',
  draftsUnavailable: 'Vos réponses ne sont pas enregistrées en brouillon sur cet appareil. Terminez donc votre saisie maintenant.',
  draftRestored: 'Nous avons restauré les réponses que vous aviez enregistrées.',
  draftFollowed: 'Ce brouillon a été modifié dans un autre onglet ou une autre fenêtre\u00a0: ce formulaire affiche donc maintenant cette version.',
  draftTheirs: 'Ce formulaire affiche maintenant l’autre version.',
  draftNotices: {
    malformed: 'Un brouillon enregistré n’a pas pu être lu. Le formulaire commence donc vide.',
    conflict: 'Ce brouillon a été modifié dans un autre onglet ou une autre fenêtre. Vos modifications ici n’ont pas été enregistrées.',
    kept: 'Le brouillon enregistré ici appartient à un autre connecteur ou a été enregistré par une version plus récente de ce formulaire\u00a0: il n’a donc pas été ouvert. Il est conservé tel quel, et ce que vous saisissez ici n’est pas enregistré comme brouillon.',
    deleted: 'Ce brouillon a été finalisé ou supprimé dans un autre onglet ou une autre fenêtre. Vos modifications ici n’ont pas été enregistrées.',
    created: 'Ce connecteur a été enregistré dans un autre onglet ou une autre fenêtre. Vos modifications ici n’ont pas été enregistrées.',
    finished: 'Ce connecteur a été enregistré dans un autre onglet ou une autre fenêtre. Le formulaire repart donc de zéro.',
    discarded: 'Ce brouillon a été finalisé ou supprimé dans un autre onglet ou une autre fenêtre. Le formulaire repart donc de zéro.',
    upgraded:
      'Ce formulaire a été mis à jour dans un autre onglet. Vos réponses ici ne sont donc plus enregistrées en brouillon. Terminez votre saisie dans cet onglet ou rechargez-le.',
    'upgraded-unsaved':
      'Ce formulaire a été mis à jour dans un autre onglet. Vos réponses ici ne sont donc plus enregistrées en brouillon, et vos dernières modifications ici n’ont pas été enregistrées. Terminez votre saisie dans cet onglet\u00a0: en le rechargeant, vous les perdriez.',
    'secrets-in-memory':
      'Les valeurs secrètes ne peuvent pas être stockées de façon sûre dans ce navigateur. Elles sont donc conservées uniquement tant que cette page reste ouverte.',
    'saving-again': 'Vos réponses sont de nouveau enregistrées en brouillon sur cet appareil.',
    'set-aside': 'Cette page est passée à un autre brouillon. Le formulaire commence donc vide. Ce que vous aviez saisi est conservé dans son propre brouillon enregistré.',
    cleared: 'Vos réponses enregistrées n’étaient plus sur cet appareil à votre retour de l’authentification. Le formulaire repart donc de zéro.',
    'changed-while-away':
      'Ce brouillon a été modifié dans un autre onglet ou une autre fenêtre pendant votre authentification. Cette authentification n’a donc pas été utilisée. Relancez la connexion si besoin.',
    'left-unsaved':
      'Cette page est passée à un autre brouillon. Celui qu’elle a quitté a été modifié entre-temps dans un autre onglet ou une autre fenêtre. Ses dernières modifications ici n’ont donc pas été enregistrées.',
    'cleared-reloaded': 'Vos réponses enregistrées n’étaient plus sur cet appareil au rechargement de cette page. Le formulaire repart donc de zéro.',
    'malformed-left-unsaved':
      'Cette page est passée à un autre brouillon, qui n’a pas pu être lu. Le formulaire commence donc vide. Celui qu’elle a quitté a été modifié entre-temps dans un autre onglet ou une autre fenêtre. Ses dernières modifications ici n’ont donc pas été enregistrées.',
    'secret-elsewhere':
      'Un autre onglet ou une autre fenêtre traite l’un de vos identifiants comme secret. Il n’est donc plus dans ce brouillon. Saisissez-le de nouveau à l’étape «\u202fIdentifiants\u202f» si nécessaire.',
    'malformed-set-aside':
      'Cette page est passée à un autre brouillon, qui n’a pas pu être lu. Le formulaire commence donc vide. Ce que vous aviez saisi est conservé dans son propre brouillon enregistré.',
    held: 'Vos dernières modifications ne sont pas encore enregistrées, car un autre onglet ou une autre fenêtre enregistre encore un brouillon. Gardez cette page ouverte jusqu’à ce qu’elles le soient.',
    'held-delete':
      'Ce brouillon n’est pas encore supprimé, car un autre onglet ou une autre fenêtre enregistre encore un brouillon. Gardez cette page ouverte jusqu’à ce qu’il le soit.',
    'held-finished':
      'Le brouillon du connecteur que vous venez de terminer n’est pas encore supprimé, car un autre onglet ou une autre fenêtre enregistre encore un brouillon. Gardez cette page ouverte jusqu’à ce qu’il le soit.',
  } as Messages['draftNotices'],
  conflictLoadTheirs: 'Utiliser l’autre version',
  conflictKeepMine: 'Garder ma version',
  conflictStartAgain: 'Recommencer',
  loadingDraft: 'Chargement de vos réponses enregistrées…',
  loadingStep: 'Chargement de l’étape suivante…',
  loadFailed: 'Une partie de ce formulaire n’a pas pu être chargée. Vérifiez votre connexion réseau et réessayez\u202f; rien de ce que vous avez saisi n’est perdu.',
  tryAgain: 'Réessayer',
  draftElsewhereNamed: (labels: string[]) =>
    `Un autre onglet ou une autre fenêtre traite ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(isolated))} comme ${labels.length > 1 ? 'secrets' : 'secret'}. Ce que vous y avez saisi n’est donc plus dans ce brouillon. Saisissez-le de nouveau à l’étape «\u202fIdentifiants\u202f» si nécessaire.`,
  draftHeldSaved: 'Vos dernières modifications sont maintenant enregistrées.',
  draftHeldDeleted: 'Ce brouillon est maintenant supprimé.',
  draftHeldFinishedDeleted: 'Le brouillon du connecteur que vous venez de terminer est maintenant supprimé.',

  // System step
  systemTitle: 'Choisissez un système',
  systemSearch: 'Rechercher un système',
  systemSearchHint: 'Saisissez un nom ou une catégorie, par exemple « Shopify » ou « ERP ».',
  systemNoMatch: (q: string) => `Aucun système ne correspond à « ${q} ».`,
  systemCount: (n: number) => count(n, 'système', 'systèmes'),
  systemShowing: (shown: number, total: number) => `${count(shown, 'système affiché', 'systèmes affichés')} sur ${number.format(total)}. Tapez pour affiner la liste.`,
  systemKeptInSight: (name: string) => `Votre choix, ${name}, reste affiché lui aussi.`,
  systemGone: (id: string) => `Le système choisi auparavant (« ${id} ») n’est plus proposé. Choisissez-en un pour continuer.`,
  systemUnreadable: (id: string) =>
    `Le système choisi auparavant (« ${id} ») figure dans le catalogue, mais son entrée n’a pas pu être lue, il ne peut donc pas être configuré ici. Choisissez-en un autre pour continuer.`,
  systemRequired: 'Choisissez le système que vous voulez connecter',

  // General step
  generalTitle: 'Informations générales',
  name: 'Nom du connecteur',
  nameHint: 'Un nom que votre équipe reconnaîtra, par exemple « Shopify UK ».',
  nameRequired: 'Saisissez un nom pour le connecteur',
  nameTooLong: (max: number) => `Le nom du connecteur doit comporter ${characters(max)} au maximum`,
  nameDirectionControls: 'Retirez les caractères invisibles qui changent le sens de l’écriture\u00a0: ils peuvent faire lire le nom autrement qu’il n’est',
  group: 'Groupe de sociétés',
  groupRequired: 'Choisissez le groupe de sociétés auquel appartient ce connecteur',
  groupKept: '(groupe actuel, non proposé ici)',
  noGroupKept: 'Aucun groupe (comme maintenant)',
  environment: 'Test ou production',
  environmentHint: 'Un groupe de sociétés peut avoir un connecteur de production et un connecteur de test pour chaque système.',
  live: 'Production',
  test: 'Test',
  environmentRequired: 'Indiquez s’il s’agit d’un connecteur de test ou de production',
  slotTaken: (env: 'live' | 'test', system: string, group?: string) => `Un connecteur ${system} ${environmentOf(env)} existe déjà${group ? ` dans ${group}` : ''}.`,
  bothTaken: (system: string, group?: string) =>
    group
      ? `${group} a déjà un connecteur ${system} de production et un de test, soit le maximum pour un groupe de sociétés. Choisissez un autre groupe de sociétés.`
      : `Il existe déjà un connecteur ${system} de production et un de test, soit le maximum autorisé.`,
  environmentTaken: (env: 'live' | 'test', system: string, group?: string) =>
    `Un connecteur ${system} ${environmentOf(env)} existe déjà${group ? ` dans ${group}` : ''} ; choisissez l’autre environnement`,

  // Time zone step
  timezoneTitle: 'Fuseau horaire et format de date',
  timezoneIntro: 'Lors de la synchronisation, les dates de ce système sont converties en UTC selon le fuseau horaire et le format ci-dessous.',
  timeZone: 'Fuseau horaire',
  timeZoneHint: 'Le fuseau horaire dans lequel le système enregistre ses dates. Saisissez du texte pour rechercher, par exemple « London » ou « +10 ».',
  timeZoneRequired: 'Choisissez le fuseau horaire utilisé par le système',
  timeZoneUnknown: 'Choisissez un fuseau horaire dans la liste',
  timeZoneNoMatch: (q: string) => `Aucun fuseau horaire ne correspond à «\u202f${q}\u202f».`,
  timeZoneCount: (n: number) => count(n, 'fuseau horaire', 'fuseaux horaires'),
  dateFormat: 'Format de date',
  dateFormatHint: 'La façon dont le système écrit les dates. Le format par défaut convient à ce système.',
  dateFormatRequired: 'Choisissez le format de date utilisé par le système',
  customFormat: 'Modèle personnalisé',
  customPattern: 'Modèle',
  customPatternHint: "Modèle de date Unicode, par exemple yyyy-MM-dd HH:mm. Mettez le texte littéral entre apostrophes droites (').",
  customPatternRequired: 'Saisissez un modèle de date, par exemple yyyy-MM-dd HH:mm:ss',
  datePatternProblem: (p: DatePatternProblem) =>
    p.kind === 'letter'
      ? p.lowercase
        ? `«\u202f${p.letter}\u202f» n’est pas une lettre de modèle de date que ce formulaire comprend\u00a0: écrivez le jour dd et l’année yyyy, comme dans dd/MM/yyyy.`
        : `«\u202f${p.letter}\u202f» n’est pas une lettre de modèle de date que ce formulaire comprend. Mettez le texte fixe entre guillemets simples, comme 'T'.`
      : p.kind === 'width'
        ? `«\u202f${p.text}\u202f» n’est pas pris en charge\u202f; utilisez ${p.allowed.join(', ')}.`
        : {
            empty: 'Saisissez un modèle de date, par exemple yyyy-MM-dd HH:mm:ss',
            length: 'Un modèle de date doit compter 100 caractères au plus',
            quote: "Un guillemet (') n’est pas fermé. Mettez le texte fixe entre deux guillemets simples.",
            'no-field': 'Un modèle de date doit contenir au moins une année, un jour, une heure ou une minute, par exemple yyyy-MM-dd',
          }[p.kind],
  datePatternWarning: (w: DatePatternWarning) =>
    w === 'no-am-pm'
      ? '«\u202fhh\u202f» est une horloge de 12 heures, et ce modèle n’a pas d’AM/PM (a)\u00a0: 14:30 s’écrit 02:30. Utilisez HH pour une horloge de 24 heures, ou ajoutez a.'
      : '«\u202fmm\u202f» désigne les minutes, pas le mois\u00a0: utilisez MM pour le mois.',
  preview: 'Maintenant :',
  systemDefault: 'par défaut pour ce système',
  formatLabels: {
    iso: 'ISO 8601',
    sql: 'Date et heure',
    dmy: 'Jour/mois/année',
    mdy: 'Mois/jour/année',
    rfc2822: 'RFC 2822',
    unix: 'Temps Unix (secondes)',
    'unix-ms': 'Temps Unix (millisecondes)',
  } as Record<string, string>,

  // Auth step
  authTitle: 'Type d’authentification',
  authLegend: (system: string) => `Comment devons-nous nous authentifier auprès ${elided('de', system)}\u202f?`,
  authTypeGone: (id: string) => `Le type d’authentification choisi auparavant («\u202f${id}\u202f») n’est plus proposé. Choisissez-en un pour continuer.`,
  authOnlyOne: (system: string, label: string) => `${system} n’a qu’un type d’authentification, « ${label} ». Il est donc déjà sélectionné.`,
  authRequired: (system: string) => `Choisissez le mode d’authentification auprès ${elided('de', system)}`,
  docs: 'Documentation',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',

  // Credentials step
  credentialsTitle: 'Identifiants',
  credentialsIntro: (system: string) => `Saisissez les informations exactement comme ${system} les affiche. Respectez les majuscules et les minuscules.`,
  show: 'Afficher',
  hide: 'Masquer',
  fieldRequired: (label: string) => `Renseignez le champ « ${label} »`,
  chooseRequired: (label: string) => `Choisissez une valeur pour « ${label} »`,
  fieldPattern: (label: string, example?: string) => `Le champ « ${label} » n’est pas au format attendu${example ? ` (exemple : ${example})` : ''}`,
  fieldTooShort: (label: string, n: number) => `Le champ « ${label} » doit comporter au moins ${characters(n)}`,
  fieldTooLong: (label: string, n: number) => `Le champ « ${label} » doit comporter ${characters(n)} au maximum`,
  fieldUrl: (label: string) => `Le champ « ${label} » doit contenir une adresse web complète commençant par https://`,
  fieldEmail: (label: string) => `Le champ « ${label} » doit contenir une adresse e-mail, comme nom@example.com`,
  fieldNumber: (label: string) => `Le champ « ${label} » doit contenir un nombre`,
  example: 'Exemple :',
  reenterSecret: 'Saisissez de nouveau cette valeur : les valeurs secrètes ne sont pas conservées.',
  reenterSavedSecret: 'Saisissez de nouveau cette valeur\u00a0: la valeur enregistrée a expiré (les valeurs secrètes sont conservées 24 heures) ou n’a pas pu être lue.',
  whitespace: (w: EdgeWhitespace) => {
    const noun = {
      space: ['une espace', 'espaces'],
      tab: ['une tabulation', 'tabulations'],
      'line break': ['un saut de ligne', 'sauts de ligne'],
      whitespace: ['un caractère d’espacement', 'caractères d’espacement'],
    };
    const part = (r: WhitespaceRun, where: string) => (r.count === 1 ? `${noun[r.kind][0]} ${where}` : `${number.format(r.count)} ${noun[r.kind][1]} ${where}`);
    return [w.leading && part(w.leading, 'au début'), w.trailing && part(w.trailing, 'à la fin')].filter(Boolean).join(' et ');
  },
  trimmed: (what: string) => `Nous avons retiré de votre saisie : ${what}.`,
  lowercased: 'Nous avons mis cette valeur en minuscules.',
  invisibleRemoved: (n: number) =>
    n === 1
      ? 'Nous avons supprimé un caractère invisible (comme une espace sans chasse) venu avec le collage.'
      : `Nous avons supprimé ${number.format(n)} caractères invisibles (comme des espaces sans chasse) venus avec le collage.`,
  invisibleKept: (n: number) =>
    n === 1
      ? 'Cette valeur contient un caractère invisible (comme une espace sans chasse). Il est conservé tel quel\u202f; vérifiez qu’il doit bien y être.'
      : `Cette valeur contient ${number.format(n)} caractères invisibles (comme des espaces sans chasse). Ils sont conservés tels quels\u202f; vérifiez qu’ils doivent bien y être.`,
  trimmedAndLowercased: (what: string) => `Nous avons retiré de votre saisie : ${what}. Nous avons aussi mis cette valeur en minuscules.`,
  affixesRemoved: (parts: string[]) =>
    `Nous avons retiré ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(parts.map((p) => `«\u202f${p}\u202f»`))}\u00a0: le formulaire ${parts.length === 1 ? 'l’ajoute' : 'les ajoute'} lui-même.`,
  keptWhitespace: (what: string) => `Cette valeur contient : ${what}. Elle est conservée exactement telle que vous l’avez saisie ; vérifiez que c’est voulu.`,
  oauthNotConfigured: (system: string) =>
    `L’authentification via ${system} n’est pas disponible ici\u00a0: la page qui héberge ce formulaire ne l’a pas configurée (oauth-start-url).`,
  oauthConnectionRequired: (system: string) => `Connectez ${system} pour continuer`,
  oauthConnect: (system: string) => `Connecter ${system}`,
  oauthWaiting: (system: string) => `Terminez l’authentification auprès ${elided('de', system)} dans la fenêtre ouverte…`,
  oauthBlocked: 'Votre navigateur a bloqué la fenêtre d’authentification.',
  oauthClosedEarly: 'La fenêtre d’authentification s’est fermée avant le chargement de sa page\u00a0: le navigateur ou une extension l’a peut-être bloquée.',
  oauthTryAgain: 'Réessayer',
  oauthContinueUnsaved:
    'Vos réponses n’ont pas pu être enregistrées sur cet appareil, cette page reste donc ouverte. Autorisez les fenêtres contextuelles pour ce site, puis choisissez «\u202fRéessayer\u202f».',
  oauthContinueNotDrafted:
    'Vos réponses ici ne sont pas enregistrées comme brouillon (l’avis ci-dessus dit pourquoi), cette page reste donc ouverte. Autorisez les fenêtres contextuelles pour ce site, puis choisissez «\u202fRéessayer\u202f».',
  oauthContinueLosesSecrets: (labels: string[]) =>
    `En quittant cette page, vous perdez ce que vous avez saisi dans ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}\u00a0: les valeurs secrètes ne sont gardées que tant que la page est ouverte. Choisissez de nouveau «\u202fContinuer dans cet onglet\u202f» pour poursuivre et les saisir à nouveau à votre retour, ou autorisez les fenêtres contextuelles pour ce site et choisissez «\u202fRéessayer\u202f».`,
  oauthContinueNoDrafts:
    'Cette page ne garde aucun brouillon\u00a0: en la quittant, vous perdez les réponses saisies ici. Choisissez de nouveau «\u202fContinuer dans cet onglet\u202f» pour poursuivre et répondre à nouveau à votre retour, ou autorisez les fenêtres contextuelles pour ce site et choisissez «\u202fRéessayer\u202f».',
  oauthContinueHere: 'Continuer dans cet onglet',
  oauthContinueHint: 'Vos réponses sont d’abord enregistrées, donc rien n’est perdu.',
  oauthRefused: (system: string) =>
    `L’authentification via ${system} ne peut pas être utilisée ici à cause de la configuration de cette page. Ses développeurs ont été informés de la raison.`,
  oauthDetached: (system: string) =>
    `En attente de la fin de votre authentification auprès ${elided('de', system)} dans l’autre fenêtre. Quand elle est terminée, choisissez «\u202fJ’ai terminé\u202f».`,
  oauthUnfinished: (system: string) =>
    `L’authentification auprès ${elided('de', system)} n’est pas terminée. Si sa fenêtre est encore ouverte, terminez-la dans cette fenêtre et choisissez «\u202fJ’ai terminé\u202f»\u202f; sinon, recommencez.`,
  oauthUnreadable: (system: string) =>
    `La réponse de l’authentification auprès ${elided('de', system)} n’a pas pu être lue, aucune connexion n’a donc été établie. Relancez la connexion pour réessayer.`,
  oauthExpired: (system: string) =>
    `La réponse de l’authentification auprès ${elided('de', system)} est revenue il y a plus d’une heure et ne peut plus être utilisée, aucune connexion n’a donc été établie. Relancez la connexion pour réessayer.`,
  oauthUnreachable: (system: string) =>
    `Nous n’avons pas pu vérifier si l’authentification auprès ${elided('de', system)} est terminée. Vérifiez votre connexion réseau, puis choisissez de nouveau «\u202fJ’ai terminé\u202f», ou recommencez.`,
  oauthFinished: 'J’ai terminé',
  oauthStartAgain: 'Recommencer',
  oauthClosed: 'La fenêtre d’authentification a été fermée, ou cette page en a perdu la trace, avant la fin. Relancez la connexion quand vous le souhaitez.',
  oauthDenied: (system: string, error?: string) => `${system} n’a pas autorisé la connexion${error ? `\u00a0: ${error}` : ''}${fullStopAfter(error)} Vous pouvez réessayer.`,
  oauthConnected: (system: string, account?: string) => `Connecté à ${system}${account ? ` en tant ${elided('que', account)}` : ''}${fullStopAfter(account)}`,
  oauthEnvironmentChanged: (live: boolean) =>
    live
      ? 'Ce connecteur est maintenant en production\u00a0: une connexion faite pour les tests ne peut pas servir. Relancez la connexion quand vous le souhaitez.'
      : 'Ce connecteur sert maintenant aux tests\u00a0: une connexion de production ne peut pas servir. Relancez la connexion quand vous le souhaitez.',
  oauthFieldChanged: (label: string) =>
    `«\u202f${label}\u202f» a changé\u00a0: la connexion faite pour la valeur précédente a été retirée. Relancez la connexion quand vous le souhaitez.`,
  oauthSignInFieldChanged: (label: string) =>
    `«\u202f${label}\u202f» a changé\u00a0: l’authentification commencée pour la valeur précédente a été interrompue. Relancez la connexion quand vous le souhaitez.`,
  oauthFieldUnsendable: (label: string) =>
    `Le champ «\u202f${label}\u202f» contient un caractère abîmé, comme en laisse parfois un copier-coller, qui ne peut pas être envoyé pour l’authentification\u00a0: saisissez-le à nouveau`,
  oauthReconnect: 'Connecter un autre compte',
  oauthKept: (system: string) => `Ce connecteur reste connecté à ${system} comme maintenant. Relancez la connexion uniquement pour utiliser un autre compte.`,
  oauthContinueNotKept:
    'Ce navigateur n’a pas pu conserver l’authentification en cours pour votre retour, cette page reste donc ouverte. Autorisez les fenêtres contextuelles pour ce site, puis choisissez «\u202fRéessayer\u202f».',
  oauthUnreachableAway: (system: string) =>
    `Nous n’avons pas pu vérifier si l’authentification auprès ${elided('de', system)} est terminée. Vérifiez votre connexion réseau, revenez à l’étape «\u202fIdentifiants\u202f», puis choisissez de nouveau «\u202fJ’ai terminé\u202f», ou recommencez.`,
  oauthRedirected: (system: string, away = false) =>
    `Nous n’avons pas pu vérifier si l’authentification auprès ${elided('de', system)} est terminée\u00a0: le serveur a répondu par une redirection, que ce formulaire ne suit pas. Si votre session a pris fin, reconnectez-vous dans l’application${away ? ', revenez à l’étape «\u202fIdentifiants\u202f»' : ''}, puis choisissez de nouveau «\u202fJ’ai terminé\u202f»\u202f; sinon, prévenez la personne qui gère cette page.`,
  warning: 'Attention\u00a0:',
  looksLive: (label: string) => `«\u202f${label}\u202f» ressemble à une valeur de production, mais ce connecteur sert aux tests.`,
  looksTest: (label: string) => `«\u202f${label}\u202f» ressemble à une valeur de test, mais ce connecteur est en production.`,
  pasteFilled: (labels: string[]) =>
    `${number.format(labels.length)} ${labels.length === 1 ? 'champ rempli' : 'champs remplis'} à partir du texte collé\u00a0: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  // Not "Annuler" alone: Cancel, beside it, says that.
  pasteUndo: 'Annuler le remplissage',
  pasteUndoName: 'Annuler le remplissage à partir du texte collé',
  dropUndoName: 'Annuler le remplissage à partir du texte déposé',
  pasteOneValue:
    'Rien n’a été collé\u00a0: le texte contient plus d’une valeur, et ce champ n’en attend qu’une. Collez chaque valeur séparément, ou un bloc de lignes KEY=value qui nomme ces champs.',
  pasteNamedSecret:
    'Rien n’a été collé\u00a0: cela ressemble à une valeur secrète accompagnée de son nom, et ce champ affiche ce qu’il contient. Collez la valeur secrète seule dans son propre champ, qui la masque.',
  pasteLinesJoined:
    'Ce que vous avez collé tenait sur plusieurs lignes, comme une longue valeur coupée par un PDF ou une messagerie\u00a0: ce champ n’accepte qu’une ligne, les lignes ont donc été réunies, sans espace entre elles.',
  pasteKeyOneLine: 'Cette clé privée n’a pas été acceptée\u00a0: ce champ n’accepte qu’une ligne, et sans ses sauts de ligne la clé ne fonctionnerait pas.',
  pasteOtherAuthType: (authType: string) =>
    `Rien n’a été collé\u00a0: c’est une valeur secrète d’un autre type d’authentification, ${authType}. Pour l’utiliser, choisissez ce type à l’étape «\u202fType d’authentification\u202f».`,
  pasteUndone: 'Les valeurs d’avant le collage sont rétablies.',
  dropFilled: (labels: string[]) =>
    `${number.format(labels.length)} ${labels.length === 1 ? 'champ rempli' : 'champs remplis'} à partir du texte déposé\u00a0: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  dropUndone: 'Les valeurs d’avant le dépôt sont rétablies.',
  dropOneValue:
    'Rien n’a été déposé\u00a0: le texte contient plus d’une valeur, et ce champ n’en attend qu’une. Déposez ou collez chaque valeur séparément, ou un bloc de lignes KEY=value qui nomme ces champs.',
  dropNamedSecret:
    'Rien n’a été déposé\u00a0: cela ressemble à une valeur secrète accompagnée de son nom, et ce champ affiche ce qu’il contient. Collez la valeur secrète seule dans son propre champ, qui la masque.',
  dropOtherAuthType: (authType: string) =>
    `Rien n’a été déposé\u00a0: c’est une valeur secrète d’un autre type d’authentification, ${authType}. Pour l’utiliser, choisissez ce type à l’étape «\u202fType d’authentification\u202f».`,
  dropFile: 'Rien n’a été déposé\u00a0: ce formulaire ne lit pas les fichiers. Ouvrez le fichier, copiez son contenu et collez-le ici.',
  nameNotCredentials:
    'Rien n’a été collé\u00a0: cela ressemble à des identifiants, pas à un nom. Saisissez-les à l’étape «\u202fIdentifiants\u202f», où les secrets restent masqués.',
  nameNotCredentialsDropped:
    'Rien n’a été déposé\u00a0: cela ressemble à des identifiants, pas à un nom. Saisissez-les à l’étape «\u202fIdentifiants\u202f», où les secrets restent masqués.',
  checksTitle: 'Ce qui a été vérifié',
  checkStatus: (status: 'passed' | 'failed' | 'skipped') => ({ passed: 'Réussi', failed: 'Échoué', skipped: 'Ignoré' })[status],
  connectedAs: (account: string) => `Connecté en tant ${elided('que', account)}${fullStopAfter(account)}`,
  connection: 'Connexion',
  noCredentials: 'Ce type d’authentification ne nécessite aucun identifiant.',
  pastedCodeMarks: 'Nous avons retiré les accents graves (`) qu’une messagerie ou un wiki met autour du code\u00a0: ils ne font pas partie de la valeur.',
  pastedQuoteMarks: 'Nous avons retiré les signes «\u202f>\u202f» qu’une réponse à un e-mail met devant les lignes citées\u00a0: ils ne font pas partie de la valeur.',
  pastedPercentMark: 'Cette valeur se termine par «\u202f%\u202f», qu’un terminal a pu ajouter lors de la copie. Supprimez-le s’il ne fait pas partie de la valeur.',
  pasteUnchosen: (labels: string[]) =>
    labels.length === 1
      ? `${labels[0]!} n’a pas été rempli\u00a0: la valeur donnée ne correspond à aucune de ses options, ou à plusieurs. Choisissez-en une dans la liste.`
      : `${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)} n’ont pas été remplis\u00a0: les valeurs données ne correspondent à aucune de leurs options, ou à plusieurs. Choisissez dans chaque liste.`,
  pasteNotUsed: (names: string[], more: number) =>
    `${names.length + more > 1 ? 'Non utilisés, car aucun champ ici ne porte ces noms' : 'Non utilisé, car aucun champ ici ne porte ce nom'}\u00a0: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(more ? [...names, `${number.format(more)} ${more === 1 ? 'autre' : 'autres'}`] : names)}.`,
  pasteLinesNotUsed: (count: number) =>
    count === 1
      ? `${number.format(count)} ligne n’a pas été utilisée, car aucun champ ici ne porte son nom.`
      : `${number.format(count)} lignes n’ont pas été utilisées, car aucun champ ici ne porte leur nom.`,
  pasteUndoKeeps: (typed: string[], back: string[]) =>
    `Depuis, vous avez saisi du texte dans ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(typed)}\u00a0: «\u202fAnnuler le remplissage\u202f» ne rétablit donc que ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(back)}.`,
  pasteUndoGone: '«\u202fAnnuler le remplissage\u202f» n’est plus proposé\u00a0: vous avez saisi du texte dans chaque champ rempli par le collage.',
  dropUndoGone: '«\u202fAnnuler le remplissage\u202f» n’est plus proposé\u00a0: vous avez saisi du texte dans chaque champ rempli par le dépôt.',
  pasteOneValueJson:
    'Rien n’a été collé\u00a0: le JSON contient plus d’une valeur, et ce champ n’en attend qu’une. Collez chaque valeur séparément, ou un JSON dont les membres portent les noms de ces champs.',
  dropOneValueJson:
    'Rien n’a été déposé\u00a0: le JSON contient plus d’une valeur, et ce champ n’en attend qu’une. Déposez ou collez chaque valeur séparément, ou un JSON dont les membres portent les noms de ces champs.',
  pasteFieldNames: (names: string[]) => `Les champs ici se nomment ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(names)}.`,
  pasteNamedMasked: 'Rien n’a été collé\u00a0: cela ressemble à une valeur accompagnée de son nom, et ce champ ne prend que la valeur. Collez la valeur seule, sans son nom.',
  dropNamedMasked:
    'Rien n’a été déposé\u00a0: cela ressemble à une valeur accompagnée de son nom, et ce champ ne prend que la valeur. Déposez ou collez la valeur seule, sans son nom.',

  // Review
  reviewTitle: 'Vérifiez vos réponses',
  reviewIntro: 'Vérifiez les informations avant de créer le connecteur.',
  reviewIntroEdit: 'Vérifiez les modifications avant de les enregistrer.',
  editUnchanged: 'Rien n’a changé\u00a0: il n’y a donc rien à enregistrer.',
  change: 'Modifier',
  provided: 'Renseigné (masqué)',
  notProvided: 'Non renseigné',
  notProvidedAgain: 'Non renseigné : saisissez-le de nouveau (les valeurs secrètes ne sont pas conservées)',
  notProvidedSaved: 'Non renseigné : saisissez-le de nouveau (la valeur enregistrée a expiré ou n’a pas pu être lue)',
  systemLabel: 'Système',
  notSet: 'Non défini',
  yes: 'Oui',
  no: 'Non',

  // Endpoint mode
  creating: 'Création du connecteur…',
  retrying: (attempt: number, attempts: number, waitSeconds?: number) =>
    `Nouvelle tentative${waitSeconds ? ` dans ${saidWait(LOCALE, waitSeconds, (n) => count(n, 'seconde', 'secondes'), 'un moment')}` : ''}… (tentative ${number.format(attempt)} sur ${number.format(attempts)})`,
  endpointRefused: 'Ce formulaire n’est pas configuré pour envoyer des connecteurs de façon sécurisée. Rien n’a donc été envoyé. Vos réponses sont conservées.',
  requestNotPrepared:
    'La requête n’a pas pu être préparée, rien n’a donc été envoyé. Vos réponses sont conservées\u202f; si cela se reproduit, prévenez la personne qui gère cette page.',
  notAuthorised: (status: number) =>
    `La page qui héberge ce formulaire n’est pas connectée pour créer des connecteurs (HTTP ${status}). Vos réponses sont conservées : reconnectez-vous dans l’application, puis cliquez sur « Créer le connecteur ».`,
  notAuthorisedUnsure: (status: number) =>
    `Un essai précédent est resté sans réponse, puis le serveur a indiqué que la page qui héberge ce formulaire n’est pas connectée pour créer des connecteurs (HTTP ${status})\u00a0: nous ne savons pas si le connecteur a été créé. Vos réponses sont conservées\u202f; reconnectez-vous dans l’application, puis cliquez de nouveau sur «\u202fCréer le connecteur\u202f» sans rien modifier\u00a0: il ne sera pas créé deux fois.`,
  networkFailed:
    'Le serveur n’a pas répondu\u00a0: nous ne savons pas si le connecteur a été créé. Vos réponses sont conservées\u202f; vérifiez votre connexion réseau, puis cliquez de nouveau sur «\u202fCréer le connecteur\u202f» sans rien modifier\u00a0: il ne sera pas créé deux fois.',
  offline: (editing = false) =>
    editing
      ? 'Ce navigateur est hors ligne\u00a0: vos modifications n’ont pas été envoyées. Elles sont conservées\u202f; cliquez de nouveau sur «\u202fEnregistrer les modifications\u202f» dès que le réseau est rétabli.'
      : 'Ce navigateur est hors ligne\u00a0: rien n’a été envoyé et le connecteur n’a pas été créé. Vos réponses sont conservées\u202f; cliquez de nouveau sur «\u202fCréer le connecteur\u202f» dès que le réseau est rétabli.',
  redirected: (editing = false) =>
    editing
      ? 'Le serveur a répondu par une redirection, que ce formulaire ne suit pas\u00a0: nous ne savons pas si les modifications ont été enregistrées. Vos modifications sont conservées\u202f; si votre session a pris fin, reconnectez-vous dans l’application, sinon prévenez la personne qui gère cette page, car enregistrer de nouveau n’y changera rien.'
      : 'Le serveur a répondu par une redirection, que ce formulaire ne suit pas\u00a0: nous ne savons pas si le connecteur a été créé. Vos réponses sont conservées\u202f; si votre session a pris fin, reconnectez-vous dans l’application, sinon prévenez la personne qui gère cette page, car réessayer n’y changera rien.',
  keyInUse: (editing = false) =>
    editing
      ? 'Le serveur traite encore un essai précédent de ces modifications\u00a0: nous ne savons pas encore si elles ont été enregistrées. Vos modifications sont conservées\u202f; patientez un instant, puis cliquez de nouveau sur «\u202fEnregistrer les modifications\u202f» sans rien modifier.'
      : 'Le serveur traite encore un essai précédent de création de ce connecteur\u00a0: nous ne savons pas encore s’il a été créé. Vos réponses sont conservées\u202f; patientez un instant, puis cliquez de nouveau sur «\u202fCréer le connecteur\u202f» sans rien modifier\u00a0: il ne sera pas créé deux fois.',
  serverFailed: (detail?: string) => `Le serveur n’a pas pu créer le connecteur${detail ? ` (${detail})` : ''}. Vos réponses sont conservées ; réessayez dans un instant.`,
  clientFailed: (detail?: string) =>
    `Le serveur a refusé de créer le connecteur${detail ? ` (${detail})` : ''}. Ce n’est pas un problème passager, réessayer n’y changera donc rien\u00a0: prévenez la personne qui gère cette page. Vos réponses sont conservées.`,
  conflictRefused: (detail?: string, editing = false) =>
    editing
      ? `Le serveur a refusé d’enregistrer les modifications, car elles sont en conflit avec ce qu’il contient déjà${detail ? ` (${detail})` : ''}. Les enregistrer à nouveau sans les changer peut mener au même conflit\u00a0: suivez ce qu’indique le serveur, ou prévenez la personne qui gère cette page. Vos modifications sont conservées.`
      : `Le serveur a refusé de créer le connecteur, car il est en conflit avec ce qu’il contient déjà${detail ? ` (${detail})` : ''}. Réessayer sans rien changer peut mener au même conflit\u00a0: suivez ce qu’indique le serveur, ou prévenez la personne qui gère cette page. Vos réponses sont conservées.`,
  conflictUnsure: (detail?: string, editing = false) =>
    editing
      ? `Un essai précédent est resté sans réponse, puis le serveur a refusé d’enregistrer les modifications, car elles sont en conflit avec ce qu’il contient déjà${detail ? ` (${detail})` : ''}. L’essai précédent les a peut-être enregistrées, donc nous ne savons pas si les modifications ont été enregistrées\u00a0: vérifiez le connecteur avant d’enregistrer à nouveau. Vos modifications sont conservées.`
      : `Un essai précédent est resté sans réponse, puis le serveur a refusé de créer le connecteur, car il est en conflit avec ce qu’il contient déjà${detail ? ` (${detail})` : ''}. Il peut s’agir du connecteur créé par l’essai précédent, donc nous ne savons pas si le connecteur a été créé\u00a0: cherchez-le dans votre liste de connecteurs avant de réessayer. Vos réponses sont conservées.`,
  tooLarge: (detail?: string, editing = false) =>
    `Le serveur a refusé les réponses, trop volumineuses${detail ? ` (${detail})` : ''}, donc les renvoyer telles quelles n’y changera rien. Cette réponse est la plus longue\u00a0: vérifiez que rien de trop n’y a été collé, raccourcissez-la, puis réessayez. ${editing ? 'Vos modifications sont conservées.' : 'Vos réponses sont conservées.'}`,
  saveNotAuthorised: (status: number) =>
    `La page qui héberge ce formulaire n’est pas connectée pour modifier des connecteurs (HTTP ${status}). Vos modifications sont conservées\u00a0: reconnectez-vous dans l’application, puis cliquez sur «\u202fEnregistrer les modifications\u202f».`,
  testNotAuthorised: (status: number) =>
    `La page qui héberge ce formulaire n’est pas connectée pour tester des connexions (HTTP ${status}). Reconnectez-vous dans l’application, puis cliquez sur «\u202fTester la connexion\u202f».`,
  saveNetworkFailed:
    'Le serveur n’a pas répondu\u00a0: nous ne savons pas si les modifications ont été enregistrées. Vos modifications sont conservées\u202f; vérifiez votre connexion réseau et enregistrez-les de nouveau.',
  saveServerFailed: (detail?: string) =>
    `Le serveur n’a pas pu enregistrer les modifications${detail ? ` (${detail})` : ''}. Vos modifications sont conservées\u202f; réessayez dans un instant.`,
  saveClientFailed: (detail?: string) =>
    `Le serveur a refusé d’enregistrer les modifications${detail ? ` (${detail})` : ''}. Ce n’est pas un problème passager, réessayer n’y changera donc rien\u00a0: prévenez la personne qui gère cette page. Vos modifications sont conservées.`,
  createdUnreadable:
    'Le serveur indique que le connecteur a été créé, mais sa réponse est illisible. Ne le créez pas de nouveau\u00a0: cherchez-le dans votre liste de connecteurs.',
  createdUnreadableElsewhere:
    'Le connecteur a été créé là où il a été envoyé, avant que la page ne change l’endroit où les connecteurs sont créés, mais la réponse de ce serveur est illisible. Ne le créez pas de nouveau\u00a0: cherchez-le là-bas, pas ici.',
  sentBeforeSwitch: (unsure: boolean) =>
    `La page a changé l’endroit où les connecteurs sont créés pendant l’envoi de celui-ci${unsure ? ', et aucune réponse n’est venue de l’endroit où il a d’abord été envoyé\u00a0: il y a peut-être été créé, mais il n’a pas été créé ici' : ', il n’a donc pas été créé ici'}. Vos réponses sont conservées\u202f; cliquez sur «\u202fCréer le connecteur\u202f» pour le créer ici.`,
  savedBeforeSwitch: (unsure: boolean) =>
    `La page a changé l’endroit où les connecteurs sont enregistrés pendant l’envoi de ces modifications${unsure ? ', et aucune réponse n’est venue de l’endroit où elles ont d’abord été envoyées\u00a0: elles y ont peut-être été enregistrées, mais elles n’ont pas été enregistrées ici' : ', elles n’ont donc pas été enregistrées ici'}. Vos modifications sont conservées\u202f; cliquez sur «\u202fEnregistrer les modifications\u202f» pour les enregistrer ici.`,
  savedUnreadable:
    'Le serveur indique que les modifications ont été enregistrées, mais sa réponse est illisible. Vérifiez le connecteur dans votre liste avant d’enregistrer de nouveau.',
  savedUnreadableElsewhere:
    'Les modifications ont été enregistrées là où elles ont été envoyées, avant que la page ne change l’endroit où les connecteurs sont enregistrés, mais la réponse de ce serveur est illisible. Vérifiez le connecteur là-bas, pas ici, avant d’enregistrer de nouveau.',
  answersRefused: (step: string, editing = false) =>
    `${editing ? 'Les modifications n’ont pas été enregistrées' : 'Le connecteur n’a pas été créé'}\u00a0: le serveur a trouvé un problème à l’étape «\u202f${step}\u202f».`,
  serverBusy: (seconds: number) =>
    `Le serveur est occupé et nous a demandé d’attendre ${saidWait(LOCALE, seconds, (n) => count(n, 'seconde', 'secondes'), 'longtemps')}. Vos réponses sont conservées ; réessayez ensuite.`,
  duplicateOnServer: (env: 'live' | 'test', system: string, group?: string) =>
    `Un connecteur ${system} ${environmentOf(env)} existe déjà${group ? ` dans ${group}` : ''} ; il a été ajouté après le début de votre saisie. Choisissez l’autre environnement${group ? ' ou un autre groupe de sociétés' : ''}`,
  duplicateMaybeOwn: (env: 'live' | 'test', system: string, group?: string) =>
    `Un connecteur ${system} ${environmentOf(env)} existe déjà${group ? ` dans ${group}` : ''}. C’est peut-être celui qu’un essai précédent a créé sans que la réponse arrive\u00a0: cherchez-le dans votre liste de connecteurs avant d’en ajouter un autre`,
  testConnection: 'Tester la connexion',
  testing: 'Test de la connexion…',
  testOk: (system: string) => `${system} a accepté ces identifiants.`,
  testRejected: (system: string, detail?: string, marked = true) =>
    `${system} a refusé ces identifiants${detail ? ` : ${detail}` : ''}${fullStopAfter(detail)}${marked ? ' Les champs à vérifier sont signalés.' : ''}`,
  testInvalid: 'Certaines réponses ne sont pas valides, la connexion n’a donc pas été testée. Les champs à corriger sont signalés.',
  testNotPassed: (detail?: string, marked = false) =>
    `Le test de connexion n’a pas réussi${detail ? `\u00a0: ${detail}` : ''}${fullStopAfter(detail)}${marked ? ' Les champs à vérifier sont signalés.' : ''}`,
  testCheckFailed: (system: string, detail: string) => `${system} a accepté ces identifiants, mais une vérification a échoué\u00a0: ${detail}${fullStopAfter(detail)}`,
  testFieldElsewhere: (field: string, step: string) => `Vérifiez «\u202f${field}\u202f» à l’étape «\u202f${step}\u202f».`,
  goToField: (field: string) => `Aller à «\u202f${field}\u202f»`,
  testUnreachable: (system: string, status?: number, editing = false) =>
    `Impossible de joindre ${system} pour tester les identifiants${status ? ` (HTTP ${status})` : ''}.${editing ? ' Vous pouvez tout de même enregistrer les modifications.' : ' Vous pouvez tout de même créer le connecteur.'}`,
  testNotRun: (status?: number, editing = false) =>
    `La connexion n’a pas pu être testée${status ? ` (HTTP ${status})` : ''}\u00a0: réessayez dans un instant.${editing ? ' Vous pouvez tout de même enregistrer les modifications.' : ' Vous pouvez tout de même créer le connecteur.'}`,
  testRedirected: (editing = false) =>
    `Le serveur a répondu au test de connexion par une redirection, que ce formulaire ne suit pas\u00a0: la connexion n’a pas été testée. Si votre session a pris fin, reconnectez-vous dans l’application, sinon prévenez la personne qui gère cette page, car tester de nouveau n’y changera rien.${editing ? ' Vous pouvez tout de même enregistrer les modifications.' : ' Vous pouvez tout de même créer le connecteur.'}`,
  testBusy: (seconds: number, editing = false) =>
    `Le serveur est occupé et nous a demandé d’attendre ${saidWait(LOCALE, seconds, (n) => count(n, 'seconde', 'secondes'), 'longtemps')} avant de tester de nouveau.${editing ? ' Vous pouvez tout de même enregistrer les modifications.' : ' Vous pouvez tout de même créer le connecteur.'}`,
  testOffline:
    'Ce navigateur est hors ligne\u00a0: rien n’a été envoyé et la connexion n’a pas été testée. Cliquez de nouveau sur «\u202fTester la connexion\u202f» dès que le réseau est rétabli.',
  testOptional: 'Le test est facultatif.',
  serverMoreErrors: (n: number) =>
    n === 1
      ? 'Le serveur signale un autre problème, qui ne figure pas ici\u00a0: corrigez ceux-ci, puis réessayez pour le voir.'
      : `Le serveur signale d’autres problèmes (${number.format(n)}) qui ne figurent pas ici\u00a0: corrigez ceux-ci, puis réessayez pour voir la suite.`,

  // Done
  saveChanges: 'Enregistrer les modifications',
  saving: 'Enregistrement des modifications…',
  keepCurrent: 'Laissez vide pour garder la valeur actuelle.',
  savedValueFormat: 'Cette valeur enregistrée ne correspond plus au format attendu.',
  keptCurrent: 'Inchangé (la valeur actuelle est conservée)',
  editWas: 'auparavant',
  secretReplaced: 'Remplacé (la nouvelle valeur est masquée)',
  replacementLost: (label: string) =>
    `La nouvelle valeur de «\u202f${label}\u202f» que vous avez saisie n’a pas été conservée\u00a0: saisissez-la de nouveau, ou gardez la valeur actuelle.`,
  keepCurrentValue: 'Garder la valeur actuelle',
  leaveEmpty: 'Laisser vide',
  keepCurrentSetting: 'Non modifié\u00a0: le réglage actuel est conservé tant que vous ne cochez ni ne décochez cette case.',
  testNeedsCredentials: (labels: string[]) =>
    `Pour tester, saisissez à nouveau les identifiants\u00a0: ceux que ce connecteur conserve ne sont jamais envoyés à un test. ${labels.length === 1 ? 'Valeur encore conservée' : 'Valeurs encore conservées'}\u00a0: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  secretsNeedEndpoint:
    'Les valeurs secrètes ne peuvent être modifiées que si ce formulaire envoie vers un point de terminaison\u202f; elles ne sont jamais mises dans des événements.',
  connectorMissing: 'Ce connecteur n’existe plus, il ne peut donc pas être modifié. Vos modifications sont conservées.',
  saveAnyway: 'Enregistrer quand même mes modifications',
  editChanged: (labels: string[]) =>
    labels.length
      ? `Quelqu’un a modifié ce connecteur depuis que vous l’avez ouvert\u202f; rien n’a été enregistré. Cette personne a aussi modifié ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}\u00a0: vérifiez les valeurs indiquées comme «\u202fauparavant\u202f», puis enregistrez quand même vos modifications, ou annulez. Vos modifications sont conservées.`
      : 'Quelqu’un a modifié ce connecteur depuis que vous l’avez ouvert\u202f; rien n’a été enregistré. Enregistrez quand même vos modifications, ou annulez. Vos modifications sont conservées.',
  editChangedUnread:
    'Quelqu’un a modifié ce connecteur depuis que vous l’avez ouvert\u202f; rien n’a été enregistré, et cette page n’a pas pu obtenir la version actuelle. Vos modifications sont conservées\u00a0: réessayez.',
  updatedTitle: 'Connecteur mis à jour',
  updatedBody: (name: string, system: string) => `${name} (${system}) a été mis à jour.`,
  createdTitle: 'Connecteur créé',
  createdBody: (name: string, system: string) => `${name} (${system}) a été créé.`,
  createdElsewhere: (name: string, system: string) =>
    `${name} (${system}) a été créé là où il a été envoyé, avant que la page ne change l’endroit où les connecteurs sont créés\u00a0: cherchez-le là-bas, pas ici.`,
  updatedElsewhere: (name: string, system: string) =>
    `Les modifications ${elided('de', name)} (${system}) ont été enregistrées là où elles ont été envoyées, avant que la page ne change l’endroit où les connecteurs sont enregistrés\u00a0: cherchez-les là-bas, pas ici.`,
  addAnother: 'Ajouter un autre connecteur',
};

export default fr;
