import { Alert, Button, Group, Loader, Modal, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CashClose, CashClosePreview } from '../../../shared/contract';
import { formatFen } from '../../../shared/domain/fees';
import type { CloseFigures } from '../../../shared/domain/cash-close';
import { paymentMethods, type PaymentMethod } from '../../../shared/domain/ledger';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatDateTime } from '../../components/dates';
import { useFieldProps } from '../../components/forms';
import { KeyHint } from '../../components/KeyHint';
import { errorText, fieldErrors } from '../../components/messages';
import { useLanguage } from '../../components/service-names';
import { cashCloseInput, initialCashCloseValues, liveFigures, type CashCloseValues } from './cash-close-form';

/**
 * The cash close (日结): what the drawer should hold since the last close, by method; the float
 * and the cash counted, each other method's statement total if checked, and a note for anything
 * that does not match. Money taken meanwhile refreshes the figures and asks for a new count.
 */
export function CashCloseDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const preview = useApiQuery('cash-close-preview', {}, { staleTime: 0, refetchOnWindowFocus: false });
  const [closed, setClosed] = useState<CashClose | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('cashClose.title')} size="xl">
      {closed ? (
        <Closed close={closed} onClose={onClose} />
      ) : preview.data ? (
        <CountForm
          key={`${preview.data.afterPaymentId}-${preview.data.throughPaymentId}`}
          preview={preview.data}
          onClosed={setClosed}
          onStale={() => void preview.refetch()}
          onCancel={onClose}
        />
      ) : preview.isError ? (
        <Alert color="red" role="alert">
          {errorText(t, preview.error)}
        </Alert>
      ) : (
        <Group justify="center" p="xl">
          <Loader aria-label={t('common.loading')} />
        </Group>
      )}
    </Modal>
  );
}

/** The methods a counter takes every day, and any other that has money since the last close. */
const everyDay: readonly PaymentMethod[] = ['cash', 'wechat', 'alipay', 'card'];
function shownMethods(byMethod: CloseFigures['byMethod']): PaymentMethod[] {
  return paymentMethods.filter(
    (method) => everyDay.includes(method) || byMethod[method].inFen !== 0 || byMethod[method].outFen !== 0,
  );
}

