import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconBarcode, IconCash } from '@tabler/icons-react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  readyShelfFilters,
  type ReadyShelfFilter,
  type ReadyShelfPage,
  type ShelfTicket,
  type StaffDirectoryEntry,
  type TicketSummary,
} from '../../../shared/contract';
import { can } from '../../../shared/domain/roles';
import { isShelfState } from '../../../shared/domain/ticket-states';
import { formatFen } from '../../../shared/domain/fees';
import { isTicketNumberEntry } from '../../../shared/domain/ticket-number';
import { ApiError, queryKey, request } from '../../api/hooks';
import { navigate, routeHref } from '../../app/route';
import { errorText } from '../../components/messages';
import { useLanguage } from '../../components/service-names';
import { useBarcodeScanner } from '../reception/use-barcode-scanner';
import { StateBadge } from '../tickets/ticket-badges';
import { CountTabs } from '../../components/CountTabs';
import { moveBetweenRows } from '../../components/row-keys';
import layout from '../../components/QueueLayout.module.css';
import classes from './Pickup.module.css';
import { CashCloseDialog } from './CashCloseDialog';
import { PickupPanel } from './PickupPanel';

const open = (ticketId: number) => navigate({ section: 'pickup', ticketId });

/** Devices listed at first and added by each "show more", longest waiting first; and the most the list grows to: past that, typing finds the rest. */
const PAGE = 50;
const MAX_SHOWN = 500;

/**
 * The shelf a page at a time: each "show more" (and each page of a refresh) is one page read by
 * the core, so a long list never holds the main process for long. A device that moved up a page
 * between two reads is listed once.
 */
