import { priorities, type Priority } from '../../../../shared/domain/sla';
import { Problems, type SectionMapping } from './section-mapping';

/** Our repair warranty and the SLA targets; numbers as `NumberInput` holds them ('' while empty). */
export interface WarrantyValues {
  repairWarrantyDays: number | string;
  slaTargetHours: Record<Priority, number | string>;
}

export const warrantyMapping: SectionMapping<WarrantyValues> = {
  sections: ['repairWarrantyDays', 'slaTargetHours'],
  toValues: (settings) => ({
    repairWarrantyDays: settings.repairWarrantyDays,
    slaTargetHours: { ...settings.slaTargetHours },
  }),
  toUpdate: (values) => {
    const problems = new Problems();
    const slaTargetHours = Object.fromEntries(
      priorities.map((priority) => [
        priority,
        problems.number(`slaTargetHours.${priority}`, values.slaTargetHours[priority]),
      ]),
    ) as Record<Priority, number>;
    return {
      update: {
        repairWarrantyDays: problems.number('repairWarrantyDays', values.repairWarrantyDays),
        slaTargetHours,
      },
      problems: problems.found,
    };
  },
};
