import { Button, Center, EmptyState } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';

/** A section that is not built yet says so plainly: no sample data, no dead buttons. */
export function NotBuilt({ section }: { section: 'reports' }) {
  const { t } = useTranslation();
  return (
    <Center h="100%">
      <EmptyState maw={520} icon={<IconTools />} variant="light">
        {/* A heading, so the section is announced and findable like every other page. */}
        <EmptyState.Title order={1}>
          {t(`nav.${section}`)} · {t('notBuilt.title')}
        </EmptyState.Title>
        <EmptyState.Description>{t(`notBuilt.${section}`)}</EmptyState.Description>
        <Button mt="md" variant="light" onClick={() => navigate({ section: 'customers', customerId: null })}>
          {t('notBuilt.goToCustomers')}
        </Button>
      </EmptyState>
    </Center>
  );
}
