import * as z from 'zod/mini';
import type { Messages } from '../messages/messages.js';
import type { ValidationContext } from './wizard-data.js';

export const authStepSchema = (ctx: ValidationContext, msg: Messages) => {
  const ids = ctx.system?.authTypes.map((a) => a.id) ?? [];
  // No system (the catalogue no longer has the one chosen): what to do is choose one, never "sign in to" no name.
  const message = ctx.system ? msg.authRequired(ctx.system.name) : msg.systemRequired;
  return z.object({
    authType: z.string(message).check(z.refine((id) => ids.includes(id), message)),
  });
};
