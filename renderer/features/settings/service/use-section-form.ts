import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSettings } from '../../../../shared/contract';
import { ApiError, queryKey, useApiMutation } from '../../../api/hooks';
import { errorText } from '../../../components/messages';
import { messageNodes } from './fields';
import {
  carryKeys,
  clearerMessage,
  isSectionPath,
  sectionProblems,
  type FieldMessages,
  type SectionMapping,
} from './section-mapping';

export interface SectionFormOptions<Values> {
  settings: ServiceSettings;
  mapping: SectionMapping<Values>;
  /** The section's name, for the notifications. */
  title: string;
  onDirtyChange(dirty: boolean): void;
  /** Told the form paths of a refused save's problems, before focus moves to the first: open the item holding it. */
  onRefused?(paths: string[]): void;
}

/** Moves focus to the first field marked invalid, once an item holding it has had a frame to open. */
function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()),
  );
}

/**
 * One editor of the service settings: its form, checked as the core would check it before
 * anything is sent, saved on its own (only its sections), with the core's refusals put beside
 * the fields they name. Problems in other sections the save would break (a template using a
 * removed fault) come back as `blockedBy`.
 */
export function useSectionForm<Values extends object>({
  settings,
  mapping,
  title,
  onDirtyChange,
  onRefused,
}: SectionFormOptions<Values>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // A callback ref held in state: the element is only used in handlers, and lint-clean that way.
  const [formElement, setFormElement] = useState<HTMLFormElement | null>(null);
  const form = useForm<Values>({ mode: 'controlled', initialValues: mapping.toValues(settings) });
  const [blockedBy, setBlockedBy] = useState<FieldMessages>({});
  const [savedAt, setSavedAt] = useState<Date | null>(null);

  const values = form.getValues();
  const initial = form.getInitialValues();
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(initial), [values, initial]);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // One notification per section at a time: a second refusal replaces the first.
  const notificationId = `service-settings-${mapping.sections.join('-')}`;
  const notify = (notification: Omit<Parameters<typeof notifications.show>[0], 'id'>) => {
    notifications.hide(notificationId);
    notifications.show({ ...notification, id: notificationId });
  };

  const refuse = (own: FieldMessages, others: FieldMessages = {}) => {
    form.setErrors(
      messageNodes(
        Object.fromEntries(Object.entries(own).map(([path, message]) => [path, clearerMessage(path, message)])),
      ),
    );
    setBlockedBy(others);
    onRefused?.(Object.keys(own));
    const onlyOthers = Object.keys(own).length === 0 && Object.keys(others).length > 0;
    notify({
      color: 'red',
      title: t('serviceSettings.notSaved'),
      message: t(onlyOthers ? 'serviceSettings.fixOthers' : 'serviceSettings.fixFields'),
    });
    focusFirstInvalid(formElement);
  };

  const save = useApiMutation('settings-service-update', {
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey('settings-service-get', {}), saved);
      const next = carryKeys(form.getValues(), mapping.toValues(saved));
      form.setInitialValues(next);
      form.setValues(next);
      form.resetDirty(next);
      setBlockedBy({});
      setSavedAt(new Date());
      notify({ color: 'teal', message: t('serviceSettings.saved', { section: title }) });
    },
    onError: (error) => {
      const fields = error instanceof ApiError ? error.error.fields : undefined;
      if (!fields) {
        notify({ color: 'red', title: errorText(t, error), message: t('serviceSettings.nothingSaved') });
        return;
      }
      const rename = mapping.formPath ?? ((path: string) => path);
      const own: FieldMessages = {};
      const others: FieldMessages = {};
      for (const [path, message] of Object.entries(fields)) {
        if (isSectionPath(path, mapping.sections)) own[rename(path)] = message;
        else others[path] = message;
      }
      refuse(own, others);
    },
  });

  const submit = (event?: { preventDefault(): void }) => {
    event?.preventDefault();
    if (!dirty || save.isPending) return;
    const current = form.getValues();
    const problems = sectionProblems(mapping, current);
    if (Object.keys(problems).length > 0) {
      refuse(problems);
      return;
    }
    setBlockedBy({});
    save.mutate(mapping.toUpdate(current).update);
  };

  const discard = () => {
    form.reset();
    setBlockedBy({});
  };

  return { form, formElement, setFormElement, submit, discard, dirty, saving: save.isPending, savedAt, blockedBy };
}
