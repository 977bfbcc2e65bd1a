import { Card, Checkbox, Input, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CustomerOverview, ServiceSettings } from '../../../shared/contract';
import { localize } from '../../../shared/contract';
import { formatFen, parseYuan } from '../../../shared/domain/fees';
import { serviceTypeNeeds } from '../../../shared/domain/service-types';
import { formatDateTime } from '../../components/dates';
import { messageText } from '../../components/messages';
import { useFieldProps } from '../../components/forms';
import { faultName } from '../../components/service-names';
import type { IntakeValues } from './intake-form';
import { nameOf, previewDeposit, previewFees, previewPromise, previewWarranty } from './intake-preview';
import classes from './Reception.module.css';
import { relatedTicketLabel } from './related-ticket';
import { SignaturePadField } from './SignaturePadField';

interface Props {
  form: UseFormReturnType<IntakeValues>;
  settings: ServiceSettings;
  overview: CustomerOverview | undefined;
}

/** Step 5: what will be recorded, read back to the customer; the terms; the customer's consent. */
export function ConfirmStep({ form, settings, overview }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const field = useFieldProps(form);
  const values = form.getValues();
  const needs = serviceTypeNeeds(values.serviceType);
  const now = new Date();
  const device = overview?.devices.find((candidate) => candidate.id === values.deviceId);
  const warranty = previewWarranty(values, settings, device, now);
  const fees = previewFees(values, warranty);
  const promise = values.promisedAt ? new Date(values.promisedAt) : previewPromise(values, settings, now);
  const money = (fen: number) => formatFen(fen, { locale: language });
  const none = t('reception.confirm.none');
  const customer = overview?.customer;
  const category = settings.productCategories.find((candidate) => candidate.code === values.productCategory);
  const fault =
    values.faultCategory === '' ? '' : faultName(settings, values.productCategory, values.faultCategory, language);
  const costLimit = values.costLimit.trim() === '' ? null : parseYuan(values.costLimit);
  const relatedTicket = overview?.recentTickets.find((ticket) => String(ticket.id) === values.relatedTicketId);

  const rows: [string, string][] = [
    [
      t('reception.confirm.customer'),
      customer
        ? `${customer.name} · ${customer.phone ?? customer.phoneMasked}`
        : `${values.newCustomer.name} · ${values.newCustomer.phone}`,
    ],
    [
      t('reception.confirm.product'),
      category
        ? [localize(category.name, language), `${values.brand} ${values.model}`.trim(), values.serial]
            .filter(Boolean)
            .join(' · ')
        : none,
    ],
    [t('reception.confirm.fault'), [fault, values.faultDescription].filter(Boolean).join(' — ')],
    ...(needs.deviceLeftWithUs
      ? ([
          [
            t('reception.confirm.accessories'),
            [...values.accessories.map((code) => nameOf(settings.accessories, code, language)), values.accessoriesNote]
              .filter(Boolean)
              .join('、') || none,
          ],
          [
            t('reception.confirm.condition'),
            [...values.conditions.map((code) => nameOf(settings.conditions, code, language)), values.conditionNote]
              .filter(Boolean)
              .join('、') || none,
          ],
        ] as [string, string][])
      : []),
    [
      t('reception.confirm.service'),
      `${t(`serviceTypes.${values.serviceType}`)} · ${t(`priorities.${values.priority}`)} · ${t(`intakeChannels.${values.channel}`)}`,
    ],
    ...(needs.relatedTicket
      ? ([[t('reception.propose.relatedTicket'), relatedTicket ? relatedTicketLabel(relatedTicket, t) : none]] as [
          string,
          string,
        ][])
      : []),
    [
      t('reception.confirm.warranty'),
      warranty
        ? `${t(`warranty.status.${warranty.status}`)} — ${messageText(t, warranty.reason)}`
        : t('warranty.reason.noDevice'),
    ],
    [
      t('reception.confirm.solution'),
      (values.serviceType === 'consultation' ? values.resolution : values.solution) || none,
    ],
    ...(needs.estimate
      ? ([
          [
            t('reception.confirm.estimate'),
            t('reception.confirm.estimateText', {
              total: money(fees.totalFen),
              deposit: money(previewDeposit(values)),
              limit: costLimit === null ? t('reception.confirm.noLimit') : money(costLimit),
            }),
          ],
        ] as [string, string][])
      : []),
    [t('reception.confirm.promised'), promise ? formatDateTime(promise.toISOString()) : none],
  ];

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="xs">
          {t('reception.confirm.readBack')}
        </Title>
        <Table className={classes.summaryTable} withRowBorders aria-label={t('reception.confirm.readBack')}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Stack gap="md">
        <div>
          <Text fw={600} mb={4}>
            {t('reception.confirm.terms')}
          </Text>
          <div className={classes.terms}>{localize(settings.serviceTypes[values.serviceType].terms, language)}</div>
        </div>
        <Input.Wrapper label={t('reception.confirm.consent')}>
          <SegmentedControl
            mt={4}
            data={[
              { value: 'tick', label: t('reception.confirm.byTick') },
              { value: 'signature', label: t('reception.confirm.bySignature') },
            ]}
            value={values.consentMethod}
            onChange={(value) => form.setFieldValue('consentMethod', value === 'signature' ? 'signature' : 'tick')}
            aria-label={t('reception.confirm.consent')}
          />
        </Input.Wrapper>
        {values.consentMethod === 'tick' ? (
          <Checkbox
            size="md"
            label={t('reception.confirm.agree')}
            data-autofocus
            {...field('consentAccepted', { type: 'checkbox' })}
          />
        ) : (
          <SignaturePadField
            value={values.signaturePng}
            onChange={(png) => form.setFieldValue('signaturePng', png)}
            error={field('signaturePng').error}
          />
        )}
      </Stack>
    </SimpleGrid>
  );
}
