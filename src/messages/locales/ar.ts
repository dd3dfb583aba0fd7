import type { DatePatternWarning } from '../../date-format/date-format.js';
import type { DatePatternProblem } from '../../date-format/date-pattern.js';
import { isolated, type Messages } from '../messages.js';
import type { EdgeWhitespace, WhitespaceRun } from '../../schemas/normalize.js';
import { fullStopAfter, numberFormat, saidWait } from '../isolate.js';

const LOCALE = 'ar';
/** Numbers in the region of the wizard's `lang` (de-CH: 1’200; ar-EG: ٣). */
const number = numberFormat(LOCALE);
const plural = new Intl.PluralRules(LOCALE);

type Forms = Record<Intl.LDMLPluralRule, string>;
/** Picks the Arabic plural form; `#` stands for the formatted number. */
const count = (n: number, forms: Forms) => forms[plural.select(n)].replace('#', number.format(n));
/** Three or more lines, as the subject of a verb: 3 to 10, 11 to 99 and 100 each in their form (one and two are sentences of their own). */
const lines = (n: number) => count(n, { zero: '# سطر', one: 'سطر واحد', two: 'سطران', few: '# أسطر', many: '# سطرًا', other: '# سطر' });
/** After «عن» / «على» (genitive). */
const characters = (n: number) => count(n, { zero: '# حرف', one: 'حرف واحد', two: 'حرفين', few: '# أحرف', many: '# حرفًا', other: '# حرف' });
/** Two or more invisible characters, after a verb or «على»: the dual, 3 to 10, 11 to 99 and 100 each in their form (one is its own sentence). */
const invisibles = (n: number) =>
  count(n, { zero: '# حرف غير مرئي', one: 'حرف غير مرئي', two: 'حرفين غير مرئيين', few: '# أحرف غير مرئية', many: '# حرفًا غير مرئي', other: '# حرف غير مرئي' });
/**
 * Names and texts from elsewhere (catalogue, host, person, server), isolated (FSI … PDI): a
 * left-to-right name keeps its place in a right-to-left sentence, and a bidi control inside one
 * cannot reorder the rest (see `isolated`).
 */
const iso = isolated;
/**
 * A wait in the largest unit it fills (see saidWait), as the object of «الانتظار» or after «بعد»: a dual takes
 * its oblique form (ثانيتين, دقيقتين, ساعتين, يومين), where Intl writes the nominative (دقيقتان).
 */
const waitOf = (secs: number, long: string) =>
  saidWait(LOCALE, secs, (n) => count(n, { zero: '# ثانية', one: 'ثانية واحدة', two: 'ثانيتين', few: '# ثوانٍ', many: '# ثانية', other: '# ثانية' }), long).replace(
    /(دقيقت|ساعت|يوم)ان$/u,
    '$1ين',
  );
/** «للإنتاج» / «للاختبار», after «موصل {system}». */
const environmentOf = (env: 'live' | 'test') => (env === 'live' ? 'للإنتاج' : 'للاختبار');

