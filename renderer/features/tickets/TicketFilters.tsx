import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketViews, type TicketView } from '../../../shared/contract';
import { serviceTypes, type ServiceType } from '../../../shared/domain/service-types';
import { priorities, type Priority } from '../../../shared/domain/sla';

export interface TicketFilterValues {
  query: string;
  view: TicketView;
  serviceType: ServiceType | null;
  priority: Priority | null;
}

export interface TicketFiltersProps {
  values: TicketFilterValues;
  onChange(values: TicketFilterValues): void;
  /** Enter in the search box: a scanned or typed ticket number opens its ticket at once. */
  onSearchEnter(): void;
}

function isOneOf<T extends string>(list: readonly T[], value: string | null): value is T {
  return value !== null && (list as readonly string[]).includes(value);
}

/** Search, the view (open / overdue / finished / all) and the type and priority filters above the ticket list. */
export function TicketFilters({ values, onChange, onSearchEnter }: TicketFiltersProps) {
  const { t } = useTranslation();
  const set = (change: Partial<TicketFilterValues>) => onChange({ ...values, ...change });
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <TextInput
        label={t('tickets.search')}
        placeholder={t('tickets.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={values.query}
        onChange={(event) => set({ query: event.currentTarget.value })}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter') onSearchEnter();
        }}
        autoFocus
        w={340}
      />
      <SegmentedControl
        aria-label={t('tickets.view')}
        data={ticketViews.map((view) => ({ value: view, label: t(`tickets.views.${view}`) }))}
        value={values.view}
        onChange={(view) => isOneOf(ticketViews, view) && set({ view })}
      />
      <Select
        label={t('tickets.serviceType')}
        placeholder={t('tickets.anyServiceType')}
        data={serviceTypes.map((type) => ({ value: type, label: t(`serviceTypes.${type}`) }))}
        value={values.serviceType}
        onChange={(type) => set({ serviceType: isOneOf(serviceTypes, type) ? type : null })}
        clearable
        w={150}
      />
      <Select
        label={t('tickets.priority')}
        placeholder={t('tickets.anyPriority')}
        data={priorities.map((priority) => ({ value: priority, label: t(`priorities.${priority}`) }))}
        value={values.priority}
        onChange={(priority) => set({ priority: isOneOf(priorities, priority) ? priority : null })}
        clearable
        w={150}
      />
    </Group>
  );
}
