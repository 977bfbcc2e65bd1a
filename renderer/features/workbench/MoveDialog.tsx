import { Alert, Button, Checkbox, Group, Modal, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localize, type AskedAction, type TicketDetail } from '../../../shared/contract';
import { computeFees, formatFen } from '../../../shared/domain/fees';
import { approvalChannels, holdReasons, unrepairedReasons } from '../../../shared/domain/ticket-workflow';
import { coversCost } from '../../../shared/domain/warranty';
import { useApiQuery } from '../../api/hooks';
import { KeyHint } from '../../components/KeyHint';
import { useFieldProps } from '../../components/forms';
import { errorText, fieldErrors } from '../../components/messages';
import { useLanguage, useServiceSettings } from '../../components/service-names';
import { BillLinesField } from './BillLinesField';
import { formPath, initialValues, moveProblems, toMove, type MoveValues } from './move-forms';
import { useTicketMove } from './use-ticket-move';

interface Props {
  ticket: TicketDetail;
  action: AskedAction;
  onClose(): void;
}

/** The bill as the form stands, worked out as the core will: to say before saving whether it needs the customer's approval. */
function formBillFen(ticket: TicketDetail, values: MoveValues): number | null {
  const move = toMove('diagnose', values);
  if (move.action !== 'diagnose' || move.lines.some((line) => line.unitPriceFen < 0)) return null;
  return computeFees({
    lines: move.lines.map((line) => ({ ...line, quantity: line.quantity })),
    warrantyCovers: coversCost(ticket.warrantyStatus),
    discountFen: ticket.fees.discountFen,
  }).totalFen;
}

