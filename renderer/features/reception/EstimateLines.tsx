import { ActionIcon, Button, Checkbox, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { estimateLineKinds, formatFen, type FeeSummary } from '../../../shared/domain/fees';
import { balanceOf } from '../../../shared/domain/ledger';
import { useFieldProps } from '../../components/forms';
import type { IntakeValues } from './intake-form';

/** The estimate as an editable table: type, item, quantity, unit price, warranty cover, amount. */
export function EstimateLines({ form, fees }: { form: UseFormReturnType<IntakeValues>; fees: FeeSummary }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const field = useFieldProps(form);
  const lines = form.getValues().lines;
  const add = () => {
    form.insertListItem('lines', {
      kind: 'part',
      description: '',
      quantity: '1',
      unitPrice: '',
      warrantyCovered: true,
    });
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-line="${lines.length}"] input`)?.focus());
  };
  return (
    <div>
      <Table withTableBorder verticalSpacing={4} aria-label={t('reception.propose.estimate')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={116}>{t('reception.propose.kind')}</Table.Th>
            <Table.Th>{t('reception.propose.description')}</Table.Th>
            <Table.Th w={70}>{t('reception.propose.quantity')}</Table.Th>
            <Table.Th w={116}>{t('reception.propose.unitPrice')}</Table.Th>
            <Table.Th w={72}>{t('reception.propose.covered')}</Table.Th>
            <Table.Th w={100} ta="right">
              {t('reception.propose.amount')}
            </Table.Th>
            <Table.Th w={44} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text size="sm" c="dimmed">
                  {t('reception.propose.noLines')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
          {lines.map((line, index) => (
            <Table.Tr key={index} data-line={index}>
              <Table.Td>
                <NativeSelect
                  aria-label={`${t('reception.propose.kind')} ${index + 1}`}
                  data={estimateLineKinds.map((kind) => ({ value: kind, label: t(`lineKinds.${kind}`) }))}
                  {...field(`lines.${index}.kind`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`${t('reception.propose.description')} ${index + 1}`}
                  {...field(`lines.${index}.description`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`${t('reception.propose.quantity')} ${index + 1}`}
                  inputMode="numeric"
                  {...field(`lines.${index}.quantity`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`${t('reception.propose.unitPrice')} ${index + 1}`}
                  inputMode="decimal"
                  ta="right"
                  {...field(`lines.${index}.unitPrice`)}
                />
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={`${t('reception.propose.covered')} ${index + 1}`}
                  {...field(`lines.${index}.warrantyCovered`, { type: 'checkbox' })}
                />
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatFen(fees.lines[index]?.amountFen ?? 0, { locale })}
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('reception.propose.removeLine', { index: index + 1 })}
                  onClick={() => form.removeListItem('lines', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button variant="light" size="xs" mt="xs" leftSection={<IconPlus size={14} />} onClick={add}>
        {t('reception.propose.addLine')}
      </Button>
    </div>
  );
}

/** Subtotal to what is due at pickup, as the customer will be told. */
export function FeeTotals({ fees, depositFen }: { fees: FeeSummary; depositFen: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const money = (fen: number) => formatFen(fen, { locale });
  const rows: [string, string, boolean?][] = [
    [t('reception.propose.subtotal'), money(fees.subtotalFen)],
    [t('reception.propose.warrantyCover'), `−${money(fees.warrantyCoverFen)}`],
    [t('reception.propose.discountLine'), `−${money(fees.discountFen)}`],
    [t('reception.propose.total'), money(fees.totalFen), true],
    [t('reception.propose.depositLine'), `−${money(depositFen)}`],
    [t('reception.propose.balance'), money(balanceOf(fees.totalFen, depositFen)), true],
  ];
  return (
    <Table withRowBorders={false} verticalSpacing={2} aria-label={t('reception.propose.total')}>
      <Table.Tbody>
        {rows.map(([label, value, strong]) => (
          <Table.Tr key={label}>
            <Table.Td fw={strong ? 700 : undefined}>{label}</Table.Td>
            <Table.Td ta="right" ff="monospace" fw={strong ? 700 : undefined}>
              {value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
