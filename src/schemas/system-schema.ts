import * as z from 'zod/mini';
import type { Messages } from '../messages/messages.js';
import type { ValidationContext } from './wizard-data.js';

export const systemStepSchema = (ctx: ValidationContext, msg: Messages) =>
  z.object({
    system: z.string(msg.systemRequired).check(z.refine((id) => ctx.catalogue.systems.some((s) => s.id === id), msg.systemRequired)),
  });
