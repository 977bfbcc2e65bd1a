import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketViews, viewOfOpenTickets, type TicketView } from '../../../shared/contract';
import { serviceTypes, type ServiceType } from '../../../shared/domain/service-types';
import { priorities, type Priority } from '../../../shared/domain/sla';
import { openTicketStates, type TicketState } from '../../../shared/domain/ticket-states';
import { useApiQuery } from '../../api/hooks';

export interface TicketFilterValues {
  query: string;
  view: TicketView;
  serviceType: ServiceType | null;
  priority: Priority | null;
  /** One state of an open ticket, and the technician responsible: in the open and overdue views only. */
  state: TicketState | null;
  technicianId: number | null;
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

/**
 * Search, the view (open / overdue / finished / all) and the filters above the ticket list: type
 * and priority always; state and technician where the tickets are still in hand.
 */
export function TicketFilters({ values, onChange, onSearchEnter }: TicketFiltersProps) {
  const { t } = useTranslation();
  const set = (change: Partial<TicketFilterValues>) => onChange({ ...values, ...change });
  const inHand = viewOfOpenTickets(values.view);
  const staff = useApiQuery('staff-directory', {});
  // Whoever may hold a ticket: the technicians, and managers who take work themselves.
  const technicians = (staff.data ?? []).filter((member) => member.role !== 'reception');
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
        onChange={(view) =>
          isOneOf(ticketViews, view) &&
          set(viewOfOpenTickets(view) ? { view } : { view, state: null, technicianId: null })
        }
      />
      {/* The filters go to the next line together when the screen is narrow, not one by one. */}
      <Group align="flex-end" gap="md" wrap="nowrap">
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
        {inHand ? (
          <>
            <Select
              label={t('tickets.state')}
              placeholder={t('tickets.anyState')}
              data={openTicketStates.map((state) => ({ value: state, label: t(`ticketStates.${state}`) }))}
              value={values.state}
              onChange={(state) => set({ state: isOneOf(openTicketStates, state) ? state : null })}
              clearable
              w={150}
            />
            <Select
              label={t('tickets.technician')}
              placeholder={t('tickets.anyTechnician')}
              data={technicians.map((member) => ({ value: String(member.id), label: member.name }))}
              value={values.technicianId === null ? null : String(values.technicianId)}
              onChange={(id) => set({ technicianId: id === null ? null : Number(id) })}
              clearable
              searchable
              w={150}
            />
          </>
        ) : null}
      </Group>
    </Group>
  );
}
