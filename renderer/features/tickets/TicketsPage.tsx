import { Alert, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { KeyHint } from '../../components/KeyHint';
import { errorText } from '../../components/messages';
import { usePagedRows } from '../../components/use-paged-rows';
import { setTicketListState, useTicketListState } from './list-state';
import { TicketFilters } from './TicketFilters';
import { TicketTable } from './TicketTable';

/** The ticket list: search, open / overdue / finished / all, type, priority, state and technician, sorted on the server. */
export function TicketsPage() {
  const { t } = useTranslation();
  const { filters, sort, direction } = useTicketListState();
  const deferredQuery = useDeferredValue(filters.query.trim());
  const [visible, setVisible] = useState({ first: 0, last: 40 });
  const view = { ...filters, query: deferredQuery, sort, direction };
  const { total, loaded, isPending, error } = usePagedRows('tickets-list', view, visible);
  const filterKey = JSON.stringify([
    deferredQuery,
    filters.view,
    filters.serviceType,
    filters.priority,
    filters.state,
    filters.technicianId,
  ]);
  const filtered =
    filters.serviceType !== null ||
    filters.priority !== null ||
    filters.state !== null ||
    filters.technicianId !== null;

  const openFirstIfOnly = () => {
    const only = total === 1 ? loaded.get(0) : undefined;
    if (only) navigate({ section: 'tickets', ticketId: only.id });
  };

  return (
    <Stack h="100%" gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('tickets.title')}
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {deferredQuery || filtered
              ? t('tickets.countFiltered', { count: total })
              : t('tickets.count', { count: total })}
          </Text>
        </div>
        <Group gap={6} c="dimmed" fz="xs" display={total === 0 ? 'none' : undefined}>
          <KeyHint keys={['↑', '↓']} />
          {t('tickets.keyChoose')}
          <KeyHint keys={['Enter']} />
          {t('tickets.keyOpen')}
        </Group>
      </Group>
      <TicketFilters
        values={filters}
        onChange={(values) => setTicketListState({ filters: values })}
        onSearchEnter={openFirstIfOnly}
      />
      {error ? <Alert color="red">{errorText(t, error)}</Alert> : null}
      {isPending ? (
        <Center flex={1}>
          <Loader />
        </Center>
      ) : total === 0 ? (
        <Center flex={1}>
          <EmptyState
            icon={<IconClipboardList />}
            title={
              deferredQuery
                ? t('tickets.empty.noMatch', { query: deferredQuery })
                : filtered
                  ? t('tickets.empty.filtered')
                  : t(`tickets.empty.${filters.view}`)
            }
          />
        </Center>
      ) : (
        <TicketTable
          total={total}
          loaded={loaded}
          sort={sort}
          direction={direction}
          filterKey={filterKey}
          onSortChange={(newSort, newDirection) => setTicketListState({ sort: newSort, direction: newDirection })}
          onVisibleChange={setVisible}
          onOpen={(ticket) => navigate({ section: 'tickets', ticketId: ticket.id })}
        />
      )}
    </Stack>
  );
}
