import { BarChart, LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconMinus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiReport } from '../../../shared/contract';
import { formatFen } from '../../../shared/domain/fees';
import type { FigureWithTickets } from '../../../shared/domain/figure-tickets';
import { backlogAges, change, type Rate } from '../../../shared/domain/kpis';
import { ticketStates } from '../../../shared/domain/ticket-states';
import { useLanguage } from '../../components/service-names';
import { countText, minutesText, percentText } from './report-format';
import { FigureTicketsModal } from './FigureTicketsModal';
import { CategoryTable, ReceptionTable, TechnicianTable } from './StaffTables';

/** Whether a figure going up is good news (more intakes, more fixed first time) or bad (more QC failures). */
type Better = 'up' | 'down' | 'neither';

interface TileProps {
  label: string;
  value: string | null;
  hint?: string | null;
  current: number | null;
  previous: number | null;
  better: Better;
  /** Shares change in points, counts and amounts as a share of before. */
  asShare?: boolean;
  onOpen?: () => void;
  /** How a change from nothing is written (an amount, a duration); a count by default. */
  deltaText?: (delta: number) => string | null;
}

function Tile({ label, value, hint, current, previous, better, asShare = false, onOpen, deltaText }: TileProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const moved = change(current, previous);
  const direction = moved === null || moved.delta === 0 ? 'same' : moved.delta > 0 ? 'up' : 'down';
  const good = better === 'neither' || direction === 'same' ? 'gray.7' : direction === better ? 'teal.9' : 'red.9';
  const amount =
    moved === null
      ? null
      : asShare
        ? percentText(Math.abs(moved.delta), language)
        : moved.relative === null
          ? (deltaText ?? ((delta: number) => countText(delta, language)))(Math.abs(moved.delta))
          : percentText(Math.abs(moved.relative), language);
  const Icon = direction === 'up' ? IconArrowUpRight : direction === 'down' ? IconArrowDownRight : IconMinus;
  const body = (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2}>
        {value ?? t('reports.page.noData')}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
      {moved === null ? null : (
        <Text size="xs" c={good} fw={500} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
          <Icon size={14} aria-hidden />
          {direction === 'same' ? t('reports.tiles.same') : t(`reports.tiles.${direction}`, { change: amount })}
        </Text>
      )}
    </Stack>
  );
  return (
    <Paper withBorder p="sm" radius="md">
      {onOpen ? (
        <UnstyledButton onClick={onOpen} w="100%" aria-label={`${label}: ${value ?? t('reports.page.noData')}`}>
          {body}
        </UnstyledButton>
      ) : (
        body
      )}
    </Paper>
  );
}

function Chart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md" component="figure" m={0} aria-label={title}>
      <Text component="figcaption" fw={600} size="sm" mb="xs">
        {title}
      </Text>
      {children}
    </Paper>
  );
}

/**
 * A period's figures: the tiles against the period before, the charts of each day, the backlog at
 * the end, and each member of staff's, product's and fault's figures. Every figure opens the
 * tickets behind it: a rate or a time the list of those that counted against it, intakes, money
 * and the backlog the daily log that lists them.
 */
