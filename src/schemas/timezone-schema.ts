import * as z from 'zod/mini';
import { checkDatePattern, DATE_FORMAT_PRESETS, isListedZone } from '../date-format/date-pattern.js';
import type { Messages } from '../messages/messages.js';

export const timezoneStepSchema = (msg: Messages) =>
  z
    .object({
      timeZone: z.string(msg.timeZoneRequired).check(z.minLength(1, msg.timeZoneRequired), z.refine(isListedZone, msg.timeZoneUnknown)),
      dateFormat: z.string(msg.dateFormatRequired).check(z.refine((id) => id === 'custom' || DATE_FORMAT_PRESETS.some((p) => p.id === id), msg.dateFormatRequired)),
      customDateFormat: z.string(),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (value.dateFormat !== 'custom') return;
        const check = checkDatePattern(value.customDateFormat);
        if (!check.ok)
          ctx.addIssue({
            code: 'custom',
            path: ['dateFormat'],
            message: value.customDateFormat.trim() ? msg.datePatternProblem(check.problem) : msg.customPatternRequired,
            input: value.customDateFormat,
          });
      }),
    );

export { dateFormatChoice, resolveDateFormat } from '../date-format/date-pattern.js';
