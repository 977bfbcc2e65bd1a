import { Image, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/contract';
import { itemNames } from '../../../shared/contract/service-names';
import { formatFen } from '../../../shared/domain/fees';
import { formatDateTime } from '../../components/dates';
import { useLanguage, useServiceSettings } from '../../components/service-names';
import { Fact, Facts } from './TicketFacts';

/** How the device went back: when and by whom, who collected it, what did not go back, the acceptance and the warranty. */
export function TicketPickupFacts({ pickup }: { pickup: NonNullable<TicketDetail['pickup']> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useServiceSettings().data;
  const accessory = (code: string) => (settings ? itemNames(settings.accessories, [code], language).join('') : code);
  return (
    <Facts>
      <Fact label={t('tickets.pickup.at')}>
        {t('tickets.pickup.atBy', { time: formatDateTime(pickup.at), name: pickup.handedOverBy })}
      </Fact>
      {pickup.identity === null ? (
        <Fact label={t('pickup.identity')}>{t('tickets.pickup.notRecorded')}</Fact>
      ) : (
        <Fact label={t('pickup.identity')}>
          {pickup.identity === 'receipt' ? t('pickup.receiptShown') : `${t('pickup.receiptLost')} · ${pickup.idNote}`}
        </Fact>
      )}
      {pickup.accessoriesMissing.length > 0 ? (
        <Fact label={t('printing.paper.accessoriesMissing')}>
          {pickup.accessoriesMissing.map((item) => `${accessory(item.code)}: ${item.note}`).join('; ')}
        </Fact>
      ) : null}
      <Fact label={t('pickup.acceptance')}>
        {pickup.acceptance === null ? (
          t('tickets.pickup.notRecorded')
        ) : pickup.acceptanceSignaturePng ? (
          <Image
            src={pickup.acceptanceSignaturePng}
            alt={t('tickets.pickup.signature')}
            h={60}
            w="auto"
            fit="contain"
          />
        ) : (
          t('pickup.byTick')
        )}
      </Fact>
      <Fact label={t('tickets.pickup.warranty')}>
        {pickup.repairWarrantyUntil
          ? t('pickup.warrantyUntil', { date: pickup.repairWarrantyUntil })
          : t('printing.paper.repairWarrantyNone')}
      </Fact>
      {pickup.owedFen > 0 ? (
        <Fact label={t('printing.paper.stillOwed')}>
          <Text size="sm" c="red.8" fw={600}>
            {formatFen(pickup.owedFen, { locale: language })}
          </Text>
        </Fact>
      ) : null}
    </Facts>
  );
}
