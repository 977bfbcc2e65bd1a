import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDirectoryEntry, TicketDetail } from '../../../shared/contract';
import { itemNames } from '../../../shared/contract/service-names';
import { formatFen } from '../../../shared/domain/fees';
import { queryKey, useApiMutation } from '../../api/hooks';
import { useFieldProps } from '../../components/forms';
import { KeyHint } from '../../components/KeyHint';
import { errorText, fieldErrors } from '../../components/messages';
import { useLanguage, useServiceSettings } from '../../components/service-names';
import { SignaturePadField } from '../reception/SignaturePadField';
import { TicketEstimate } from '../tickets/TicketEstimate';
import { ManagerApproval } from './ManagerApproval';
import { PaymentRows } from './PaymentRows';
import { ReworkDialog } from './ReworkDialog';
import { initialPickupValues, pickupFormPath, pickupMoney, toPickupInput, type PickupValues } from './pickup-form';
import classes from './Pickup.module.css';
import { handedOverHere } from './handed-over';

/**
 * The hand-over at the counter (验收 and 费用结算): who collects, the accessories ticked back, the
 * final bill with any discount (a manager's PIN above the limit), the payments (cash with change,
 * split over methods) or the refund, and the customer's acceptance, signed or ticked. Ctrl+Enter
 * completes it; an objection sends the device back to the bench instead.
 */
