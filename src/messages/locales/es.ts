import type { DatePatternWarning } from '../../date-format/date-format.js';
import type { DatePatternProblem } from '../../date-format/date-pattern.js';
import type { Messages } from '../messages.js';
import type { EdgeWhitespace, WhitespaceRun } from '../../schemas/normalize.js';
import { fullStopAfter, isolated, numberFormat, saidWait } from '../isolate.js';

const LOCALE = 'es';
/** Numbers in the region of the wizard's `lang` (de-CH: 1’200; ar-EG: ٣). */
const number = numberFormat(LOCALE);
const plural = new Intl.PluralRules(LOCALE);

/** «1 carácter», «2 caracteres», «1.000.000 de caracteres». */
const count = (n: number, one: string, other: string) => {
  const form = plural.select(n);
  return `${number.format(n)} ${form === 'one' ? one : form === 'many' ? `de ${other}` : other}`;
};
const characters = (n: number) => count(n, 'carácter', 'caracteres');
/** “de producción” / “de pruebas”, after “conector de {system}”. */
const environmentOf = (env: 'live' | 'test') => (env === 'live' ? 'de producción' : 'de pruebas');

/** Spanish. */
const es: Messages = {
  loadingCatalogue: 'Cargando sistemas…',
  catalogueErrorTitle: 'No se puede empezar a configurar este conector: su catálogo de sistemas no es válido',
  catalogueUnloadedTitle: 'No se puede empezar a configurar este conector: no se ha podido cargar su catálogo de sistemas',
  catalogueLoadFailed: (status: string) => `No se ha podido cargar el catálogo de sistemas (${status}).`,
  catalogueNotJson: 'El catálogo de sistemas no es un JSON válido.',
  catalogueUnreachable: 'No se ha podido acceder al catálogo de sistemas. Compruebe su conexión a internet y vuelva a intentarlo.',
  catalogueBackOnline: 'Se ha restablecido la conexión a internet: el catálogo de sistemas se ha cargado.',
  noCatalogue: 'No se ha proporcionado ningún catálogo de sistemas para configurar este conector.',
  unknownSystem: (id: string) => `El sistema «${id}» no está en el catálogo.`,
  unreadableSystem: (id: string) => `El sistema «${id}» está en el catálogo, pero no se ha podido leer su entrada, así que no se puede configurar aquí.`,
  editNoId: 'Este conector no se puede abrir: no tiene un identificador válido.',

  colon: ':',
  stepsLabel: 'Pasos',
  stepLabels: {
    system: 'Sistema',
    general: 'Datos generales',
    timezone: 'Zona horaria y formato de fecha',
    auth: 'Tipo de autenticación',
    credentials: 'Credenciales',
    review: 'Revisión',
  } as Record<string, string>,
  stepOf: (n: number, total: number) => `Paso ${number.format(n)} de ${number.format(total)}`,
  completed: 'completado',
  needsAttention: 'requiere atención',
  continue: 'Continuar',
  back: 'Atrás',
  cancel: 'Cancelar',
  create: 'Crear conector',
  discardDraft: 'Descartar borrador',
  discardConfirm: '¿Descartar este borrador? Se eliminará todo lo que haya escrito hasta ahora.',
  discardYes: 'Sí, descartarlo',
  discardNo: 'No, conservarlo',
  errorSummaryTitle: 'Hay un problema',
  errorPrefix: 'Error:',
  optional: '(opcional)',
  draftsUnavailable: 'Sus respuestas no se están guardando como borrador en este dispositivo, así que termine el formulario en esta visita.',
  draftRestored: 'Hemos recuperado las respuestas que ha guardado antes.',
  draftFollowed: 'Este borrador se ha modificado en otra pestaña o ventana, así que este formulario muestra ahora esa versión.',
  draftTheirs: 'Este formulario muestra ahora la otra versión.',
  draftNotices: {
    malformed: 'No se ha podido leer un borrador guardado, así que el formulario empieza vacío.',
    conflict: 'Este borrador se ha modificado en otra pestaña o ventana. Sus cambios aquí no se han guardado.',
    kept: 'El borrador guardado aquí pertenece a otro conector o lo ha guardado una versión más reciente de este formulario, por eso no se ha abierto. Se conserva tal cual, y lo que escriba aquí no se guarda como borrador.',
    deleted: 'Este borrador se ha terminado o descartado en otra pestaña o ventana. Sus cambios aquí no se han guardado.',
    created: 'Este conector se ha guardado en otra pestaña o ventana. Sus cambios aquí no se han guardado.',
    finished: 'Este conector se ha guardado en otra pestaña o ventana, así que el formulario vuelve a empezar vacío.',
    discarded: 'Este borrador se ha terminado o descartado en otra pestaña o ventana, así que el formulario vuelve a empezar vacío.',
    upgraded: 'Este formulario se ha actualizado en otra pestaña, así que sus respuestas aquí ya no se guardan como borrador. Termine en esta pestaña o vuelva a cargarla.',
    'upgraded-unsaved':
      'Este formulario se ha actualizado en otra pestaña, así que sus respuestas aquí ya no se guardan como borrador, y sus últimos cambios aquí no se han guardado. Termine en esta pestaña: si la vuelve a cargar, los perderá.',
    'secrets-in-memory': 'Los valores secretos no se pueden guardar de forma segura en este navegador, así que solo se conservan mientras esta página esté abierta.',
    'saving-again': 'Sus respuestas vuelven a guardarse como borrador en este dispositivo.',
    'set-aside': 'Esta página ha pasado a otro borrador, así que el formulario empieza vacío. Lo que ha escrito antes se conserva en su propio borrador guardado.',
    cleared: 'Sus respuestas guardadas ya no estaban en este dispositivo al volver del inicio de sesión, así que el formulario vuelve a empezar vacío.',
    'changed-while-away':
      'Este borrador se ha cambiado en otra pestaña o ventana durante el inicio de sesión, así que ese inicio de sesión no se ha usado. Vuelva a conectar si lo necesita.',
    'left-unsaved':
      'Esta página ha pasado a otro borrador. El que ha dejado se ha modificado mientras tanto en otra pestaña o ventana, así que sus últimos cambios aquí no se han guardado.',
    'cleared-reloaded': 'Sus respuestas guardadas ya no estaban en este dispositivo al recargar esta página, así que el formulario vuelve a empezar vacío.',
    'malformed-left-unsaved':
      'Esta página ha pasado a otro borrador, que no se ha podido leer, así que el formulario empieza vacío. El que ha dejado se ha modificado mientras tanto en otra pestaña o ventana, así que sus últimos cambios aquí no se han guardado.',
    'secret-elsewhere':
      'Otra pestaña o ventana trata uno de sus valores de credenciales como secreto, así que ya no está en este borrador. Si lo necesita, vuelva a introducirlo en el paso «Credenciales».',
    'malformed-set-aside':
      'Esta página ha pasado a otro borrador, que no se ha podido leer, así que el formulario empieza vacío. Lo que ha escrito antes se conserva en su propio borrador guardado.',
    held: 'Sus últimos cambios aún no se han guardado, porque otra pestaña o ventana sigue guardando un borrador. Mantenga esta página abierta hasta que se guarden.',
    'held-delete': 'Este borrador aún no se ha eliminado, porque otra pestaña o ventana sigue guardando un borrador. Mantenga esta página abierta hasta que se elimine.',
    'held-finished':
      'El borrador del conector que acaba de terminar aún no se ha eliminado, porque otra pestaña o ventana sigue guardando un borrador. Mantenga esta página abierta hasta que se elimine.',
  } as Messages['draftNotices'],
  conflictLoadTheirs: 'Usar la otra versión',
  conflictKeepMine: 'Conservar mi versión',
  conflictStartAgain: 'Empezar de nuevo',
  loadingDraft: 'Cargando sus respuestas guardadas…',
  loadingStep: 'Cargando el paso siguiente…',
  loadFailed: 'No se ha podido cargar una parte de este formulario. Compruebe su conexión a internet e inténtelo de nuevo; no se pierde nada de lo que ha escrito.',
  tryAgain: 'Intentar de nuevo',
  draftElsewhereNamed: (labels: string[]) =>
    `Otra pestaña o ventana trata ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(isolated))} como ${labels.length > 1 ? 'secretos' : 'secreto'}, así que lo que ha introducido allí ya no está en este borrador. Si lo necesita, vuelva a introducirlo en el paso «Credenciales».`,
  draftHeldSaved: 'Sus últimos cambios ya están guardados.',
  draftHeldDeleted: 'Este borrador ya está eliminado.',
  draftHeldFinishedDeleted: 'El borrador del conector que acaba de terminar ya está eliminado.',

  // System step
  systemTitle: 'Elija un sistema',
  systemSearch: 'Buscar sistemas',
  systemSearchHint: 'Escriba un nombre o una categoría, por ejemplo, «Shopify» o «ERP».',
  systemNoMatch: (q: string) => `Ningún sistema coincide con «${q}».`,
  systemCount: (n: number) => count(n, 'sistema', 'sistemas'),
  systemShowing: (shown: number, total: number) =>
    `Se ${plural.select(shown) === 'one' ? 'muestra' : 'muestran'} ${number.format(shown)} de ${count(total, 'sistema', 'sistemas')}. Escriba para acotar la lista.`,
  systemKeptInSight: (name: string) => `Su elección, ${name}, también se muestra.`,
  systemGone: (id: string) => `El sistema elegido antes («${id}») ya no se ofrece. Elija uno para continuar.`,
  systemUnreadable: (id: string) =>
    `El sistema elegido antes («${id}») está en el catálogo, pero no se ha podido leer su entrada, así que no se puede configurar aquí. Elija otro para continuar.`,
  systemRequired: 'Elija el sistema que quiere conectar',

  // General step
  generalTitle: 'Datos generales',
  name: 'Nombre del conector',
  nameHint: 'Un nombre que su equipo reconozca, por ejemplo, «Shopify UK».',
  nameRequired: 'Introduzca un nombre para el conector',
  nameTooLong: (max: number) => `El nombre del conector debe tener ${characters(max)} como máximo`,
  nameDirectionControls: 'Quite los caracteres invisibles que cambian la dirección del texto: pueden hacer que el nombre se lea como algo que no es',
  group: 'Grupo de empresas',
  groupRequired: 'Elija el grupo de empresas al que pertenece este conector',
  groupKept: '(grupo actual, no ofrecido aquí)',
  noGroupKept: 'Sin grupo (como ahora)',
  environment: 'Pruebas o producción',
  environmentHint: 'Un grupo de empresas puede tener un conector de producción y otro de pruebas para cada sistema.',
  live: 'Producción',
  test: 'Pruebas',
  environmentRequired: 'Indique si es un conector de pruebas o de producción',
  slotTaken: (env: 'live' | 'test', system: string, group?: string) => `Ya existe un conector de ${system} ${environmentOf(env)}${group ? ` en ${group}` : ''}.`,
  bothTaken: (system: string, group?: string) =>
    group
      ? `${group} ya tiene un conector de ${system} de producción y otro de pruebas, el máximo que puede tener un grupo de empresas. Elija otro grupo de empresas.`
      : `Ya existe un conector de ${system} de producción y otro de pruebas, el máximo permitido.`,
  environmentTaken: (env: 'live' | 'test', system: string, group?: string) =>
    `Ya existe un conector de ${system} ${environmentOf(env)}${group ? ` en ${group}` : ''}; elija el otro entorno`,

  // Time zone step
  timezoneTitle: 'Zona horaria y formato de fecha',
  timezoneIntro: 'Al sincronizarse, las fechas de este sistema se convierten a UTC con la zona horaria y el formato que se indican a continuación.',
  timeZone: 'Zona horaria',
  timeZoneHint: 'La zona horaria en la que el sistema registra sus fechas. Escriba para buscar, por ejemplo, «London» o «+10».',
  timeZoneRequired: 'Elija la zona horaria que usa el sistema',
  timeZoneUnknown: 'Elija una zona horaria de la lista',
  timeZoneNoMatch: (q: string) => `Ninguna zona horaria coincide con «${q}».`,
  timeZoneCount: (n: number) => count(n, 'zona horaria', 'zonas horarias'),
  dateFormat: 'Formato de fecha',
  dateFormatHint: 'Cómo escribe las fechas el sistema. El formato predeterminado es el adecuado para este sistema.',
  dateFormatRequired: 'Elija el formato de fecha que usa el sistema',
  customFormat: 'Patrón personalizado',
  customPattern: 'Patrón',
  customPatternHint: "Patrón de fecha Unicode, por ejemplo, yyyy-MM-dd HH:mm. Escriba el texto literal entre comillas simples (').",
  customPatternRequired: 'Introduzca un patrón de fecha, por ejemplo, yyyy-MM-dd HH:mm:ss',
  datePatternProblem: (p: DatePatternProblem) =>
    p.kind === 'letter'
      ? p.lowercase
        ? `«${p.letter}» no es una letra de patrón de fecha que este formulario entienda: escriba el día como dd y el año como yyyy, como en dd/MM/yyyy.`
        : `«${p.letter}» no es una letra de patrón de fecha que este formulario entienda. Ponga el texto fijo entre comillas simples, como 'T'.`
      : p.kind === 'width'
        ? `«${p.text}» no es compatible; use ${p.allowed.join(', ')}.`
        : {
            empty: 'Introduzca un patrón de fecha, por ejemplo, yyyy-MM-dd HH:mm:ss',
            length: 'Un patrón de fecha debe tener 100 caracteres como máximo',
            quote: "Falta cerrar una comilla ('). Ponga el texto fijo entre dos comillas simples.",
            'no-field': 'Un patrón de fecha necesita al menos un año, un día, una hora o un minuto, por ejemplo, yyyy-MM-dd',
          }[p.kind],
  datePatternWarning: (w: DatePatternWarning) =>
    w === 'no-am-pm'
      ? '«hh» es un reloj de 12 horas, y este patrón no tiene a. m./p. m. (a): las 14:30 se escriben 02:30. Use HH para un reloj de 24 horas, o añada a.'
      : '«mm» son los minutos, no el mes: use MM para el mes.',
  preview: 'Ahora:',
  systemDefault: 'predeterminado para este sistema',
  formatLabels: {
    iso: 'ISO 8601',
    sql: 'Fecha y hora',
    dmy: 'Día/mes/año',
    mdy: 'Mes/día/año',
    rfc2822: 'RFC 2822',
    unix: 'Tiempo Unix (segundos)',
    'unix-ms': 'Tiempo Unix (milisegundos)',
  } as Record<string, string>,

  // Auth step
  authTitle: 'Tipo de autenticación',
  authLegend: (system: string) => `¿Cómo debemos iniciar sesión en ${system}?`,
  authTypeGone: (id: string) => `El tipo de autenticación elegido antes («${id}») ya no se ofrece. Elija uno para continuar.`,
  authOnlyOne: (system: string, label: string) => `${system} tiene un solo tipo de autenticación, «${label}», así que ya está seleccionado.`,
  authRequired: (system: string) => `Elija cómo iniciar sesión en ${system}`,
  docs: 'Documentación',
  opensInNewTab: '(se abre en una pestaña nueva)',

  // Credentials step
  credentialsTitle: 'Credenciales',
  credentialsIntro: (system: string) => `Introduzca los datos exactamente como los muestra ${system}. Se distingue entre mayúsculas y minúsculas.`,
  show: 'Mostrar',
  hide: 'Ocultar',
  fieldRequired: (label: string) => `Introduzca un valor en «${label}»`,
  chooseRequired: (label: string) => `Elija una opción en «${label}»`,
  fieldPattern: (label: string, example?: string) => `«${label}» no tiene el formato esperado${example ? ` (por ejemplo, ${example})` : ''}`,
  fieldTooShort: (label: string, n: number) => `«${label}» debe tener al menos ${characters(n)}`,
  fieldTooLong: (label: string, n: number) => `«${label}» debe tener ${characters(n)} como máximo`,
  fieldUrl: (label: string) => `«${label}» debe ser una dirección web completa que empiece por https://`,
  fieldEmail: (label: string) => `«${label}» debe ser una dirección de correo electrónico, como nombre@example.com`,
  fieldNumber: (label: string) => `«${label}» debe ser un número`,
  example: 'Ejemplo:',
  reenterSecret: 'Vuelva a introducir este valor: los valores secretos no se conservan.',
  reenterSavedSecret: 'Vuelva a introducir este valor: el valor guardado ha caducado (los valores secretos se conservan 24 horas) o no se ha podido leer.',
  whitespace: (w: EdgeWhitespace) => {
    const noun = {
      space: ['un espacio', 'espacios'],
      tab: ['un tabulador', 'tabuladores'],
      'line break': ['un salto de línea', 'saltos de línea'],
      whitespace: ['un carácter de espacio', 'caracteres de espacio'],
    };
    const part = (r: WhitespaceRun, where: string) => (r.count === 1 ? `${noun[r.kind][0]} ${where}` : `${number.format(r.count)} ${noun[r.kind][1]} ${where}`);
    return [w.leading && part(w.leading, 'al principio'), w.trailing && part(w.trailing, 'al final')].filter(Boolean).join(' y ');
  },
  trimmed: (what: string) => `Hemos quitado lo siguiente de lo que ha escrito: ${what}.`,
  lowercased: 'Hemos pasado este valor a minúsculas.',
  invisibleRemoved: (n: number) =>
    n === 1
      ? 'Hemos quitado un carácter invisible (como un espacio de ancho cero) que ha llegado al pegar.'
      : `Hemos quitado ${number.format(n)} caracteres invisibles (como espacios de ancho cero) que han llegado al pegar.`,
  invisibleKept: (n: number) =>
    n === 1
      ? 'Este valor contiene un carácter invisible (como un espacio de ancho cero). Se conserva tal cual; compruebe que debe estar ahí.'
      : `Este valor contiene ${number.format(n)} caracteres invisibles (como espacios de ancho cero). Se conservan tal cual; compruebe que deben estar ahí.`,
  trimmedAndLowercased: (what: string) => `Hemos quitado lo siguiente: ${what}. También hemos pasado este valor a minúsculas.`,
  affixesRemoved: (parts: string[]) =>
    `Hemos quitado ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(parts.map((p) => `«${p}»`))}: el formulario ${parts.length === 1 ? 'lo añade' : 'los añade'} por sí mismo.`,
  keptWhitespace: (what: string) => `Este valor contiene lo siguiente: ${what}. Se conserva exactamente como lo ha escrito; compruebe que es intencionado.`,
  oauthNotConfigured: (system: string) =>
    `El inicio de sesión con ${system} no está disponible aquí: la página que aloja este formulario no lo ha configurado (oauth-start-url).`,
  oauthConnectionRequired: (system: string) => `Conecte con ${system} para continuar`,
  oauthConnect: (system: string) => `Conectar con ${system}`,
  oauthWaiting: (system: string) => `Termine el inicio de sesión en ${system} en la ventana que se ha abierto…`,
  oauthBlocked: 'Su navegador ha bloqueado la ventana de inicio de sesión.',
  oauthClosedEarly: 'La ventana de inicio de sesión se ha cerrado antes de que se cargara su página: puede que el navegador o una extensión la haya bloqueado.',
  oauthTryAgain: 'Intentar de nuevo',
  oauthContinueUnsaved:
    'No se han podido guardar sus respuestas en este dispositivo, así que esta página sigue abierta. Permita las ventanas emergentes para este sitio y elija «Intentar de nuevo».',
  oauthContinueNotDrafted:
    'Sus respuestas aquí no se están guardando como borrador (el aviso de arriba explica por qué), así que esta página sigue abierta. Permita las ventanas emergentes para este sitio y elija «Intentar de nuevo».',
  oauthContinueLosesSecrets: (labels: string[]) =>
    `Si sale de esta página, perderá lo que ha escrito en ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}: los valores secretos solo se conservan mientras la página está abierta. Elija de nuevo «Continuar en esta pestaña» para seguir y volver a escribirlos al regresar, o permita las ventanas emergentes para este sitio y elija «Intentar de nuevo».`,
  oauthContinueNoDrafts:
    'Esta página no guarda borradores, así que si sale de ella perderá las respuestas que ha escrito aquí. Elija de nuevo «Continuar en esta pestaña» para seguir y volver a responder al regresar, o permita las ventanas emergentes para este sitio y elija «Intentar de nuevo».',
  oauthContinueHere: 'Continuar en esta pestaña',
  oauthContinueHint: 'Primero se guardan sus respuestas, así que no se pierde nada.',
  oauthRefused: (system: string) =>
    `El inicio de sesión con ${system} no se puede usar aquí por cómo está configurada esta página. Ya se ha informado del motivo a los desarrolladores de la página.`,
  oauthDetached: (system: string) => `Esperando a que termine de iniciar sesión en ${system} en la otra ventana. Cuando termine, elija «He terminado».`,
  oauthUnfinished: (system: string) =>
    `El inicio de sesión en ${system} no ha terminado. Si la ventana de inicio de sesión sigue abierta, termine allí y elija «He terminado»; si no, empiece de nuevo.`,
  oauthUnreadable: (system: string) =>
    `No se ha podido leer la respuesta del inicio de sesión en ${system}, así que no se ha creado ninguna conexión. Vuelva a conectar para intentarlo de nuevo.`,
  oauthExpired: (system: string) =>
    `La respuesta del inicio de sesión en ${system} volvió hace más de una hora y ya no se puede usar, así que no se ha creado ninguna conexión. Vuelva a conectar para intentarlo de nuevo.`,
  oauthUnreachable: (system: string) =>
    `No hemos podido comprobar si el inicio de sesión en ${system} ha terminado. Compruebe su conexión a internet y vuelva a elegir «He terminado», o empiece de nuevo.`,
  oauthFinished: 'He terminado',
  oauthStartAgain: 'Empezar de nuevo',
  oauthClosed:
    'La ventana de inicio de sesión se ha cerrado, o esta página ha perdido el contacto con ella, antes de que terminara el inicio de sesión. Vuelva a conectar cuando quiera.',
  oauthDenied: (system: string, error?: string) => `${system} no ha permitido la conexión${error ? `: ${error}` : ''}${fullStopAfter(error)} Puede intentarlo de nuevo.`,
  oauthConnected: (system: string, account?: string) => `Conectado a ${system}${account ? ` como ${account}` : ''}${fullStopAfter(account)}`,
  oauthEnvironmentChanged: (live: boolean) =>
    live
      ? 'Este conector ahora es de producción, así que no se puede usar una conexión hecha para pruebas. Vuelva a conectar cuando quiera.'
      : 'Este conector ahora es de pruebas, así que no se puede usar una conexión de producción. Vuelva a conectar cuando quiera.',
  oauthFieldChanged: (label: string) => `Ha cambiado «${label}», así que se ha quitado la conexión hecha con el valor anterior. Vuelva a conectar cuando quiera.`,
  oauthSignInFieldChanged: (label: string) =>
    `Ha cambiado «${label}», así que se ha detenido el inicio de sesión empezado con el valor anterior. Vuelva a conectar cuando quiera.`,
  oauthFieldUnsendable: (label: string) =>
    `«${label}» contiene un carácter dañado, como los que deja a veces copiar texto, que no se puede enviar para iniciar sesión: escríbalo de nuevo`,
  oauthReconnect: 'Conectar otra cuenta',
  oauthKept: (system: string) => `Este conector sigue conectado a ${system} como hasta ahora. Vuelva a conectar solo para usar otra cuenta.`,
  oauthContinueNotKept:
    'Este navegador no ha podido conservar el inicio de sesión para su regreso, así que esta página sigue abierta. Permita las ventanas emergentes para este sitio y elija «Intentar de nuevo».',
  oauthUnreachableAway: (system: string) =>
    `No hemos podido comprobar si el inicio de sesión en ${system} ha terminado. Compruebe su conexión a internet, vuelva al paso «Credenciales» y elija de nuevo «He terminado», o empiece de nuevo.`,
  oauthRedirected: (system: string, away = false) =>
    `No hemos podido comprobar si el inicio de sesión en ${system} ha terminado: el servidor ha respondido con una redirección, que este formulario no sigue. Si se ha cerrado su sesión, vuelva a iniciarla en la aplicación${away ? ', vuelva al paso «Credenciales»' : ''} y elija de nuevo «He terminado»; si no, avise a quien se ocupa de esta página.`,
  warning: 'Atención:',
  looksLive: (label: string) => `«${label}» parece un valor de producción, pero este conector es de pruebas.`,
  looksTest: (label: string) => `«${label}» parece un valor de pruebas, pero este conector es de producción.`,
  pasteFilled: (labels: string[]) =>
    `${labels.length === 1 ? 'Se ha' : 'Se han'} rellenado ${number.format(labels.length)} ${labels.length === 1 ? 'campo' : 'campos'} con lo que ha pegado: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  pasteUndo: 'Deshacer',
  pasteUndoName: 'Deshacer el pegado',
  dropUndoName: 'Deshacer lo soltado',
  pasteOneValue:
    'No se ha pegado nada: el texto contiene más de un valor y este campo admite uno solo. Pegue cada valor por separado, o un bloque de líneas KEY=value que nombre estos campos.',
  pasteNamedSecret:
    'No se ha pegado nada: parece un valor secreto con su nombre, y este campo muestra lo que contiene. Pegue el valor secreto solo en su propio campo, que lo oculta.',
  pasteLinesJoined:
    'Lo que ha pegado ocupaba varias líneas, como un valor largo que un PDF o un chat divide: este campo admite una sola línea, así que las líneas se han unido sin espacios entre ellas.',
  pasteKeyOneLine: 'No se ha aceptado esa clave privada: este campo admite una sola línea, y sin sus saltos de línea la clave no funcionaría.',
  pasteOtherAuthType: (authType: string) =>
    `No se ha pegado nada: es un valor secreto de otro tipo de autenticación, ${authType}. Para usarlo, elija ese tipo en el paso «Tipo de autenticación».`,
  pasteUndone: 'Se han recuperado los valores de antes de pegar.',
  dropFilled: (labels: string[]) =>
    `${labels.length === 1 ? 'Se ha' : 'Se han'} rellenado ${number.format(labels.length)} ${labels.length === 1 ? 'campo' : 'campos'} con lo que ha soltado: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  dropUndone: 'Se han recuperado los valores de antes de soltar.',
  dropOneValue:
    'No se ha soltado nada: el texto contiene más de un valor y este campo admite uno solo. Suelte o pegue cada valor por separado, o un bloque de líneas KEY=value que nombre estos campos.',
  dropNamedSecret:
    'No se ha soltado nada: parece un valor secreto con su nombre, y este campo muestra lo que contiene. Pegue el valor secreto solo en su propio campo, que lo oculta.',
  dropOtherAuthType: (authType: string) =>
    `No se ha soltado nada: es un valor secreto de otro tipo de autenticación, ${authType}. Para usarlo, elija ese tipo en el paso «Tipo de autenticación».`,
  dropFile: 'No se ha soltado nada: este formulario no lee archivos. Abra el archivo, copie su contenido y péguelo aquí.',
  nameNotCredentials: 'No se ha pegado nada: eso parecen credenciales, no un nombre. Introdúzcalas en el paso «Credenciales», donde los secretos permanecen ocultos.',
  nameNotCredentialsDropped: 'No se ha soltado nada: eso parecen credenciales, no un nombre. Introdúzcalas en el paso «Credenciales», donde los secretos permanecen ocultos.',
  checksTitle: 'Qué se ha comprobado',
  checkStatus: (status: 'passed' | 'failed' | 'skipped') => ({ passed: 'Correcto', failed: 'Fallido', skipped: 'Omitido' })[status],
  connectedAs: (account: string) => `Conectado como ${account}${fullStopAfter(account)}`,
  connection: 'Conexión',
  noCredentials: 'Este tipo de autenticación no necesita credenciales.',
  pastedCodeMarks: 'Hemos quitado las comillas invertidas (`) que un chat o una wiki pone alrededor del código: no forman parte del valor.',
  pastedQuoteMarks: 'Hemos quitado los signos «>» que una respuesta de correo pone delante de las líneas citadas: no forman parte del valor.',
  pastedPercentMark: 'Este valor termina en «%», que puede haber añadido un terminal al copiarlo. Quítelo si no forma parte del valor.',
  pasteUnchosen: (labels: string[]) =>
    labels.length === 1
      ? `${labels[0]!} no se ha rellenado: el valor indicado no coincide con ninguna de sus opciones, o coincide con varias. Elija una en la lista.`
      : `${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)} no se han rellenado: los valores indicados no coinciden con ninguna de sus opciones, o coinciden con varias. Elija una en cada lista.`,
  pasteNotUsed: (names: string[], more: number) =>
    `${names.length + more > 1 ? 'No se han usado, porque ningún campo de aquí tiene esos nombres' : 'No se ha usado, porque ningún campo de aquí tiene ese nombre'}: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(more ? [...names, `${number.format(more)} más`] : names)}.`,
  pasteLinesNotUsed: (count: number) =>
    count === 1
      ? `${number.format(count)} línea no se ha usado, porque ningún campo de aquí tiene su nombre.`
      : `${number.format(count)} líneas no se han usado, porque ningún campo de aquí tiene sus nombres.`,
  pasteUndoKeeps: (typed: string[], back: string[]) =>
    `Desde entonces ha escrito en ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(typed)}, así que «Deshacer» solo recupera ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(back)}.`,
  pasteUndoGone: '«Deshacer» ya no está disponible: ha escrito en todos los campos que se rellenaron al pegar.',
  dropUndoGone: '«Deshacer» ya no está disponible: ha escrito en todos los campos que se rellenaron al soltar.',
  pasteOneValueJson:
    'No se ha pegado nada: el JSON contiene más de un valor y este campo admite uno solo. Pegue cada valor por separado, o un JSON cuyos miembros se llamen como estos campos.',
  dropOneValueJson:
    'No se ha soltado nada: el JSON contiene más de un valor y este campo admite uno solo. Suelte o pegue cada valor por separado, o un JSON cuyos miembros se llamen como estos campos.',
  pasteFieldNames: (names: string[]) => `Los campos de aquí se llaman ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(names)}.`,
  pasteNamedMasked: 'No se ha pegado nada: parece un valor con su nombre, y este campo solo admite el valor. Pegue solo el valor, sin su nombre.',
  dropNamedMasked: 'No se ha soltado nada: parece un valor con su nombre, y este campo solo admite el valor. Suelte o pegue solo el valor, sin su nombre.',

  // Review
  reviewTitle: 'Revise sus respuestas',
  reviewIntro: 'Revise los datos antes de crear el conector.',
  reviewIntroEdit: 'Revise los cambios antes de guardarlos.',
  editUnchanged: 'No ha cambiado nada, así que no hay nada que guardar.',
  change: 'Cambiar',
  provided: 'Indicado (oculto)',
  notProvided: 'No indicado',
  notProvidedAgain: 'No indicado: vuelva a introducirlo (los valores secretos no se conservan)',
  notProvidedSaved: 'No indicado: vuelva a introducirlo (el valor guardado ha caducado o no se ha podido leer)',
  systemLabel: 'Sistema',
  notSet: 'Sin definir',
  yes: 'Sí',
  no: 'No',

  // Endpoint mode
  creating: 'Creando el conector…',
  retrying: (attempt: number, attempts: number, waitSeconds?: number) =>
    `Reintentando${waitSeconds ? ` en ${saidWait(LOCALE, waitSeconds, (n) => count(n, 'segundo', 'segundos'), 'un rato')}` : ''}… (intento ${number.format(attempt)} de ${number.format(attempts)})`,
  endpointRefused: 'Este formulario no está configurado para enviar conectores de forma segura, así que no se ha enviado nada. Sus respuestas se conservan.',
  requestNotPrepared:
    'No se ha podido preparar la solicitud, así que no se ha enviado nada. Sus respuestas se conservan; si vuelve a ocurrir, avise a quien se encargue de esta página.',
  notAuthorised: (status: number) =>
    `La página que aloja este formulario no tiene una sesión iniciada que le permita crear conectores (HTTP ${status}). Sus respuestas se conservan: vuelva a iniciar sesión en la aplicación y, después, pulse «Crear conector».`,
  notAuthorisedUnsure: (status: number) =>
    `Un intento anterior no ha obtenido respuesta y, después, el servidor ha indicado que la página que aloja este formulario no tiene una sesión iniciada que le permita crear conectores (HTTP ${status}), así que no sabemos si el conector se ha creado. Sus respuestas se conservan; vuelva a iniciar sesión en la aplicación y, después, vuelva a pulsar «Crear conector» sin cambiar nada: no se creará dos veces.`,
  networkFailed:
    'El servidor no ha respondido, así que no sabemos si el conector se ha creado. Sus respuestas se conservan; compruebe su conexión a internet y vuelva a pulsar «Crear conector» sin cambiar nada: no se creará dos veces.',
  offline: (editing = false) =>
    editing
      ? 'Este navegador no tiene conexión a internet, así que sus cambios no se han enviado. Se conservan; vuelva a pulsar «Guardar cambios» cuando vuelva a tener conexión a internet.'
      : 'Este navegador no tiene conexión a internet, así que no se ha enviado nada y el conector no se ha creado. Sus respuestas se conservan; vuelva a pulsar «Crear conector» cuando vuelva a tener conexión a internet.',
  redirected: (editing = false) =>
    editing
      ? 'El servidor ha respondido con una redirección, que este formulario no sigue, así que no sabemos si los cambios se han guardado. Sus cambios se conservan; si se ha cerrado su sesión, vuelva a iniciarla en la aplicación; si no, avise a quien se ocupa de esta página, porque volver a guardar no servirá.'
      : 'El servidor ha respondido con una redirección, que este formulario no sigue, así que no sabemos si el conector se ha creado. Sus respuestas se conservan; si se ha cerrado su sesión, vuelva a iniciarla en la aplicación; si no, avise a quien se ocupa de esta página, porque volver a intentarlo no servirá.',
  keyInUse: (editing = false) =>
    editing
      ? 'El servidor sigue procesando un intento anterior de estos cambios, así que aún no sabemos si se han guardado. Sus cambios se conservan; espere un momento y vuelva a pulsar «Guardar cambios» sin cambiar nada.'
      : 'El servidor sigue procesando un intento anterior de crear este conector, así que aún no sabemos si se ha creado. Sus respuestas se conservan; espere un momento y vuelva a pulsar «Crear conector» sin cambiar nada: no se creará dos veces.',
  serverFailed: (detail?: string) =>
    `El servidor no ha podido crear el conector${detail ? ` (${detail})` : ''}. Sus respuestas se conservan; vuelva a intentarlo en unos momentos.`,
  clientFailed: (detail?: string) =>
    `El servidor ha rechazado crear el conector${detail ? ` (${detail})` : ''}. No es un problema pasajero, así que volver a intentarlo no servirá de nada: avise a quien se encargue de esta página. Sus respuestas se conservan.`,
  conflictRefused: (detail?: string, editing = false) =>
    editing
      ? `El servidor ha rechazado guardar los cambios porque entran en conflicto con algo que ya tiene${detail ? ` (${detail})` : ''}. Si los vuelve a guardar sin cambiarlos, puede encontrarse con el mismo conflicto: haga lo que indica el servidor o avise a quien se encargue de esta página. Sus cambios se conservan.`
      : `El servidor ha rechazado crear el conector porque entra en conflicto con algo que ya tiene${detail ? ` (${detail})` : ''}. Si lo vuelve a intentar sin cambios, puede encontrarse con el mismo conflicto: haga lo que indica el servidor o avise a quien se encargue de esta página. Sus respuestas se conservan.`,
  conflictUnsure: (detail?: string, editing = false) =>
    editing
      ? `Un intento anterior no ha obtenido respuesta y, después, el servidor ha rechazado guardar los cambios porque entran en conflicto con algo que ya tiene${detail ? ` (${detail})` : ''}. Puede que el intento anterior los haya guardado, así que no sabemos si los cambios se han guardado: revise el conector antes de volver a guardar. Sus cambios se conservan.`
      : `Un intento anterior no ha obtenido respuesta y, después, el servidor ha rechazado crear el conector porque entra en conflicto con algo que ya tiene${detail ? ` (${detail})` : ''}. Puede ser el conector que creó el intento anterior, así que no sabemos si el conector se ha creado: búsquelo en su lista de conectores antes de volver a intentarlo. Sus respuestas se conservan.`,
  tooLarge: (detail?: string, editing = false) =>
    `El servidor ha rechazado las respuestas por ser demasiado grandes${detail ? ` (${detail})` : ''}, así que enviarlas de nuevo tal como están no servirá de nada. Esta respuesta es la más larga: compruebe que no se haya pegado aquí nada de más, acórtela y vuelva a intentarlo. ${editing ? 'Sus cambios se conservan.' : 'Sus respuestas se conservan.'}`,
  saveNotAuthorised: (status: number) =>
    `La página que aloja este formulario no tiene una sesión iniciada que le permita cambiar conectores (HTTP ${status}). Sus cambios se conservan: vuelva a iniciar sesión en la aplicación y, después, pulse «Guardar cambios».`,
  testNotAuthorised: (status: number) =>
    `La página que aloja este formulario no tiene una sesión iniciada que le permita probar conexiones (HTTP ${status}). Vuelva a iniciar sesión en la aplicación y, después, pulse «Probar la conexión».`,
  saveNetworkFailed:
    'El servidor no ha respondido, así que no sabemos si los cambios se han guardado. Sus cambios se conservan; compruebe su conexión a internet y vuelva a guardarlos.',
  saveServerFailed: (detail?: string) =>
    `El servidor no ha podido guardar los cambios${detail ? ` (${detail})` : ''}. Sus cambios se conservan; vuelva a intentarlo en unos momentos.`,
  saveClientFailed: (detail?: string) =>
    `El servidor ha rechazado guardar los cambios${detail ? ` (${detail})` : ''}. No es un problema pasajero, así que volver a intentarlo no servirá de nada: avise a quien se encargue de esta página. Sus cambios se conservan.`,
  createdUnreadable: 'El servidor indica que el conector se ha creado, pero su respuesta no se ha podido leer. No lo vuelva a crear: búsquelo en su lista de conectores.',
  createdUnreadableElsewhere:
    'El conector se ha creado donde se ha enviado, antes de que la página cambiara dónde se crean los conectores, pero la respuesta de ese servidor no se ha podido leer. No lo vuelva a crear: búsquelo allí, no aquí.',
  sentBeforeSwitch: (unsure: boolean) =>
    `La página ha cambiado dónde se crean los conectores mientras se enviaba este${unsure ? ', y no ha llegado respuesta de donde se ha enviado primero: puede que se haya creado allí, pero no se ha creado aquí' : ', así que no se ha creado aquí'}. Sus respuestas se conservan; pulse «Crear conector» para crearlo aquí.`,
  savedBeforeSwitch: (unsure: boolean) =>
    `La página ha cambiado dónde se guardan los conectores mientras se enviaban estos cambios${unsure ? ', y no ha llegado respuesta de donde se han enviado primero: puede que se hayan guardado allí, pero no se han guardado aquí' : ', así que no se han guardado aquí'}. Sus cambios se conservan; pulse «Guardar cambios» para guardarlos aquí.`,
  savedUnreadable: 'El servidor indica que los cambios se han guardado, pero su respuesta no se ha podido leer. Compruebe el conector en su lista antes de volver a guardar.',
  savedUnreadableElsewhere:
    'Los cambios se han guardado donde se han enviado, antes de que la página cambiara dónde se guardan los conectores, pero la respuesta de ese servidor no se ha podido leer. Compruebe el conector allí, no aquí, antes de volver a guardar.',
  answersRefused: (step: string, editing = false) =>
    `${editing ? 'No se han guardado los cambios' : 'No se ha creado el conector'}: el servidor ha encontrado un problema en el paso «${step}».`,
  serverBusy: (seconds: number) =>
    `El servidor está ocupado y nos ha pedido que esperemos ${saidWait(LOCALE, seconds, (n) => count(n, 'segundo', 'segundos'), 'mucho tiempo')}. Sus respuestas se conservan; vuelva a intentarlo pasado ese tiempo.`,
  duplicateOnServer: (env: 'live' | 'test', system: string, group?: string) =>
    `Ya existe un conector de ${system} ${environmentOf(env)}${group ? ` en ${group}` : ''}; se ha añadido después de que usted empezara. Elija el otro entorno${group ? ' u otro grupo de empresas' : ''}`,
  duplicateMaybeOwn: (env: 'live' | 'test', system: string, group?: string) =>
    `Ya existe un conector de ${system} ${environmentOf(env)}${group ? ` en ${group}` : ''}. Puede ser el que ha creado un intento anterior cuya respuesta no ha llegado: búsquelo en su lista de conectores antes de añadir otro`,
  testConnection: 'Probar la conexión',
  testing: 'Probando la conexión…',
  testOk: (system: string) => `${system} ha aceptado estas credenciales.`,
  testRejected: (system: string, detail?: string, marked = true) =>
    `${system} ha rechazado estas credenciales${detail ? `: ${detail}` : ''}${fullStopAfter(detail)}${marked ? ' Los campos que debe revisar están marcados.' : ''}`,
  testInvalid: 'Algunas respuestas no son válidas, así que no se ha probado la conexión. Los campos que debe corregir están marcados.',
  testNotPassed: (detail?: string, marked = false) =>
    `La prueba de conexión no se ha superado${detail ? `: ${detail}` : ''}${fullStopAfter(detail)}${marked ? ' Los campos que debe revisar están marcados.' : ''}`,
  testCheckFailed: (system: string, detail: string) => `${system} ha aceptado estas credenciales, pero una comprobación ha fallado: ${detail}${fullStopAfter(detail)}`,
  testFieldElsewhere: (field: string, step: string) => `Revise «${field}» en el paso «${step}».`,
  goToField: (field: string) => `Ir a «${field}»`,
  testUnreachable: (system: string, status?: number, editing = false) =>
    `No hemos podido contactar con ${system} para probar las credenciales${status ? ` (HTTP ${status})` : ''}.${editing ? ' Aun así, puede guardar los cambios.' : ' Aun así, puede crear el conector.'}`,
  testNotRun: (status?: number, editing = false) =>
    `No se ha podido probar la conexión${status ? ` (HTTP ${status})` : ''}: vuelva a intentarlo dentro de un momento.${editing ? ' Aun así, puede guardar los cambios.' : ' Aun así, puede crear el conector.'}`,
  testRedirected: (editing = false) =>
    `El servidor ha respondido a la prueba de conexión con una redirección, que este formulario no sigue, así que la conexión no se ha probado. Si se ha cerrado su sesión, vuelva a iniciarla en la aplicación; si no, avise a quien se ocupa de esta página, porque volver a probar no servirá.${editing ? ' Aun así, puede guardar los cambios.' : ' Aun así, puede crear el conector.'}`,
  testBusy: (seconds: number, editing = false) =>
    `El servidor está ocupado y nos ha pedido que esperemos ${saidWait(LOCALE, seconds, (n) => count(n, 'segundo', 'segundos'), 'mucho tiempo')} antes de volver a probar.${editing ? ' Aun así, puede guardar los cambios.' : ' Aun así, puede crear el conector.'}`,
  testOffline:
    'Este navegador no tiene conexión a internet, así que no se ha enviado nada y la conexión no se ha probado. Vuelva a pulsar «Probar la conexión» cuando vuelva a tener conexión a internet.',
  testOptional: 'La prueba es opcional.',
  serverMoreErrors: (n: number) =>
    n === 1
      ? 'El servidor indica un problema más, que no se muestra aquí: corrija estos y vuelva a intentarlo para verlo.'
      : `El servidor indica más problemas (${number.format(n)}) que no se muestran aquí: corrija estos y vuelva a intentarlo para ver el resto.`,

  // Done
  saveChanges: 'Guardar cambios',
  saving: 'Guardando cambios…',
  keepCurrent: 'Déjelo vacío para conservar el valor actual.',
  savedValueFormat: 'Este valor guardado ya no tiene el formato esperado.',
  keptCurrent: 'Sin cambios (se conserva el valor actual)',
  editWas: 'antes',
  secretReplaced: 'Sustituido (el nuevo valor está oculto)',
  replacementLost: (label: string) => `El nuevo valor de «${label}» que ha introducido no se ha conservado: vuelva a introducirlo o conserve el actual.`,
  keepCurrentValue: 'Conservar el valor actual',
  leaveEmpty: 'Dejar vacío',
  keepCurrentSetting: 'Sin cambios: se conserva el ajuste actual mientras no marque ni desmarque esta casilla.',
  testNeedsCredentials: (labels: string[]) =>
    `Para probar, vuelva a introducir las credenciales: las que conserva este conector nunca se envían a una prueba. ${labels.length === 1 ? 'Aún se conserva' : 'Aún se conservan'}: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}.`,
  secretsNeedEndpoint: 'Los valores secretos solo se pueden cambiar cuando este formulario envía a un endpoint; nunca se incluyen en eventos.',
  connectorMissing: 'Este conector ya no existe, así que no se puede cambiar. Sus cambios se conservan.',
  saveAnyway: 'Guardar mis cambios de todos modos',
  editChanged: (labels: string[]) =>
    labels.length
      ? `Alguien ha cambiado este conector desde que lo ha abierto; no se ha guardado nada. También ha cambiado ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels)}: revise los valores indicados como «antes» y guarde sus cambios de todos modos, o cancele. Sus cambios se conservan.`
      : 'Alguien ha cambiado este conector desde que lo ha abierto; no se ha guardado nada. Guarde sus cambios de todos modos, o cancele. Sus cambios se conservan.',
  editChangedUnread:
    'Alguien ha cambiado este conector desde que lo ha abierto; no se ha guardado nada y esta página no ha podido obtener la versión actual. Sus cambios se conservan: inténtelo de nuevo.',
  updatedTitle: 'Conector actualizado',
  updatedBody: (name: string, system: string) => `${name} (${system}) se ha actualizado.`,
  createdTitle: 'Conector creado',
  createdBody: (name: string, system: string) => `Se ha creado ${name} (${system}).`,
  createdElsewhere: (name: string, system: string) =>
    `${name} (${system}) se ha creado donde se ha enviado, antes de que la página cambiara dónde se crean los conectores: búsquelo allí, no aquí.`,
  updatedElsewhere: (name: string, system: string) =>
    `Los cambios en ${name} (${system}) se han guardado donde se han enviado, antes de que la página cambiara dónde se guardan los conectores: búsquelos allí, no aquí.`,
  addAnother: 'Añadir otro conector',
};

export default es;
