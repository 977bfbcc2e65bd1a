import type {
  LocalizedText,
  ProductCategory,
  ServiceSettings,
  SolutionTemplate,
} from '../../../shared/contract/service-settings';
import type { EstimateLineKind } from '../../../shared/domain/fees';

/**
 * What a new shop starts with: common product categories of a household-appliance and
 * electronics service centre, their usual faults, solutions and prices, in both languages.
 * A manager changes any of it in Settings.
 */

const text = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const item = (code: string, zh: string, en: string) => ({ code, name: text(zh, en) });
const fault = (code: string, zh: string, en: string, children: ReturnType<typeof item>[] = []) => ({
  ...item(code, zh, en),
  children,
});

const checks = (productCategory: string, items: [string, string][]) => ({
  productCategory,
  items: items.map(([zh, en]) => text(zh, en)),
});
const powerAndLooks: [string, string][] = [
  ['开关机正常', 'Powers on and off'],
  ['外观与送修时一致，无新增划痕', 'Looks as it came in: no new scratches'],
];

/** What QC checks per category before a device goes on the shelf. */
const qcChecklists = [
  checks('phone', [
    ...powerAndLooks,
    ['屏幕显示与触摸正常', 'Display and touch work'],
    ['通话、扬声器与麦克风正常', 'Calls, speaker and microphone work'],
    ['充电正常', 'Charges'],
    ['摄像头与面容/指纹识别正常', 'Cameras and face / fingerprint unlock work'],
    ['按键正常', 'Buttons work'],
  ]),
  checks('laptop', [
    ...powerAndLooks,
    ['屏幕显示正常', 'Display works'],
    ['键盘与触控板正常', 'Keyboard and touchpad work'],
    ['充电与电池正常', 'Charges, battery holds'],
    ['接口与无线网络正常', 'Ports and Wi-Fi work'],
  ]),
  checks('tablet', [...powerAndLooks, ['屏幕显示与触摸正常', 'Display and touch work'], ['充电正常', 'Charges']]),
  checks('tv', [
    ...powerAndLooks,
    ['图像与声音正常', 'Picture and sound'],
    ['遥控与信号源切换正常', 'Remote and inputs work'],
  ]),
  checks('air-conditioner', [
    ['制冷与制热正常', 'Cools and heats'],
    ['运行无异响、无漏水', 'Runs quietly, no leaks'],
    ['遥控正常', 'Remote works'],
  ]),
  checks('fridge', [
    ['制冷正常', 'Cools'],
    ['运行无异响', 'Runs quietly'],
    ['门封良好', 'Door seals'],
  ]),
  checks('washer', [
    ['进水、排水正常', 'Fills and drains'],
    ['脱水正常', 'Spins'],
    ['运行无异响、无漏水', 'Runs quietly, no leaks'],
  ]),
  checks('small-appliance', [...powerAndLooks, ['主要功能正常', 'Main function works']]),
];

