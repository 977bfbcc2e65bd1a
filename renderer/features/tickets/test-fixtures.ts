import type { ServiceSettings, TicketDetail, TicketSummary } from '../../../shared/contract';

/** Just enough service settings for the Tickets screens' tests: one category with a fault tree, two checklists. */
export const serviceSettings: ServiceSettings = {
  serviceTypes: {
    repair: { enabled: true, defaultPriority: 'normal', terms: { 'zh-CN': '', en: 'Terms' } },
    return: { enabled: true, defaultPriority: 'normal', terms: { 'zh-CN': '', en: 'Terms' } },
    exchange: { enabled: true, defaultPriority: 'normal', terms: { 'zh-CN': '', en: 'Terms' } },
    installation: { enabled: true, defaultPriority: 'normal', terms: { 'zh-CN': '', en: 'Terms' } },
    consultation: { enabled: true, defaultPriority: 'normal', terms: { 'zh-CN': '', en: 'Terms' } },
    complaint: { enabled: true, defaultPriority: 'urgent', terms: { 'zh-CN': '', en: 'Terms' } },
  },
  productCategories: [
    {
      code: 'phone',
      name: { 'zh-CN': '手机', en: 'Mobile phone' },
      makerWarrantyMonths: 12,
      faults: [
        {
          code: 'screen',
          name: { 'zh-CN': '屏幕', en: 'Screen' },
          children: [{ code: 'screen-cracked', name: { 'zh-CN': '屏幕碎裂', en: 'Cracked screen' } }],
        },
        { code: 'liquid', name: { 'zh-CN': '进液', en: '' }, children: [] },
      ],
    },
  ],
  solutionTemplates: [],
  accessories: [
    { code: 'charger', name: { 'zh-CN': '充电器', en: 'Charger' } },
    { code: 'case', name: { 'zh-CN': '保护壳', en: 'Case' } },
  ],
  conditions: [{ code: 'scratches', name: { 'zh-CN': '划痕', en: 'Scratches' } }],
  repairWarrantyDays: 90,
  businessHours: {
    timeZone: 'Asia/Shanghai',
    weekly: Array.from({ length: 7 }, () => ({ open: '09:00', close: '18:00' })),
    holidays: [],
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
      ready: { 'zh-CN': '', en: 'Hello {{customer}}, {{number}} is ready: {{amount}}' },
      returned: { 'zh-CN': '', en: 'Ticket {{number}} goes back unrepaired' },
      approval: { 'zh-CN': '', en: 'Please approve {{amount}}' },
      reminder: { 'zh-CN': '', en: 'Reminder: {{number}}' },
    },
  },
};

const hour = 3_600_000;

export function ticketSummary(overrides: Partial<TicketSummary> = {}): TicketSummary {
  // Due when promised unless told otherwise: a ticket whose clock runs, with no state limit sooner.
  const promisedAt =
    'promisedAt' in overrides ? (overrides.promisedAt ?? null) : new Date(Date.now() + 5 * hour).toISOString();
  return {
    id: 7,
    number: '20261125-0007',
    serviceType: 'repair',
    state: 'received',
    priority: 'urgent',
    customerId: 3,
    customerName: 'Mary Major',
    customerPhone: '138****5678',
    productCategory: 'phone',
    deviceLabel: 'Huawei Mate 60',
    faultCategory: 'screen-cracked',
    faultDescription: 'Dropped it; the screen is cracked',
    warrantyStatus: 'maker',
    totalFen: 96000,
    promisedAt,
    dueAt: promisedAt,
    dueFor: promisedAt === null ? null : 'promise',
    createdAt: new Date(Date.now() - hour).toISOString(),
    receptionistName: 'Rita Reception',
    technicianName: null,
    ...overrides,
  };
}

export function ticketDetail(overrides: Partial<TicketDetail> = {}): TicketDetail {
  const summary = ticketSummary(overrides);
  return {
    ...summary,
    customer: {
      id: summary.customerId,
      name: summary.customerName,
      phone: '138 1234 5678',
      phoneMasked: '138****5678',
      phoneKind: 'mobile',
      company: '',
      address: '',
      notes: '',
      createdAt: summary.createdAt,
      updatedAt: summary.createdAt,
    },
    device: {
      id: 4,
      customerId: summary.customerId,
      productCategory: 'phone',
      brand: 'Huawei',
      model: 'Mate 60',
      serial: 'HW60A1234567',
      purchaseDate: '2026-06-25',
      purchaseChannel: 'JD.com',
      makerWarrantyMonths: 12,
      lastRepair: null,
    },
    relatedTicket: null,
    comebackOf: null,
    comebacks: [],
    accessories: ['charger', 'case'],
    accessoriesNote: '',
    conditions: ['scratches'],
    conditionNote: 'Dent on the back',
    hasDevicePassword: true,
    warranty: {
      status: 'maker',
      coveredUntil: '2027-06-24',
      reason: { key: 'warranty.reason.maker', params: { months: 12, until: '2027-06-24' } },
    },
    solution: 'Replace the screen assembly',
    resolution: '',
    lines: [
      { kind: 'part', description: 'Screen assembly', quantity: 1, unitPriceFen: 88000, warrantyCovered: false },
      { kind: 'labor', description: 'Labour', quantity: 1, unitPriceFen: 8000, warrantyCovered: false },
    ],
    fees: {
      lines: [
        { amountFen: 88000, coveredFen: 0 },
        { amountFen: 8000, coveredFen: 0 },
      ],
      byKind: { part: 88000, labor: 8000, 'on-site': 0, other: 0 },
      subtotalFen: 96000,
      warrantyCoverFen: 0,
      discountFen: 0,
      totalFen: 96000,
    },
    costLimitFen: 120000,
    promisedComputedAt: null,
    promisedChangeReason: '',
    consentMethod: 'tick',
    consentAt: summary.createdAt,
    intakeChannel: 'walk-in',
    signaturePng: null,
    closedAt: null,
    events: [
      {
        id: 1,
        at: summary.createdAt,
        actorName: 'Rita Reception',
        kind: 'intake',
        fromState: null,
        toState: 'received',
        note: '',
        facts: {},
      },
    ],
    version: 1,
    technician: null,
    diagnosis: null,
    bill: null,
    approvedFen: 120000,
    workDone: '',
    storageLocation: '',
    shelvedAt: null,
    ledger: {
      entries: [
        {
          id: 1,
          kind: 'deposit',
          method: 'wechat',
          amountFen: 10000,
          tenderedFen: null,
          changeFen: 0,
          reference: '',
          reversesId: null,
          reversedById: null,
          reason: '',
          staffName: 'Rita Reception',
          at: summary.createdAt,
        },
      ],
      summary: { depositFen: 10000, paymentsFen: 0, refundsFen: 0, paidFen: 10000 },
      balanceFen: 86000,
    },
    pickup: null,
    allowedActions: ['assign', 'hold', 'return-unrepaired', 'cancel'],
    ...overrides,
  };
}