function useShelfPages(filter: ReadyShelfFilter, find: string) {
  const shelf = useInfiniteQuery<ReadyShelfPage, ApiError>({
    queryKey: queryKey('ready-shelf', { filter, find }),
    queryFn: ({ pageParam }) => request('ready-shelf', { filter, find, offset: pageParam as number, limit: PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const read = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return read < last.total && read < MAX_SHOWN ? read : undefined;
    },
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
  });
  const pages = shelf.data?.pages ?? [];
  const seen = new Set<number>();
  const rows = pages.flatMap((page) => page.rows).filter((row) => !seen.has(row.id) && Boolean(seen.add(row.id)));
  const latest = pages.at(-1);
  return { shelf, rows, total: latest?.total ?? 0, counts: latest?.counts };
}

/**
 * The counter's pickup (取机): the devices on the shelf, longest waiting first, filtered to those
 * whose customer nobody has reached or that are past the unclaimed period; the chosen device's
 * calls and its hand-over on the right. A scanned receipt or a typed number opens its ticket; a
 * ticket that is not ready says where it stands.
 */
export function PickupPage({ ticketId, staff }: { ticketId: number | null; staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ReadyShelfFilter>('all');
  const [typed, setTyped] = useState('');
  const [closing, setClosing] = useState(false);
  const [elsewhere, setElsewhere] = useState<TicketSummary | null>(null);
  const [notFound, setNotFound] = useState<string | null>(null);
  const find = typed.trim();
  const { shelf, rows, total, counts } = useShelfPages(filter, find);

  /** A ticket by its number: opened if it waits on the shelf, else where it stands is said. */
  const findNumber = (number: string) => {
    setNotFound(null);
    request('tickets-find-by-number', { number }).then(
      (found) => {
        setElsewhere(isShelfState(found.state) ? null : found);
        if (isShelfState(found.state)) {
          setTyped('');
          open(found.id);
        }
      },
      (error: unknown) => setNotFound(error instanceof ApiError ? errorText(t, error) : t('errors.internal')),
    );
  };
  useBarcodeScanner(isTicketNumberEntry, findNumber);

  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      document.querySelector<HTMLElement>('[data-shelf-row]')?.focus();
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    // A number opens its ticket (or says where it stands); a name or phone that leaves one device opens it.
    const [only] = rows;
    if (isTicketNumberEntry(typed)) findNumber(typed);
    else if (!shelf.isPlaceholderData && rows.length === 1 && only) open(only.id);
  };

  return (
    <Stack gap="md" h="100%">
      <Group justify="space-between" align="baseline">
        <Title order={1}>{t('pickup.title')}</Title>
        <Group gap="md" align="baseline">
          <Text size="sm" c="dimmed">
            {t('pickup.scanHint')}
          </Text>
          {can(staff.role, 'cash-close') ? (
            <Button variant="light" leftSection={<IconCash size={18} />} onClick={() => setClosing(true)}>
              {t('cashClose.open')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {closing ? <CashCloseDialog onClose={() => setClosing(false)} /> : null}
      <div className={layout.layout}>
        <Stack gap="sm" miw={0}>
          <TextInput
            label={t('pickup.find')}
            placeholder={t('pickup.findPlaceholder')}
            leftSection={<IconBarcode size={18} />}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              setElsewhere(null);
              setNotFound(null);
            }}
            onKeyDown={onEnter}
            autoFocus={ticketId === null}
          />
          {elsewhere ? <NotOnShelf ticket={elsewhere} /> : null}
          {notFound ? (
            <Alert color="red" role="alert">
              {notFound}
            </Alert>
          ) : null}
          <CountTabs
            value={filter}
            onChange={(next) => {
              setFilter(next);
            }}
            options={readyShelfFilters}
            label={t('pickup.filterLabel')}
            name={(name) => t(`pickup.filters.${name}`)}
            count={(name) => counts?.[name]}
          />
          <ShelfList rows={rows} chosen={ticketId} loading={shelf.isPending} />
          {rows.length < total ? (
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('pickup.showing', { shown: rows.length, total })}
              </Text>
              {shelf.hasNextPage ? (
                <Button
                  size="compact-sm"
                  variant="light"
                  loading={shelf.isFetchingNextPage}
                  onClick={() => void shelf.fetchNextPage()}
                >
                  {t('pickup.showMore', { count: Math.min(PAGE, total - rows.length) })}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Stack>
        <ScrollArea h="100%" offsetScrollbars>
          {ticketId === null ? (
            <Paper withBorder p="xl">
              <Text c="dimmed">{t('pickup.choose')}</Text>
            </Paper>
          ) : (
            <PickupPanel key={ticketId} ticketId={ticketId} staff={staff} />
          )}
        </ScrollArea>
      </div>
    </Stack>
  );
}

/** A ticket scanned or typed that is not waiting for its customer: where it stands, and a way to it. */
function NotOnShelf({ ticket }: { ticket: TicketSummary }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="status" title={t('pickup.notOnShelfTitle', { number: ticket.number })}>
      <Group gap="xs">
        <Text size="sm">{t('pickup.notOnShelf')}</Text>
        <StateBadge state={ticket.state} size="sm" />
        <Anchor size="sm" href={routeHref({ section: 'tickets', ticketId: ticket.id })}>
          {t('pickup.openTicket')}
        </Anchor>
      </Group>
    </Alert>
  );
}

function ShelfList({
  rows,
  chosen,
  loading,
}: {
  rows: readonly ShelfTicket[];
  chosen: number | null;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const onKey = (event: KeyboardEvent<HTMLElement>) => moveBetweenRows(event, 'data-shelf-row');

  if (!loading && rows.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="md">
        {t('pickup.empty')}
      </Text>
    );
  }
  return (
    <ScrollArea className={layout.list} offsetScrollbars>
      <div className={layout.rows} aria-label={t('pickup.shelfLabel')} role="group">
        {rows.map((row) => {
          const last = row.contacts[0];
          return (
            <UnstyledButton
              key={row.id}
              data-shelf-row
              className={`${layout.row} ${classes.row}`}
              data-chosen={row.id === chosen || undefined}
              data-unreached={!row.reached || undefined}
              data-unclaimed={row.unclaimed || undefined}
              aria-current={row.id === chosen ? 'true' : undefined}
              onClick={() => open(row.id)}
              onKeyDown={onKey}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text ff="monospace" fw={700} size="sm">
                  {row.number}
                </Text>
                <Text size="xs" fw={600} c={row.unclaimed ? 'red.9' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                  {row.unclaimed
                    ? t('pickup.unclaimedFor', { count: row.daysOnShelf })
                    : t('pickup.daysOnShelf', { count: row.daysOnShelf })}
                </Text>
              </Group>
              <Group gap={6} mt={4} wrap="nowrap">
                <StateBadge state={row.state} size="sm" />
                <Text size="sm" truncate>
                  {[row.customerName, row.deviceLabel].filter(Boolean).join(' · ')}
                </Text>
              </Group>
              <Group justify="space-between" gap="xs" mt={2} wrap="nowrap">
                <Text size="xs" c="dimmed" truncate>
                  {[row.storageLocation && t('pickup.shelfAt', { location: row.storageLocation }), row.customerPhone]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text size="xs" fw={600} className={classes.money}>
                  {row.balanceFen < 0
                    ? t('pickup.owedBack', { amount: formatFen(-row.balanceFen, { locale: language }) })
                    : t('pickup.owed', { amount: formatFen(row.balanceFen, { locale: language }) })}
                </Text>
              </Group>
              <Text size="xs" className={row.reached ? classes.ok : classes.warn} mt={2}>
                {last
                  ? t('pickup.lastContact', {
                      outcome: t(`pickup.outcomes.${last.outcome}`),
                      name: last.staffName,
                      count: row.contacts.length,
                    })
                  : t('pickup.notContacted')}
              </Text>
            </UnstyledButton>
          );
        })}
      </div>
    </ScrollArea>
  );
}