export function PickupForm({ ticket, staff }: { ticket: TicketDetail; staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useServiceSettings().data;
  const queryClient = useQueryClient();
  const form = useForm<PickupValues>({ mode: 'controlled', initialValues: initialPickupValues(ticket) });
  const field = useFieldProps(form);
  const [rework, setRework] = useState(false);
  const [listProblem, setListProblem] = useState<string | null>(null);
  const values = form.getValues();
  const money = settings ? pickupMoney(ticket, values, settings) : null;
  const fen = (amount: number) => formatFen(amount, { locale: language });

  const complete = useApiMutation('pickup-complete', {
    onSuccess: (done) => {
      handedOverHere.add(done.id);
      queryClient.setQueryData(queryKey('tickets-get', { id: done.id }), done);
      void queryClient.invalidateQueries({ queryKey: queryKey('ready-shelf') });
      void queryClient.invalidateQueries({ queryKey: queryKey('tickets-queue') });
      void queryClient.invalidateQueries({ queryKey: queryKey('tickets-list') });
      notifications.show({ color: 'teal', message: t('pickup.doneNotice', { number: done.number }) });
    },
    onError: (error) => {
      const fields = fieldErrors(t, error);
      const mapped = Object.fromEntries(Object.entries(fields).map(([path, text]) => [pickupFormPath(path), text]));
      // What concerns the payments or refunds as a whole shows above their rows.
      setListProblem(mapped.payments ?? mapped.refunds ?? null);
      if (Object.keys(mapped).length > 0) form.setErrors(mapped);
      else notifications.show({ color: 'red', message: errorText(t, error) });
    },
  });

  const submit = () => {
    if (!money) return;
    form.clearErrors();
    setListProblem(null);
    const built = toPickupInput(ticket, form.getValues(), { discountNeedsManager: money.discountNeedsManager });
    if ('problems' in built) {
      form.setErrors(
        Object.fromEntries(Object.entries(built.problems).map(([path, message]) => [path, t(message.key)])),
      );
      return;
    }
    complete.mutate(built.input);
  };
  useHotkeys([['mod+Enter', submit]], []);

  const accessoryName = (code: string) =>
    settings ? itemNames(settings.accessories, [code], language).join('') : code;
  // Back unrepaired, or the work called off: the device goes back as it came.
  const unrepaired = ticket.state !== 'ready';

  return (
    <Card withBorder padding="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        aria-label={t('pickup.formLabel')}
      >
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {unrepaired ? t('pickup.formTitleUnrepaired') : t('pickup.formTitle')}
            </Title>
            {unrepaired ? null : (
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={16} color="var(--mantine-color-orange-7)" />}
                onClick={() => setRework(true)}
              >
                {t('pickup.objects')}
              </Button>
            )}
          </Group>

          <Input.Wrapper label={t('pickup.identity')}>
            <SegmentedControl
              mt={4}
              fullWidth
              aria-label={t('pickup.identity')}
              value={values.identity}
              onChange={(value) => form.setFieldValue('identity', value === 'checked' ? 'checked' : 'receipt')}
              data={[
                { value: 'receipt', label: t('pickup.receiptShown') },
                { value: 'checked', label: t('pickup.receiptLost') },
              ]}
            />
          </Input.Wrapper>
          {values.identity === 'checked' ? (
            <SimpleGrid cols={3} spacing="xs">
              <TextInput label={t('pickup.collectorName')} {...field('name')} />
              <TextInput label={t('pickup.phoneLast4')} inputMode="numeric" maxLength={4} {...field('phoneLast4')} />
              <TextInput label={t('pickup.idNote')} placeholder={t('pickup.idNotePlaceholder')} {...field('idNote')} />
            </SimpleGrid>
          ) : null}

          {values.accessories.length > 0 ? (
            <Stack gap={6}>
              <Group justify="space-between">
                <Text fw={600} size="sm">
                  {t('pickup.accessories')}
                </Text>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() =>
                    form.setFieldValue(
                      'accessories',
                      values.accessories.map((item) => ({ ...item, returned: true })),
                    )
                  }
                >
                  {t('pickup.allReturned')}
                </Button>
              </Group>
              {values.accessories.map((item, index) => (
                <Group key={item.code} gap="sm" align="flex-start" wrap="nowrap">
                  <Checkbox
                    mt={6}
                    label={accessoryName(item.code)}
                    {...field(`accessories.${index}.returned`, { type: 'checkbox' })}
                  />
                  {item.returned ? null : (
                    <TextInput
                      size="xs"
                      style={{ flex: 1 }}
                      aria-label={t('pickup.missingNote', { accessory: accessoryName(item.code) })}
                      placeholder={t('pickup.missingNotePlaceholder')}
                      {...field(`accessories.${index}.note`)}
                    />
                  )}
                </Group>
              ))}
              {ticket.accessoriesNote ? (
                <Text size="xs" c="dimmed">
                  {ticket.accessoriesNote}
                </Text>
              ) : null}
            </Stack>
          ) : null}

          <Stack gap={6}>
            <Text fw={600} size="sm">
              {t('pickup.finalBill')}
            </Text>
            <TicketEstimate ticket={ticket} totals={false} {...(ticket.bill ? { bill: ticket.bill } : {})} />
            <Group align="flex-start" justify="space-between" wrap="nowrap">
              <TextInput label={t('pickup.discount')} inputMode="decimal" w={180} {...field('discount')} />
              {money ? (
                <Stack gap={2} className={classes.sums} aria-label={t('pickup.sumsLabel')} role="group">
                  <Sum label={t('pickup.subtotal')} value={fen(money.fees.subtotalFen)} />
                  {money.fees.warrantyCoverFen > 0 ? (
                    <Sum label={t('pickup.warrantyCover')} value={`−${fen(money.fees.warrantyCoverFen)}`} />
                  ) : null}
                  {money.fees.discountFen > 0 ? (
                    <Sum label={t('pickup.discountLine')} value={`−${fen(money.fees.discountFen)}`} />
                  ) : null}
                  <Sum label={t('pickup.total')} value={fen(money.fees.totalFen)} strong />
                  {ticket.ledger.summary.depositFen > 0 ? (
                    <Sum label={t('pickup.depositPaid')} value={`−${fen(ticket.ledger.summary.depositFen)}`} />
                  ) : null}
                  {ticket.ledger.summary.paymentsFen - ticket.ledger.summary.refundsFen !== 0 ? (
                    <Sum
                      label={t('pickup.paidBefore')}
                      value={`−${fen(ticket.ledger.summary.paymentsFen - ticket.ledger.summary.refundsFen)}`}
                    />
                  ) : null}
                  <Sum
                    label={money.balanceFen < 0 ? t('pickup.toGiveBack') : t('pickup.toTake')}
                    value={fen(Math.abs(money.balanceFen))}
                    strong
                  />
                </Stack>
              ) : null}
            </Group>
            {money?.discountNeedsManager ? (
              <ManagerApproval
                form={form}
                approverPath="discountApprover"
                pinPath="discountPin"
                reason={t('pickup.discountManagerNote', {
                  limit: fen(settings?.pickup.discountLimitFen ?? 0),
                })}
                currentStaffId={staff.id}
              />
            ) : null}
          </Stack>

          {listProblem ? (
            <Alert color="red" role="alert">
              {listProblem}
            </Alert>
          ) : null}
          {money && (money.balanceFen > 0 || values.payments.length > 0) ? (
            <PaymentRows form={form} list="payments" balanceFen={money.balanceFen} />
          ) : null}
          {money && (money.balanceFen < 0 || values.refunds.length > 0) ? (
            <PaymentRows form={form} list="refunds" balanceFen={money.balanceFen} />
          ) : null}
          {money ? (
            <Group gap="lg" justify="flex-end" aria-live="polite">
              {money.changeFen > 0 ? (
                <Text fw={700} size="lg">
                  {t('pickup.change', { amount: fen(money.changeFen) })}
                </Text>
              ) : null}
              <Text fw={600} className={money.leftFen === 0 ? classes.ok : classes.warn}>
                {money.leftFen === 0
                  ? t('pickup.settled')
                  : money.leftFen > 0
                    ? t('pickup.stillToTake', { amount: fen(money.leftFen) })
                    : t('pickup.tooMuch', { amount: fen(-money.leftFen) })}
              </Text>
            </Group>
          ) : null}
          {money && money.balanceFen > 0 ? (
            <Stack gap={6}>
              <Checkbox
                label={t('pickup.releaseUnpaid')}
                description={t('pickup.releaseUnpaidHint')}
                {...field('releaseUnpaid', { type: 'checkbox' })}
              />
              {values.releaseUnpaid ? (
                <ManagerApproval
                  form={form}
                  approverPath="unpaidApprover"
                  pinPath="unpaidPin"
                  reason={t('pickup.unpaidNeedsManager')}
                  currentStaffId={staff.id}
                />
              ) : null}
            </Stack>
          ) : null}

          <Input.Wrapper label={t('pickup.acceptance')} description={t('pickup.acceptanceHint')}>
            <SegmentedControl
              mt={4}
              aria-label={t('pickup.acceptance')}
              value={values.acceptanceMethod}
              onChange={(value) => form.setFieldValue('acceptanceMethod', value === 'signature' ? 'signature' : 'tick')}
              data={[
                { value: 'tick', label: t('pickup.byTick') },
                { value: 'signature', label: t('pickup.bySignature') },
              ]}
            />
          </Input.Wrapper>
          {values.acceptanceMethod === 'tick' ? (
            <Checkbox size="md" label={t('pickup.accepted')} {...field('accepted', { type: 'checkbox' })} />
          ) : (
            <SignaturePadField
              value={values.signaturePng}
              onChange={(png) => form.setFieldValue('signaturePng', png)}
              error={field('signaturePng').error}
            />
          )}
          <Textarea label={t('pickup.note')} autosize minRows={1} maxRows={4} {...field('note')} />
          <Group justify="flex-end">
            <Button
              type="submit"
              size="md"
              leftSection={<IconCheck size={18} />}
              rightSection={<KeyHint keys={['Ctrl', 'Enter']} />}
              loading={complete.isPending}
            >
              {unrepaired ? t('pickup.completeUnrepaired') : t('pickup.complete')}
            </Button>
          </Group>
        </Stack>
      </form>
      {rework ? <ReworkDialog ticket={ticket} onClose={() => setRework(false)} /> : null}
    </Card>
  );
}

function Sum({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <Group justify="space-between" gap="xl" wrap="nowrap">
      <Text size="sm" fw={strong ? 700 : 400}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 400} className={classes.money}>
        {value}
      </Text>
    </Group>
  );
}
