import { useForm, type FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printSettingsSchema, type PrintSettings } from '../../../../shared/contract';
import { queryKey, useApiMutation } from '../../../api/hooks';
import { schemaValidate } from '../../../components/forms';
import { errorText, fieldErrors } from '../../../components/messages';

const notificationId = 'print-settings';
const checkSchema = schemaValidate(printSettingsSchema);

/**
 * The core's schema, with one clearer message: an emptied copies field is "not a number" to the
 * schema, but what the person needs to read is the range it takes.
 */
function validate(values: PrintSettings): FormErrors {
  const errors = checkSchema(values);
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path,
      path.endsWith('.copies') && message === 'validation.invalid' ? 'validation.copies' : message,
    ]),
  );
}

function notify(notification: Omit<Parameters<typeof notifications.show>[0], 'id'>): void {
  // One at a time: a second refusal replaces the first instead of stacking up.
  notifications.hide(notificationId);
  notifications.show({ ...notification, id: notificationId });
}

/** Moves focus to the first field marked invalid, once the messages have rendered. */
function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()),
  );
}

/**
 * The print settings form: checked with the core's own schema before anything is sent, saved
 * whole, with the core's refusals (`receipt.paper`) put beside the fields they name. Its state
 * has the shape the service settings' section frame shows (unsaved, saved at, Save, Discard).
 */
export function usePrintSettingsForm(settings: PrintSettings) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // A callback ref held in state: the element is only used in handlers.
  const [formElement, setFormElement] = useState<HTMLFormElement | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const form = useForm<PrintSettings>({
    mode: 'controlled',
    initialValues: settings,
    validate,
  });
  const dirty = form.isDirty();

  const refuse = () => {
    notify({ color: 'red', title: t('serviceSettings.notSaved'), message: t('serviceSettings.fixFields') });
    focusFirstInvalid(formElement);
  };

  const save = useApiMutation('settings-printing-update', {
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey('settings-printing-get', {}), saved);
      form.setInitialValues(saved);
      form.setValues(saved);
      form.resetDirty(saved);
      setSavedAt(new Date());
      notify({ color: 'teal', message: t('printing.settings.saved') });
    },
    onError: (error) => {
      const fields = fieldErrors(t, error);
      if (Object.keys(fields).length === 0) {
        notify({ color: 'red', title: errorText(t, error), message: t('serviceSettings.nothingSaved') });
        return;
      }
      form.setErrors(fields);
      refuse();
    },
  });

  const submit = (event?: { preventDefault(): void }) => {
    event?.preventDefault();
    if (!dirty || save.isPending) return;
    if (form.validate().hasErrors) {
      refuse();
      return;
    }
    save.mutate(form.getValues());
  };

  const discard = () => form.reset();

  return {
    form,
    setFormElement,
    submit,
    discard,
    dirty,
    saving: save.isPending,
    savedAt,
    blockedBy: {},
  };
}
