import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/contract';
import { priorities } from '../../../../shared/domain/sla';
import { fieldProps } from './fields';
import { useLanguage, type SectionProps } from './section-props';
import { SectionFrame } from './SectionFrame';
import { warrantyMapping } from './warranty-form';
import { useSectionForm } from './use-section-form';

/**
 * Our own repair warranty and the SLA targets per priority. The maker's warranty belongs to
 * each product category and is edited there; it is listed here so the whole warranty picture
 * is on one screen.
 */
export function WarrantySection({
  settings,
  editable,
  onDirtyChange,
  onEditCategories,
}: SectionProps & { onEditCategories(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('serviceSettings.sections.warranty');
  const state = useSectionForm({ settings, mapping: warrantyMapping, title, onDirtyChange });
  const { form } = state;

  return (
    <SectionFrame title={title} intro={t('serviceSettings.warranty.intro')} editable={editable} state={state}>
      <Card withBorder padding="lg">
        <Stack gap="lg">
          <NumberInput
            w={380}
            label={t('serviceSettings.warranty.repairWarrantyDays')}
            description={t('serviceSettings.warranty.repairWarrantyHint')}
            min={0}
            max={3650}
            allowDecimal={false}
            allowNegative={false}
            {...fieldProps(form, 'repairWarrantyDays', { editable })}
          />
          <div>
            <Title order={3} size="h5">
              {t('serviceSettings.warranty.slaTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              {t('serviceSettings.warranty.slaHint')}
            </Text>
            <SimpleGrid cols={3} maw={640}>
              {priorities.map((priority) => (
                <NumberInput
                  key={priority}
                  label={t('serviceSettings.warranty.slaFor', { priority: t(`priorities.${priority}`) })}
                  min={0}
                  max={2000}
                  allowDecimal={false}
                  allowNegative={false}
                  {...fieldProps(form, `slaTargetHours.${priority}`, { editable })}
                />
              ))}
            </SimpleGrid>
          </div>
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Group justify="space-between" align="flex-start" mb="xs">
          <div>
            <Title order={3} size="h5">
              {t('serviceSettings.warranty.makerTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('serviceSettings.warranty.makerHint')}
            </Text>
          </div>
          <Button variant="subtle" rightSection={<IconArrowRight size={16} />} onClick={onEditCategories}>
            {t('serviceSettings.warranty.editCategories')}
          </Button>
        </Group>
        <Table verticalSpacing={4} maw={480} aria-label={t('serviceSettings.warranty.makerTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('serviceSettings.categories.category')}</Table.Th>
              <Table.Th ta="right">{t('serviceSettings.warranty.makerMonths')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {settings.productCategories.map((category) => (
              <Table.Tr key={category.code}>
                <Table.Td>{localize(category.name, language)}</Table.Td>
                <Table.Td ta="right">
                  {category.makerWarrantyMonths === 0
                    ? t('serviceSettings.warranty.noMakerWarranty')
                    : t('serviceSettings.warranty.months', { count: category.makerWarrantyMonths })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </SectionFrame>
  );
}
