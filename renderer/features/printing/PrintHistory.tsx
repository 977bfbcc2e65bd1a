import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileTypePdf, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob } from '../../../shared/contract';
import { useApiQuery } from '../../api/hooks';
import { formatDateTime } from '../../components/dates';
import { useJobText, usePrint } from './use-print';

const stateColors = { queued: 'gray', sent: 'teal', failed: 'red' } as const;

/** Every print and PDF of a ticket, newest first; a failed one says why and offers retry and PDF. */
export function PrintHistory({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const jobs = useApiQuery('print-jobs-list', { ticketId });
  const print = usePrint();
  const jobText = useJobText();
  const [busy, setBusy] = useState<number | null>(null);

  if (!jobs.data || jobs.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('printing.panel.noHistory')}
      </Text>
    );

  const again = async (job: PrintJob, output: 'printer' | 'pdf') => {
    setBusy(job.id);
    await print({ document: job.document, ticketId, language: job.language, paper: job.paper, output });
    setBusy(null);
  };

  return (
    <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" aria-label={t('printing.panel.history')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('printing.panel.columns.time')}</Table.Th>
          <Table.Th>{t('printing.panel.columns.document')}</Table.Th>
          <Table.Th>{t('printing.panel.columns.printer')}</Table.Th>
          <Table.Th>{t('printing.panel.columns.state')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {jobs.data.map((job) => (
          <Table.Tr key={job.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(job.createdAt)}</Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Text size="sm">{t(`printing.documents.${job.document}`)}</Text>
                <Text size="xs" c="dimmed">
                  {job.reprint > 0
                    ? t('printing.panel.reprintCount', { count: job.reprint })
                    : t('printing.panel.original')}
                  {' · '}
                  {t(`printing.papers.${job.paper}`)}
                  {' · '}
                  {t('printing.panel.copies', { count: job.copies })}
                  {' · '}
                  {job.staffName}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              {job.output === 'pdf'
                ? t('printing.panel.outputs.pdf')
                : job.delivery === 'browser'
                  ? t('printing.panel.browserDialog')
                  : job.printer || t('printing.panel.defaultPrinter')}
            </Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <Badge
                  variant="light"
                  color={stateColors[job.state]}
                  styles={{ root: { flex: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }}
                >
                  {job.state === 'failed' && job.failure === 'cancelled'
                    ? t('printing.failures.cancelled')
                    : t(`printing.states.${job.state}`)}
                </Badge>
                {job.state === 'failed' && job.failure !== 'cancelled' ? (
                  <>
                    <Text size="xs" c="red.8" maw={320}>
                      {jobText(job)}
                    </Text>
                    <Group gap={6}>
                      <Button
                        size="compact-xs"
                        variant="light"
                        leftSection={<IconRefresh size={14} />}
                        loading={busy === job.id}
                        onClick={() => void again(job, job.output)}
                      >
                        {t('printing.panel.retry')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="default"
                        leftSection={<IconFileTypePdf size={14} />}
                        disabled={busy === job.id}
                        onClick={() => void again(job, 'pdf')}
                      >
                        {t('printing.panel.savePdf')}
                      </Button>
                    </Group>
                  </>
                ) : null}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
