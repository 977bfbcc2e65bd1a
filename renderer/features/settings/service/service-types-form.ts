import type { ServiceSettings } from '../../../../shared/contract';
import type { FieldMessages, SectionMapping } from './section-mapping';

/** The six service types as saved: the form edits them as they are. */
export interface ServiceTypesValues {
  serviceTypes: ServiceSettings['serviceTypes'];
}

export const serviceTypesMapping: SectionMapping<ServiceTypesValues> = {
  sections: ['serviceTypes'],
  toValues: (settings) => ({ serviceTypes: structuredClone(settings.serviceTypes) }),
  toUpdate: (values) => ({ update: { serviceTypes: values.serviceTypes }, problems: {} }),
  extraProblems: (update): FieldMessages =>
    update.serviceTypes && !Object.values(update.serviceTypes).some((type) => type.enabled)
      ? { serviceTypes: { key: 'validation.noServiceType' } }
      : {},
};
