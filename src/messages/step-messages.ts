/** The English strings of the steps after System, of sending and of editing (see messages.ts). */
import type { DatePatternWarning } from '../date-format/date-format.js';
import { datePatternProblemText, type DatePatternProblem } from '../date-format/date-pattern.js';
import { describeWhitespaceInEnglish, type EdgeWhitespace } from '../schemas/normalize.js';
import { fullStopAfter, numberFormat, saidWait } from './isolate.js';

/** Numbers as English writes them, in the region of the wizard's `lang` (en-IN: 12,00,000). */
const number = numberFormat('en');
const characters = (n: number) => `${number.format(n)} ${n === 1 ? 'character' : 'characters'}`;

export const stepMessages = {
  // General step
  generalTitle: 'General',
  name: 'Connector name',
  nameHint: 'A name your team will recognise, such as “Shopify UK”.',
  nameRequired: 'Enter a name for the connector',
  nameTooLong: (max: number) => `Connector name must be ${characters(max)} or fewer`,
  nameDirectionControls: 'Remove the hidden characters that change the direction of the text: they can make the name read as something it is not',
  group: 'Company group',
  groupRequired: 'Choose the company group this connector belongs to',
  /** After an edited connector's own group, which the groups offered lack (see keptGroup). */
  groupKept: '(current group, not offered here)',
  /** An edited connector in no group, where groups are offered. */
  noGroupKept: 'No group (as now)',
  environment: 'Testing or live',
  environmentHint: 'A company group can have one live and one testing connector for each system.',
  live: 'Live',
  test: 'Testing',
  environmentRequired: 'Choose whether this is a testing or a live connector',
  slotTaken: (env: 'live' | 'test', system: string, group?: string) =>
    `A ${env === 'live' ? 'live' : 'testing'} ${system} connector already exists${group ? ` in ${group}` : ''}.`,
  bothTaken: (system: string, group?: string) =>
    group
      ? `${group} already has a live and a testing ${system} connector, the most a company group can have. Choose another company group.`
      : `There is already a live and a testing ${system} connector, the most allowed.`,
  environmentTaken: (env: 'live' | 'test', system: string, group?: string) =>
    `A ${env === 'live' ? 'live' : 'testing'} ${system} connector already exists${group ? ` in ${group}` : ''}; choose the other environment`,

  // Time zone step
  timezoneTitle: 'Time zone and date format',
  timezoneIntro: 'Dates from this system are converted to UTC when they sync, using the time zone and format below.',
  timeZone: 'Time zone',
  timeZoneHint: 'The time zone the system records its dates in. Type to search, for example “London” or “+10”.',
  timeZoneRequired: 'Choose the time zone the system uses',
  timeZoneUnknown: 'Choose a time zone from the list',
  timeZoneNoMatch: (q: string) => `No time zone matches “${q}”.`,
  timeZoneCount: (n: number) => (n === 1 ? '1 time zone' : `${number.format(n)} time zones`),
  dateFormat: 'Date format',
  dateFormatHint: 'How the system writes dates. The default suits this system.',
  dateFormatRequired: 'Choose the date format the system uses',
  customFormat: 'Custom pattern',
  customPattern: 'Pattern',
  customPatternHint: 'Unicode date pattern, for example yyyy-MM-dd HH:mm. Put literal text in single quotes.',
  customPatternRequired: 'Enter a date pattern, such as yyyy-MM-dd HH:mm:ss',
  /** What is wrong with a custom date pattern (codes such as `yyyy` stay as they are). */
  datePatternProblem: (p: DatePatternProblem): string => datePatternProblemText(p),
  datePatternWarning: (w: DatePatternWarning): string =>
    w === 'no-am-pm'
      ? '“hh” is a 12-hour clock, and this pattern has no AM/PM (a): 14:30 is written as 02:30. Use HH for a 24-hour clock, or add a.'
      : '“mm” is minutes, not the month: use MM for the month.',
  preview: 'Now:',
  systemDefault: 'default for this system',
  formatLabels: {
    iso: 'ISO 8601',
    sql: 'Date and time',
    dmy: 'Day/month/year',
    mdy: 'Month/day/year',
    rfc2822: 'RFC 2822',
    unix: 'Unix time (seconds)',
    'unix-ms': 'Unix time (milliseconds)',
  } as Record<string, string>,

  // Auth step
  authTitle: 'Authentication type',
  authLegend: (system: string) => `How should we sign in to ${system}?`,
  authTypeGone: (id: string) => `The authentication type chosen before (“${id}”) is not offered any more. Choose one to go on.`,
  authOnlyOne: (system: string, label: string) => `${system} has one authentication type, ${label}, so it is selected for you.`,
  authRequired: (system: string) => `Choose how to sign in to ${system}`,
  docs: 'Documentation',
  opensInNewTab: '(opens in a new tab)',

  // Credentials step
  credentialsTitle: 'Credentials',
  credentialsIntro: (system: string) => `Enter the details exactly as ${system} shows them. They are case-sensitive.`,
  show: 'Show',
  hide: 'Hide',
  fieldRequired: (label: string) => `Enter the ${label}`,
  chooseRequired: (label: string) => `Choose the ${label}`,
  fieldPattern: (label: string, example?: string) => `${label} is not in the expected format${example ? `, for example ${example}` : ''}`,
  fieldTooShort: (label: string, n: number) => `${label} must be at least ${characters(n)}`,
  fieldTooLong: (label: string, n: number) => `${label} must be ${characters(n)} or fewer`,
  fieldUrl: (label: string) => `${label} must be a full web address starting with https://`,
  fieldEmail: (label: string) => `${label} must be an e-mail address, like name@example.com`,
  fieldNumber: (label: string) => `${label} must be a number`,
  example: 'Example:',
  reenterSecret: 'Enter this again: secret values are not kept.',
  reenterSavedSecret: 'Enter this again: its saved value expired (secret values are kept for 24 hours) or could not be read.',
  /** Words for the whitespace found at the edges of a value, inserted into the notes below. */
  whitespace: (w: EdgeWhitespace) => describeWhitespaceInEnglish(w, number.format),
  trimmed: (what: string) => `We removed ${what} from what you entered.`,
  lowercased: 'We changed this to lower case.',
  invisibleRemoved: (n: number) =>
    n === 1
      ? 'We removed an invisible character (such as a zero-width space) that came with the paste.'
      : `We removed ${number.format(n)} invisible characters (such as zero-width spaces) that came with the paste.`,
  invisibleKept: (n: number) =>
    n === 1
      ? 'This value contains an invisible character (such as a zero-width space). It is kept as typed; check that it is meant to be there.'
      : `This value contains ${number.format(n)} invisible characters (such as zero-width spaces). They are kept as typed; check that they are meant to be there.`,
  trimmedAndLowercased: (what: string) => `We removed ${what} and changed this to lower case.`,
  affixesRemoved: (parts: string[]) =>
    `We removed ${new Intl.ListFormat('en', { type: 'conjunction' }).format(parts.map((p) => `“${p}”`))}: the form adds ${parts.length === 1 ? 'it' : 'them'} itself.`,
  keptWhitespace: (what: string) => `This value has ${what}. It is kept exactly as typed; check that it is meant to be there.`,
  oauthNotConfigured: (system: string) => `Signing in with ${system} is not available here: the page hosting this form has not set up sign-in (oauth-start-url).`,
  oauthConnectionRequired: (system: string) => `Connect with ${system} to continue`,
  oauthConnect: (system: string) => `Connect with ${system}`,
  oauthWaiting: (system: string) => `Finish signing in to ${system} in the window that opened…`,
  oauthBlocked: 'Your browser blocked the sign-in window.',
  oauthClosedEarly: 'The sign-in window closed before its page loaded: the browser or an extension may have blocked it.',
  oauthTryAgain: 'Try again',
  oauthContinueUnsaved: 'Your answers could not be saved on this device, so this page stays open. Allow pop-ups for this site, then choose “Try again”.',
  oauthContinueNotDrafted:
    'Your answers here are not being saved as a draft (the notice above says why), so this page stays open. Allow pop-ups for this site, then choose “Try again”.',
  oauthContinueLosesSecrets: (labels: string[]) =>
    `Leaving this page loses what you typed in ${new Intl.ListFormat('en', { type: 'conjunction' }).format(labels)}: secret values are kept only while the page is open. Choose “Continue in this tab” again to go on and type ${labels.length === 1 ? 'it' : 'them'} again when you are back, or allow pop-ups for this site and choose “Try again”.`,
  oauthContinueNoDrafts:
    'This page keeps no drafts, so leaving it loses the answers you typed here. Choose “Continue in this tab” again to go on and answer again when you are back, or allow pop-ups for this site and choose “Try again”.',
  oauthContinueHere: 'Continue in this tab',
  oauthContinueHint: 'Your answers are saved first, so nothing is lost.',
  oauthRefused: (system: string) => `Signing in with ${system} cannot be used here because of how this page is set up. Its developer has been told why.`,
  oauthDetached: (system: string) => `Waiting for you to finish signing in to ${system} in the other window. When you have finished, choose “I’ve finished”.`,
  oauthUnfinished: (system: string) =>
    `Signing in to ${system} has not finished. If its window is still open, finish there and choose “I’ve finished”; otherwise start again.`,
  oauthUnreachable: (system: string) =>
    `We could not check whether signing in to ${system} has finished. Check your connection, then choose “I’ve finished” again, or start again.`,
  /** A same-tab return of this sign-in came back with a message that could not be read: nothing typed is lost, Connect again. */
  oauthUnreadable: (system: string) => `The answer from signing in to ${system} could not be read, so no connection was made. Choose Connect with ${system} to try again.`,
  /** A same-tab return that came back and was left unused longer than RETURN_LIFETIME_MS: not taken, nothing typed is lost, Connect again. */
  oauthExpired: (system: string) =>
    `The answer from signing in to ${system} came back more than an hour ago and can no longer be used, so no connection was made. Choose Connect with ${system} to try again.`,
  oauthFinished: 'I’ve finished',
  oauthStartAgain: 'Start again',
  oauthClosed: 'The sign-in window closed, or this page lost touch with it, before the sign-in finished. Connect again when you are ready.',
  oauthDenied: (system: string, error?: string) => `${system} did not allow the connection${error ? `: ${error}` : ''}${fullStopAfter(error)} You can try again.`,
  oauthConnected: (system: string, account?: string) => `Connected to ${system}${account ? ` as ${account}` : ''}${fullStopAfter(account)}`,
  oauthEnvironmentChanged: (live: boolean): string =>
    live
      ? 'This connector is live now, so a connection made for testing cannot be used. Connect again when you are ready.'
      : 'This connector is for testing now, so a live connection cannot be used. Connect again when you are ready.',
  oauthFieldChanged: (label: string) => `${label} changed, so the connection made for the earlier value was removed. Connect again when you are ready.`,
  /** A field a sign-in under way was started for changed before any connection came: that sign-in stopped (no connection was there to remove). */
  oauthSignInFieldChanged: (label: string) => `${label} changed, so the sign-in started for the earlier value was stopped. Connect again when you are ready.`,
  /** A field the sign-in is started with holds a lone surrogate: a URL would carry U+FFFD in its place (another store or account). */
  oauthFieldUnsendable: (label: string) => `${label} holds a broken character, often left by copying text, that cannot be sent to sign in: type it again`,
  oauthReconnect: 'Connect a different account',
  oauthKept: (system: string) => `This connector stays connected to ${system} as it is now. Connect again only to use a different account.`,
  /** Continue in this tab, when sessionStorage cannot keep the sign-in for its return (the draft holds the answers). */
  oauthContinueNotKept: 'This browser could not keep the sign-in for your return, so this page stays open. Allow pop-ups for this site, then choose “Try again”.',
  /** I’ve finished asked for the result, and the ask failed once the person had left Credentials, where that button is. */
  oauthUnreachableAway: (system: string) =>
    `We could not check whether signing in to ${system} has finished. Check your connection, then go back to Credentials and choose “I’ve finished” again, or start again.`,
  /** The result URL answered with a redirect, never followed (a sign-in page for an ended session, a moved result URL): said as the other requests' redirects are, never as no connection. */
  oauthRedirected: (system: string, away = false) =>
    `We could not check whether signing in to ${system} has finished: the server answered with a redirect, which this form does not follow. If you were signed out, sign in again in the application, then ${away ? 'go back to Credentials and ' : ''}choose “I’ve finished” again; otherwise tell whoever looks after this page.`,
  warning: 'Warning:',
  looksLive: (label: string) => `This ${label} looks like a live one, but this connector is for testing.`,
  looksTest: (label: string) => `This ${label} looks like a testing one, but this connector is live.`,
  pasteFilled: (labels: string[]) =>
    `Filled ${number.format(labels.length)} ${labels.length === 1 ? 'field' : 'fields'} from what you pasted: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(labels)}.`,
  pasteUndo: 'Undo',
  /** Undo's name out of its notice (a screen reader's list of buttons): what it undoes, its visible word included. */
  pasteUndoName: 'Undo the paste',
  dropUndoName: 'Undo the drop',
  pasteOneValue:
    'Nothing was pasted: the text holds more than one value, and this field takes one. Paste each value on its own, or a block of KEY=value lines that names these fields.',
  pasteNamedSecret:
    'Nothing was pasted: that looks like a secret with its name, and this field shows what it holds. Paste the secret alone into its own field, which hides it.',
  pasteLinesJoined:
    'What you pasted was on several lines, as a PDF or a chat wraps a long value: this field takes one line, so the lines were joined, with no space between them.',
  pasteKeyOneLine: 'That private key was not taken: this field holds one line, and the key would not work without its line breaks.',
  pasteOtherAuthType: (authType: string) =>
    `Nothing was pasted: that is a secret of another authentication type, ${authType}. To use it, choose that type on the Authentication type step.`,
  pasteUndone: 'Put back what was there before the paste.',
  dropFilled: (labels: string[]) =>
    `Filled ${number.format(labels.length)} ${labels.length === 1 ? 'field' : 'fields'} from what you dropped: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(labels)}.`,
  dropUndone: 'Put back what was there before the drop.',
  dropOneValue:
    'Nothing was dropped: the text holds more than one value, and this field takes one. Drop or paste each value on its own, or a block of KEY=value lines that names these fields.',
  dropNamedSecret:
    'Nothing was dropped: that looks like a secret with its name, and this field shows what it holds. Paste the secret alone into its own field, which hides it.',
  dropOtherAuthType: (authType: string) =>
    `Nothing was dropped: that is a secret of another authentication type, ${authType}. To use it, choose that type on the Authentication type step.`,
  dropFile: 'Nothing was dropped: this form does not read files. Open the file, copy what it holds and paste it here.',
  nameNotCredentials: 'Nothing was pasted: that looks like credentials, not a name. Enter them on the Credentials step, where secrets stay hidden.',
  nameNotCredentialsDropped: 'Nothing was dropped: that looks like credentials, not a name. Enter them on the Credentials step, where secrets stay hidden.',
  checksTitle: 'What was checked',
  checkStatus: (status: 'passed' | 'failed' | 'skipped') => ({ passed: 'Passed', failed: 'Failed', skipped: 'Skipped' })[status],
  connectedAs: (account: string) => `Connected as ${account}${fullStopAfter(account)}`,
  connection: 'Connection',
  noCredentials: 'This authentication type needs no credentials.',
  /** A key pasted with the backticks or fence a chat or a wiki puts around code, taken off; or (Quote) an email reply's `>` marks before it. */
  pastedCodeMarks: 'We took off the backticks (`) that a chat or a wiki puts around code: they are not part of the value.',
  pastedQuoteMarks: 'We took off the “>” marks that an email reply puts before quoted lines: they are not part of the value.',
  /** A pasted value that fits its field but for a last `%`, which zsh prints after output with no line break at its end. */
  pastedPercentMark: 'This value ends with “%”, which a terminal may have added when it was copied. Remove it if it is not part of the value.',
  /** Lists a paste named by a value that matches none of their options, or more than one (a label two options share): left as they were. */
  pasteUnchosen: (labels: string[]) =>
    labels.length === 1
      ? `${labels[0]!} was left as it was: the value for it matches none of its options, or more than one. Choose one in the list.`
      : `${new Intl.ListFormat('en', { type: 'conjunction' }).format(labels)} were left as they were: the values for them match none of their options, or more than one. Choose in each list.`,
  /** The names of a paste's lines no field takes, as written (at most five, and how many more): said, never their values. */
  pasteNotUsed: (names: string[], more: number) =>
    `Not used, as no field here has that name: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(more ? [...names, `${number.format(more)} more`] : names)}.`,
  /** How many of a paste's lines no field takes, where none has a name clearly a name (`OAuth2 token: …`): counted, never said. */
  pasteLinesNotUsed: (count: number) =>
    count === 1
      ? `${number.format(count)} line was not used, as no field here has its name.`
      : `${number.format(count)} lines were not used, as no field here has their names.`,
  /** Fields a paste filled that were typed in since (`typed`): Undo leaves them as typed and puts back the rest (`back`). */
  pasteUndoKeeps: (typed: string[], back: string[]) =>
    `You typed in ${new Intl.ListFormat('en', { type: 'conjunction' }).format(typed)} since, so Undo puts back only ${new Intl.ListFormat('en', { type: 'conjunction' }).format(back)}.`,
  /** Every field a paste (or a drop) filled was typed in since: its Undo had nothing left to put back. */
  pasteUndoGone: 'Undo is gone: you typed in every field the paste filled.',
  dropUndoGone: 'Undo is gone: you typed in every field the drop filled.',
  /** Several values pasted as JSON into a one-line field, none of whose names is a field's: said of JSON, not of `KEY=value` lines. */
  pasteOneValueJson:
    'Nothing was pasted: the JSON holds more than one value, and this field takes one. Paste each value on its own, or JSON whose members are named as these fields are.',
  dropOneValueJson:
    'Nothing was dropped: the JSON holds more than one value, and this field takes one. Drop or paste each value on its own, or JSON whose members are named as these fields are.',
  /** After a refusal of several values: the names that fill these fields (their keys), never a value pasted. */
  pasteFieldNames: (names: string[]) => `The fields here are named ${new Intl.ListFormat('en', { type: 'conjunction' }).format(names)}.`,
  /** One value with its name (a JSON object of one member no field is named as), pasted or dropped into a masked field: it takes the value alone. */
  pasteNamedMasked: 'Nothing was pasted: that looks like a value with its name, and this field takes the value alone. Paste only the value, without its name.',
  dropNamedMasked: 'Nothing was dropped: that looks like a value with its name, and this field takes the value alone. Drop or paste only the value, without its name.',

  // Review
  reviewTitle: 'Check your answers',
  reviewIntro: 'Check the details before you create the connector.',
  reviewIntroEdit: 'Check the changes before you save them.',
  editUnchanged: 'Nothing has changed, so there is nothing to save.',
  change: 'Change',
  provided: 'Provided (hidden)',
  notProvided: 'Not provided',
  notProvidedAgain: 'Not provided: enter it again (secret values are not kept)',
  notProvidedSaved: 'Not provided: enter it again (its saved value expired or could not be read)',
  systemLabel: 'System',
  notSet: 'Not set',
  yes: 'Yes',
  no: 'No',

  // Endpoint mode
  creating: 'Creating connector…',
  // A wait long enough to notice (a server's Retry-After) is said with its length until the attempt starts.
  retrying: (attempt: number, attempts: number, waitSeconds?: number) =>
    `Retrying${waitSeconds ? ` in ${saidWait('en', waitSeconds, (n) => `${number.format(n)} ${n === 1 ? 'second' : 'seconds'}`, 'a while')}` : ''}… (attempt ${number.format(attempt)} of ${number.format(attempts)})`,
  endpointRefused: 'This form is not set up to send connectors safely, so nothing was sent. Your answers are kept.',
  requestNotPrepared: 'The request could not be prepared, so nothing was sent. Your answers are kept; if this happens again, tell whoever looks after this page.',
  notAuthorised: (status: number) =>
    `The page hosting this form is not signed in to create connectors (HTTP ${status}). Your answers are kept: sign in again in the application, then press Create connector.`,
  notAuthorisedUnsure: (status: number) =>
    `An earlier try got no answer, and the server then said the page hosting this form is not signed in to create connectors (HTTP ${status}), so we cannot tell whether the connector was created. Your answers are kept: sign in again in the application, then press Create connector again without changing them, and it will not be created twice.`,
  networkFailed:
    'The server did not answer, so we cannot tell whether the connector was created. Your answers are kept: check your connection, then press Create connector again without changing them, and it will not be created twice.',
  offline: (editing = false): string =>
    editing
      ? 'This browser is offline, so your changes were not sent. They are kept: press Save changes again once you are back online.'
      : 'This browser is offline, so nothing was sent and the connector was not created. Your answers are kept: press Create connector again once you are back online.',
  /** The endpoint answered with a redirect, never followed: a 303 may say it was done, so whether it was cannot be told, and sending it again gets the same answer. */
  redirected: (editing = false): string =>
    editing
      ? 'The server answered with a redirect, which this form does not follow, so we cannot tell whether the changes were saved. Your changes are kept: if you were signed out, sign in again in the application; otherwise tell whoever looks after this page, as saving again will not help.'
      : 'The server answered with a redirect, which this form does not follow, so we cannot tell whether the connector was created. Your answers are kept: if you were signed out, sign in again in the application; otherwise tell whoever looks after this page, as trying again will not help.',
  keyInUse: (editing = false): string =>
    editing
      ? 'The server is still working on an earlier try of these changes, so we cannot tell whether they were saved until it finishes. Your changes are kept: wait a moment, then press Save changes again without changing them.'
      : 'The server is still working on an earlier try of this create, so we cannot tell whether the connector was created until it finishes. Your answers are kept: wait a moment, then press Create connector again without changing them, and it will not be created twice.',
  serverFailed: (detail?: string) => `The server could not create the connector${detail ? ` (${detail})` : ''}. Your answers are kept; try again in a moment.`,
  clientFailed: (detail?: string) =>
    `The server refused to create the connector${detail ? ` (${detail})` : ''}. This is not a temporary problem, so trying again will not help: tell whoever looks after this page. Your answers are kept.`,
  /** A 409 that is no slot taken (an edit conflict, a record locked): the server's own words, never "in a moment" (the same answers may meet it again). */
  conflictRefused: (detail?: string, editing = false) =>
    `The server refused to ${editing ? 'save the changes' : 'create the connector'} because of a conflict with what it holds${detail ? ` (${detail})` : ''}. Trying again unchanged may meet the same conflict: do what the server says, or tell whoever looks after this page. Your ${editing ? 'changes' : 'answers'} are kept.`,
  /** A 409 that is no slot taken, after an earlier try got no answer: the conflict may be with what that try made. */
  conflictUnsure: (detail?: string, editing = false) =>
    editing
      ? `An earlier try got no answer, and the server then refused to save the changes because of a conflict with what it holds${detail ? ` (${detail})` : ''}. The earlier try may have saved them, so we cannot tell whether the changes were saved: check the connector before you save again. Your changes are kept.`
      : `An earlier try got no answer, and the server then refused to create the connector because of a conflict with what it holds${detail ? ` (${detail})` : ''}. That may be the connector the earlier try made, so we cannot tell whether the connector was created: look for it in your list of connectors before you try again. Your answers are kept.`,
  tooLarge: (detail?: string, editing = false) =>
    `The server refused the answers as too large${detail ? ` (${detail})` : ''}, so sending them again as they are will not help. This answer is the longest: check that nothing extra was pasted into it, shorten it, then try again. ${editing ? 'Your changes are kept.' : 'Your answers are kept.'}`,
  saveNotAuthorised: (status: number) =>
    `The page hosting this form is not signed in to change connectors (HTTP ${status}). Your changes are kept: sign in again in the application, then press Save changes.`,
  testNotAuthorised: (status: number) =>
    `The page hosting this form is not signed in to test connections (HTTP ${status}). Sign in again in the application, then press Test connection.`,
  saveNetworkFailed: 'The server did not answer, so we cannot tell whether the changes were saved. Your changes are kept; check your connection and save them again.',
  saveServerFailed: (detail?: string) => `The server could not save the changes${detail ? ` (${detail})` : ''}. Your changes are kept; try again in a moment.`,
  saveClientFailed: (detail?: string) =>
    `The server refused to save the changes${detail ? ` (${detail})` : ''}. This is not a temporary problem, so trying again will not help: tell whoever looks after this page. Your changes are kept.`,
  createdUnreadable: 'The server says the connector was created, but its answer could not be read. Do not create it again: look for it in your list of connectors.',
  /** A create's 201 with no readable connector came from the endpoint the page switched away from while it was sent. */
  createdUnreadableElsewhere:
    'The connector was created where it was sent, before the page changed where connectors are created, but that server’s answer could not be read. Do not create it again: look for it there, not here.',
  /** A create's failure came from the endpoint it was sent to after the page set another: said where it was never sent. `unsure`: no answer came. */
  sentBeforeSwitch: (unsure: boolean) =>
    `The page changed where connectors are created while this one was being sent${unsure ? '. No answer came back from where it was sent first, so it may have been created there. It' : ', so it'} was not created here. Your answers are kept: press Create connector to create it here.`,
  /** An edit's save answered (or not: `unsure`, it may have been saved there) by the endpoint it was sent to, after the page set another. */
  savedBeforeSwitch: (unsure: boolean) =>
    `The page changed where connectors are saved while these changes were being sent${unsure ? '. No answer came back from where they were sent first, so they may have been saved there. They' : ', so they'} were not saved here. Your changes are kept: press Save changes to save them here.`,
  savedUnreadable: 'The server says the changes were saved, but its answer could not be read. Check the connector in your list before saving again.',
  /** An edit's 200 or 204 with no readable connector came from the endpoint the page switched away from while it was sent. */
  savedUnreadableElsewhere:
    'The changes were saved where they were sent, before the page changed where connectors are saved, but that server’s answer could not be read. Check the connector there, not here, before saving again.',
  answersRefused: (step: string, editing = false) =>
    `${editing ? 'The changes were not saved' : 'The connector was not created'}: the server found a problem on the ${step} step.`,
  serverBusy: (seconds: number) =>
    `The server is busy and asked us to wait ${saidWait('en', seconds, (n) => `${number.format(n)} ${n === 1 ? 'second' : 'seconds'}`, 'a long time')}. Your answers are kept; try again then.`,
  duplicateOnServer: (env: 'live' | 'test', system: string, group?: string) =>
    `A ${env === 'live' ? 'live' : 'testing'} ${system} connector already exists${group ? ` in ${group}` : ''}; it was added after you started. Choose the other environment${group ? ' or another company group' : ''}`,
  duplicateMaybeOwn: (env: 'live' | 'test', system: string, group?: string) =>
    `A ${env === 'live' ? 'live' : 'testing'} ${system} connector already exists${group ? ` in ${group}` : ''}. It may be the one an earlier try made when no answer came back: look for it in your list of connectors before you add another`,
  testConnection: 'Test connection',
  testing: 'Testing the connection…',
  testOk: (system: string) => `${system} accepted these credentials.`,
  testRejected: (system: string, detail?: string, marked = true) =>
    `${system} refused these credentials${detail ? `: ${detail}` : ''}${fullStopAfter(detail)}${marked ? ' The fields to check are marked.' : ''}`,
  testInvalid: 'Some answers are not valid, so the connection was not tested. The fields to fix are marked.',
  testNotPassed: (detail?: string, marked = false) =>
    `The connection test did not pass${detail ? `: ${detail}` : ''}${fullStopAfter(detail)}${marked ? ' The fields to check are marked.' : ''}`,
  testCheckFailed: (system: string, detail: string) => `${system} accepted these credentials, but a check failed: ${detail}${fullStopAfter(detail)}`,
  /** After a test's outcome answered once the person had left Credentials: the field on another step its failed check names, and the button there. */
  testFieldElsewhere: (field: string, step: string) => `Check “${field}” on the ${step} step.`,
  goToField: (field: string) => `Go to “${field}”`,
  testUnreachable: (system: string, status?: number, editing = false) =>
    `We could not reach ${system} to test the credentials${status ? ` (HTTP ${status})` : ''}.${editing ? ' You can still save the changes.' : ' You can still create the connector.'}`,
  testNotRun: (status?: number, editing = false) =>
    `The connection could not be tested${status ? ` (HTTP ${status})` : ''}: try again in a moment.${editing ? ' You can still save the changes.' : ' You can still create the connector.'}`,
  /** The test endpoint answered with a redirect, never followed: testing again gets the same answer. */
  testRedirected: (editing = false) =>
    `The server answered the test with a redirect, which this form does not follow, so the connection was not tested: if you were signed out, sign in again in the application; otherwise tell whoever looks after this page, as trying again will not help.${editing ? ' You can still save the changes.' : ' You can still create the connector.'}`,
  testBusy: (seconds: number, editing = false) =>
    `The server is busy and asked us to wait ${saidWait('en', seconds, (n) => `${number.format(n)} ${n === 1 ? 'second' : 'seconds'}`, 'a long time')} before testing again.${editing ? ' You can still save the changes.' : ' You can still create the connector.'}`,
  testOffline: 'This browser is offline, so nothing was sent and the connection was not tested. Press Test connection again once you are back online.',
  testOptional: 'Testing is optional.',
  /** Last in a 422's list when the server listed more errors than are read: how many more. */
  serverMoreErrors: (n: number) =>
    `The server found ${number.format(n)} more ${n === 1 ? 'problem' : 'problems'}, not listed here: fix these, then try again to see the rest.`,

  // Editing
  saveChanges: 'Save changes',
  saving: 'Saving changes…',
  keepCurrent: 'Leave empty to keep the current value.',
  savedValueFormat: 'This saved value no longer matches the expected format.',
  keptCurrent: 'Unchanged (the current value is kept)',
  /** On Review, before an edited answer's saved value: "Shop EU (was: Shop Europe)". */
  editWas: 'was',
  /** On Review, a secret typed to replace the current one (neither value is ever shown). */
  secretReplaced: 'Replaced (the new value is hidden)',
  replacementLost: (label: string) => `The new ${label} you typed was not kept: enter it again, or keep the current one.`,
  keepCurrentValue: 'Keep the current value',
  leaveEmpty: 'Leave it empty',
  keepCurrentSetting: 'Not changed: the current setting is kept unless you tick or clear this box.',
  testNeedsCredentials: (labels: string[]) =>
    `To test, enter the credentials again: the ones this connector keeps are never sent to a test. Still kept: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(labels)}.`,
  secretsNeedEndpoint: 'Secret values can be changed only when this form sends to an endpoint; they are never put in events.',
  connectorMissing: 'This connector no longer exists, so it cannot be changed. Your changes are kept.',
  saveAnyway: 'Save my changes anyway',
  editChanged: (labels: string[]) =>
    labels.length
      ? `Someone changed this connector since you opened it, so nothing was saved. They also changed ${new Intl.ListFormat('en', { type: 'conjunction' }).format(labels)}: check the values shown as “was”, then save your changes anyway, or cancel. Your changes are kept.`
      : 'Someone changed this connector since you opened it, so nothing was saved. Save your changes anyway, or cancel. Your changes are kept.',
  editChangedUnread:
    'Someone changed this connector since you opened it, so nothing was saved, and this page could not get the current version. Your changes are kept: try again.',
  updatedTitle: 'Connector updated',
  updatedBody: (name: string, system: string) => `${name} (${system}) has been updated.`,

  // Done
  createdTitle: 'Connector created',
  createdBody: (name: string, system: string) => `${name} (${system}) has been created.`,
  /** Created at the endpoint the page had when it was sent, after the page set another. */
  createdElsewhere: (name: string, system: string) =>
    `${name} (${system}) was created where it was sent, before the page changed where connectors are created: look for it there, not here.`,
  /** An edit saved at the endpoint the page had when it was sent, after the page set another. */
  updatedElsewhere: (name: string, system: string) =>
    `The changes to ${name} (${system}) were saved where they were sent, before the page changed where connectors are saved: look for them there, not here.`,
  addAnother: 'Add another connector',
};
