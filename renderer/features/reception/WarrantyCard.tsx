import { Badge, Card, Group, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldOff, IconShieldQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WarrantyStatus } from '../../../shared/domain/warranty';
import { messageText } from '../../components/messages';
import type { WarrantyPreview } from './intake-preview';

const colors: Record<WarrantyStatus, string> = { maker: 'teal', repair: 'teal', out: 'orange', unknown: 'gray' };

/** The warranty decision as the customer hears it: the status and, always, the reason. */
export function WarrantyCard({ warranty }: { warranty: WarrantyPreview | null }) {
  const { t } = useTranslation();
  if (!warranty) {
    return (
      <Card withBorder padding="md">
        <Text fw={600}>{t('reception.classify.warranty')}</Text>
        <Text size="sm" c="dimmed">
          {t('reception.classify.warrantyNeedsFacts')}
        </Text>
      </Card>
    );
  }
  const Icon =
    warranty.status === 'out' ? IconShieldOff : warranty.status === 'unknown' ? IconShieldQuestion : IconShieldCheck;
  return (
    <Card withBorder padding="md" aria-live="polite">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Icon size={28} color={`var(--mantine-color-${colors[warranty.status]}-7)`} />
        <div>
          <Group gap="xs">
            <Text fw={600}>{t('reception.classify.warranty')}</Text>
            <Badge color={colors[warranty.status]} variant="light">
              {t(`warranty.status.${warranty.status}`)}
            </Badge>
          </Group>
          <Text size="sm" mt={4}>
            {messageText(t, warranty.reason)}
          </Text>
        </div>
      </Group>
    </Card>
  );
}
