import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconFilter, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDirectoryEntry } from '../../../shared/contract';
import { classifyCustomerQuery, queryForMaskedPhones } from '../../../shared/domain/customer-search';
import { can } from '../../../shared/domain/roles';
import { navigate } from '../../app/route';
import { KeyHint } from '../../components/KeyHint';
import { errorText } from '../../components/messages';
import { usePagedRows, type PagedListView } from '../../components/use-paged-rows';
import { CustomerFormModal } from './CustomerFormModal';
import { CustomerTable } from './CustomerTable';

type CustomerOrder = Required<Pick<PagedListView<'customers-list'>, 'sort' | 'direction'>>;

export function CustomersPage({ staff }: { staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const [creating, createModal] = useDisclosure(false);
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter.trim());
  const [order, setOrder] = useState<CustomerOrder>({ sort: 'name', direction: 'asc' });
  const [visible, setVisible] = useState({ first: 0, last: 40 });
  const view = { query: deferredFilter, ...order };
  const { total, loaded, isPending, error } = usePagedRows('customers-list', view, visible);
  const mayEdit = can(staff.role, 'customers-edit');
  // Alt shortcuts work from inside the filter and search boxes too: that is where the hands are.
  useHotkeys([['alt+n', () => mayEdit && createModal.open()]], []);

  const classified = classifyCustomerQuery(deferredFilter);
  const queryKind = (can(staff.role, 'phone-view-full') ? classified : queryForMaskedPhones(classified)).kind;
  return (
    <Stack h="100%" gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('customers.title')}
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {deferredFilter ? t('customers.countFiltered', { count: total }) : t('customers.count', { count: total })}
          </Text>
        </div>
        {mayEdit ? (
          <Button
            leftSection={<IconUserPlus size={18} />}
            rightSection={<KeyHint keys={['Alt', 'N']} />}
            onClick={createModal.open}
          >
            {t('customers.new')}
          </Button>
        ) : null}
      </Group>
      <TextInput
        label={t('customers.filter')}
        placeholder={t('customers.filterPlaceholder')}
        leftSection={<IconFilter size={16} />}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        autoFocus
        maw={480}
      />
      {error ? <Alert color="red">{errorText(t, error)}</Alert> : null}
      {isPending ? (
        <Center flex={1}>
          <Loader />
        </Center>
      ) : total === 0 ? (
        <Center flex={1}>
          <EmptyState
            icon={<IconUsers />}
            title={
              queryKind === 'too-few-digits'
                ? t('customers.tooFewDigits')
                : queryKind === 'phone-whole'
                  ? t('customers.wholeNumberOnly')
                  : deferredFilter
                    ? t('customers.noMatch', { query: deferredFilter })
                    : t('customers.empty')
            }
          />
        </Center>
      ) : (
        <CustomerTable
          total={total}
          loaded={loaded}
          sort={order.sort}
          direction={order.direction}
          query={deferredFilter}
          onSortChange={(sort, direction) => setOrder({ sort, direction })}
          onVisibleChange={setVisible}
          onOpen={(customer) => navigate({ section: 'customers', customerId: customer.id })}
        />
      )}
      <CustomerFormModal opened={creating} onClose={createModal.close} customer={null} />
    </Stack>
  );
}
