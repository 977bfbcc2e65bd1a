import { Anchor, Badge, DataList, Group, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSettings, TicketDetail } from '../../../shared/contract';
import { serviceTypeNeeds } from '../../../shared/domain/service-types';
import { routeHref } from '../../app/route';
import { messageText } from '../../components/messages';
import { categoryName, faultName, itemNames, useLanguage } from '../../components/service-names';
import { WarrantyBadge } from './ticket-badges';

/** Label and value rows of a detail card; a value left empty at intake reads as "—". */
export function Facts({ children }: { children: ReactNode }) {
  return (
    <DataList size="sm" gap={8} labelWidth={136}>
      {children}
    </DataList>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === '' || children === null || children === undefined;
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue>{empty ? t('common.notSet') : children}</DataList.ItemValue>
    </DataList.Item>
  );
}

const listSeparator = { 'zh-CN': '、', en: ', ' } as const;

export function CustomerFacts({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const { customer } = ticket;
  return (
    <Facts>
      <Fact label={t('tickets.detail.name')}>
        <Anchor href={routeHref({ section: 'customers', customerId: customer.id })} fw={600}>
          {customer.name}
        </Anchor>
      </Fact>
      <Fact label={t('tickets.detail.phone')}>
        <Group gap="xs">
          <Text ff="monospace" fw={600} span>
            {customer.phone ?? customer.phoneMasked}
          </Text>
          {customer.phone === null ? (
            <Badge variant="light" color="gray" tt="none" leftSection={<IconLock size={12} />}>
              {t('tickets.detail.phoneHidden')}
            </Badge>
          ) : null}
        </Group>
      </Fact>
      {customer.company ? <Fact label={t('customers.company')}>{customer.company}</Fact> : null}
    </Facts>
  );
}

export function DeviceFacts({ ticket, settings }: { ticket: TicketDetail; settings: ServiceSettings | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { device } = ticket;
  if (!device) {
    return (
      <Text size="sm" c="dimmed">
        {t('tickets.detail.noDevice')}
      </Text>
    );
  }
  return (
    <Facts>
      <Fact label={t('tickets.detail.category')}>{categoryName(settings, device.productCategory, language)}</Fact>
      <Fact label={t('tickets.detail.brand')}>{device.brand}</Fact>
      <Fact label={t('tickets.detail.model')}>{device.model}</Fact>
      <Fact label={t('tickets.detail.serial')}>
        {device.serial ? (
          <Text ff="monospace" size="sm" span>
            {device.serial}
          </Text>
        ) : null}
      </Fact>
      <Fact label={t('tickets.detail.purchaseDate')}>{device.purchaseDate}</Fact>
      <Fact label={t('tickets.detail.purchaseChannel')}>{device.purchaseChannel}</Fact>
    </Facts>
  );
}

/** The warranty decision and its reason, which names the date cover ends when there is cover. */
export function WarrantyFacts({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const { warranty } = ticket;
  return (
    <Facts>
      <Fact label={t('tickets.detail.warranty')}>
        <Stack gap={4} align="flex-start">
          <WarrantyBadge status={warranty.status} />
          <Text size="sm" span>
            {messageText(t, warranty.reason)}
          </Text>
        </Stack>
      </Fact>
    </Facts>
  );
}

/** The fault (or question, or complaint) as the customer put it, what was left with us and in what state. */
export function FaultFacts({ ticket, settings }: { ticket: TicketDetail; settings: ServiceSettings | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const needs = serviceTypeNeeds(ticket.serviceType);
  const descriptionLabel =
    ticket.serviceType === 'consultation'
      ? t('tickets.detail.question')
      : ticket.serviceType === 'complaint'
        ? t('tickets.detail.complaintDescription')
        : t('tickets.detail.faultDescription');
  const checklist = (names: string[], note: string) =>
    names.length === 0 && note === '' ? (
      <Text size="sm" c="dimmed" span>
        {t('tickets.detail.noneRecorded')}
      </Text>
    ) : (
      [names.join(listSeparator[language]), note].filter(Boolean).join(language === 'en' ? '. ' : '；')
    );
  return (
    <Facts>
      {ticket.faultCategory || needs.estimate ? (
        <Fact label={t('tickets.detail.faultCategory')}>
          {ticket.faultCategory ? faultName(settings, ticket.productCategory, ticket.faultCategory, language) : ''}
        </Fact>
      ) : null}
      <Fact label={descriptionLabel}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} span>
          {ticket.faultDescription}
        </Text>
      </Fact>
      {needs.deviceLeftWithUs || ticket.accessories.length > 0 || ticket.accessoriesNote ? (
        <Fact label={t('tickets.detail.accessories')}>
          {checklist(itemNames(settings?.accessories, ticket.accessories, language), ticket.accessoriesNote)}
        </Fact>
      ) : null}
      {needs.deviceLeftWithUs || ticket.conditions.length > 0 || ticket.conditionNote ? (
        <Fact label={t('tickets.detail.conditions')}>
          {checklist(itemNames(settings?.conditions, ticket.conditions, language), ticket.conditionNote)}
        </Fact>
      ) : null}
    </Facts>
  );
}
