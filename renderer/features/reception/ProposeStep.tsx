import {
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconClock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerOverview, ServiceSettings } from '../../../shared/contract';
import { localize } from '../../../shared/contract';
import { fenToYuanText } from '../../../shared/domain/fees';
import { serviceTypeNeeds } from '../../../shared/domain/service-types';
import { formatDateTime } from '../../components/dates';
import { useFieldProps } from '../../components/forms';
import { EstimateLines, FeeTotals } from './EstimateLines';
import type { IntakeValues } from './intake-form';
import { previewDeposit, previewFees, previewPromise, previewWarranty } from './intake-preview';
import { paymentMethods } from '../../../shared/domain/ledger';
import { relatedTicketLabel } from './related-ticket';

interface Props {
  form: UseFormReturnType<IntakeValues>;
  settings: ServiceSettings;
  overview: CustomerOverview | undefined;
}

/** `2026-11-28T10:00` for a datetime-local input, in this computer's time zone. */
function localInputValue(iso: string): string {
  const date = new Date(iso);
  const offset = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offset).toISOString().slice(0, 16);
}

/** Templates that fit the product and fault: exact fault first, then the fault's area, then any fault. */
function templatesFor(settings: ServiceSettings, values: Pick<IntakeValues, 'productCategory' | 'faultCategory'>) {
  const category = settings.productCategories.find((candidate) => candidate.code === values.productCategory);
  const area = category?.faults.find(
    (node) => node.code === values.faultCategory || node.children.some((child) => child.code === values.faultCategory),
  );
  const rank = (fault: string) =>
    fault === values.faultCategory ? 0 : fault === area?.code ? 1 : fault === '' ? 2 : 3;
  return settings.solutionTemplates
    .filter((template) => template.productCategory === values.productCategory && rank(template.faultCategory) < 3)
    .sort((a, b) => rank(a.faultCategory) - rank(b.faultCategory));
}

/** The templates for the product and fault as options, the same array until one of them changes. */
function useTemplateOptions(
  settings: ServiceSettings,
  productCategory: string,
  faultCategory: string,
  language: 'zh-CN' | 'en',
) {
  return useMemo(
    () =>
      templatesFor(settings, { productCategory, faultCategory }).map((template) => ({
        value: template.code,
        label: localize(template.name, language),
      })),
    [settings, productCategory, faultCategory, language],
  );
}