const productCategories: ProductCategory[] = [
  {
    ...item('phone', '手机', 'Mobile phone'),
    makerWarrantyMonths: 12,
    faults: [
      fault('screen', '屏幕', 'Screen', [
        item('screen-cracked', '屏幕碎裂', 'Cracked screen'),
        item('screen-display', '显示异常（花屏、黑屏、亮线）', 'Display fault (flicker, black, lines)'),
        item('screen-touch', '触摸失灵', 'Touch not responding'),
      ]),
      fault('battery', '电池与充电', 'Battery and charging', [
        item('battery-drain', '耗电快、续航短', 'Drains fast'),
        item('battery-no-charge', '无法充电', 'Does not charge'),
        item('battery-swollen', '电池鼓包', 'Swollen battery'),
      ]),
      fault('power', '开关机', 'Power', [
        item('power-dead', '无法开机', 'Does not turn on'),
        item('power-restart', '自动重启、死机', 'Restarts or freezes'),
      ]),
      fault('audio', '声音', 'Audio', [
        item('audio-speaker', '扬声器无声或破音', 'Speaker silent or distorted'),
        item('audio-mic', '通话对方听不到', 'Microphone not heard'),
      ]),
      fault('camera', '摄像头', 'Camera'),
      fault('signal', '信号与网络', 'Signal and network'),
      fault('liquid', '进液', 'Liquid damage'),
      fault('software', '系统与软件', 'System and software'),
    ],
  },
  {
    ...item('laptop', '笔记本电脑', 'Laptop'),
    makerWarrantyMonths: 24,
    faults: [
      fault('screen', '屏幕', 'Screen', [
        item('screen-cracked', '屏幕碎裂', 'Cracked screen'),
        item('screen-display', '显示异常', 'Display fault'),
      ]),
      fault('keyboard', '键盘与触控板', 'Keyboard and touchpad'),
      fault('battery', '电池与充电', 'Battery and charging'),
      fault('power', '无法开机', 'Does not turn on'),
      fault('overheat', '发热、风扇噪音', 'Overheating, fan noise'),
      fault('storage', '硬盘与数据', 'Storage and data'),
      fault('software', '系统与软件', 'System and software'),
      fault('liquid', '进液', 'Liquid damage'),
    ],
  },
  {
    ...item('tablet', '平板电脑', 'Tablet'),
    makerWarrantyMonths: 12,
    faults: [
      fault('screen', '屏幕', 'Screen'),
      fault('battery', '电池与充电', 'Battery and charging'),
      fault('power', '无法开机', 'Does not turn on'),
      fault('software', '系统与软件', 'System and software'),
    ],
  },
  {
    ...item('tv', '电视', 'Television'),
    makerWarrantyMonths: 36,
    faults: [
      fault('no-picture', '有声无图', 'Sound but no picture'),
      fault('no-power', '无法开机', 'Does not turn on'),
      fault('panel', '屏幕亮线、暗斑', 'Panel lines or dark spots'),
      fault('remote', '遥控失灵', 'Remote control not working'),
      fault('network', '网络与应用', 'Network and apps'),
    ],
  },
  {
    ...item('air-conditioner', '空调', 'Air conditioner'),
    makerWarrantyMonths: 72,
    faults: [
      fault('not-cooling', '不制冷、不制热', 'Not cooling or heating'),
      fault('leak', '漏水', 'Water leak'),
      fault('noise', '噪音大', 'Noisy'),
      fault('error-code', '显示故障代码', 'Shows an error code'),
      fault('install', '移机、安装', 'Move or install'),
    ],
  },
  {
    ...item('fridge', '冰箱', 'Refrigerator'),
    makerWarrantyMonths: 36,
    faults: [
      fault('not-cooling', '不制冷', 'Not cooling'),
      fault('frost', '结霜、结冰', 'Frost or ice build-up'),
      fault('noise', '噪音大', 'Noisy'),
      fault('leak', '漏水', 'Water leak'),
    ],
  },
  {
    ...item('washer', '洗衣机', 'Washing machine'),
    makerWarrantyMonths: 36,
    faults: [
      fault('no-spin', '不脱水、不转', 'Does not spin'),
      fault('leak', '漏水', 'Water leak'),
      fault('noise', '震动、噪音大', 'Vibration or noise'),
      fault('error-code', '显示故障代码', 'Shows an error code'),
    ],
  },
  {
    ...item('small-appliance', '小家电', 'Small appliance'),
    makerWarrantyMonths: 12,
    faults: [fault('no-power', '不通电', 'No power'), fault('function', '功能失灵', 'A function does not work')],
  },
];

const line = (
  kind: EstimateLineKind,
  zh: string,
  en: string,
  unitPriceFen: number,
  options: { quantity?: number; warrantyCovered?: boolean } = {},
) => ({
  kind,
  description: text(zh, en),
  quantity: options.quantity ?? 1,
  unitPriceFen,
  warrantyCovered: options.warrantyCovered ?? true,
});

const inspection = line('labor', '检测费', 'Inspection', 5000);

