import * as z from 'zod/mini';
import { checkDatePattern, DATE_FORMAT_PRESETS, isKnownTimeZone } from '../date-format/date-format.js';
import type { Messages } from '../messages/messages.js';

export const timezoneStepSchema = (msg: Messages) =>
  z
    .object({
      timeZone: z.string(msg.timeZoneRequired).check(
        z.minLength(1, msg.timeZoneRequired),
        z.refine(isKnownTimeZone, msg.timeZoneUnknown),
      ),
      dateFormat: z.string(msg.dateFormatRequired).check(
        z.refine((id) => id === 'custom' || DATE_FORMAT_PRESETS.some((p) => p.id === id), msg.dateFormatRequired),
      ),
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
            message: value.customDateFormat.trim() ? check.message : msg.customPatternRequired,
            input: value.customDateFormat,
          });
      }),
    );

/** The pattern a choice stands for: a preset's pattern, or the custom one as typed. */
export function resolveDateFormat(dateFormat: string | undefined, custom: string): string | undefined {
  if (dateFormat === 'custom') return custom.trim() || undefined;
  return DATE_FORMAT_PRESETS.find((p) => p.id === dateFormat)?.pattern;
}

/** The choice that stands for a pattern: a preset when one matches, else `custom`. */
export function dateFormatChoice(pattern: string | undefined): { dateFormat?: string; customDateFormat: string } {
  if (!pattern) return { dateFormat: 'iso', customDateFormat: '' };
  const preset = DATE_FORMAT_PRESETS.find((p) => p.pattern === pattern);
  return preset ? { dateFormat: preset.id, customDateFormat: '' } : { dateFormat: 'custom', customDateFormat: pattern };
}