/** Arabic (Modern Standard). */
const ar: Messages = {
  loadingCatalogue: 'جارٍ تحميل الأنظمة…',
  catalogueErrorTitle: 'لا يمكن بدء إعداد هذا الموصل: كتالوج الأنظمة الخاص به غير صالح',
  catalogueUnloadedTitle: 'لا يمكن بدء إعداد هذا الموصل: تعذّر تحميل كتالوج الأنظمة الخاص به',
  catalogueLoadFailed: (status: string) => `تعذّر تحميل كتالوج الأنظمة (${status}).`,
  catalogueNotJson: 'كتالوج الأنظمة ليس بتنسيق JSON صالح.',
  catalogueUnreachable: 'تعذّر الوصول إلى كتالوج الأنظمة. تحقّق من الاتصال بالإنترنت ثم حاول مرة أخرى.',
  catalogueBackOnline: 'عاد الاتصال بالإنترنت: تم تحميل كتالوج الأنظمة.',
  noCatalogue: 'لم يُقدَّم أي كتالوج أنظمة لإعداد هذا الموصل.',
  unknownSystem: (id: string) => `النظام «${iso(id)}» غير موجود في الكتالوج.`,
  unreadableSystem: (id: string) => `النظام «${iso(id)}» موجود في الكتالوج، لكن تعذّرت قراءة بياناته، لذلك لا يمكن إعداده هنا.`,
  editNoId: 'لا يمكن فتح هذا الموصل: ليس له مُعرِّف صالح.',

  colon: ':',
  stepsLabel: 'الخطوات',
  stepLabels: {
    system: 'النظام',
    general: 'معلومات عامة',
    timezone: 'المنطقة الزمنية وتنسيق التاريخ',
    auth: 'نوع المصادقة',
    credentials: 'بيانات الاعتماد',
    review: 'المراجعة',
  } as Record<string, string>,
  stepOf: (n: number, total: number) => `الخطوة ${number.format(n)} من ${number.format(total)}`,
  completed: 'خطوة مكتملة',
  needsAttention: 'تحتاج إلى مراجعة',
  continue: 'متابعة',
  back: 'رجوع',
  cancel: 'إلغاء',
  create: 'إنشاء الموصل',
  discardDraft: 'حذف المسودة',
  discardConfirm: 'هل تريد حذف هذه المسودة؟ سيُحذف كل ما كتبته حتى الآن.',
  discardYes: 'نعم، احذفها',
  discardNo: 'لا، احتفظ بها',
  errorSummaryTitle: 'هناك مشكلة',
  errorPrefix: 'خطأ:',
  optional: '(اختياري)',
  draftsUnavailable: 'لا تُحفَظ إجاباتك كمسودة على هذا الجهاز، لذا أكمل النموذج في هذه الزيارة.',
  draftRestored: 'استعدنا الإجابات التي حفظتها سابقًا.',
  draftFollowed: 'تم تغيير هذه المسودة في علامة تبويب أو نافذة أخرى، لذا يعرض هذا النموذج الآن تلك النسخة.',
  draftTheirs: 'يعرض هذا النموذج الآن النسخة الأخرى.',
  draftNotices: {
    malformed: 'تعذّرت قراءة مسودة محفوظة، لذا يبدأ هذا النموذج فارغًا.',
    conflict: 'تم تغيير هذه المسودة في علامة تبويب أو نافذة أخرى. لم تُحفَظ التغييرات التي أجريتها هنا.',
    kept: 'المسودة المحفوظة هنا تخص موصلًا آخر أو حفظها إصدار أحدث من هذا النموذج، لذلك لم تُفتح. ستبقى كما هي، وما تكتبه هنا لن يُحفظ كمسودة.',
    deleted: 'تم إكمال هذه المسودة أو حذفها في علامة تبويب أو نافذة أخرى. لم تُحفَظ التغييرات التي أجريتها هنا.',
    created: 'تم حفظ هذا الموصل في علامة تبويب أو نافذة أخرى. لم تُحفَظ التغييرات التي أجريتها هنا.',
    finished: 'تم حفظ هذا الموصل في علامة تبويب أو نافذة أخرى، لذا بدأ هذا النموذج من جديد.',
    discarded: 'تم إكمال هذه المسودة أو حذفها في علامة تبويب أو نافذة أخرى، لذا بدأ هذا النموذج من جديد.',
    upgraded: 'تم تحديث هذا النموذج في علامة تبويب أخرى، لذا لم تعد إجاباتك هنا تُحفَظ كمسودة. أكمل النموذج في علامة التبويب هذه أو أعد تحميلها.',
    'upgraded-unsaved':
      'تم تحديث هذا النموذج في علامة تبويب أخرى، لذا لم تعد إجاباتك هنا تُحفَظ كمسودة، ولم تُحفَظ آخر التغييرات التي أجريتها هنا. أكمل النموذج في علامة التبويب هذه: إعادة تحميلها ستُفقدك هذه التغييرات.',
    'secrets-in-memory': 'لا يمكن تخزين القيم السرية بأمان في هذا المتصفح، لذا لا يُحتفَظ بها إلا ما دامت هذه الصفحة مفتوحة.',
    'saving-again': 'تُحفَظ إجاباتك كمسودة على هذا الجهاز مرة أخرى.',
    'set-aside': 'انتقلت هذه الصفحة إلى مسودة أخرى، لذا يبدأ هذا النموذج فارغًا. ما كتبته من قبل محفوظ في مسودته المحفوظة.',
    cleared: 'لم تعد إجاباتك المحفوظة موجودة على هذا الجهاز عند عودتك من تسجيل الدخول، لذا بدأ هذا النموذج من جديد.',
    'changed-while-away': 'تم تغيير هذه المسودة في علامة تبويب أو نافذة أخرى أثناء تسجيل دخولك، لذا لم يُستخدم تسجيل الدخول هذا. أعد الربط إذا احتجت إلى ذلك.',
    'left-unsaved': 'انتقلت هذه الصفحة إلى مسودة أخرى. تغيّرت المسودة التي تركتها في علامة تبويب أو نافذة أخرى في هذه الأثناء، لذا لم تُحفَظ آخر التغييرات عليها هنا.',
    'cleared-reloaded': 'لم تعد إجاباتك المحفوظة موجودة على هذا الجهاز عند إعادة تحميل هذه الصفحة، لذا بدأ هذا النموذج من جديد.',
    'malformed-left-unsaved':
      'انتقلت هذه الصفحة إلى مسودة أخرى تعذّرت قراءتها، لذا يبدأ هذا النموذج فارغًا. تغيّرت المسودة التي تركتها في علامة تبويب أو نافذة أخرى في هذه الأثناء، لذا لم تُحفَظ آخر التغييرات عليها هنا.',
    'secret-elsewhere':
      'تتعامل علامة تبويب أو نافذة أخرى مع إحدى قيم بيانات الاعتماد لديك على أنها سرية، لذا لم تعد في هذه المسودة. إذا احتجت إليها، فأدخلها مرة أخرى في خطوة «بيانات الاعتماد».',
    'malformed-set-aside': 'انتقلت هذه الصفحة إلى مسودة أخرى تعذّرت قراءتها، لذا يبدأ هذا النموذج فارغًا. ما كتبته من قبل محفوظ في مسودته المحفوظة.',
    held: 'لم تُحفَظ تغييراتك الأخيرة بعد، لأن علامة تبويب أو نافذة أخرى لا تزال تحفظ مسودة. أبقِ هذه الصفحة مفتوحة حتى تُحفَظ.',
    'held-delete': 'لم تُحذَف هذه المسودة بعد، لأن علامة تبويب أو نافذة أخرى لا تزال تحفظ مسودة. أبقِ هذه الصفحة مفتوحة حتى تُحذَف.',
    'held-finished': 'لم تُحذَف بعد مسودة الموصل الذي أنهيته للتو، لأن علامة تبويب أو نافذة أخرى لا تزال تحفظ مسودة. أبقِ هذه الصفحة مفتوحة حتى تُحذَف.',
  } as Messages['draftNotices'],
  conflictLoadTheirs: 'استخدام النسخة الأخرى',
  conflictKeepMine: 'الاحتفاظ بنسختي',
  conflictStartAgain: 'البدء من جديد',
  loadingDraft: 'جارٍ تحميل إجاباتك المحفوظة…',
  loadingStep: 'جارٍ تحميل الخطوة التالية…',
  loadFailed: 'تعذّر تحميل جزء من هذا النموذج. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى؛ لن يضيع شيء مما كتبته.',
  tryAgain: 'إعادة المحاولة',
  draftElsewhereNamed: (labels: string[]) =>
    `تتعامل علامة تبويب أو نافذة أخرى مع ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(iso))} على أنها سرية، لذا لم يعد ما أدخلته فيها في هذه المسودة. إذا احتجت إليه، فأدخله مرة أخرى في خطوة «بيانات الاعتماد».`,
  draftHeldSaved: 'حُفِظت تغييراتك الأخيرة الآن.',
  draftHeldDeleted: 'حُذِفت هذه المسودة الآن.',
  draftHeldFinishedDeleted: 'حُذِفت الآن مسودة الموصل الذي أنهيته للتو.',

  // System step
  systemTitle: 'اختر نظامًا',
  systemSearch: 'البحث في الأنظمة',
  systemSearchHint: 'اكتب اسمًا أو فئة، مثل «Shopify» أو «ERP».',
  systemNoMatch: (q: string) => `لا يوجد نظام يطابق «${iso(q)}».`,
  systemCount: (n: number) => count(n, { zero: 'لا توجد أنظمة', one: 'نظام واحد', two: 'نظامان', few: '# أنظمة', many: '# نظامًا', other: '# نظام' }),
  // The verb agrees with the systems shown, as a count of them says it (feminine before 3 to 10 of them), as the filled fields do.
  systemShowing: (shown: number, total: number) =>
    `${count(shown, { zero: 'لا يُعرض أي نظام', one: 'يُعرض نظام واحد', two: 'يُعرض نظامان', few: 'تُعرض # أنظمة', many: 'يُعرض # نظامًا', other: 'يُعرض # نظام' })} من أصل ${number.format(total)}. اكتب لتضييق القائمة.`,
  systemKeptInSight: (name: string) => `يُعرض اختيارك، ${iso(name)}، أيضًا.`,
  systemGone: (id: string) => `النظام الذي اخترته سابقًا («${iso(id)}») لم يعد متاحًا. اختر نظامًا للمتابعة.`,
  systemUnreadable: (id: string) => `النظام الذي اخترته سابقًا («${iso(id)}») موجود في الكتالوج، لكن تعذّرت قراءة بياناته، لذلك لا يمكن إعداده هنا. اختر نظامًا آخر للمتابعة.`,
  systemRequired: 'اختر النظام الذي تريد ربطه',

  // General step
  generalTitle: 'معلومات عامة',
  name: 'اسم الموصل',
  nameHint: 'اسم يتعرّف عليه فريقك، مثل «Shopify UK».',
  nameRequired: 'أدخل اسمًا للموصل',
  nameTooLong: (max: number) => `يجب ألا يزيد طول اسم الموصل على ${characters(max)}`,
  nameDirectionControls: 'احذف الأحرف المخفية التي تغيّر اتجاه النص: قد تجعل الاسم يُقرأ على غير حقيقته',
  group: 'مجموعة الشركات',
  groupRequired: 'اختر مجموعة الشركات التي ينتمي إليها هذا الموصل',
  groupKept: '(المجموعة الحالية، غير معروضة هنا)',
  noGroupKept: 'بلا مجموعة (كما هي الآن)',
  environment: 'اختبار أم إنتاج',
  environmentHint: 'يمكن أن يكون لمجموعة الشركات موصل واحد للإنتاج وموصل واحد للاختبار لكل نظام.',
  live: 'إنتاج',
  test: 'اختبار',
  environmentRequired: 'اختر ما إذا كان هذا الموصل للاختبار أم للإنتاج',
  slotTaken: (env: 'live' | 'test', system: string, group?: string) => `يوجد بالفعل موصل ${iso(system)} ${environmentOf(env)}${group ? ` في ${iso(group)}` : ''}.`,
  bothTaken: (system: string, group?: string) =>
    group
      ? `لدى ${iso(group)} بالفعل موصل ${iso(system)} للإنتاج وآخر للاختبار، وهذا هو الحد الأقصى لمجموعة الشركات. اختر مجموعة شركات أخرى.`
      : `يوجد بالفعل موصل ${iso(system)} للإنتاج وآخر للاختبار، وهذا هو الحد الأقصى المسموح به.`,
  environmentTaken: (env: 'live' | 'test', system: string, group?: string) =>
    `يوجد بالفعل موصل ${iso(system)} ${environmentOf(env)}${group ? ` في ${iso(group)}` : ''}؛ اختر البيئة الأخرى`,

  // Time zone step
  timezoneTitle: 'المنطقة الزمنية وتنسيق التاريخ',
  timezoneIntro: 'تُحوَّل التواريخ الواردة من هذا النظام إلى UTC عند المزامنة، باستخدام المنطقة الزمنية والتنسيق أدناه.',
  timeZone: 'المنطقة الزمنية',
  // The example offset isolated left to right (LRI … PDI): in a right-to-left sentence a sign before digits shows after them, "10+".
  timeZoneHint: 'المنطقة الزمنية التي يسجّل بها النظام تواريخه. اكتب للبحث، مثل «London» أو «\u2066+10\u2069».',
  timeZoneRequired: 'اختر المنطقة الزمنية التي يستخدمها النظام',
  timeZoneUnknown: 'اختر منطقة زمنية من القائمة',
  timeZoneNoMatch: (q: string) => `لا توجد منطقة زمنية تطابق «${iso(q)}».`,
  timeZoneCount: (n: number) =>
    count(n, { zero: 'لا توجد مناطق زمنية', one: 'منطقة زمنية واحدة', two: 'منطقتان زمنيتان', few: '# مناطق زمنية', many: '# منطقة زمنية', other: '# منطقة زمنية' }),
  dateFormat: 'تنسيق التاريخ',
  dateFormatHint: 'الطريقة التي يكتب بها النظام التواريخ. التنسيق الافتراضي مناسب لهذا النظام.',
  dateFormatRequired: 'اختر تنسيق التاريخ الذي يستخدمه النظام',
  customFormat: 'نمط مخصص',
  customPattern: 'النمط',
  customPatternHint: "نمط تاريخ Unicode، مثل yyyy-MM-dd HH:mm. ضع النص الحرفي بين علامتَي اقتباس مفردتين (').",
  customPatternRequired: 'أدخل نمط تاريخ، مثل yyyy-MM-dd HH:mm:ss',
  datePatternProblem: (p: DatePatternProblem) =>
    p.kind === 'letter'
      ? p.lowercase
        ? `«${p.letter}» ليس حرفًا من حروف نمط التاريخ التي يفهمها هذا النموذج: اكتب اليوم dd والسنة yyyy، كما في dd/MM/yyyy.`
        : `«${p.letter}» ليس حرفًا من حروف نمط التاريخ التي يفهمها هذا النموذج. ضع النص الثابت بين علامتَي اقتباس مفردتين، مثل 'T'.`
      : p.kind === 'width'
        ? `«${p.text}» غير مدعوم؛ استخدم ${p.allowed.join('، ')}.`
        : {
            empty: 'أدخل نمط تاريخ، مثل yyyy-MM-dd HH:mm:ss',
            length: 'يجب ألا يزيد نمط التاريخ على 100 حرف',
            quote: "علامة الاقتباس (') غير مغلقة. ضع النص الثابت بين علامتَي اقتباس مفردتين.",
            'no-field': 'يحتاج نمط التاريخ إلى سنة أو يوم أو ساعة أو دقيقة على الأقل، مثل yyyy-MM-dd',
          }[p.kind],
  datePatternWarning: (w: DatePatternWarning) =>
    w === 'no-am-pm'
      ? '«hh» ساعة بنظام 12 ساعة، وهذا النمط بلا صباحًا/مساءً (a): تُكتب 14:30 على أنها 02:30. استخدم HH لساعة بنظام 24 ساعة، أو أضف a.'
      : '«mm» هي الدقائق وليست الشهر: استخدم MM للشهر.',
  preview: 'الآن:',
  systemDefault: 'الافتراضي لهذا النظام',
  formatLabels: {
    iso: 'ISO 8601',
    sql: 'التاريخ والوقت',
    dmy: 'يوم/شهر/سنة',
    mdy: 'شهر/يوم/سنة',
    rfc2822: 'RFC 2822',
    unix: 'وقت Unix (بالثواني)',
    'unix-ms': 'وقت Unix (بالمللي ثانية)',
  } as Record<string, string>,

  // Auth step
  authTitle: 'نوع المصادقة',
  authLegend: (system: string) => `كيف ينبغي أن نسجّل الدخول إلى ${iso(system)}؟`,
  authTypeGone: (id: string) => `نوع المصادقة الذي اخترته سابقًا («${iso(id)}») لم يعد متاحًا. اختر نوعًا للمتابعة.`,
  authOnlyOne: (system: string, label: string) => `لدى ${iso(system)} نوع مصادقة واحد فقط، وهو «${iso(label)}»، لذا تم اختياره لك.`,
  authRequired: (system: string) => `اختر طريقة تسجيل الدخول إلى ${iso(system)}`,
  docs: 'الوثائق',
  opensInNewTab: '(تُفتح في علامة تبويب جديدة)',

  // Credentials step
  credentialsTitle: 'بيانات الاعتماد',
  credentialsIntro: (system: string) => `أدخل البيانات تمامًا كما يعرضها ${iso(system)}. وهي حساسة لحالة الأحرف.`,
  show: 'إظهار',
  hide: 'إخفاء',
  // A label is never the subject of a verb or an adjective: its gender is the catalogue's, so the sentences speak of its value (قيمة, feminine) or address the person.
  fieldRequired: (label: string) => `أدخل «${iso(label)}»`,
  chooseRequired: (label: string) => `اختر «${iso(label)}»`,
  fieldPattern: (label: string, example?: string) => `قيمة «${iso(label)}» ليست بالتنسيق المتوقع${example ? ` (مثال: ${iso(example)})` : ''}`,
  fieldTooShort: (label: string, n: number) => `يجب ألا يقل طول «${iso(label)}» عن ${characters(n)}`,
  fieldTooLong: (label: string, n: number) => `يجب ألا يزيد طول «${iso(label)}» على ${characters(n)}`,
  // https:// isolated left to right (LRI … PDI), as timeZoneHint's +10: at the end of a right-to-left sentence its colon and slashes show before it, "//:https".
  fieldUrl: (label: string) => `يجب أن تكون قيمة «${iso(label)}» عنوان ويب كاملًا يبدأ بالبادئة \u2066https://\u2069`,
  fieldEmail: (label: string) => `يجب أن تكون قيمة «${iso(label)}» عنوان بريد إلكتروني، مثل name@example.com`,
  fieldNumber: (label: string) => `يجب أن تكون قيمة «${iso(label)}» رقمًا`,
  example: 'مثال:',
  reenterSecret: 'أدخل هذه القيمة مرة أخرى: لا يُحتفَظ بالقيم السرية.',
  reenterSavedSecret: 'أدخل هذه القيمة مرة أخرى: انتهت صلاحية القيمة المحفوظة (يُحتفَظ بالقيم السرية مدة 24 ساعة) أو تعذّرت قراءتها.',
  whitespace: (w: EdgeWhitespace) => {
    // Each count takes its plural category (dual for 2, the singular after 11 to 99), as `characters` does.
    const noun: Record<WhitespaceRun['kind'], Forms> = {
      space: { zero: '# مسافة', one: 'مسافة', two: 'مسافتين', few: '# مسافات', many: '# مسافةً', other: '# مسافة' },
      tab: { zero: '# علامة جدولة', one: 'علامة جدولة', two: 'علامتي جدولة', few: '# علامات جدولة', many: '# علامةَ جدولة', other: '# علامة جدولة' },
      'line break': { zero: '# فاصل أسطر', one: 'فاصل أسطر', two: 'فاصلي أسطر', few: '# فواصل أسطر', many: '# فاصلَ أسطر', other: '# فاصل أسطر' },
      whitespace: { zero: '# حرف مسافة', one: 'حرف مسافة', two: 'حرفي مسافة', few: '# أحرف مسافة', many: '# حرفَ مسافة', other: '# حرف مسافة' },
    };
    const part = (r: WhitespaceRun, where: string) => `${count(r.count, noun[r.kind])} ${where}`;
    return [w.leading && part(w.leading, 'في البداية'), w.trailing && part(w.trailing, 'في النهاية')].filter(Boolean).join(' و');
  },
  trimmed: (what: string) => `أزلنا ما يلي مما أدخلته: ${what}.`,
  lowercased: 'حوّلنا هذه القيمة إلى أحرف صغيرة.',
  invisibleRemoved: (n: number) =>
    n === 1 ? 'أزلنا حرفًا غير مرئي (مثل مسافة صفرية العرض) جاء مع اللصق.' : `أزلنا ${invisibles(n)} (مثل المسافات صفرية العرض) ${n === 2 ? 'جاءا' : 'جاءت'} مع اللصق.`,
  invisibleKept: (n: number) =>
    n === 1
      ? 'تحتوي هذه القيمة على حرف غير مرئي (مثل مسافة صفرية العرض). سيُحفظ كما هو؛ تحقق من أنه مقصود.'
      : `تحتوي هذه القيمة على ${invisibles(n)} (مثل المسافات صفرية العرض). ${n === 2 ? 'سيُحفظان كما هما؛ تحقق من أنهما مقصودان' : 'ستُحفظ كما هي؛ تحقق من أنها مقصودة'}.`,
  trimmedAndLowercased: (what: string) => `أزلنا ما يلي مما أدخلته: ${what}. وحوّلنا هذه القيمة أيضًا إلى أحرف صغيرة.`,
  affixesRemoved: (parts: string[]) =>
    `أزلنا ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(parts.map((p) => `«${iso(p)}»`))}، فالنموذج ${parts.length === 1 ? 'يضيفه' : 'يضيفهما'} بنفسه.`,
  keptWhitespace: (what: string) => `تحتوي هذه القيمة على ما يلي: ${what}. وقد احتُفظ بها تمامًا كما كتبتها؛ تحقّق من أن ذلك مقصود.`,
  oauthNotConfigured: (system: string) => `تسجيل الدخول عبر ${iso(system)} غير متاح هنا: لم تُعِدّ الصفحة المستضيفة لهذا النموذج تسجيل الدخول (oauth-start-url).`,
  oauthConnectionRequired: (system: string) => `اربط ${iso(system)} للمتابعة`,
  oauthConnect: (system: string) => `ربط ${iso(system)}`,
  oauthWaiting: (system: string) => `أكمل تسجيل الدخول إلى ${iso(system)} في النافذة التي فُتحت…`,
  oauthBlocked: 'حظر متصفحك نافذة تسجيل الدخول.',
  oauthClosedEarly: 'أُغلقت نافذة تسجيل الدخول قبل أن تُحمَّل صفحتها: ربما حظرها المتصفح أو إحدى الإضافات.',
  oauthTryAgain: 'إعادة المحاولة',
  oauthContinueUnsaved: 'تعذّر حفظ إجاباتك على هذا الجهاز، لذلك تبقى هذه الصفحة مفتوحة. اسمح بالنوافذ المنبثقة لهذا الموقع، ثم اختر «إعادة المحاولة».',
  oauthContinueNotDrafted: 'لا تُحفظ إجاباتك هنا كمسودة (يوضّح الإشعار أعلاه السبب)، لذلك تبقى هذه الصفحة مفتوحة. اسمح بالنوافذ المنبثقة لهذا الموقع، ثم اختر «إعادة المحاولة».',
  oauthContinueLosesSecrets: (labels: string[]) =>
    `مغادرة هذه الصفحة تُفقدك ما كتبته في ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(iso))}: لا تُحفظ القيم السرية إلا ما دامت الصفحة مفتوحة. اختر «المتابعة في علامة التبويب هذه» مرة أخرى للمتابعة ثم اكتبها من جديد عند عودتك، أو اسمح بالنوافذ المنبثقة لهذا الموقع واختر «إعادة المحاولة».`,
  oauthContinueNoDrafts:
    'لا تحفظ هذه الصفحة مسودات، لذا فإن مغادرتها تُفقدك الإجابات التي كتبتها هنا. اختر «المتابعة في علامة التبويب هذه» مرة أخرى للمتابعة ثم أجب من جديد عند عودتك، أو اسمح بالنوافذ المنبثقة لهذا الموقع واختر «إعادة المحاولة».',
  oauthContinueHere: 'المتابعة في علامة التبويب هذه',
  oauthContinueHint: 'تُحفظ إجاباتك أولًا، فلا يضيع شيء.',
  oauthRefused: (system: string) => `لا يمكن استخدام تسجيل الدخول عبر ${iso(system)} هنا بسبب طريقة إعداد هذه الصفحة. أُبلغ مطوّروها بالسبب.`,
  oauthDetached: (system: string) => `بانتظار أن تُكمل تسجيل الدخول إلى ${iso(system)} في النافذة الأخرى. عندما تنتهي، اختر «انتهيت».`,
  oauthUnfinished: (system: string) => `لم يكتمل تسجيل الدخول إلى ${iso(system)}. إن كانت نافذته لا تزال مفتوحة فأكمله هناك واختر «انتهيت»، وإلا فابدأ من جديد.`,
  oauthUnreadable: (system: string) => `تعذّرت قراءة ردّ تسجيل الدخول إلى ${iso(system)}، فلم يُنشأ أي اتصال. أعد الربط للمحاولة مرة أخرى.`,
  oauthExpired: (system: string) => `عاد ردّ تسجيل الدخول إلى ${iso(system)} قبل أكثر من ساعة ولم يعد صالحًا للاستخدام، فلم يُنشأ أي اتصال. أعد الربط للمحاولة مرة أخرى.`,
  oauthUnreachable: (system: string) =>
    `تعذّر علينا التحقق مما إذا كان تسجيل الدخول إلى ${iso(system)} قد اكتمل. تحقّق من اتصالك بالإنترنت ثم اختر «انتهيت» مرة أخرى، أو ابدأ من جديد.`,
  oauthFinished: 'انتهيت',
  oauthStartAgain: 'البدء من جديد',
  oauthClosed: 'أُغلقت نافذة تسجيل الدخول، أو فقدت هذه الصفحة الاتصال بها، قبل أن يكتمل تسجيل الدخول. أعد الربط متى شئت.',
  oauthDenied: (system: string, error?: string) => `لم يسمح ${iso(system)} بالاتصال${error ? `: ${iso(error)}` : ''}${fullStopAfter(error)} يمكنك المحاولة مرة أخرى.`,
  oauthConnected: (system: string, account?: string) => `تم الربط بـ ${iso(system)}${account ? ` باسم ${iso(account)}` : ''}${fullStopAfter(account)}`,
  oauthEnvironmentChanged: (live: boolean) =>
    live
      ? 'أصبح هذا الموصل للإنتاج الآن، لذا لا يمكن استخدام اتصال أُجري للاختبار. أعد الربط متى شئت.'
      : 'أصبح هذا الموصل للاختبار الآن، لذا لا يمكن استخدام اتصال الإنتاج. أعد الربط متى شئت.',
  oauthFieldChanged: (label: string) => `تغيّرت قيمة «${iso(label)}»، لذا أُزيل الاتصال الذي أُجري بالقيمة السابقة. أعد الربط متى شئت.`,
  oauthSignInFieldChanged: (label: string) => `تغيّرت قيمة «${iso(label)}»، لذا أُوقف تسجيل الدخول الذي بدأ بالقيمة السابقة. أعد الربط متى شئت.`,
  oauthFieldUnsendable: (label: string) => `تحتوي قيمة «${iso(label)}» على محرف تالف، مما يتركه النسخ أحيانًا، لا يمكن إرساله لتسجيل الدخول: اكتبها من جديد`,
  oauthReconnect: 'ربط حساب آخر',
  oauthKept: (system: string) => `يبقى هذا الموصل متصلًا بـ ${iso(system)} كما هو الآن. أعد الربط فقط لاستخدام حساب آخر.`,
  oauthContinueNotKept:
    'تعذّر على هذا المتصفح الاحتفاظ بتسجيل الدخول إلى حين عودتك، لذلك تبقى هذه الصفحة مفتوحة. اسمح بالنوافذ المنبثقة لهذا الموقع، ثم اختر «إعادة المحاولة».',
  oauthUnreachableAway: (system: string) =>
    `تعذّر علينا التحقق مما إذا كان تسجيل الدخول إلى ${iso(system)} قد اكتمل. تحقّق من اتصالك بالإنترنت، ثم عُد إلى خطوة «بيانات الاعتماد» واختر «انتهيت» مرة أخرى، أو ابدأ من جديد.`,
  oauthRedirected: (system: string, away = false) =>
    `تعذّر علينا التحقق مما إذا كان تسجيل الدخول إلى ${iso(system)} قد اكتمل: ردّ الخادم بإعادة توجيه لا يتبعها هذا النموذج. إن كنت قد خرجت من حسابك فسجّل الدخول مجددًا في التطبيق، ثم ${away ? 'عُد إلى خطوة «بيانات الاعتماد» واختر' : 'اختر'} «انتهيت» مرة أخرى؛ وإلا فأبلغ المسؤول عن هذه الصفحة.`,
  warning: 'تنبيه:',
  looksLive: (label: string) => `تبدو قيمة «${iso(label)}» قيمةً للإنتاج، لكن هذا الموصل مخصص للاختبار.`,
  looksTest: (label: string) => `تبدو قيمة «${iso(label)}» قيمةً للاختبار، لكن هذا الموصل مخصص للإنتاج.`,
  pasteFilled: (labels: string[]) =>
    `${count(labels.length, { zero: 'لم يُملأ أي حقل', one: 'مُلئ حقل واحد', two: 'مُلئ حقلان', few: 'مُلئت # حقول', many: 'مُلئ # حقلًا', other: 'مُلئ # حقل' })} مما لصقته: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(iso))}.`,
  pasteUndo: 'تراجع',
  pasteUndoName: 'تراجع عن اللصق',
  dropUndoName: 'تراجع عن الإفلات',
  pasteOneValue: `لم يُلصق شيء: النص يحتوي على أكثر من قيمة، وهذا الحقل يأخذ قيمة واحدة. الصق كل قيمة وحدها، أو كتلة من أسطر ${iso('KEY=value')} تسمّي هذه الحقول.`,
  pasteNamedSecret: 'لم يُلصق شيء: يبدو هذا قيمة سرية مع اسمها، وهذا الحقل يُظهر ما فيه. الصق القيمة السرية وحدها في حقلها الخاص، الذي يخفيها.',
  pasteLinesJoined: `ما لصقته كان على عدة أسطر، كما يقسم ملف ${iso('PDF')} أو محادثة قيمة طويلة: هذا الحقل يأخذ سطرًا واحدًا، لذلك ضُمّت الأسطر دون مسافة بينها.`,
  pasteKeyOneLine: 'لم يُقبل هذا المفتاح الخاص: هذا الحقل يأخذ سطرًا واحدًا، ولن يعمل المفتاح دون فواصل أسطره.',
  pasteOtherAuthType: (authType: string) => `لم يُلصق شيء: هذه قيمة سرية لنوع مصادقة آخر، ${iso(authType)}. لاستخدامها، اختر ذلك النوع في خطوة «نوع المصادقة».`,
  pasteUndone: 'أُعيدت القيم التي كانت قبل اللصق.',
  dropFilled: (labels: string[]) =>
    `${count(labels.length, { zero: 'لم يُملأ أي حقل', one: 'مُلئ حقل واحد', two: 'مُلئ حقلان', few: 'مُلئت # حقول', many: 'مُلئ # حقلًا', other: 'مُلئ # حقل' })} مما أفلتَّه: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(iso))}.`,
  dropUndone: 'أُعيدت القيم التي كانت قبل الإفلات.',
  dropOneValue: `لم يُضَف ما أفلتَّه: النص يحتوي على أكثر من قيمة، وهذا الحقل يأخذ قيمة واحدة. أفلِت أو الصق كل قيمة وحدها، أو كتلة من أسطر ${iso('KEY=value')} تسمّي هذه الحقول.`,
  dropNamedSecret: 'لم يُضَف ما أفلتَّه: يبدو هذا قيمة سرية مع اسمها، وهذا الحقل يُظهر ما فيه. الصق القيمة السرية وحدها في حقلها الخاص، الذي يخفيها.',
  dropOtherAuthType: (authType: string) => `لم يُضَف ما أفلتَّه: هذه قيمة سرية لنوع مصادقة آخر، ${iso(authType)}. لاستخدامها، اختر ذلك النوع في خطوة «نوع المصادقة».`,
  dropFile: 'لم يُضَف ما أفلتَّه: هذا النموذج لا يقرأ الملفات. افتح الملف وانسخ محتواه ثم الصقه هنا.',
  nameNotCredentials: 'لم يُلصق شيء: يبدو هذا بيانات اعتماد، لا اسمًا. أدخلها في خطوة «بيانات الاعتماد»، حيث تبقى القيم السرية مخفية.',
  nameNotCredentialsDropped: 'لم يُضَف ما أفلتَّه: يبدو هذا بيانات اعتماد، لا اسمًا. أدخلها في خطوة «بيانات الاعتماد»، حيث تبقى القيم السرية مخفية.',
  checksTitle: 'ما تم التحقق منه',
  checkStatus: (status: 'passed' | 'failed' | 'skipped') => ({ passed: 'نجح', failed: 'فشل', skipped: 'تم تخطيه' })[status],
  connectedAs: (account: string) => `متصل باسم ${iso(account)}${fullStopAfter(account)}`,
  connection: 'الاتصال',
  noCredentials: 'لا يحتاج نوع المصادقة هذا إلى بيانات اعتماد.',
  pastedCodeMarks: `أزلنا علامات ${iso('`')} التي تضعها المحادثة أو الويكي حول الشيفرة: ليست جزءًا من القيمة.`,
  pastedQuoteMarks: `أزلنا علامات ${iso('>')} التي يضعها الرد على بريد إلكتروني قبل الأسطر المقتبسة: ليست جزءًا من القيمة.`,
  pastedPercentMark: 'تنتهي هذه القيمة بالرمز «%»، وربما أضافته الطرفية عند النسخ. احذفه إن لم يكن جزءًا من القيمة.',
  pasteUnchosen: (labels: string[]) =>
    `لم يُختر شيء في ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(iso))}: ما لصقته لا يطابق أيًّا من الخيارات، أو يطابق أكثر من خيار. ${labels.length === 1 ? 'اختر من القائمة.' : 'اختر من كل قائمة.'}`,
  // One name, two (the dual), or more (things in the plural take the feminine singular verb), as `count` picks the form.
  pasteNotUsed: (names: string[], more: number) =>
    `${({ one: 'لم يُستخدم، إذ لا يوجد حقل هنا بهذا الاسم', two: 'لم يُستخدم الاسمان، إذ لا يوجد حقل هنا بأيٍّ منهما' } as Partial<Forms>)[plural.select(names.length + more)] ?? 'لم تُستخدم هذه الأسماء، إذ لا يوجد حقل هنا بأيٍّ منها'}: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(more ? [...names.map(iso), count(more, { zero: '# اسم آخر', one: 'اسم آخر', two: 'اسمان آخران', few: '# أسماء أخرى', many: '# اسمًا آخر', other: '# اسم آخر' })] : names.map(iso))}.`,
  pasteLinesNotUsed: (count: number) =>
    (({ one: 'لم يُستخدم سطر واحد، إذ لا يوجد حقل هنا باسمه.', two: 'لم يُستخدم سطران، إذ لا يوجد حقل هنا باسم أيٍّ منهما.' }) as Partial<Forms>)[plural.select(count)] ??
    `لم تُستخدم ${lines(count)}، إذ لا يوجد حقل هنا باسم أيٍّ منها.`,
  pasteUndoKeeps: (typed: string[], back: string[]) =>
    `كتبت في ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(typed.map(iso))} منذ ذلك الحين، لذا لا يعيد «تراجع» إلا ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(back.map(iso))}.`,
  pasteUndoGone: 'لم يعد «تراجع» متاحًا: كتبت في كل حقل ملأه اللصق.',
  dropUndoGone: 'لم يعد «تراجع» متاحًا: كتبت في كل حقل ملأه الإفلات.',
  pasteOneValueJson: `لم يُلصق شيء: ${iso('JSON')} يحتوي على أكثر من قيمة، وهذا الحقل يأخذ قيمة واحدة. الصق كل قيمة وحدها، أو ${iso('JSON')} تحمل عناصره أسماء هذه الحقول.`,
  dropOneValueJson: `لم يُضَف ما أفلتَّه: ${iso('JSON')} يحتوي على أكثر من قيمة، وهذا الحقل يأخذ قيمة واحدة. أفلِت أو الصق كل قيمة وحدها، أو ${iso('JSON')} تحمل عناصره أسماء هذه الحقول.`,
  pasteFieldNames: (names: string[]) => `أسماء الحقول هنا: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(names.map(iso))}.`,
  pasteNamedMasked: 'لم يُلصق شيء: يبدو هذا قيمة مع اسمها، وهذا الحقل يأخذ القيمة وحدها. الصق القيمة وحدها، دون اسمها.',
  dropNamedMasked: 'لم يُضَف ما أفلتَّه: يبدو هذا قيمة مع اسمها، وهذا الحقل يأخذ القيمة وحدها. أفلِت أو الصق القيمة وحدها، دون اسمها.',

  // Review
  reviewTitle: 'تحقّق من إجاباتك',
  reviewIntro: 'تحقّق من التفاصيل قبل إنشاء الموصل.',
  reviewIntroEdit: 'راجِع التغييرات قبل حفظها.',
  editUnchanged: 'لم يتغيّر شيء، لذا لا يوجد ما يُحفظ.',
  change: 'تغيير',
  provided: 'تم الإدخال (القيمة مخفية)',
  notProvided: 'لم يتم الإدخال',
  notProvidedAgain: 'لم يتم الإدخال: أدخل القيمة مرة أخرى (لا يُحتفَظ بالقيم السرية)',
  notProvidedSaved: 'لم يتم الإدخال: أدخل القيمة مرة أخرى (انتهت صلاحية القيمة المحفوظة أو تعذّرت قراءتها)',
  systemLabel: 'النظام',
  notSet: 'غير محدد',
  yes: 'نعم',
  no: 'لا',

  // Endpoint mode
  creating: 'جارٍ إنشاء الموصل…',
  retrying: (attempt: number, attempts: number, waitSeconds?: number) =>
    `${waitSeconds ? `إعادة المحاولة بعد ${waitOf(waitSeconds, 'مدة')}` : 'جارٍ إعادة المحاولة'}… (المحاولة ${number.format(attempt)} من ${number.format(attempts)})`,
  endpointRefused: 'هذا النموذج غير مُعدّ لإرسال الموصلات بأمان، لذا لم يُرسَل أي شيء. إجاباتك محفوظة.',
  requestNotPrepared: 'تعذّر تجهيز الطلب، لذا لم يُرسَل أي شيء. إجاباتك محفوظة؛ وإذا تكرر ذلك، أبلِغ المسؤول عن هذه الصفحة.',
  notAuthorised: (status: number) =>
    `الصفحة المستضيفة لهذا النموذج لم تسجّل الدخول بصلاحية إنشاء الموصلات (HTTP ${status}). إجاباتك محفوظة: سجّل الدخول مرة أخرى في التطبيق، ثم اضغط «إنشاء الموصل».`,
  notAuthorisedUnsure: (status: number) =>
    `لم يصل ردّ على محاولة سابقة، ثم أفاد الخادم بأن الصفحة المستضيفة لهذا النموذج لم تسجّل الدخول بصلاحية إنشاء الموصلات (HTTP ${status})، لذا لا نعرف إن كان الموصل قد أُنشئ. إجاباتك محفوظة: سجّل الدخول مرة أخرى في التطبيق، ثم اضغط «إنشاء الموصل» مرة أخرى دون تغيير أي شيء، ولن يُنشأ مرتين.`,
  networkFailed:
    'لم يردّ الخادم، لذا لا نعرف إن كان الموصل قد أُنشئ. إجاباتك محفوظة؛ تحقّق من اتصالك بالإنترنت ثم اضغط «إنشاء الموصل» مرة أخرى دون تغيير أي شيء، ولن يُنشأ مرتين.',
  offline: (editing = false) =>
    editing
      ? 'هذا المتصفح غير متصل بالإنترنت، لذا لم تُرسَل تغييراتك. تغييراتك محفوظة؛ اضغط «حفظ التغييرات» مرة أخرى عندما يعود الاتصال بالإنترنت.'
      : 'هذا المتصفح غير متصل بالإنترنت، لذا لم يُرسَل أي شيء ولم يُنشأ الموصل. إجاباتك محفوظة؛ اضغط «إنشاء الموصل» مرة أخرى عندما يعود الاتصال بالإنترنت.',
  redirected: (editing = false) =>
    editing
      ? 'ردّ الخادم بإعادة توجيه لا يتبعها هذا النموذج، لذا لا نعرف إن كانت التغييرات قد حُفظت. تغييراتك محفوظة؛ إن كنت قد خرجت من حسابك فسجّل الدخول مجددًا في التطبيق، وإلا فأبلغ المسؤول عن هذه الصفحة، لأن الحفظ مرة أخرى لن يفيد.'
      : 'ردّ الخادم بإعادة توجيه لا يتبعها هذا النموذج، لذا لا نعرف إن كان الموصل قد أُنشئ. إجاباتك محفوظة؛ إن كنت قد خرجت من حسابك فسجّل الدخول مجددًا في التطبيق، وإلا فأبلغ المسؤول عن هذه الصفحة، لأن المحاولة مرة أخرى لن تفيد.',
  keyInUse: (editing = false) =>
    editing
      ? 'لا يزال الخادم يعالج محاولة سابقة لهذه التغييرات، لذا لا نعرف بعد إن كانت قد حُفظت. تغييراتك محفوظة؛ انتظر قليلًا ثم اضغط «حفظ التغييرات» مرة أخرى دون تغيير أي شيء.'
      : 'لا يزال الخادم يعالج محاولة سابقة لإنشاء هذا الموصل، لذا لا نعرف بعد إن كان قد أُنشئ. إجاباتك محفوظة؛ انتظر قليلًا ثم اضغط «إنشاء الموصل» مرة أخرى دون تغيير أي شيء، ولن يُنشأ مرتين.',
  serverFailed: (detail?: string) => `تعذّر على الخادم إنشاء الموصل${detail ? ` (${iso(detail)})` : ''}. إجاباتك محفوظة؛ حاول مرة أخرى بعد قليل.`,
  clientFailed: (detail?: string) =>
    `رفض الخادم إنشاء الموصل${detail ? ` (${iso(detail)})` : ''}. هذه ليست مشكلة مؤقتة، لذا لن تفيد إعادة المحاولة: أبلِغ المسؤول عن هذه الصفحة. إجاباتك محفوظة.`,
  conflictRefused: (detail?: string, editing = false) =>
    editing
      ? `رفض الخادم حفظ التغييرات لأنها تتعارض مع شيء موجود لديه${detail ? ` (${iso(detail)})` : ''}. قد يتكرر التعارض نفسه إذا حفظتها مرة أخرى دون تغيير: اتبع ما يقوله الخادم، أو أبلِغ المسؤول عن هذه الصفحة. تغييراتك محفوظة.`
      : `رفض الخادم إنشاء الموصل لأنه يتعارض مع شيء موجود لديه${detail ? ` (${iso(detail)})` : ''}. قد يتكرر التعارض نفسه إذا أعدت المحاولة دون تغيير: اتبع ما يقوله الخادم، أو أبلِغ المسؤول عن هذه الصفحة. إجاباتك محفوظة.`,
  conflictUnsure: (detail?: string, editing = false) =>
    editing
      ? `لم يصل ردّ على محاولة سابقة، ثم رفض الخادم حفظ التغييرات لأنها تتعارض مع شيء موجود لديه${detail ? ` (${iso(detail)})` : ''}. ربما حفظتها المحاولة السابقة، لذا لا نعرف إن كانت التغييرات قد حُفظت: تحقّق من الموصل قبل أن تحفظ مرة أخرى. تغييراتك محفوظة.`
      : `لم يصل ردّ على محاولة سابقة، ثم رفض الخادم إنشاء الموصل لأنه يتعارض مع شيء موجود لديه${detail ? ` (${iso(detail)})` : ''}. قد يكون هذا هو الموصل الذي أنشأته المحاولة السابقة، لذا لا نعرف إن كان الموصل قد أُنشئ: ابحث عنه في قائمة الموصلات قبل أن تعيد المحاولة. إجاباتك محفوظة.`,
  tooLarge: (detail?: string, editing = false) =>
    `رفض الخادم الإجابات لأنها كبيرة جدًا${detail ? ` (${iso(detail)})` : ''}، لذا لن يفيد إرسالها مرة أخرى كما هي. هذه الإجابة هي الأطول: تحقّق من أنه لم يُلصق فيها شيء زائد، واختصرها، ثم أعد المحاولة. ${editing ? 'تغييراتك محفوظة.' : 'إجاباتك محفوظة.'}`,
  saveNotAuthorised: (status: number) =>
    `الصفحة المستضيفة لهذا النموذج لم تسجّل الدخول بصلاحية تعديل الموصلات (HTTP ${status}). تغييراتك محفوظة: سجّل الدخول مرة أخرى في التطبيق، ثم اضغط «حفظ التغييرات».`,
  testNotAuthorised: (status: number) =>
    `الصفحة المستضيفة لهذا النموذج لم تسجّل الدخول بصلاحية اختبار الاتصالات (HTTP ${status}). سجّل الدخول مرة أخرى في التطبيق، ثم اضغط «اختبار الاتصال».`,
  saveNetworkFailed: 'لم يردّ الخادم، لذا لا نعرف إن كانت التغييرات قد حُفظت. تغييراتك محفوظة؛ تحقّق من اتصالك بالإنترنت واحفظها مرة أخرى.',
  saveServerFailed: (detail?: string) => `تعذّر على الخادم حفظ التغييرات${detail ? ` (${iso(detail)})` : ''}. تغييراتك محفوظة؛ حاول مرة أخرى بعد قليل.`,
  saveClientFailed: (detail?: string) =>
    `رفض الخادم حفظ التغييرات${detail ? ` (${iso(detail)})` : ''}. هذه ليست مشكلة مؤقتة، لذا لن تفيد إعادة المحاولة: أبلِغ المسؤول عن هذه الصفحة. تغييراتك محفوظة.`,
  createdUnreadable: 'يفيد الخادم بأن الموصل قد أُنشئ، لكن تعذّرت قراءة رده. لا تُنشئه مرة أخرى: ابحث عنه في قائمة الموصلات لديك.',
  createdUnreadableElsewhere:
    'أُنشئ الموصل حيث أُرسل، قبل أن تغيّر الصفحة المكان الذي تُنشأ فيه الموصلات، لكن تعذّرت قراءة ردّ ذلك الخادم. لا تُنشئه مرة أخرى: ابحث عنه هناك، لا هنا.',
  sentBeforeSwitch: (unsure: boolean) =>
    `غيّرت الصفحة المكان الذي تُنشأ فيه الموصلات أثناء إرسال هذا الموصل${unsure ? '، ولم يصل ردّ من المكان الذي أُرسل إليه أولًا: ربما أُنشئ هناك، لكنه لم يُنشأ هنا' : '، لذا لم يُنشأ هنا'}. إجاباتك محفوظة: اضغط «إنشاء الموصل» لإنشائه هنا.`,
  savedBeforeSwitch: (unsure: boolean) =>
    `غيّرت الصفحة المكان الذي تُحفظ فيه الموصلات أثناء إرسال هذه التغييرات${unsure ? '، ولم يصل ردّ من المكان الذي أُرسلت إليه أولًا: ربما حُفظت هناك، لكنها لم تُحفظ هنا' : '، لذا لم تُحفظ هنا'}. تغييراتك محفوظة: اضغط «حفظ التغييرات» لحفظها هنا.`,
  savedUnreadable: 'يفيد الخادم بأن التغييرات قد حُفظت، لكن تعذّرت قراءة رده. تحقّق من الموصل في قائمتك قبل الحفظ مرة أخرى.',
  savedUnreadableElsewhere:
    'حُفظت التغييرات حيث أُرسلت، قبل أن تغيّر الصفحة المكان الذي تُحفظ فيه الموصلات، لكن تعذّرت قراءة ردّ ذلك الخادم. تحقّق من الموصل هناك، لا هنا، قبل الحفظ مرة أخرى.',
  answersRefused: (step: string, editing = false) => `${editing ? 'لم تُحفظ التغييرات' : 'لم يُنشأ الموصل'}: وجد الخادم مشكلة في خطوة «${iso(step)}».`,
  serverBusy: (seconds: number) => `الخادم مشغول وطلب منا الانتظار ${waitOf(seconds, 'مدة طويلة')}. إجاباتك محفوظة؛ حاول مرة أخرى بعد انقضائها.`,
  duplicateOnServer: (env: 'live' | 'test', system: string, group?: string) =>
    `يوجد بالفعل موصل ${iso(system)} ${environmentOf(env)}${group ? ` في ${iso(group)}` : ''}؛ وقد أُضيف بعد أن بدأت. اختر البيئة الأخرى${group ? ' أو مجموعة شركات أخرى' : ''}`,
  duplicateMaybeOwn: (env: 'live' | 'test', system: string, group?: string) =>
    `يوجد بالفعل موصل ${iso(system)} ${environmentOf(env)}${group ? ` في ${iso(group)}` : ''}. قد يكون هو الذي أنشأته محاولة سابقة لم يصل ردّها: ابحث عنه في قائمة الموصلات قبل أن تضيف موصلًا آخر`,
  testConnection: 'اختبار الاتصال',
  testing: 'جارٍ اختبار الاتصال…',
  testOk: (system: string) => `قبِل ${iso(system)} بيانات الاعتماد هذه.`,
  testRejected: (system: string, detail?: string, marked = true) =>
    `رفض ${iso(system)} بيانات الاعتماد هذه${detail ? `: ${iso(detail)}` : ''}${fullStopAfter(detail)}${marked ? ' الحقول التي يجب التحقق منها مُعلَّمة.' : ''}`,
  testInvalid: 'بعض الإجابات غير صالحة، لذا لم يُختبَر الاتصال. الحقول التي يجب تصحيحها مُعلَّمة.',
  testNotPassed: (detail?: string, marked = false) =>
    `لم ينجح اختبار الاتصال${detail ? `: ${iso(detail)}` : ''}${fullStopAfter(detail)}${marked ? ' الحقول التي يجب التحقق منها مُعلَّمة.' : ''}`,
  testCheckFailed: (system: string, detail: string) => `قبل ${iso(system)} بيانات الاعتماد هذه، لكن أحد الفحوص فشل: ${iso(detail)}${fullStopAfter(detail)}`,
  testFieldElsewhere: (field: string, step: string) => `تحقّق من «${iso(field)}» في خطوة «${iso(step)}».`,
  goToField: (field: string) => `الانتقال إلى «${iso(field)}»`,
  testUnreachable: (system: string, status?: number, editing = false) =>
    `تعذّر علينا الوصول إلى ${iso(system)} لاختبار بيانات الاعتماد${status ? ` (HTTP ${status})` : ''}.${editing ? ' لا يزال بإمكانك حفظ التغييرات.' : ' لا يزال بإمكانك إنشاء الموصل.'}`,
  testNotRun: (status?: number, editing = false) =>
    `تعذّر اختبار الاتصال${status ? ` (HTTP ${status})` : ''}: حاول مرة أخرى بعد قليل.${editing ? ' لا يزال بإمكانك حفظ التغييرات.' : ' لا يزال بإمكانك إنشاء الموصل.'}`,
  testRedirected: (editing = false) =>
    `ردّ الخادم على اختبار الاتصال بإعادة توجيه لا يتبعها هذا النموذج، لذا لم يُختبر الاتصال. إن كنت قد خرجت من حسابك فسجّل الدخول مجددًا في التطبيق، وإلا فأبلغ المسؤول عن هذه الصفحة، لأن الاختبار مرة أخرى لن يفيد.${editing ? ' لا يزال بإمكانك حفظ التغييرات.' : ' لا يزال بإمكانك إنشاء الموصل.'}`,
  testBusy: (seconds: number, editing = false) =>
    `الخادم مشغول وطلب منا الانتظار ${waitOf(seconds, 'مدة طويلة')} قبل الاختبار مرة أخرى.${editing ? ' لا يزال بإمكانك حفظ التغييرات.' : ' لا يزال بإمكانك إنشاء الموصل.'}`,
  testOffline: 'هذا المتصفح غير متصل بالإنترنت، لذا لم يُرسَل أي شيء ولم يُختبر الاتصال. اضغط «اختبار الاتصال» مرة أخرى عندما يعود الاتصال بالإنترنت.',
  testOptional: 'الاختبار اختياري.',
  serverMoreErrors: (n: number) =>
    n === 1
      ? 'أبلغ الخادم عن مشكلة أخرى غير مذكورة هنا: أصلح هذه ثم حاول مرة أخرى لرؤيتها.'
      : n === 2
        ? 'أبلغ الخادم عن مشكلتين أخريين غير مذكورتين هنا: أصلح هذه ثم حاول مرة أخرى لرؤيتهما.'
        : `أبلغ الخادم عن مشكلات أخرى (${number.format(n)}) غير مذكورة هنا: أصلح هذه ثم حاول مرة أخرى لرؤية البقية.`,

  // Done
  saveChanges: 'حفظ التغييرات',
  saving: 'جارٍ حفظ التغييرات…',
  keepCurrent: 'اتركه فارغًا للإبقاء على القيمة الحالية.',
  savedValueFormat: 'لم تعد هذه القيمة المحفوظة بالتنسيق المتوقع.',
  keptCurrent: 'دون تغيير (تُحفظ القيمة الحالية)',
  editWas: 'سابقًا',
  secretReplaced: 'تم الاستبدال (القيمة الجديدة مخفية)',
  replacementLost: (label: string) => `لم يُحتفَظ بالقيمة الجديدة لـ ${iso(label)} التي أدخلتها: أدخلها مرة أخرى، أو أبقِ على القيمة الحالية.`,
  keepCurrentValue: 'الإبقاء على القيمة الحالية',
  leaveEmpty: 'ترك الحقل فارغًا',
  keepCurrentSetting: 'لم يتغير: يبقى الإعداد الحالي ما لم تحدد هذا المربع أو تلغِ تحديده.',
  testNeedsCredentials: (labels: string[]) =>
    `للاختبار، أدخل بيانات الاعتماد مرة أخرى: ما يحتفظ به هذا الموصل لا يُرسَل أبدًا إلى أي اختبار. ما زال محفوظًا: ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(iso))}.`,
  secretsNeedEndpoint: 'لا يمكن تغيير القيم السرية إلا عندما يرسل هذا النموذج إلى نقطة نهاية؛ ولا توضع أبدًا في الأحداث.',
  connectorMissing: 'لم يعد هذا الموصل موجودًا، لذا لا يمكن تغييره. تبقى تغييراتك محفوظة.',
  saveAnyway: 'حفظ تغييراتي على أي حال',
  editChanged: (labels: string[]) =>
    labels.length
      ? `غيّر شخص ما هذا الموصل منذ أن فتحته، ولم يُحفظ شيء. وغيّر أيضًا ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(labels.map(iso))}: راجع القيم المعروضة بوصفها «سابقًا»، ثم احفظ تغييراتك على أي حال أو ألغِ. تبقى تغييراتك محفوظة.`
      : 'غيّر شخص ما هذا الموصل منذ أن فتحته، ولم يُحفظ شيء. احفظ تغييراتك على أي حال أو ألغِ. تبقى تغييراتك محفوظة.',
  editChangedUnread: 'غيّر شخص ما هذا الموصل منذ أن فتحته، ولم يُحفظ شيء، ولم تتمكن هذه الصفحة من جلب النسخة الحالية. تبقى تغييراتك محفوظة: أعد المحاولة.',
  updatedTitle: 'تم تحديث الموصل',
  updatedBody: (name: string, system: string) => `تم تحديث ${iso(name)} (${iso(system)}).`,
  createdTitle: 'تم إنشاء الموصل',
  createdBody: (name: string, system: string) => `تم إنشاء ${iso(name)} (${iso(system)}).`,
  createdElsewhere: (name: string, system: string) => `أُنشئ ${iso(name)} (${iso(system)}) حيث أُرسل، قبل أن تغيّر الصفحة المكان الذي تُنشأ فيه الموصلات: ابحث عنه هناك، لا هنا.`,
  updatedElsewhere: (name: string, system: string) =>
    `حُفظت التغييرات على ${iso(name)} (${iso(system)}) حيث أُرسلت، قبل أن تغيّر الصفحة المكان الذي تُحفظ فيه الموصلات: ابحث عنها هناك، لا هنا.`,
  addAnother: 'إضافة موصل آخر',
};

export default ar;
