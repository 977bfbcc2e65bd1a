import { messageOccasions, type LocalizedText, type MessageOccasion } from '../../../../shared/contract';
import { fenToYuanText } from '../../../../shared/domain/fees';
import { Problems, type SectionMapping } from './section-mapping';
import { yuanToFen } from './templates-form';

/** The pickup's settings as edited: the discount limit in yuan as typed, the unclaimed period, the messages. */
export interface PickupSettingsValues {
  discountLimit: string;
  abandonAfterDays: number | string;
  messages: Record<MessageOccasion, LocalizedText>;
}

export const pickupMapping: SectionMapping<PickupSettingsValues> = {
  sections: ['pickup'],
  toValues: (settings) => ({
    discountLimit: fenToYuanText(settings.pickup.discountLimitFen),
    abandonAfterDays: settings.pickup.abandonAfterDays,
    messages: Object.fromEntries(
      messageOccasions.map((occasion) => [occasion, { ...settings.pickup.messages[occasion] }]),
    ) as PickupSettingsValues['messages'],
  }),
  toUpdate: (values) => {
    const problems = new Problems();
    const limit = yuanToFen(values.discountLimit);
    if (limit === null) problems.add('discountLimit', { key: 'validation.money' });
    return {
      update: {
        pickup: {
          discountLimitFen: limit ?? 0,
          abandonAfterDays: problems.number('abandonAfterDays', values.abandonAfterDays),
          messages: values.messages,
        },
      },
      problems: problems.found,
    };
  },
  formPath: (path) => (path === 'pickup.discountLimitFen' ? 'discountLimit' : path.replace(/^pickup\./u, '')),
};
