import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconArrowLeft, IconEdit, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDirectoryEntry } from '../../../shared/contract';
import { can } from '../../../shared/domain/roles';
import { useApiQuery } from '../../api/hooks';
import { routeHref } from '../../app/route';
import { formatDate, formatDateTime } from '../../components/dates';
import { KeyHint } from '../../components/KeyHint';
import { errorText } from '../../components/messages';
import { CustomerFormModal } from './CustomerFormModal';
import { CustomerDevices, CustomerHistory } from './CustomerHistory';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div" size="md">
        {children}
      </Text>
    </div>
  );
}

export function CustomerDetailPage({ id, staff }: { id: number; staff: StaffDirectoryEntry }) {
  const { t, i18n } = useTranslation();
  const [editing, editModal] = useDisclosure(false);
  const customer = useApiQuery('customers-get', { id });
  const mayEdit = can(staff.role, 'customers-edit');
  // Alt shortcuts work from inside the filter and search boxes too: that is where the hands are.
  useHotkeys([['alt+e', () => mayEdit && customer.data && editModal.open()]], []);

  const back = (
    <Anchor href={routeHref({ section: 'customers', customerId: null })} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={16} />
        {t('customers.title')}
      </Group>
    </Anchor>
  );
  if (customer.isPending) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  if (customer.isError) {
    return (
      <Stack>
        {back}
        <Alert color="red">
          {customer.error.error.code === 'not-found' ? t('customers.notFound') : errorText(t, customer.error)}
        </Alert>
      </Stack>
    );
  }
  const data = customer.data;
  return (
    <Stack gap="lg" maw={1100}>
      {back}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {data.name}
          </Title>
          <Text c="dimmed" size="sm">
            {t('customers.since', { date: formatDate(data.createdAt, i18n.language) })}
          </Text>
        </div>
        {mayEdit ? (
          <Button
            leftSection={<IconEdit size={18} />}
            rightSection={<KeyHint keys={['Alt', 'E']} />}
            onClick={editModal.open}
          >
            {t('common.edit')}
          </Button>
        ) : null}
      </Group>
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="lg">
          <Detail label={t('customers.phone')}>
            <Group gap="xs">
              <Text ff="monospace" size="lg" fw={600}>
                {data.phone ?? data.phoneMasked}
              </Text>
              {data.phone === null ? (
                <Badge variant="light" color="gray" leftSection={<IconLock size={12} />}>
                  {t('customers.phoneHidden')}
                </Badge>
              ) : null}
            </Group>
          </Detail>
          <Detail label={t('customers.company')}>{data.company || t('common.notSet')}</Detail>
          <Detail label={t('customers.address')}>{data.address || t('common.notSet')}</Detail>
          <Detail label={t('customers.notes')}>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{data.notes || t('common.notSet')}</Text>
          </Detail>
          <Detail label={t('customers.columns.updatedAt')}>{formatDateTime(data.updatedAt)}</Detail>
        </SimpleGrid>
      </Card>
      <CustomerDevices customerId={data.id} />
      <CustomerHistory customerId={data.id} />
      <CustomerFormModal opened={editing} onClose={editModal.close} customer={data} />
    </Stack>
  );
}
