import { Card, Group, Select, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { businessHoursMapping, weekdayOrder } from './business-hours-form';
import { DateList } from './DateList';
import { fieldProps, GroupError } from './fields';
import { useLanguage, type SectionProps } from './section-props';
import { SectionFrame } from './SectionFrame';
import classes from './ServiceSettings.module.css';
import { TimeField } from './TimeField';
import { timeZoneOptions } from './time-zones';
import { useSectionForm } from './use-section-form';

/** When the shop is open: the clock promised times are counted on. */
export function BusinessHoursSection({ settings, editable, onDirtyChange }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('serviceSettings.sections.hours');
  const state = useSectionForm({ settings, mapping: businessHoursMapping, title, onDirtyChange });
  const { form } = state;
  const hours = form.getValues().businessHours;
  const field = (path: string, type?: 'checkbox') => fieldProps(form, `businessHours.${path}`, { editable, type });
  const setDates = (list: 'holidays' | 'extraWorkdays') => (dates: string[]) => {
    form.setFieldValue(`businessHours.${list}`, dates);
    form.clearFieldError(`businessHours.${list}`);
  };

  return (
    <SectionFrame title={title} intro={t('serviceSettings.hours.intro')} editable={editable} state={state}>
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Select
            w={440}
            label={t('serviceSettings.hours.timeZone')}
            description={t('serviceSettings.hours.timeZoneHint')}
            data={timeZoneOptions(hours.timeZone, language)}
            searchable
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...field('timeZone')}
          />
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('serviceSettings.hours.weekly')}
            </Title>
            <Table
              className={classes.editTable}
              verticalSpacing={4}
              maw={520}
              aria-label={t('serviceSettings.hours.weekly')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>{t('serviceSettings.hours.day')}</Table.Th>
                  <Table.Th w={80}>{t('serviceSettings.hours.open')}</Table.Th>
                  <Table.Th>{t('serviceSettings.hours.hours')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {weekdayOrder.map((weekday) => {
                  const day = t(`serviceSettings.hours.weekday.${weekday}`);
                  const isOpen = hours.weekly[weekday]?.isOpen ?? false;
                  return (
                    <Table.Tr key={weekday}>
                      <Table.Td className={classes.rowLabel}>{day}</Table.Td>
                      <Table.Td>
                        <Switch
                          mt={6}
                          aria-label={t('serviceSettings.hours.openOn', { day })}
                          {...field(`weekly.${weekday}.isOpen`, 'checkbox')}
                        />
                      </Table.Td>
                      <Table.Td>
                        {isOpen ? (
                          <Group gap="xs" align="flex-start" wrap="nowrap">
                            <TimeField
                              aria-label={t('serviceSettings.hours.opensAtOn', { day })}
                              {...field(`weekly.${weekday}.open`)}
                            />
                            <Text pt={6} aria-hidden>
                              –
                            </Text>
                            <TimeField
                              aria-label={t('serviceSettings.hours.closesAtOn', { day })}
                              {...field(`weekly.${weekday}.close`)}
                            />
                          </Group>
                        ) : (
                          <Text size="sm" c="dimmed" pt={7}>
                            {t('serviceSettings.hours.closed')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            <GroupError form={form} path="businessHours.weekly" />
          </div>
        </Stack>
      </Card>
      <SimpleGrid cols={2} spacing="md">
        <Card withBorder padding="lg">
          <Title order={3} size="h5">
            {t('serviceSettings.hours.holidays')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('serviceSettings.hours.holidaysHint')}
          </Text>
          <DateList
            dates={hours.holidays}
            onChange={setDates('holidays')}
            error={form.errors['businessHours.holidays']}
            addLabel={t('serviceSettings.hours.addHoliday')}
            listLabel={t('serviceSettings.hours.holidays')}
            editable={editable}
          />
        </Card>
        <Card withBorder padding="lg">
          <Title order={3} size="h5">
            {t('serviceSettings.hours.extraWorkdays')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('serviceSettings.hours.extraWorkdaysHint')}
          </Text>
          <Stack gap="sm">
            <DateList
              dates={hours.extraWorkdays}
              onChange={setDates('extraWorkdays')}
              error={form.errors['businessHours.extraWorkdays']}
              addLabel={t('serviceSettings.hours.addExtraWorkday')}
              listLabel={t('serviceSettings.hours.extraWorkdays')}
              editable={editable}
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('serviceSettings.hours.makeUpHours')}
              </Text>
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <TimeField aria-label={t('serviceSettings.hours.makeUpOpens')} {...field('makeUpHours.open')} />
                <Text pt={6} aria-hidden>
                  –
                </Text>
                <TimeField aria-label={t('serviceSettings.hours.makeUpCloses')} {...field('makeUpHours.close')} />
              </Group>
            </div>
            <GroupError form={form} path="businessHours.makeUpHours" />
          </Stack>
        </Card>
      </SimpleGrid>
    </SectionFrame>
  );
}
