import { Card, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { messageOccasions } from '../../../../shared/contract';
import { messageVariables, unknownMessageVariables } from '../../../../shared/domain/messages';
import { fieldProps, localizedProps } from './fields';
import { pickupMapping } from './pickup-form';
import type { SectionProps } from './section-props';
import { SectionFrame } from './SectionFrame';
import { useSectionForm } from './use-section-form';

/**
 * Handing devices back: the largest discount the counter gives on its own, when a device on the
 * shelf counts as unclaimed (the terms printed on the receipt name it), and the messages offered
 * to send the customer, per occasion, in both languages.
 */
export function PickupSection({ settings, editable, onDirtyChange }: SectionProps) {
  const { t } = useTranslation();
  const title = t('serviceSettings.sections.pickup');
  const state = useSectionForm({ settings, mapping: pickupMapping, title, onDirtyChange });
  const { form } = state;
  const values = form.getValues();
  const variables = messageVariables.map((name) => `{{${name}}}`).join(' ');

  return (
    <SectionFrame title={title} intro={t('serviceSettings.pickup.intro')} editable={editable} state={state}>
      <Card withBorder padding="lg">
        <SimpleGrid cols={2} maw={760}>
          <TextInput
            label={t('serviceSettings.pickup.discountLimit')}
            description={t('serviceSettings.pickup.discountLimitHint')}
            inputMode="decimal"
            {...fieldProps(form, 'discountLimit', { editable })}
          />
          <NumberInput
            label={t('serviceSettings.pickup.abandonAfterDays')}
            description={t('serviceSettings.pickup.abandonAfterDaysHint')}
            min={1}
            max={3650}
            allowDecimal={false}
            allowNegative={false}
            {...fieldProps(form, 'abandonAfterDays', { editable })}
          />
        </SimpleGrid>
      </Card>
      <Card withBorder padding="lg">
        <Title order={3} size="h5">
          {t('serviceSettings.pickup.messagesTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('serviceSettings.pickup.messagesHint', { variables })}
        </Text>
        <Stack gap="md">
          {messageOccasions.map((occasion) => {
            const text = localizedProps(form, `messages.${occasion}`, { editable });
            const unknown = [
              ...new Set([
                ...unknownMessageVariables(values.messages[occasion]['zh-CN']),
                ...unknownMessageVariables(values.messages[occasion].en),
              ]),
            ];
            return (
              <div key={occasion}>
                <Text fw={600} size="sm" mb={4}>
                  {t(`pickup.occasions.${occasion}`)}
                </Text>
                <Group grow align="flex-start">
                  <Textarea
                    label={t('serviceSettings.pickup.messageIn', {
                      occasion: t(`pickup.occasions.${occasion}`),
                      language: t('language.zh-CN'),
                    })}
                    autosize
                    minRows={2}
                    maxRows={6}
                    {...text['zh-CN']}
                  />
                  <Textarea
                    label={t('serviceSettings.pickup.messageIn', {
                      occasion: t(`pickup.occasions.${occasion}`),
                      language: t('language.en'),
                    })}
                    autosize
                    minRows={2}
                    maxRows={6}
                    {...text.en}
                  />
                </Group>
                {unknown.length > 0 ? (
                  <Text size="sm" c="red.8" mt={4} role="alert">
                    {t('serviceSettings.pickup.unknownVariables', { names: unknown.join(', ') })}
                  </Text>
                ) : null}
              </div>
            );
          })}
        </Stack>
      </Card>
    </SectionFrame>
  );
}
