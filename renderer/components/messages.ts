import type { TFunction } from 'i18next';
import type { Message } from '../../shared/contract';
import { ApiError } from '../api/hooks';

/** A core error in the active language. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return t(error.error.key, error.error.params ?? {});
  return t('errors.internal');
}

export function messageText(t: TFunction, message: Message): string {
  return t(message.key, message.params ?? {});
}

/** The core's field messages, translated, keyed as the form's fields are. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.error.fields) return {};
  return Object.fromEntries(
    Object.entries(error.error.fields).map(([path, message]) => [path, messageText(t, message)]),
  );
}