/** One move's short form, in a dialog: what the move needs said, then Enter (Ctrl+Enter in a text box) to record it. */
export function MoveDialog({ ticket, action, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useServiceSettings().data;
  const form = useForm<MoveValues>({
    mode: 'controlled',
    initialValues: initialValues(action, ticket, settings, language),
    validate: (values) => moveProblems(action, values),
  });
  const field = useFieldProps(form);
  const staff = useApiQuery('staff-directory', {}, { enabled: action === 'assign' });
  const money = (fen: number) => formatFen(fen, { locale: language });
  const mutation = useTicketMove({
    onDone: onClose,
    onError: (error) => {
      const fields = fieldErrors(t, error);
      if (Object.keys(fields).length > 0) {
        form.setErrors(
          Object.fromEntries(Object.entries(fields).map(([path, text]) => [formPath(action, path), text])),
        );
        return;
      }
      form.setErrors({ move: errorText(t, error) });
    },
  });
  const submit = form.onSubmit((values) =>
    mutation.mutate({ ticketId: ticket.id, version: ticket.version, move: toMove(action, values) }),
  );
  const values = form.getValues();
  const billFen = action === 'diagnose' || action === 'revise-bill' ? formBillFen(ticket, values) : null;
  const category = settings?.productCategories.find((entry) => entry.code === ticket.productCategory);
  const faultOptions = [
    { value: '', label: t('workbench.keepFault') },
    ...(category?.faults.flatMap((node) => [
      { value: node.code, label: localize(node.name, language) },
      ...node.children.map((child) => ({
        value: child.code,
        label: `${localize(node.name, language)} · ${localize(child.name, language)}`,
      })),
    ]) ?? []),
  ];
  const text = (name: keyof MoveValues, label: string, options: { rows?: number; required?: boolean } = {}) =>
    options.rows ? (
      <Textarea
        label={label}
        autosize
        minRows={options.rows}
        withAsterisk={options.required}
        data-autofocus
        {...field(name)}
      />
    ) : (
      <TextInput label={label} withAsterisk={options.required} data-autofocus {...field(name)} />
    );

  const fields = (() => {
    switch (action) {
      case 'assign':
        return (
          <Select
            label={t('workbench.form.technician')}
            withAsterisk
            data-autofocus
            data={(staff.data ?? [])
              .filter((member) => member.role !== 'reception')
              .map((member) => ({ value: String(member.id), label: `${member.name} · ${t(`roles.${member.role}`)}` }))}
            {...field('technicianId')}
          />
        );
      case 'diagnose':
      case 'revise-bill':
        return (
          <>
            {action === 'diagnose' ? (
              <>
                <Text size="sm" c="dimmed">
                  {t('workbench.customerSaid')}: {ticket.faultDescription}
                </Text>
                {text('cause', t('workbench.cause'), { rows: 2, required: true })}
                <Select
                  label={t('workbench.correctedFault')}
                  data={faultOptions}
                  allowDeselect={false}
                  {...field('faultCategory')}
                />
                {text('findings', t('workbench.findings'), { rows: 2 })}
              </>
            ) : (
              text('note', t('workbench.form.reviseNote'), { required: true })
            )}
            <BillLinesField form={form} />
            {billFen !== null ? (
              <Alert color={billFen > ticket.approvedFen ? 'violet' : 'teal'} variant="light">
                {t('workbench.form.billTotal')}: <strong>{money(billFen)}</strong> —{' '}
                {t(billFen > ticket.approvedFen ? 'workbench.form.overLimit' : 'workbench.form.withinLimit', {
                  limit: money(ticket.approvedFen),
                })}
              </Alert>
            ) : null}
          </>
        );
      case 'record-approval':
        return (
          <>
            {ticket.bill ? (
              <Text size="sm">
                {t('workbench.callAbout', {
                  bill: money(ticket.bill.fees.totalFen),
                  approved: money(ticket.approvedFen),
                })}
              </Text>
            ) : null}
            <Radio.Group label={t('workbench.form.decision')} withAsterisk {...field('decision')}>
              <Group mt={4}>
                <Radio value="approved" label={t('workbench.form.approvedDecision')} data-autofocus />
                <Radio value="declined" label={t('workbench.form.declinedDecision')} />
              </Group>
            </Radio.Group>
            <Radio.Group label={t('workbench.form.channel')} withAsterisk {...field('channel')}>
              <Group mt={4}>
                {approvalChannels.map((channel) => (
                  <Radio key={channel} value={channel} label={t(`workflow.approvalChannels.${channel}`)} />
                ))}
              </Group>
            </Radio.Group>
            {values.decision === 'approved' ? (
              <TextInput
                label={t('workbench.form.approvedAmount')}
                inputMode="decimal"
                withAsterisk
                {...field('approvedYuan')}
              />
            ) : null}
            {text('note', t('workbench.form.note'))}
          </>
        );
      case 'wait-for-parts':
        return (
          <>
            {text('part', t('workbench.form.part'), { required: true })}
            <TextInput type="date" label={t('workbench.form.expectedOn')} maw={220} {...field('expectedOn')} />
            {text('note', t('workbench.form.note'))}
          </>
        );
      case 'hold':
        return (
          <>
            <Radio.Group label={t('workbench.form.holdReason')} withAsterisk {...field('holdReason')}>
              <Group mt={4}>
                {holdReasons.map((reason) => (
                  <Radio key={reason} value={reason} label={t(`workflow.holdReasons.${reason}`)} />
                ))}
              </Group>
            </Radio.Group>
            {text('note', t('workbench.form.note'), { rows: 2 })}
          </>
        );
      case 'return-unrepaired':
        return (
          <>
            <Radio.Group label={t('workbench.form.unrepairedReason')} withAsterisk {...field('unrepairedReason')}>
              <Stack gap={6} mt={4}>
                {unrepairedReasons.map((reason) => (
                  <Radio key={reason} value={reason} label={t(`workflow.unrepairedReasons.${reason}`)} />
                ))}
              </Stack>
            </Radio.Group>
            {text('note', t('workbench.form.note'), { rows: 2, required: values.unrepairedReason === 'other' })}
          </>
        );
      case 'finish-repair':
        return text('workDone', t('workbench.workDone'), { rows: 3, required: true });
      case 'pass-qc':
      case 'fail-qc':
        return (
          <>
            <Checkbox.Group
              label={t('workbench.form.checks')}
              description={t(action === 'pass-qc' ? 'workbench.form.allChecksPass' : 'workbench.form.failedItems')}
              value={values.checks.filter((check) => check.passed).map((check) => check.item)}
              onChange={(ticked) =>
                form.setFieldValue(
                  'checks',
                  values.checks.map((check) => ({ ...check, passed: ticked.includes(check.item) })),
                )
              }
              error={form.errors.checks ? t(String(form.errors.checks)) : undefined}
            >
              <Stack gap={6} mt={6}>
                {values.checks.map((check, index) => (
                  <Checkbox
                    key={check.item}
                    value={check.item}
                    label={check.item}
                    data-autofocus={index === 0 || undefined}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            {action === 'pass-qc'
              ? text('storageLocation', t('workbench.storageLocation'))
              : text('note', t('workbench.form.note'))}
          </>
        );
      case 'cancel':
        return text('reasonText', t('workbench.form.cancelReason'), { required: true });
      case 'reopen':
        return text('reasonText', t('workbench.form.reopenReason'), { required: true });
      case 'close':
        return text('resolution', t('workbench.form.resolution'), { rows: 3, required: true });
      default:
        return text('note', t('workbench.form.note'));
    }
  })();

  return (
    <Modal
      opened
      onClose={onClose}
      title={`${ticket.number} · ${t(`workflow.actions.${action}`)}`}
      size={action === 'diagnose' || action === 'revise-bill' ? 'xl' : 'lg'}
    >
      <form
        onSubmit={submit}
        onKeyDown={(event) => {
          // In a text box Enter starts a new line; Ctrl+Enter records, as everywhere at the counter.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      >
        <Stack gap="sm">
          {fields}
          {form.errors.move ? <Alert color="red">{String(form.errors.move)}</Alert> : null}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose} rightSection={<KeyHint keys={['Esc']} />}>
              {t('workbench.form.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} rightSection={<KeyHint keys={['Ctrl', 'Enter']} />}>
              {t(`workflow.actions.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
