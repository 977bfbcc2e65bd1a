import { z } from 'zod';
import { isIsoDate } from '../domain/calendar';
import { isValidPhone } from '../domain/phone';
import { roles } from '../domain/roles';

/** Field schemas shared by several handlers. Error messages are catalog keys. */
export const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

export const optionalText = (max: number) =>
  z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' }).default('');

export const pin = z.string({ error: 'validation.required' }).regex(/^\d{4,6}$/u, { error: 'validation.pin' });

export const phone = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .refine(isValidPhone, { error: 'validation.phone' });

export const role = z.enum(roles, { error: 'validation.role' });

export const id = z.number({ error: 'validation.invalid' }).int().positive();

export const language = z.enum(['zh-CN', 'en'], { error: 'validation.invalid' });

export const isoDate = z.string({ error: 'validation.date' }).refine(isIsoDate, { error: 'validation.date' });

/** Money in integer fen, up to ¥1,000,000. */
export const fen = z
  .number({ error: 'validation.money' })
  .int({ error: 'validation.money' })
  .min(0, { error: 'validation.money' })
  .max(100_000_000, { error: 'validation.tooLarge' });
