import {
  localize,
  type Device,
  type LocalizedText,
  type Message,
  type ServiceSettings,
} from '../../../shared/contract';
import { localDate } from '../../../shared/domain/calendar';
import { computeFees, parseYuan, type FeeSummary } from '../../../shared/domain/fees';
import { serviceTypeNeeds } from '../../../shared/domain/service-types';
import { promisedTime } from '../../../shared/domain/sla';
import { coversCost, decideWarranty, type WarrantyStatus } from '../../../shared/domain/warranty';
import type { IntakeValues } from './intake-form';

export interface WarrantyPreview {
  status: WarrantyStatus;
  coveredUntil: string | null;
  reason: Message;
}

/**
 * What the customer is told before anything is saved: the same rules the core applies when
 * it records the intake (shared/domain), computed from the facts entered so far.
 */
export function previewWarranty(
  values: IntakeValues,
  settings: ServiceSettings,
  device: Device | undefined,
  now: Date,
): WarrantyPreview | null {
  if (values.productCategory === '') return null;
  const category = settings.productCategories.find((candidate) => candidate.code === values.productCategory);
  try {
    return decideWarranty({
      today: localDate(now, settings.businessHours.timeZone),
      purchaseDate: values.purchaseDate === '' ? null : values.purchaseDate,
      makerWarrantyMonths:
        device && device.productCategory === values.productCategory
          ? device.makerWarrantyMonths
          : (category?.makerWarrantyMonths ?? null),
      lastRepair: device?.lastRepair ?? null,
      repairWarrantyDays: settings.repairWarrantyDays,
    });
  } catch {
    // A half-typed date: nothing to tell yet.
    return null;
  }
}

/** The bill as it stands; lines whose amounts are not numbers yet count as zero. */
export function previewFees(values: IntakeValues, warranty: WarrantyPreview | null): FeeSummary {
  const amount = (text: string) => (text.trim() === '' ? 0 : (parseYuan(text) ?? 0));
  const lines = serviceTypeNeeds(values.serviceType).estimate
    ? values.lines.map((line) => {
        const quantity = Number(line.quantity);
        return {
          kind: line.kind,
          description: line.description,
          quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1,
          unitPriceFen: amount(line.unitPrice),
          warrantyCovered: line.warrantyCovered,
        };
      })
    : [];
  const subtotal = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceFen, 0);
  return computeFees({
    lines,
    warrantyCovers: warranty !== null && coversCost(warranty.status),
    discountFen: Math.min(amount(values.discount), subtotal),
  });
}

/** The deposit as typed so far, in fen; zero until it is an amount. */
export function previewDeposit(values: IntakeValues): number {
  return values.deposit.trim() === '' ? 0 : (parseYuan(values.deposit) ?? 0);
}

/** The promised completion time from the SLA target of the priority, over business hours. */
export function previewPromise(values: IntakeValues, settings: ServiceSettings, now: Date): Date | null {
  if (values.closeAtCounter) return null;
  try {
    return promisedTime(now, settings.slaTargetHours[values.priority], settings.businessHours);
  } catch {
    return null;
  }
}

/** A localized name from the settings, by code; the code itself if it is no longer there. */
export function nameOf(
  items: readonly { code: string; name: LocalizedText }[],
  code: string,
  language: 'zh-CN' | 'en',
) {
  const found = items.find((item) => item.code === code);
  return found ? localize(found.name, language) : code;
}