const solutionTemplates: SolutionTemplate[] = [
  {
    code: 'phone-screen-replace',
    productCategory: 'phone',
    faultCategory: 'screen-cracked',
    name: text('更换屏幕总成', 'Replace the screen assembly'),
    solution: text(
      '更换原厂屏幕总成，更换后检测显示、触摸与面容识别。人为碎屏不在保修范围内。',
      'Replace the screen assembly with a genuine part, then test display, touch and face unlock. A screen broken by a drop is not covered by warranty.',
    ),
    lines: [
      line('part', '屏幕总成', 'Screen assembly', 88000, { warrantyCovered: false }),
      line('labor', '维修工时', 'Labour', 8000, { warrantyCovered: false }),
    ],
    typicalMinutes: 90,
  },
  {
    code: 'phone-display-diagnose',
    productCategory: 'phone',
    faultCategory: 'screen-display',
    name: text('检测显示故障', 'Diagnose the display fault'),
    solution: text(
      '检测排线与主板，确认故障部件后报价，客户同意后维修。',
      'Check the flex cable and main board, quote once the faulty part is known, repair after the customer approves.',
    ),
    lines: [inspection],
    typicalMinutes: 60,
  },
  {
    code: 'phone-battery-replace',
    productCategory: 'phone',
    faultCategory: 'battery',
    name: text('更换电池', 'Replace the battery'),
    solution: text(
      '检测电池健康度，低于 80% 更换原厂电池。',
      'Check battery health; below 80% replace it with a genuine battery.',
    ),
    lines: [line('part', '原厂电池', 'Genuine battery', 29900), line('labor', '维修工时', 'Labour', 3000)],
    typicalMinutes: 45,
  },
  {
    code: 'phone-liquid',
    productCategory: 'phone',
    faultCategory: 'liquid',
    name: text('进液清洗检测', 'Liquid damage clean and test'),
    solution: text(
      '拆机清洗、烘干，检测主板后报价。进液不在保修范围内，数据可能无法恢复。',
      'Open, clean and dry the phone, test the main board, then quote. Liquid damage is not covered by warranty; data may not be recoverable.',
    ),
    lines: [line('labor', '清洗检测费', 'Cleaning and inspection', 10000, { warrantyCovered: false })],
    typicalMinutes: 240,
  },
  {
    code: 'phone-software',
    productCategory: 'phone',
    faultCategory: 'software',
    name: text('系统刷机升级', 'Reinstall or update the system'),
    solution: text(
      '备份数据后升级或重装系统。请客户先自行备份重要数据。',
      'Back up data, then update or reinstall the system. The customer should back up important data first.',
    ),
    lines: [line('labor', '软件服务费', 'Software service', 5000)],
    typicalMinutes: 60,
  },
  {
    code: 'laptop-keyboard',
    productCategory: 'laptop',
    faultCategory: 'keyboard',
    name: text('更换键盘', 'Replace the keyboard'),
    solution: text('更换键盘（C 壳总成），测试全部按键。', 'Replace the keyboard (top case), test every key.'),
    lines: [line('part', '键盘 C 壳总成', 'Keyboard top case', 45000), line('labor', '维修工时', 'Labour', 10000)],
    typicalMinutes: 120,
  },
  {
    code: 'laptop-clean',
    productCategory: 'laptop',
    faultCategory: 'overheat',
    name: text('清灰换硅脂', 'Clean fans and renew thermal paste'),
    solution: text(
      '清理风扇与散热模组，更换导热硅脂，压力测试温度。',
      'Clean fans and heat sink, renew thermal paste, stress-test temperatures.',
    ),
    lines: [line('labor', '清洁保养', 'Cleaning service', 12000, { warrantyCovered: false })],
    typicalMinutes: 90,
  },
  {
    code: 'laptop-diagnose',
    productCategory: 'laptop',
    faultCategory: '',
    name: text('检测后报价', 'Diagnose, then quote'),
    solution: text(
      '全面检测，确认故障后报价，客户同意后维修。',
      'Full diagnosis; quote once the fault is known; repair after approval.',
    ),
    lines: [inspection],
    typicalMinutes: 120,
  },
  {
    code: 'tv-panel',
    productCategory: 'tv',
    faultCategory: 'no-picture',
    name: text('检测背光与主板', 'Check backlight and main board'),
    solution: text(
      '检测背光灯条、电源板与主板，确认后更换故障部件。',
      'Test backlight strips, power board and main board; replace the faulty part.',
    ),
    lines: [inspection, line('on-site', '上门服务费', 'Home visit', 6000)],
    typicalMinutes: 180,
  },
  {
    code: 'ac-refrigerant',
    productCategory: 'air-conditioner',
    faultCategory: 'not-cooling',
    name: text('检漏加氟', 'Find the leak and recharge refrigerant'),
    solution: text(
      '上门检测压力与漏点，补焊后加注冷媒。',
      'Visit, test pressure and find the leak, braze it and recharge refrigerant.',
    ),
    lines: [
      line('part', '冷媒（R32）', 'Refrigerant (R32)', 15000),
      line('labor', '检漏补焊', 'Leak repair', 10000),
      line('on-site', '上门服务费', 'Home visit', 6000),
    ],
    typicalMinutes: 120,
  },
  {
    code: 'ac-install',
    productCategory: 'air-conditioner',
    faultCategory: 'install',
    name: text('空调移机安装', 'Move and install an air conditioner'),
    solution: text(
      '拆机、移机、安装与试机，铜管超出 3 米另计。',
      'Remove, move, install and test; pipe beyond 3 m is charged extra.',
    ),
    lines: [
      line('labor', '移机安装', 'Move and install', 30000, { warrantyCovered: false }),
      line('on-site', '上门服务费', 'Home visit', 6000, { warrantyCovered: false }),
    ],
    typicalMinutes: 180,
  },
  {
    code: 'fridge-not-cooling',
    productCategory: 'fridge',
    faultCategory: 'not-cooling',
    name: text('检测制冷系统', 'Check the cooling system'),
    solution: text(
      '上门检测压缩机、温控与冷媒，确认后报价。',
      'Visit, test compressor, thermostat and refrigerant, then quote.',
    ),
    lines: [inspection, line('on-site', '上门服务费', 'Home visit', 6000)],
    typicalMinutes: 120,
  },
  {
    code: 'washer-drain',
    productCategory: 'washer',
    faultCategory: 'no-spin',
    name: text('检测排水与电机', 'Check drain pump and motor'),
    solution: text('检测排水泵、门锁与电机，清理排水通道。', 'Test drain pump, door lock and motor; clear the drain.'),
    lines: [inspection, line('on-site', '上门服务费', 'Home visit', 6000)],
    typicalMinutes: 90,
  },
];

