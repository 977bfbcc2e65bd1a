import { schemaResolver, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api/hooks';
import { errorText, fieldErrors } from './messages';
import { notifications } from '@mantine/notifications';

/** Validates a form with the same schema the core uses; messages stay catalog keys until shown. */
export function schemaValidate(schema: z.ZodType) {
  return schemaResolver(schema, { sync: true });
}

/**
 * Input props with the error translated: schema errors are catalog keys, core errors arrive
 * translated already. Use as `{...field('phone')}`.
 */
export function useFieldProps<Values>(form: Pick<UseFormReturnType<Values>, 'getInputProps'>) {
  const { t, i18n } = useTranslation();
  return (path: Parameters<typeof form.getInputProps>[0], options: { type?: 'input' | 'checkbox' } = {}) => {
    const props = form.getInputProps(path, options);
    const error: unknown = props.error;
    return {
      ...props,
      error: typeof error === 'string' && i18n.exists(error) ? t(error) : (error as string | undefined),
    };
  };
}

/** Puts a failed save's messages where the user looks: beside the fields, else in a notification. */
export function showSaveError<Values>(
  form: UseFormReturnType<Values>,
  t: ReturnType<typeof useTranslation>['t'],
  error: unknown,
): void {
  const fields = fieldErrors(t, error);
  if (Object.keys(fields).length > 0) {
    form.setErrors(fields);
    return;
  }
  notifications.show({
    color: 'red',
    title: errorText(t, error),
    message: error instanceof ApiError ? '' : String(error),
  });
}
