import { Button, Center, EmptyState } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/hooks';
import { errorText } from './messages';

/** A whole screen that could not load, with the reason and a way to try again. */
export function ErrorState({ error, onRetry }: { error: ApiError | Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100%" p="xl">
      <EmptyState
        icon={<IconAlertTriangle />}
        variant="light"
        color="red"
        title={errorText(t, error)}
        description={null}
      >
        <Button mt="md" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </EmptyState>
    </Center>
  );
}