const accessories = [
  item('charger', '充电器', 'Charger'),
  item('cable', '数据线', 'Cable'),
  item('box', '包装盒', 'Box'),
  item('case', '保护壳', 'Case'),
  item('sim', 'SIM 卡', 'SIM card'),
  item('memory-card', '存储卡', 'Memory card'),
  item('remote', '遥控器', 'Remote control'),
  item('invoice', '发票', 'Invoice'),
  item('warranty-card', '保修卡', 'Warranty card'),
];

const conditions = [
  item('scratches', '划痕', 'Scratches'),
  item('dents', '磕碰、凹陷', 'Dents'),
  item('cracked-screen', '屏幕碎裂', 'Cracked screen'),
  item('cracked-back', '后盖破裂', 'Cracked back'),
  item('liquid-marks', '进液痕迹', 'Liquid marks'),
  item('bent', '弯曲变形', 'Bent'),
  item('missing-screws', '螺丝缺失', 'Missing screws'),
  item('seal-broken', '曾被拆修', 'Opened before'),
  item('no-power', '无法开机，外观检查', 'Does not turn on (outside checked only)'),
];

const terms = {
  device: text(
    '1. 送修前请自行备份数据，维修可能导致数据丢失，本店不承担数据丢失责任。\n' +
      '2. 检测后如需更换部件或费用超出预估，将先征得您的同意。\n' +
      '3. 维修完成通知取机之日起 90 天内未取机，本店将按规定处理。\n' +
      '4. 取机时请出示本单据。',
    '1. Please back up your data first: a repair may erase it, and we cannot be responsible for lost data.\n' +
      '2. If parts are needed or the cost will exceed the estimate, we ask you before going on.\n' +
      '3. Products not collected within 90 days of our "ready" notice are handled as the rules allow.\n' +
      '4. Please bring this receipt when you collect your product.',
  ),
  returnOrExchange: text(
    '1. 退换货需符合三包规定，请保留发票与完整包装、配件。\n' +
      '2. 经检测确认性能故障后办理，检测结果将告知您。\n' +
      '3. 人为损坏不在退换范围内。',
    '1. Returns and exchanges follow the statutory warranty rules; keep the invoice, packaging and accessories.\n' +
      '2. They go ahead once a test confirms a performance fault; we tell you the result.\n' +
      '3. Damage caused by use is not covered.',
  ),
  installation: text(
    '1. 上门时间以预约为准，师傅到达前会电话联系。\n2. 辅材按实际使用收费，收费前告知您。',
    '1. The visit is at the booked time; the technician calls before arriving.\n2. Materials are charged as used; you are told before paying.',
  ),
  consultation: text('咨询答复仅供参考，以检测结果为准。', 'Advice given at the counter is a guide; a test decides.'),
  complaint: text(
    '我们将在承诺时间内联系您并给出处理意见，处理结果将电话回访确认。',
    'We will contact you with our answer by the promised time and call back to confirm you are satisfied.',
  ),
};

