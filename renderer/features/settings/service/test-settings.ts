import type { LocalizedText, ServiceSettings } from '../../../../shared/contract';

const text = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const terms = text('条款', 'Terms');

/** Service settings small enough to read in a test: two categories, two templates, short checklists. */
export function testSettings(): ServiceSettings {
  return {
    serviceTypes: {
      repair: { enabled: true, defaultPriority: 'normal', terms },
      return: { enabled: true, defaultPriority: 'normal', terms },
      exchange: { enabled: false, defaultPriority: 'normal', terms },
      installation: { enabled: true, defaultPriority: 'normal', terms },
      consultation: { enabled: true, defaultPriority: 'normal', terms },
      complaint: { enabled: true, defaultPriority: 'urgent', terms },
    },
    productCategories: [
      {
        code: 'phone',
        name: text('手机', 'Mobile phone'),
        makerWarrantyMonths: 12,
        faults: [
          {
            code: 'screen',
            name: text('屏幕', 'Screen'),
            children: [{ code: 'screen-cracked', name: text('屏幕碎裂', 'Cracked screen') }],
          },
          { code: 'battery', name: text('电池', 'Battery'), children: [] },
        ],
      },
      { code: 'tv', name: text('电视', 'Television'), makerWarrantyMonths: 36, faults: [] },
    ],
    solutionTemplates: [
      {
        code: 'phone-screen-replace',
        productCategory: 'phone',
        faultCategory: 'screen-cracked',
        name: text('更换屏幕总成', 'Replace the screen assembly'),
        solution: text('更换原厂屏幕总成。', 'Fit a genuine screen assembly.'),
        lines: [
          {
            kind: 'part',
            description: text('屏幕总成', 'Screen assembly'),
            quantity: 1,
            unitPriceFen: 88000,
            warrantyCovered: false,
          },
          {
            kind: 'labor',
            description: text('维修工时', 'Labour'),
            quantity: 2,
            unitPriceFen: 4005,
            warrantyCovered: true,
          },
        ],
        typicalMinutes: 90,
      },
      {
        code: 'tv-diagnose',
        productCategory: 'tv',
        faultCategory: '',
        name: text('检测后报价', 'Diagnose, then quote'),
        solution: text('检测后报价。', 'Diagnose, then quote.'),
        lines: [],
        typicalMinutes: 60,
      },
    ],
    accessories: [{ code: 'charger', name: text('充电器', 'Charger') }],
    conditions: [{ code: 'scratches', name: text('划痕', 'Scratches') }],
    repairWarrantyDays: 90,
    businessHours: {
      timeZone: 'Asia/Shanghai',
      weekly: [
        null,
        { open: '09:00', close: '18:00' },
        { open: '09:00', close: '18:00' },
        { open: '09:00', close: '18:00' },
        { open: '09:00', close: '18:00' },
        { open: '09:00', close: '18:00' },
        { open: '10:00', close: '16:00' },
      ],
      holidays: ['2027-02-06', '2027-02-05'],
      extraWorkdays: [],
      makeUpHours: { open: '09:00', close: '18:00' },
    },
    slaTargetHours: { normal: 27, urgent: 9, critical: 4 },
    workflow: {
      diagnosticFeeFen: 0,
      pausingStates: ['awaiting-approval', 'awaiting-parts', 'on-hold'],
      stateLimits: { received: { hours: 4 }, qa: { sameDay: true } },
      qcChecklists: [],
    },
    pickup: {
      discountLimitFen: 5000,
      abandonAfterDays: 90,
      messages: {
        ready: text('{{customer}}您好，设备已修好', 'Hello {{customer}}, ticket {{number}} is ready: {{amount}}'),
        returned: text('设备未修，请取回', 'Ticket {{number}} goes back unrepaired'),
        approval: text('请确认报价', 'Please approve {{amount}}'),
        reminder: text('提醒取机', 'Reminder: {{number}}'),
      },
    },
  };
}
