import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntakeDraft } from '../../../shared/contract';
import { formatDateTime } from '../../components/dates';

/** Intakes left unfinished (the app closed, the customer stepped away): resume or discard each. */
export function DraftList({
  drafts,
  onResume,
  onDiscard,
}: {
  drafts: IntakeDraft[];
  onResume(draft: IntakeDraft): void;
  onDiscard(draft: IntakeDraft): void;
}) {
  const { t } = useTranslation();
  if (drafts.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconHistory size={18} />} title={t('reception.drafts.title')}>
      <Stack gap={6}>
        {drafts.map((draft) => (
          <Group key={draft.id} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {t('reception.drafts.item', {
                summary: draft.summary || t('reception.drafts.noSummary'),
                staff: draft.staffName,
                time: formatDateTime(draft.updatedAt),
              })}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="compact-sm"
                onClick={() => onResume(draft)}
                aria-label={`${t('reception.drafts.resume')} ${draft.summary}`}
              >
                {t('reception.drafts.resume')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => onDiscard(draft)}
                aria-label={`${t('reception.drafts.discard')} ${draft.summary}`}
              >
                {t('reception.drafts.discard')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
