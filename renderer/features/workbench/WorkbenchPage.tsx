import { Group, Paper, ScrollArea, Select, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  localize,
  ticketQueues,
  type StaffDirectoryEntry,
  type TicketQueue,
  type TicketSummary,
} from '../../../shared/contract';
import { formatFen } from '../../../shared/domain/fees';
import type { Role } from '../../../shared/domain/roles';
import { priorities, type Priority } from '../../../shared/domain/sla';
import { isTicketNumberEntry } from '../../../shared/domain/ticket-number';
import { request, useApiQuery } from '../../api/hooks';
import { navigate } from '../../app/route';
import { errorText } from '../../components/messages';
import { useLanguage, useServiceSettings } from '../../components/service-names';
import { useBarcodeScanner } from '../reception/use-barcode-scanner';
import { PriorityBadge, StateBadge } from '../tickets/ticket-badges';
import { useNow } from '../tickets/use-now';
import { dueWords } from './due-words';
import { CountTabs } from '../../components/CountTabs';
import { moveBetweenRows } from '../../components/row-keys';
import layout from '../../components/QueueLayout.module.css';
import classes from './Workbench.module.css';
import { TicketWorkPanel } from './TicketWorkPanel';

/** Where each role starts: a technician at their own work, the counter at the calls to make. */
const firstQueue: Record<Role, TicketQueue> = {
  technician: 'mine',
  reception: 'approval',
  manager: 'unassigned',
  admin: 'unassigned',
};

const open = (ticketId: number) => navigate({ section: 'workbench', ticketId });

/**
 * The technician's workbench: the queues as tabs with their counts, the chosen queue's tickets
 * most pressing first, and the chosen ticket with its next moves. A scanned ticket barcode opens
 * that ticket here. ↑ ↓ move through the list, Enter opens.
 */
export function WorkbenchPage({ ticketId, staff }: { ticketId: number | null; staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useServiceSettings().data;
  const [queue, setQueue] = useState<TicketQueue>(firstQueue[staff.role]);
  const [priority, setPriority] = useState<Priority | null>(null);
  const [productCategory, setProductCategory] = useState<string | null>(null);
  const page = useApiQuery('tickets-queue', { queue, priority, productCategory }, { refetchInterval: 30_000 });

  useBarcodeScanner(isTicketNumberEntry, (code) => {
    request('tickets-find-by-number', { number: code }).then(
      (found) => open(found.id),
      (error: unknown) => notifications.show({ color: 'red', message: errorText(t, error) }),
    );
  });

  return (
    <Stack gap="md" h="100%">
      <Group justify="space-between" align="baseline">
        <Title order={1}>{t('workbench.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('workbench.scanHint')}
        </Text>
      </Group>
      <div className={layout.layout}>
        <Stack gap="sm" miw={0}>
          <CountTabs
            value={queue}
            onChange={setQueue}
            options={ticketQueues}
            label={t('workbench.queueLabel')}
            name={(name) => t(`workbench.queues.${name}`)}
            count={(name) => page.data?.counts[name]}
          />
          <Text size="sm" c="dimmed">
            {t(`workbench.queueHints.${queue}`)}
          </Text>
          <Group grow>
            <Select
              aria-label={t('tickets.priority')}
              placeholder={t('tickets.anyPriority')}
              clearable
              data={priorities.map((value) => ({ value, label: t(`priorities.${value}`) }))}
              value={priority}
              onChange={(value) => setPriority(value as Priority | null)}
            />
            <Select
              aria-label={t('workbench.category')}
              placeholder={t('workbench.anyCategory')}
              clearable
              data={(settings?.productCategories ?? []).map((entry) => ({
                value: entry.code,
                label: localize(entry.name, language),
              }))}
              value={productCategory}
              onChange={setProductCategory}
            />
          </Group>
          <QueueList rows={page.data?.rows ?? []} chosen={ticketId} queue={queue} loading={page.isPending} />
        </Stack>
        <ScrollArea h="100%" offsetScrollbars>
          {ticketId === null ? (
            <Paper withBorder p="xl">
              <Text c="dimmed">{t('workbench.choose')}</Text>
            </Paper>
          ) : (
            <TicketWorkPanel ticketId={ticketId} staff={staff} />
          )}
        </ScrollArea>
      </div>
    </Stack>
  );
}

function QueueList({
  rows,
  chosen,
  queue,
  loading,
}: {
  rows: readonly TicketSummary[];
  chosen: number | null;
  queue: TicketQueue;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow(rows.map((row) => row.dueAt));
  const onKey = (event: KeyboardEvent<HTMLElement>) => moveBetweenRows(event, 'data-queue-row');

  if (!loading && rows.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="md">
        {t('workbench.empty')}
      </Text>
    );
  }
  return (
    <ScrollArea className={layout.list} offsetScrollbars>
      <div className={layout.rows}>
        {rows.map((row) => {
          const due = dueWords(t, row, now);
          return (
            <UnstyledButton
              key={row.id}
              data-queue-row
              className={`${layout.row} ${classes.row}`}
              data-chosen={row.id === chosen || undefined}
              data-overdue={due?.overdue || undefined}
              onClick={() => open(row.id)}
              onKeyDown={onKey}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text ff="monospace" fw={700} size="sm">
                  {row.number}
                </Text>
                {due ? (
                  <Text size="xs" fw={600} c={due.overdue ? 'red.9' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                    {due.text}
                  </Text>
                ) : null}
              </Group>
              <Group gap={6} mt={4} wrap="nowrap">
                <span className={classes.badge}>
                  <StateBadge state={row.state} size="sm" />
                </span>
                {row.priority !== 'normal' ? (
                  <span className={classes.badge}>
                    <PriorityBadge priority={row.priority} size="sm" />
                  </span>
                ) : null}
                <Text size="sm" truncate>
                  {[row.deviceLabel, row.customerName].filter(Boolean).join(' · ')}
                </Text>
              </Group>
              {queue === 'approval' ? (
                <Text size="xs" mt={2}>
                  {row.customerPhone} · {t('workbench.bill')} {formatFen(row.totalFen, { locale: language })}
                </Text>
              ) : row.technicianName && queue !== 'mine' ? (
                <Text size="xs" c="dimmed" mt={2}>
                  {t('workbench.technician')}: {row.technicianName}
                </Text>
              ) : null}
            </UnstyledButton>
          );
        })}
      </div>
    </ScrollArea>
  );
}
