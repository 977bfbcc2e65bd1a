import type { IntakeChannel } from '../../../shared/domain/intake-channels';
import type { ServiceType } from '../../../shared/domain/service-types';
import type { Priority } from '../../../shared/domain/sla';
import { generator } from './sample-customers';

/**
 * How a sample ticket's story goes after intake. The seeder plays it move by move, each move some
 * business hours after the last, through the same code as the counter and the workbench, and stops
 * at today: old tickets are finished, recent ones somewhere on the way.
 */
export interface SampleStory {
  /** A consultation answered at the counter: closed at intake. */
  closedAtCounter: boolean;
  /** How it ends: handed back repaired, declined at the quote, sent back unrepaired, or cancelled. */
  ending: 'handed-over' | 'declined' | 'unrepaired' | 'cancelled';
  /** The diagnosis finds more than the estimate (a second part): the customer is asked. */
  extraPart: boolean;
  needsParts: boolean;
  qcFails: boolean;
  /** Business hours before each move; a long one makes a ticket overdue. */
  stepHours: readonly number[];
  /** The customer never comes back for the device. */
  neverCollected: boolean;
}

/** One sample intake: who, what, when, and how its story goes. */
export interface SampleTicket {
  customerIndex: number;
  createdAt: Date;
  serviceType: ServiceType;
  priority: Priority;
  story: SampleStory;
  /** How the customer reached the service, and how many minutes reception spent recording it. */
  channel: IntakeChannel;
  recordingMinutes: number;
  productCategory: string;
  faultCategory: string;
  brand: string;
  model: string;
  serial: string;
  faultDescription: string;
  lines: { kind: 'part' | 'labor' | 'on-site'; description: string; unitPriceFen: number }[];
}

const products = [
  {
    category: 'phone',
    fault: 'screen-cracked',
    brand: 'Huawei',
    models: ['Mate 60', 'P70', 'nova 12'],
    fault_zh: '屏幕摔碎了',
    part: ['屏幕总成', 88000],
  },
  {
    category: 'phone',
    fault: 'battery-drain',
    brand: 'Xiaomi',
    models: ['14', 'Redmi K70', 'Redmi Note 13'],
    fault_zh: '电池不耐用，半天就没电',
    part: ['原厂电池', 19900],
  },
  {
    category: 'phone',
    fault: 'power-dead',
    brand: 'Apple',
    models: ['iPhone 15', 'iPhone 14', 'iPhone 13'],
    fault_zh: '突然无法开机',
    part: ['主板维修', 60000],
  },
  {
    category: 'laptop',
    fault: 'keyboard',
    brand: 'Lenovo',
    models: ['ThinkPad X1', 'Xiaoxin Pro 14', 'Legion Y9000P'],
    fault_zh: '键盘部分按键失灵',
    part: ['键盘 C 壳总成', 45000],
  },
  {
    category: 'tv',
    fault: 'no-picture',
    brand: 'Hisense',
    models: ['65E7K', '55E3K'],
    fault_zh: '有声音没图像',
    part: ['背光灯条', 38000],
  },
  {
    category: 'air-conditioner',
    fault: 'not-cooling',
    brand: 'Gree',
    models: ['KFR-35GW', 'KFR-72LW'],
    fault_zh: '空调不制冷',
    part: ['冷媒（R32）', 15000],
  },
  {
    category: 'washer',
    fault: 'no-spin',
    brand: 'Haier',
    models: ['EG100', 'XQG90'],
    fault_zh: '不脱水',
    part: ['排水泵', 12000],
  },
] as const;

/** Most come to the counter; some call or message first and are recorded when they arrive. */
const channelMix: [IntakeChannel, number][] = [
  ['walk-in', 0.72],
  ['phone', 0.14],
  ['wechat', 0.1],
  ['online', 0.03],
  ['other', 0.01],
];

const serviceMix: [ServiceType, number][] = [
  ['repair', 0.78],
  ['installation', 0.06],
  ['return', 0.03],
  ['exchange', 0.03],
  ['consultation', 0.07],
  ['complaint', 0.03],
];

/**
 * `count` plausible tickets over the `spanDays` before `until`, oldest first (so their numbers
 * run in order through each day), each with its story. Deterministic for a seed, so benchmarks
 * compare like with like.
 */
export function sampleTickets(
  count: number,
  options: { seed: number; until: Date; customers: number; spanDays?: number },
): SampleTicket[] {
  const random = generator(options.seed + 7);
  // The intake's channel and recording time from a generator of their own: the rest of each sample is as before.
  const intakeRandom = generator(options.seed + 11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const spanMs = (options.spanDays ?? 5 * 365) * 86_400_000;
  const times = Array.from({ length: count }, () => options.until.getTime() - Math.floor(random() * spanMs)).sort(
    (a, b) => a - b,
  );
  return times.map((time) => {
    let roll = random();
    const serviceType = serviceMix.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'repair';
    const product = pick(products);
    const endingRoll = random();
    const story: SampleStory = {
      closedAtCounter: serviceType === 'consultation' && random() < 0.85,
      ending:
        endingRoll < 0.9
          ? 'handed-over'
          : endingRoll < 0.94
            ? 'declined'
            : endingRoll < 0.97
              ? 'unrepaired'
              : 'cancelled',
      extraPart: random() < 0.2,
      needsParts: random() < 0.25,
      qcFails: random() < 0.08,
      // Now and then a device nobody comes back for: it stays on the shelf, unclaimed.
      neverCollected: random() < 0.0003,
      // Mostly within a working day; now and then a slow step (parts, a customer who does not answer).
      stepHours: Array.from({ length: 15 }, () => (random() < 0.1 ? 9 + random() * 40 : 0.2 + random() * 5)),
    };
    const priorityRoll = random();
    let channelRoll = intakeRandom();
    const channel = channelMix.find(([, share]) => (channelRoll -= share) < 0)?.[0] ?? 'walk-in';
    return {
      customerIndex: Math.floor(random() * options.customers),
      createdAt: new Date(time),
      serviceType,
      priority: priorityRoll < 0.8 ? 'normal' : priorityRoll < 0.96 ? 'urgent' : 'critical',
      story,
      channel,
      recordingMinutes: 2 + Math.floor(intakeRandom() * 9),
      productCategory: product.category,
      faultCategory: product.fault,
      brand: product.brand,
      model: pick(product.models),
      serial: `${product.brand.slice(0, 2).toUpperCase()}${Math.floor(random() * 1e12)
        .toString()
        .padStart(12, '0')}`,
      faultDescription: product.fault_zh,
      lines:
        serviceType === 'repair' || serviceType === 'installation'
          ? [
              { kind: 'part', description: product.part[0], unitPriceFen: product.part[1] },
              { kind: 'labor', description: '维修工时', unitPriceFen: 5000 + Math.floor(random() * 10) * 1000 },
            ]
          : [],
    };
  });
}
