import { Button, Card, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerOverview, Device } from '../../../shared/contract';
import type { GreetPick } from './greet-picks';
import classes from './Reception.module.css';
import { TicketLine } from './TicketLine';

interface Props {
  overview: CustomerOverview;
  /** The device already taken for this intake, if any. */
  deviceId: number | null;
  onUseDevice(device: Device): void;
  onChoose(pick: GreetPick): void;
  onChangeCustomer(): void;
}

/**
 * The customer chosen in the greet step at a glance: their devices (one click carries a device
 * into the intake), open tickets and how to choose someone else. Going on is the footer's Next.
 */
export const ChosenCustomerCard = memo(function ChosenCustomerCard({
  overview,
  deviceId,
  onUseDevice,
  onChoose,
  onChangeCustomer,
}: Props) {
  const { t } = useTranslation();
  const { customer } = overview;
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="xs" c="dimmed">
            {t('reception.greet.selected')}
          </Text>
          <Title order={2} size="h3">
            {customer.name}
          </Title>
          <Text ff="monospace">{customer.phone ?? customer.phoneMasked}</Text>
          {customer.company ? <Text size="sm">{customer.company}</Text> : null}
        </div>
        <Button variant="subtle" size="xs" leftSection={<IconX size={14} />} onClick={onChangeCustomer}>
          {t('reception.greet.changeCustomer')}
        </Button>
      </Group>
      <Text fw={600} mt="md" mb={4}>
        {t('reception.greet.devicesOwned')}
      </Text>
      {overview.devices.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reception.greet.noDevices')}
        </Text>
      ) : (
        <Stack gap={4}>
          {overview.devices.map((device) => (
            <Group key={device.id} justify="space-between" wrap="nowrap" className={classes.deviceRow}>
              <Text size="sm">
                {`${device.brand} ${device.model}`.trim() || device.productCategory}
                {device.serial ? (
                  <Text span ff="monospace" size="sm" c="dimmed" ml="xs">
                    {device.serial}
                  </Text>
                ) : null}
              </Text>
              <Button
                size="compact-sm"
                data-use-device
                variant={deviceId === device.id ? 'filled' : 'light'}
                onClick={() => onUseDevice(device)}
              >
                {t('reception.greet.useDevice')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <Text fw={600} mt="md" mb={4}>
        {t('reception.greet.openTickets')}
      </Text>
      {overview.openTickets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reception.greet.noOpenTickets')}
        </Text>
      ) : (
        <Stack gap={4}>
          {overview.openTickets.map((ticket) => (
            <UnstyledButton
              key={ticket.id}
              className={classes.result}
              onClick={() => onChoose({ kind: 'ticket', id: ticket.id })}
            >
              <TicketLine ticket={ticket} />
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Card>
  );
});
