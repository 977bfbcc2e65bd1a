import type { CustomerFields } from '../db/queries/customers';

/**
 * Plausible customers for demonstrations and benchmarks: mostly Chinese names with mainland
 * mobiles, some landlines with area codes, some Latin names and international numbers, a few
 * companies. Deterministic for a given seed, so benchmarks compare like with like.
 */
const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const givenChars = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力宇鹏飞鑫波斌宁浩凯俊峰雪琳晨欣怡佳颖子涵梓轩博文思远嘉慧晓东海燕春兰志国永庆',
];
const latinFirst = [
  'Mary',
  'John',
  'Anna',
  'David',
  'Lucy',
  'Peter',
  'Emma',
  'James',
  'Sophie',
  'Tom',
  'Olivia',
  'Daniel',
];
const latinLast = ['Smith', 'Brown', 'Miller', 'Wilson', 'Taylor', 'Clarke', 'Walker', 'Wright', 'Green', 'Hall'];
const mobilePrefixes = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '166',
  '177',
  '180',
  '186',
  '187',
  '188',
  '189',
  '199',
];
const areaCodes = ['010', '021', '020', '0755', '0571', '025', '027', '028', '023', '0512'];
const companies = ['东方家电维修部', '华联超市', '鑫源物业', '启明科技有限公司', '海川餐饮', '蓝天幼儿园', '金桥酒店'];
const districts = [
  '徐汇区漕溪北路',
  '浦东新区张杨路',
  '海淀区中关村大街',
  '天河区体育西路',
  '南山区科技园路',
  '西湖区文三路',
];

/** mulberry32: a small, fast, seedable generator. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleCustomer extends CustomerFields {
  createdAt: string;
}

/** `count` customers with distinct phones, created over the `spanDays` before `until`. */
export function* sampleCustomers(
  count: number,
  options: { seed: number; until: Date; spanDays?: number },
): Generator<SampleCustomer> {
  const random = generator(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const digits = (length: number) => Array.from({ length }, () => Math.floor(random() * 10)).join('');
  const spanMs = (options.spanDays ?? 3 * 365) * 86_400_000;
  const used = new Set<string>();

  for (let index = 0; index < count; index += 1) {
    const kind = random();
    let phone: string;
    do {
      if (kind < 0.85) phone = `+86${pick(mobilePrefixes)}${digits(8)}`;
      else if (kind < 0.95) {
        const area = pick(areaCodes);
        phone = `+86${area.slice(1)}${digits(area.length === 3 ? 8 : 7)}`;
      } else phone = `+44 20 7${digits(3)} ${digits(4)}`.replace(/\s/gu, '');
    } while (used.has(phone));
    used.add(phone);

    const latin = kind >= 0.95 || random() < 0.04;
    const name = latin
      ? `${pick(latinFirst)} ${pick(latinLast)}`
      : `${pick(surnames)}${pick(givenChars)}${random() < 0.6 ? pick(givenChars) : ''}`;
    const createdAt = new Date(options.until.getTime() - Math.floor(random() * spanMs)).toISOString();
    yield {
      name,
      phone,
      company: random() < 0.08 ? pick(companies) : '',
      address: random() < 0.3 ? `${pick(districts)} ${1 + Math.floor(random() * 999)} 号` : '',
      notes: '',
      createdAt,
    };
  }
}