function CountForm({
  preview,
  onClosed,
  onStale,
  onCancel,
}: {
  preview: CashClosePreview;
  onClosed(close: CashClose): void;
  onStale(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (fen: number) => formatFen(fen, { locale: language });
  const queryClient = useQueryClient();
  const form = useForm<CashCloseValues>({ initialValues: initialCashCloseValues(preview) });
  const field = useFieldProps(form);
  const [stale, setStale] = useState<string | null>(null);
  const record = useApiMutation('cash-close-record', {
    onSuccess: (close) => {
      void queryClient.invalidateQueries({ queryKey: ['reports-day-log'] });
      onClosed(close);
    },
    onError: (error) => {
      if (error.error.code === 'conflict') {
        setStale(errorText(t, error));
        onStale();
        return;
      }
      const fields = fieldErrors(t, error);
      if (Object.keys(fields).length > 0)
        form.setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([path, text]) => [
              path === 'floatFen' ? 'float' : path === 'countedFen' ? 'counted' : path,
              text,
            ]),
          ),
        );
      else setStale(errorText(t, error));
    },
  });
  const submit = () => {
    const built = cashCloseInput(preview, form.getValues());
    if ('errors' in built) {
      form.setErrors(built.errors);
      return;
    }
    record.mutate(built.input);
  };
  const live = liveFigures(preview, form.getValues());
  const difference = (fen: number) =>
    fen === 0 ? (
      <Text span c="teal.9" fw={600}>
        {t('cashClose.matches')}
      </Text>
    ) : (
      <Text span c="red.9" fw={600}>
        {t(fen > 0 ? 'cashClose.over' : 'cashClose.short', { amount: money(Math.abs(fen)) })}
      </Text>
    );
  const { byMethod } = preview.figures;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          submit();
        }
      }}
    >
      <Stack gap="md">
        {stale ? (
          <Alert color="orange" role="alert">
            {stale}
          </Alert>
        ) : null}
        <Text size="sm">
          {preview.previous
            ? t('cashClose.since', { at: formatDateTime(preview.sinceAt), name: preview.previous.staffName })
            : t('cashClose.sinceToday', { at: formatDateTime(preview.sinceAt) })}{' '}
          {t('cashClose.entries', { count: preview.figures.entries })}
        </Text>
        <Table withTableBorder striped verticalSpacing={4} aria-label={t('cashClose.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cashClose.method')}</Table.Th>
              <Table.Th ta="right">{t('cashClose.in')}</Table.Th>
              <Table.Th ta="right">{t('cashClose.out')}</Table.Th>
              <Table.Th ta="right">{t('cashClose.net')}</Table.Th>
              <Table.Th w={170}>{t('cashClose.statement')}</Table.Th>
              <Table.Th>{t('cashClose.difference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shownMethods(byMethod).map((method) => {
              const takings = byMethod[method];
              const name = t(`ledger.methods.${method}`);
              const checked = method === 'cash' ? undefined : live.statementDifferences[method];
              return (
                <Table.Tr key={method}>
                  <Table.Th scope="row" fw={500}>
                    {name}
                  </Table.Th>
                  <Table.Td ta="right">{money(takings.inFen)}</Table.Td>
                  <Table.Td ta="right">{takings.outFen === 0 ? '' : money(-takings.outFen)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {money(takings.inFen - takings.outFen)}
                  </Table.Td>
                  <Table.Td>
                    {method === 'cash' ? (
                      <Text size="xs" c="dimmed">
                        {t('cashClose.counted')} ↓
                      </Text>
                    ) : (
                      <TextInput
                        size="xs"
                        inputMode="decimal"
                        leftSection="¥"
                        aria-label={t('cashClose.statementOf', { method: name })}
                        {...field(`statements.${method}`)}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>{checked === undefined ? null : difference(checked)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          {t('cashClose.statementHint')}
        </Text>
        <Group align="flex-start" grow>
          <TextInput
            label={t('cashClose.float')}
            description={t('cashClose.floatHint')}
            inputMode="decimal"
            leftSection="¥"
            {...field('float')}
          />
          <TextInput
            label={t('cashClose.counted')}
            inputMode="decimal"
            leftSection="¥"
            data-autofocus
            withAsterisk
            {...field('counted')}
          />
        </Group>
        <Group justify="space-between" role="status" aria-live="polite">
          <Text>{t('cashClose.expectedIs', { amount: money(live.expectedCashFen) })}</Text>
          {live.counted ? difference(live.cashDifferenceFen) : null}
        </Group>
        <Textarea
          label={t('cashClose.note')}
          description={t('cashClose.noteHint')}
          autosize
          minRows={1}
          {...field('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} rightSection={<KeyHint keys={['Ctrl', 'Enter']} />}>
            {t('cashClose.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Closed({ close, onClose }: { close: CashClose; onClose(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (fen: number) => formatFen(fen, { locale: language });
  const { cashDifferenceFen } = close.figures;
  return (
    <Stack gap="md">
      <Alert color={cashDifferenceFen === 0 ? 'teal' : 'orange'} role="status">
        <Stack gap={4}>
          <Text fw={600}>{t('cashClose.recorded', { at: formatDateTime(close.closedAt), name: close.staffName })}</Text>
          <Text size="sm">
            {t('cashClose.expectedIs', { amount: money(close.figures.expectedCashFen) })} ·{' '}
            {t('cashClose.countedIs', { amount: money(close.countedFen) })} ·{' '}
            {cashDifferenceFen === 0
              ? t('cashClose.matches')
              : t(cashDifferenceFen > 0 ? 'cashClose.over' : 'cashClose.short', {
                  amount: money(Math.abs(cashDifferenceFen)),
                })}
          </Text>
          {close.note ? <Text size="sm">{close.note}</Text> : null}
        </Stack>
      </Alert>
      <Text size="sm" c="dimmed">
        {t('cashClose.printHint')}
      </Text>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('cashClose.done')}
        </Button>
      </Group>
    </Stack>
  );
}