export function defaultServiceSettings(): ServiceSettings {
  return {
    serviceTypes: {
      repair: { enabled: true, defaultPriority: 'normal', terms: terms.device },
      return: { enabled: true, defaultPriority: 'normal', terms: terms.returnOrExchange },
      exchange: { enabled: true, defaultPriority: 'normal', terms: terms.returnOrExchange },
      installation: { enabled: true, defaultPriority: 'normal', terms: terms.installation },
      consultation: { enabled: true, defaultPriority: 'normal', terms: terms.consultation },
      complaint: { enabled: true, defaultPriority: 'urgent', terms: terms.complaint },
    },
    productCategories,
    solutionTemplates,
    accessories,
    conditions,
    repairWarrantyDays: 90,
    businessHours: {
      timeZone: 'Asia/Shanghai',
      weekly: [
        { open: '10:00', close: '17:00' },
        { open: '09:00', close: '18:00' },
        { open: '09:00', close: '18:00' },
        { open: '09:00', close: '18:00' },
        { open: '09:00', close: '18:00' },
        { open: '09:00', close: '18:00' },
        { open: '09:00', close: '18:00' },
      ],
      holidays: ['2027-02-05', '2027-02-06', '2027-02-07'],
      extraWorkdays: [],
      makeUpHours: { open: '09:00', close: '18:00' },
    },
    slaTargetHours: { normal: 27, urgent: 9, critical: 4 },
    pickup: {
      discountLimitFen: 5_000,
      abandonAfterDays: 90,
      messages: {
        ready: text(
          '{{customer}}您好，您在{{shop}}送修的设备（单号 {{number}}）已修好，应付 {{amount}}。请凭取机单于营业时间（{{hours}}）来取。',
          'Hello {{customer}}, your device (ticket {{number}}) is ready at {{shop}}. Amount due: {{amount}}. Please collect it with your receipt during opening hours ({{hours}}).',
        ),
        returned: text(
          '{{customer}}您好，您在{{shop}}送修的设备（单号 {{number}}）这次未能维修，请凭取机单于营业时间（{{hours}}）来取回。',
          'Hello {{customer}}, we could not repair your device (ticket {{number}}) at {{shop}} this time. Please collect it with your receipt during opening hours ({{hours}}).',
        ),
        approval: text(
          '{{customer}}您好，您在{{shop}}送修的设备（单号 {{number}}）已检测完毕，维修费用 {{amount}}，需要您确认后才能开始维修。请回电或到店确认。',
          'Hello {{customer}}, we have diagnosed your device (ticket {{number}}) at {{shop}}. The repair comes to {{amount}} and needs your go-ahead before we start. Please call us back or drop by.',
        ),
        reminder: text(
          '{{customer}}您好，提醒您：您在{{shop}}的设备（单号 {{number}}）仍在等您来取，应付 {{amount}}。营业时间：{{hours}}。',
          'Hello {{customer}}, a reminder that your device (ticket {{number}}) is still waiting for you at {{shop}}. Amount due: {{amount}}. Opening hours: {{hours}}.',
        ),
      },
    },
    workflow: {
      diagnosticFeeFen: 0,
      pausingStates: ['awaiting-approval', 'awaiting-parts', 'on-hold'],
      // First response within 4 business hours (the norms allow 24 at most); parts within 5 working days; QC the same day.
      stateLimits: { received: { hours: 4 }, 'awaiting-parts': { hours: 45 }, qa: { sameDay: true } },
      qcChecklists,
    },
  };
}
