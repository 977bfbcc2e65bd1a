import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fenToYuanText, parseYuan } from '../../../shared/domain/fees';
import { paymentMethods } from '../../../shared/domain/ledger';
import { useFieldProps } from '../../components/forms';
import type { PickupValues, TenderValues } from './pickup-form';

/**
 * The money taken (or given back) at pickup, one row per method: for cash, what the customer
 * handed over, so the change is worked out; for the others, the transaction's last digits. A new
 * row starts with what is still to take.
 */
export function PaymentRows({
  form,
  list,
  balanceFen,
}: {
  form: UseFormReturnType<PickupValues>;
  list: 'payments' | 'refunds';
  balanceFen: number;
}) {
  const { t } = useTranslation();
  const field = useFieldProps(form);
  const rows = form.getValues()[list];
  const methods = paymentMethods.map((method) => ({ value: method, label: t(`ledger.methods.${method}`) }));
  const add = () => {
    const entered = rows.reduce((sum, row) => sum + (parseYuan(row.amount) ?? 0), 0);
    const left = Math.max((list === 'payments' ? balanceFen : -balanceFen) - entered, 0);
    const row: TenderValues = {
      method: list === 'payments' && rows.some((entry) => entry.method === 'cash') ? 'wechat' : 'cash',
      amount: left > 0 ? fenToYuanText(left) : '',
      tendered: '',
      reference: '',
    };
    form.insertListItem(list, row);
  };
  const title = t(list === 'payments' ? 'pickup.payments' : 'pickup.refunds');
  return (
    <Stack gap={4} role="group" aria-label={title}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={add}>
          {t(list === 'payments' ? 'pickup.addPayment' : 'pickup.addRefund')}
        </Button>
      </Group>
      {rows.length > 0 ? (
        <Group gap="xs" wrap="nowrap" aria-hidden>
          <Text size="xs" c="dimmed" w={150}>
            {t('pickup.method')}
          </Text>
          <Text size="xs" c="dimmed" w={130}>
            {t('pickup.amount')}
          </Text>
          <Text size="xs" c="dimmed" w={150}>
            {list === 'payments' ? t('pickup.tenderedOrReference') : t('pickup.reference')}
          </Text>
        </Group>
      ) : null}
      {rows.map((row, index) => {
        const number = index + 1;
        return (
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
            <Select
              w={150}
              aria-label={t('pickup.methodOf', { number })}
              data={methods}
              allowDeselect={false}
              {...field(`${list}.${index}.method`)}
            />
            <TextInput
              w={130}
              aria-label={t('pickup.amountOf', { number })}
              inputMode="decimal"
              leftSection="¥"
              {...field(`${list}.${index}.amount`)}
            />
            {list === 'payments' && row.method === 'cash' ? (
              <TextInput
                w={150}
                aria-label={t('pickup.tenderedOf', { number })}
                placeholder={t('pickup.tendered')}
                inputMode="decimal"
                leftSection="¥"
                {...field(`${list}.${index}.tendered`)}
              />
            ) : (
              <TextInput
                w={150}
                aria-label={t('pickup.referenceOf', { number })}
                placeholder={t('pickup.reference')}
                {...field(`${list}.${index}.reference`)}
              />
            )}
            <ActionIcon
              mt={4}
              variant="subtle"
              color="gray"
              aria-label={t('pickup.removeRow', { number })}
              onClick={() => form.removeListItem(list, index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
    </Stack>
  );
}