/** Step 4: the solution, the estimate and the promised time; for a consultation the answer. */
export function ProposeStep({ form, settings, overview }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const field = useFieldProps(form);
  const values = form.getValues();
  const needs = serviceTypeNeeds(values.serviceType);
  const now = new Date();
  const device = overview?.devices.find((candidate) => candidate.id === values.deviceId);
  const fees = previewFees(values, previewWarranty(values, settings, device, now));
  const computed = previewPromise(values, settings, now);
  const depositFen = previewDeposit(values);
  const depositMethod = (
    <Select
      mt="xs"
      label={t('reception.propose.depositMethod')}
      data={paymentMethods.map((method) => ({ value: method, label: t(`ledger.methods.${method}`) }))}
      allowDeselect={false}
      {...field('depositMethod')}
    />
  );
  // Stable option lists: a new array on every render (an autosave finishing) would reset the
  // option the arrow keys highlighted, and Enter would then pick nothing.
  const templateOptions = useTemplateOptions(settings, values.productCategory, values.faultCategory, language);

  const applyTemplate = (code: string | null) => {
    const template = settings.solutionTemplates.find((candidate) => candidate.code === code);
    form.setFieldValue('templateCode', code ?? '');
    if (!template) return;
    form.setValues({
      solution: localize(template.solution, language),
      lines: template.lines.map((line) => ({
        kind: line.kind,
        description: localize(line.description, language),
        quantity: String(line.quantity),
        unitPrice: fenToYuanText(line.unitPriceFen),
        warrantyCovered: line.warrantyCovered,
      })),
    });
  };

  const recentTickets = overview?.recentTickets;
  const relatedOptions = useMemo(
    () =>
      (recentTickets ?? []).map((ticket) => ({
        value: String(ticket.id),
        label: relatedTicketLabel(ticket, t),
      })),
    [recentTickets, t],
  );

  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
      <Stack gap="sm" style={{ gridColumn: 'span 2' }}>
        {needs.estimate && values.productCategory !== '' ? (
          <Select
            label={t('reception.propose.template')}
            placeholder={t('reception.propose.templatePlaceholder')}
            description={t('reception.propose.templateHint')}
            data={templateOptions}
            value={values.templateCode || null}
            onChange={applyTemplate}
            searchable
            clearable
            data-autofocus
          />
        ) : null}
        {values.serviceType === 'consultation' ? (
          <>
            <Textarea
              label={t('reception.propose.answer')}
              autosize
              minRows={3}
              {...field('resolution')}
              data-autofocus
            />
            <Checkbox
              label={t('reception.propose.closeAtCounter')}
              {...field('closeAtCounter', { type: 'checkbox' })}
            />
          </>
        ) : (
          <Textarea label={t('reception.propose.solution')} autosize minRows={2} maxRows={5} {...field('solution')} />
        )}
        {needs.relatedTicket ? (
          <Select
            label={t('reception.propose.relatedTicket')}
            placeholder={t('reception.propose.relatedTicketPlaceholder')}
            data={relatedOptions}
            clearable
            {...field('relatedTicketId')}
          />
        ) : null}
        {needs.estimate ? (
          <>
            <Title order={2} size="h5" mt="xs">
              {t('reception.propose.estimate')}
            </Title>
            <EstimateLines form={form} fees={fees} />
          </>
        ) : null}
      </Stack>
      <Stack gap="sm">
        {needs.estimate ? (
          <Card withBorder padding="sm">
            <SimpleGrid cols={2} spacing="xs">
              <TextInput label={t('reception.propose.discount')} inputMode="decimal" {...field('discount')} />
              <TextInput label={t('reception.propose.deposit')} inputMode="decimal" {...field('deposit')} />
            </SimpleGrid>
            {depositFen > 0 ? depositMethod : null}
            <TextInput
              mt="xs"
              label={t('reception.propose.costLimit')}
              description={t('reception.propose.costLimitHint')}
              inputMode="decimal"
              {...field('costLimit')}
            />
            <FeeTotals fees={fees} depositFen={depositFen} />
          </Card>
        ) : (
          <Card withBorder padding="sm">
            <TextInput label={t('reception.propose.deposit')} inputMode="decimal" {...field('deposit')} />
            {depositFen > 0 ? depositMethod : null}
          </Card>
        )}
        <Card withBorder padding="sm">
          <Group gap="xs" mb={4}>
            <IconClock size={18} />
            <Text fw={600}>{t('reception.propose.promise')}</Text>
          </Group>
          {computed === null ? (
            <Text size="sm" c="dimmed">
              {t('reception.propose.noPromise')}
            </Text>
          ) : (
            <>
              <Text size="sm">
                {t('reception.propose.promiseComputed', {
                  priority: t(`priorities.${values.priority}`),
                  hours: settings.slaTargetHours[values.priority],
                  time: formatDateTime(computed.toISOString()),
                })}
              </Text>
              {values.promisedAt === null ? (
                <Button
                  variant="subtle"
                  size="xs"
                  mt={4}
                  px={0}
                  onClick={() => form.setFieldValue('promisedAt', computed.toISOString())}
                >
                  {t('reception.propose.promiseChange')}
                </Button>
              ) : (
                <Stack gap="xs" mt="xs">
                  <TextInput
                    type="datetime-local"
                    label={t('reception.propose.promisedAt')}
                    value={localInputValue(values.promisedAt)}
                    error={field('promisedAt').error}
                    onChange={(event) => {
                      const parsed = new Date(event.currentTarget.value);
                      if (!Number.isNaN(parsed.getTime())) form.setFieldValue('promisedAt', parsed.toISOString());
                    }}
                  />
                  <TextInput
                    label={t('reception.propose.promiseReason')}
                    withAsterisk
                    {...field('promisedChangeReason')}
                  />
                  <Button
                    variant="subtle"
                    size="xs"
                    px={0}
                    onClick={() => form.setValues({ promisedAt: null, promisedChangeReason: '' })}
                  >
                    {t('reception.propose.promiseKeep')}
                  </Button>
                </Stack>
              )}
            </>
          )}
        </Card>
      </Stack>
    </SimpleGrid>
  );
}