export function KpiPanel({ report, onShowLog }: { report: KpiReport; onShowLog(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (fen: number | null) => (fen === null ? null : formatFen(fen, { locale: language }));
  const { summary: now, previousSummary: before } = report;
  const share = (rate: Rate) => percentText(rate.rate, language);
  const ofCount = (rate: Rate) =>
    rate.of === 0 ? null : t('reports.tiles.ofCount', { count: rate.count, of: rate.of });
  const shortDate = (date: string) => date.slice(5);
  const days = report.days.map((day) => ({
    date: shortDate(day.date),
    intakes: day.intakes,
    slaMet: day.slaMet === null ? null : Math.round(day.slaMet * 1000) / 10,
    backlog: day.backlog,
  }));
  const byState = ticketStates.flatMap((state) => {
    const count = report.backlog.byState[state];
    return count ? [{ state: t(`ticketStates.${state}`), tickets: count }] : [];
  });
  const [behind, setBehind] = useState<FigureWithTickets | null>(null);
  const open = (figure: FigureWithTickets) => () => setBehind(figure);
  const byAge = backlogAges.map((age) => ({ age: t(`reports.ages.${age}`), tickets: report.backlog.byAge[age] }));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('reports.page.againstPrevious', report.previous)}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4, xl: 6 }} spacing="sm">
        <Tile
          label={t('reports.tiles.intakes')}
          value={countText(now.intakes.total, language)}
          current={now.intakes.total}
          previous={before.intakes.total}
          better="neither"
          onOpen={onShowLog}
        />
        <Tile
          label={t('reports.tiles.firstResponse')}
          onOpen={open('firstResponse')}
          deltaText={(delta) => minutesText(delta, language)}
          value={minutesText(now.firstResponse.median, language)}
          hint={
            now.firstResponse.count === 0
              ? null
              : t('reports.tiles.firstResponseHint', {
                  p90: minutesText(now.firstResponse.p90, language),
                  within: share(now.firstResponse.withinTarget) ?? '–',
                })
          }
          current={now.firstResponse.median}
          previous={before.firstResponse.median}
          better="down"
        />
        <Tile
          label={t('reports.tiles.turnaround')}
          onOpen={open('turnaround')}
          deltaText={(delta) => minutesText(delta, language)}
          value={minutesText(now.turnaround.toReady.median, language)}
          hint={
            now.turnaround.toReady.count === 0
              ? null
              : t('reports.tiles.turnaroundHint', { p90: minutesText(now.turnaround.toReady.p90, language) })
          }
          current={now.turnaround.toReady.median}
          previous={before.turnaround.toReady.median}
          better="down"
        />
        <Tile
          label={t('reports.tiles.slaMet')}
          onOpen={open('slaMet')}
          value={share(now.turnaround.slaMet)}
          hint={ofCount(now.turnaround.slaMet)}
          current={now.turnaround.slaMet.rate}
          previous={before.turnaround.slaMet.rate}
          better="up"
          asShare
        />
        <Tile
          label={t('reports.tiles.firstTimeFix')}
          onOpen={open('firstTimeFix')}
          value={share(now.firstTimeFix)}
          hint={ofCount(now.firstTimeFix)}
          current={now.firstTimeFix.rate}
          previous={before.firstTimeFix.rate}
          better="up"
          asShare
        />
        <Tile
          label={t('reports.tiles.qcFailures')}
          onOpen={open('qcFailures')}
          value={share(now.qcFailures)}
          hint={ofCount(now.qcFailures)}
          current={now.qcFailures.rate}
          previous={before.qcFailures.rate}
          better="down"
          asShare
        />
        <Tile
          label={t('reports.tiles.returnedUnrepaired')}
          onOpen={open('returnedUnrepaired')}
          value={share(now.outcomes.returnedUnrepaired)}
          hint={ofCount(now.outcomes.returnedUnrepaired)}
          current={now.outcomes.returnedUnrepaired.rate}
          previous={before.outcomes.returnedUnrepaired.rate}
          better="down"
          asShare
        />
        <Tile
          label={t('reports.tiles.cancelled')}
          onOpen={open('cancelled')}
          value={share(now.outcomes.cancelled)}
          hint={ofCount(now.outcomes.cancelled)}
          current={now.outcomes.cancelled.rate}
          previous={before.outcomes.cancelled.rate}
          better="down"
          asShare
        />
        <Tile
          label={t('reports.tiles.complaints')}
          onOpen={open('complaints')}
          value={now.intakes.complaintsPer100 === null ? null : now.intakes.complaintsPer100.toFixed(1)}
          current={now.intakes.complaintsPer100}
          previous={before.intakes.complaintsPer100}
          better="down"
        />
        <Tile
          label={t('reports.tiles.revenue')}
          onOpen={onShowLog}
          deltaText={money}
          value={money(now.takings.revenueFen)}
          current={now.takings.revenueFen}
          previous={before.takings.revenueFen}
          better="up"
        />
        <Tile
          label={t('reports.tiles.averageBill')}
          onOpen={onShowLog}
          deltaText={money}
          value={money(now.takings.averageBillFen)}
          current={now.takings.averageBillFen}
          previous={before.takings.averageBillFen}
          better="neither"
        />
        <Tile
          label={t('reports.tiles.backlog')}
          value={countText(report.backlog.total, language)}
          current={null}
          previous={null}
          better="neither"
          onOpen={onShowLog}
        />
        <Tile
          label={t('reports.tiles.satisfaction')}
          value={now.satisfaction === null ? null : share(now.satisfaction)}
          hint={now.satisfaction === null ? t('reports.tiles.satisfactionHint') : null}
          current={null}
          previous={null}
          better="up"
        />
      </SimpleGrid>

      {behind ? (
        <FigureTicketsModal
          figure={behind}
          label={t(`reports.tiles.${behind}`)}
          range={{ from: report.from, to: report.to }}
          onClose={() => setBehind(null)}
        />
      ) : null}

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Chart title={t('reports.charts.intakesPerDay')}>
          <BarChart
            h={200}
            data={days}
            dataKey="date"
            series={[{ name: 'intakes', label: t('reports.charts.intakes'), color: 'indigo.6' }]}
            yAxisProps={{ allowDecimals: false }}
            maxBarWidth={40}
            tickLine="y"
            gridAxis="y"
          />
        </Chart>
        <Chart title={t('reports.charts.slaPerDay')}>
          <LineChart
            h={200}
            data={days}
            dataKey="date"
            series={[{ name: 'slaMet', label: t('reports.charts.slaMet'), color: 'teal.7' }]}
            yAxisProps={{ domain: [0, 100] }}
            valueFormatter={(value) => `${value}%`}
            connectNulls
            curveType="linear"
          />
        </Chart>
        <Chart title={t('reports.charts.backlogPerDay')}>
          <LineChart
            h={200}
            data={days}
            dataKey="date"
            series={[{ name: 'backlog', label: t('reports.charts.inHand'), color: 'orange.7' }]}
            yAxisProps={{ allowDecimals: false }}
            curveType="linear"
          />
        </Chart>
        <Chart title={t('reports.charts.backlogByState')}>
          <BarChart
            h={200}
            data={byState}
            dataKey="state"
            orientation="vertical"
            yAxisProps={{ width: 90 }}
            xAxisProps={{ allowDecimals: false }}
            maxBarWidth={32}
            series={[{ name: 'tickets', label: t('reports.charts.tickets'), color: 'orange.6' }]}
            withBarValueLabel
          />
        </Chart>
        <Chart title={t('reports.charts.backlogByAge')}>
          <BarChart
            h={200}
            data={byAge}
            dataKey="age"
            series={[{ name: 'tickets', label: t('reports.charts.tickets'), color: 'grape.6' }]}
            yAxisProps={{ allowDecimals: false }}
            maxBarWidth={40}
            withBarValueLabel
          />
        </Chart>
        <Chart title={t('reports.charts.technicianBars')}>
          <BarChart
            h={200}
            data={report.technicians.map((row) => ({ name: row.name, finished: row.finished }))}
            dataKey="name"
            orientation="vertical"
            yAxisProps={{ width: 90 }}
            xAxisProps={{ allowDecimals: false }}
            maxBarWidth={32}
            series={[{ name: 'finished', label: t('reports.charts.finished'), color: 'indigo.6' }]}
            withBarValueLabel
          />
        </Chart>
      </SimpleGrid>

      <Stack gap={4}>
        <Title order={2} size="h4">
          {t('reports.staffTables.reception')}
        </Title>
        <ReceptionTable rows={report.reception} />
      </Stack>
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t('reports.staffTables.technicians')}
        </Title>
        <TechnicianTable rows={report.technicians} />
      </Stack>
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t('reports.staffTables.categories')}
        </Title>
        <CategoryTable rows={report.categories} />
      </Stack>
    </Stack>
  );
}
