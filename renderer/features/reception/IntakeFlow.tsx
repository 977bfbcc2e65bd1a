import { Alert, Button, Group, Modal, Paper, Stack, Stepper, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconArrowLeft, IconArrowRight, IconCheck, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerOverview, ServiceSettings, TicketDetail } from '../../../shared/contract';
import { ApiError, queryKey, request, useApiQuery } from '../../api/hooks';
import { formatDateTime } from '../../components/dates';
import { KeyHint } from '../../components/KeyHint';
import { errorText, messageText } from '../../components/messages';
import { ClassifyStep } from './ClassifyStep';
import { ConfirmStep } from './ConfirmStep';
import { GreetStep } from './GreetStep';
import { formPath, intakeSteps, stepOfField, toIntakeInput, type IntakeStep, type IntakeValues } from './intake-form';
import { ListenStep } from './ListenStep';
import { ProposeStep } from './ProposeStep';
import { StepPanel } from './StepPanel';
import { useDraftAutosave } from './use-draft-autosave';

export interface IntakeFlowProps {
  settings: ServiceSettings;
  initial: IntakeValues;
  initialStep: IntakeStep;
  draftId: number | null;
  onRecorded(ticket: TicketDetail): void;
  onDiscarded(): void;
  /** The draft this intake is kept in, once the first autosave has made one. */
  onDraftSaved(id: number): void;
}

/** Moves focus to the next field of the step, as Tab would: Enter advances at the counter. */
function focusNextField(container: HTMLElement, from: HTMLElement): boolean {
  const fields = [
    ...container.querySelectorAll<HTMLElement>(
      'input:not([type=hidden]):not([disabled]), textarea, [role=radio][tabindex="0"], button[data-next]',
    ),
  ].filter((element) => element.offsetParent !== null);
  const index = fields.indexOf(from);
  const next = fields[index + 1];
  if (index < 0 || !next) return false;
  next.focus();
  return true;
}

/** Whether Enter in this element should move on (plain inputs), rather than do its own thing. */
function entersNextField(target: HTMLElement): boolean {
  if (!(target instanceof HTMLInputElement)) return false;
  if (['checkbox', 'radio', 'button', 'submit'].includes(target.type)) return false;
  // A select's Enter picks an option; the search box's Enter picks a result.
  if (target.getAttribute('role') === 'combobox' || target.getAttribute('aria-haspopup') === 'listbox') return false;
  return !target.hasAttribute('data-enter-submits');
}

/**
 * The counter conversation as six steps, always visible. Ctrl+Enter goes to the next step
 * (and on Confirm records the intake), Esc goes back, Enter moves to the next field.
 */
