import * as z from 'zod/mini';
import { checkDatePattern, cleanPattern, DATE_FORMAT_PRESETS, isListedZone } from '../date-format/date-pattern.js';
import type { Messages } from '../messages/messages.js';
import type { WizardData } from './wizard-data.js';

/**
 * `kept`: the answers of the connector being edited. A zone or a date pattern it has, left as it
 * is, is kept though the form could not offer it (`Etc/GMT-10`, `ZZZZZ`): an edit never makes the
 * person replace what they did not touch.
 */
type KeptAnswers = Pick<WizardData, 'timeZone' | 'dateFormat' | 'customDateFormat'>;

/** The edited connector's own custom pattern (`kept`), left as it is. */
export const isKeptPattern = (custom: string, kept: KeptAnswers | undefined): boolean =>
  kept?.dateFormat === 'custom' && cleanPattern(custom) === cleanPattern(kept.customDateFormat);

/** A zone Continue takes: one the list offers, or the edited connector's own (`kept`), left as it is. An abbreviation (`EST`) is neither. */
export const isTakenZone = (zone: string, kept: KeptAnswers | undefined): boolean => zone === kept?.timeZone || isListedZone(zone);

export const timezoneStepSchema = (msg: Messages, kept?: KeptAnswers) =>
  z
    .object({
      timeZone: z.string(msg.timeZoneRequired).check(
        z.minLength(1, msg.timeZoneRequired),
        z.refine((zone) => isTakenZone(zone, kept), msg.timeZoneUnknown),
      ),
      dateFormat: z.string(msg.dateFormatRequired).check(z.refine((id) => id === 'custom' || DATE_FORMAT_PRESETS.some((p) => p.id === id), msg.dateFormatRequired)),
      customDateFormat: z.string(),
    })
    .check(
      z.superRefine((value, ctx) => {
        // Checked as it is sent: white space at its ends and invisible characters taken off (cleanPattern).
        const pattern = cleanPattern(value.customDateFormat);
        if (value.dateFormat !== 'custom' || isKeptPattern(pattern, kept)) return;
        const check = checkDatePattern(pattern);
        if (!check.ok)
          ctx.addIssue({
            code: 'custom',
            path: ['dateFormat'],
            message: pattern ? msg.datePatternProblem(check.problem) : msg.customPatternRequired,
            input: value.customDateFormat,
          });
      }),
    );

export { dateFormatChoice, resolveDateFormat } from '../date-format/date-pattern.js';
