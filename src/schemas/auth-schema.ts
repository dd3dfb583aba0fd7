import * as z from 'zod/mini';
import type { Messages } from '../messages/messages.js';
import type { ValidationContext } from './wizard-data.js';

export const authStepSchema = (ctx: ValidationContext, msg: Messages) => {
  const ids = ctx.system?.authTypes.map((a) => a.id) ?? [];
  const message = msg.authRequired(ctx.system?.name ?? '');
  return z.object({
    authType: z.string(message).check(z.refine((id) => ids.includes(id), message)),
  });
};