export function IntakeFlow({
  settings,
  initial,
  initialStep,
  draftId,
  onRecorded,
  onDiscarded,
  onDraftSaved,
}: IntakeFlowProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<IntakeValues>({ mode: 'controlled', initialValues: initial });
  const [step, setStep] = useState<IntakeStep>(initialStep);
  const [saving, setSaving] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const [stepError, setStepError] = useState<string | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  // The hints under the step names fit on one line only on wide screens (and in Chinese).
  const wide = useMediaQuery('(min-width: 1600px)') || i18n.language !== 'en';
  const values = form.getValues();

  const overview = useApiQuery(
    'customers-overview',
    { id: values.customerId ?? 0 },
    { enabled: values.customerId !== null },
  );
  const customerName = values.customerId !== null ? (overview.data?.customer.name ?? '') : values.newCustomer.name;
  const summary = [customerName, `${values.brand} ${values.model}`.trim(), t(`serviceTypes.${values.serviceType}`)]
    .filter(Boolean)
    .join(' · ');
  const autosave = useDraftAutosave({ values, step, summary, initialDraftId: draftId, enabled: !saving && !recorded });

  useEffect(() => {
    if (autosave.draftId !== null) onDraftSaved(autosave.draftId);
  }, [autosave.draftId, onDraftSaved]);

  const index = intakeSteps.indexOf(step);
  const goTo = (target: IntakeStep) => {
    setStepError(null);
    setStep(target);
    // The step's first field, or the one it marks as where the conversation goes on.
    requestAnimationFrame(() => {
      const panel = containerRef.current?.querySelector('[data-step-panel]');
      (
        panel?.querySelector<HTMLElement>('[data-autofocus]') ??
        panel?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), textarea')
      )?.focus();
    });
  };

  /** What must be known before leaving a step; the core checks everything again when recording. */
  const stepProblem = (current: IntakeStep): string | null => {
    if (
      current === 'greet' &&
      values.customerId === null &&
      (values.newCustomer.name === '' || values.newCustomer.phone === '')
    )
      return t('reception.greet.chooseCustomer');
    return null;
  };

  const record = async () => {
    const converted = toIntakeInput(values, null);
    if ('problems' in converted)
      return showProblems(
        Object.fromEntries(
          Object.entries(converted.problems).map(([path, message]) => [path, messageText(t, message)]),
        ),
      );
    setSaving(true);
    try {
      const currentDraft = await autosave.settle();
      const ticket = await request('intake-save', { ...converted.input, draftId: currentDraft });
      setRecorded(true);
      void queryClient.invalidateQueries({ queryKey: queryKey('drafts-list') });
      void queryClient.invalidateQueries({ queryKey: queryKey('tickets-list') });
      void queryClient.invalidateQueries({ queryKey: queryKey('customers-overview') });
      void queryClient.invalidateQueries({ queryKey: queryKey('customers-list') });
      onRecorded(ticket);
    } catch (error) {
      const fields = error instanceof ApiError ? (error.error.fields ?? {}) : {};
      if (Object.keys(fields).length > 0) {
        showProblems(
          Object.fromEntries(Object.entries(fields).map(([path, message]) => [path, messageText(t, message)])),
          error,
        );
      } else {
        notifications.show({ color: 'red', title: errorText(t, error), message: '' });
      }
    } finally {
      setSaving(false);
    }
  };

  const showProblems = (fields: Record<string, string>, error?: unknown) => {
    const paths = Object.keys(fields);
    form.setErrors(Object.fromEntries(paths.map((path) => [formPath(path), fields[path]])));
    const firstStep =
      intakeSteps.find((candidate) => paths.some((path) => stepOfField(path) === candidate)) ?? 'confirm';
    goTo(firstStep);
    setStepError(
      error instanceof ApiError && error.error.code === 'conflict'
        ? errorText(t, error)
        : t('reception.record.fixFields'),
    );
  };

  const next = () => {
    const problem = stepProblem(step);
    if (problem) {
      setStepError(problem);
      return;
    }
    if (step === 'confirm') {
      void record();
      return;
    }
    const following = intakeSteps[index + 1];
    if (following && following !== 'record') goTo(following);
  };
  const nextRef = useRef(next);
  useEffect(() => {
    nextRef.current = next;
  });
  const back = () => {
    const previous = intakeSteps[index - 1];
    if (previous) goTo(previous);
  };

  // Ctrl+Enter works wherever the focus is on this screen (a nav link, the top bar, a field).
  useHotkeys([['mod+Enter', () => nextRef.current()]], []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && !event.defaultPrevented && target.getAttribute('aria-expanded') !== 'true') {
      if (index > 0) {
        event.preventDefault();
        back();
      }
    } else if (
      event.key === 'Enter' &&
      !event.shiftKey &&
      !event.altKey &&
      !event.ctrlKey &&
      !event.metaKey &&
      entersNextField(target) &&
      containerRef.current
    ) {
      event.preventDefault();
      if (!focusNextField(containerRef.current.querySelector('[data-step-panel]') ?? containerRef.current, target))
        next();
    }
  };

  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const discard = async () => {
    setConfirmingDiscard(false);
    setRecorded(true);
    const current = await autosave.settle();
    if (current !== null) await request('drafts-discard', { id: current }).catch(() => undefined);
    void queryClient.invalidateQueries({ queryKey: queryKey('drafts-list') });
    notifications.show({ message: t('reception.discarded') });
    onDiscarded();
  };

  const draftState =
    autosave.status.state === 'saving'
      ? t('reception.draftSaving')
      : autosave.status.state === 'saved'
        ? t('reception.draftSaved', { time: formatDateTime(autosave.status.at).slice(11) })
        : autosave.status.state === 'failed'
          ? t('reception.draftFailed', { message: errorText(t, autosave.status.error) })
          : '';

  const overviewData: CustomerOverview | undefined = values.customerId !== null ? overview.data : undefined;
  return (
    <Stack ref={containerRef} gap="md" flex={1} mih={0} onKeyDown={onKeyDown}>
      <Paper withBorder p="sm" radius="sm">
        <Stepper
          active={index}
          onStepClick={(target) => {
            const chosen = intakeSteps[target];
            if (chosen && chosen !== 'record') goTo(chosen);
          }}
          size="sm"
          aria-label={t('reception.stepsLabel')}
          allowNextStepsSelect
        >
          {intakeSteps.map((name, position) => (
            <Stepper.Step
              key={name}
              label={`${position + 1}. ${t(`reception.steps.${name}`)}`}
              description={wide ? t(`reception.stepHints.${name}`) : undefined}
              allowStepSelect={name !== 'record'}
              aria-current={name === step ? 'step' : undefined}
            />
          ))}
        </Stepper>
      </Paper>
      {stepError ? (
        <Alert color="red" role="alert">
          {stepError}
        </Alert>
      ) : null}
      <StepPanel>
        {step === 'greet' ? (
          <GreetStep form={form} overview={overviewData} onContinue={next} />
        ) : step === 'listen' ? (
          <ListenStep form={form} settings={settings} overview={overviewData} />
        ) : step === 'classify' ? (
          <ClassifyStep form={form} settings={settings} overview={overviewData} />
        ) : step === 'propose' ? (
          <ProposeStep form={form} settings={settings} overview={overviewData} />
        ) : (
          <ConfirmStep form={form} settings={settings} overview={overviewData} />
        )}
      </StepPanel>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm">
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => setConfirmingDiscard(true)}
          >
            {t('reception.discard')}
          </Button>
          <Text size="xs" c="dimmed" aria-live="polite">
            {draftState}
          </Text>
        </Group>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={16} />}
            rightSection={<KeyHint keys={['Esc']} />}
            onClick={back}
            disabled={index === 0}
          >
            {t('reception.back')}
          </Button>
          {step === 'confirm' ? (
            <Button
              color="teal.9"
              leftSection={<IconCheck size={16} />}
              rightSection={<KeyHint keys={['Ctrl', 'Enter']} />}
              onClick={() => void record()}
              loading={saving}
            >
              {t('reception.record.submit')}
            </Button>
          ) : (
            <Button
              data-step-next
              rightSection={
                <>
                  <IconArrowRight size={16} />
                  <KeyHint keys={['Ctrl', 'Enter']} />
                </>
              }
              onClick={next}
            >
              {t('reception.next')}
            </Button>
          )}
        </Group>
      </Group>
      <Modal
        opened={confirmingDiscard}
        onClose={() => setConfirmingDiscard(false)}
        title={t('reception.discard')}
        centered
      >
        <Text size="sm">{t('reception.discardConfirm')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirmingDiscard(false)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void discard()}>
            {t('reception.discard')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
