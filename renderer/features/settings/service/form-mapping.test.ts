import { describe, expect, it } from 'vitest';
import { businessHoursMapping } from './business-hours-form';
import { categoriesMapping, newCategory, newFault } from './categories-form';
import { checklistsMapping, newCodedItem } from './checklists-form';
import { carryKeys, clearerMessage, sectionProblems, type SectionMapping } from './section-mapping';
import { serviceTypesMapping } from './service-types-form';
import { newTemplate, newTemplateLine, templatesMapping } from './templates-form';
import { testSettings } from './test-settings';
import { normalizeDate, normalizeTime } from './typed-time';
import { pickupMapping } from './pickup-form';
import { warrantyMapping } from './warranty-form';

/** A form's values sent back unchanged: what the section would save. */
function roundTrip<Values>(mapping: SectionMapping<Values>) {
  const { update, problems } = mapping.toUpdate(mapping.toValues(testSettings()));
  return { update, problems };
}

describe('section forms', () => {
  it('send back exactly what they were given when nothing is changed', () => {
    const settings = testSettings();
    expect(roundTrip(serviceTypesMapping).update).toEqual({ serviceTypes: settings.serviceTypes });
    expect(roundTrip(warrantyMapping).update).toEqual({
      repairWarrantyDays: settings.repairWarrantyDays,
      slaTargetHours: settings.slaTargetHours,
    });
    expect(roundTrip(categoriesMapping).update).toEqual({ productCategories: settings.productCategories });
    expect(roundTrip(templatesMapping).update).toEqual({ solutionTemplates: settings.solutionTemplates });
    expect(roundTrip(checklistsMapping).update).toEqual({
      accessories: settings.accessories,
      conditions: settings.conditions,
    });
    expect(roundTrip(pickupMapping).update).toEqual({ pickup: settings.pickup });
    // Dates come back sorted, once each.
    expect(roundTrip(businessHoursMapping).update).toEqual({
      businessHours: { ...settings.businessHours, holidays: ['2027-02-05', '2027-02-06'] },
    });
  });

  it('edit prices in yuan and store them in fen', () => {
    const values = templatesMapping.toValues(testSettings());
    expect(values.solutionTemplates[0]?.lines.map((line) => line.unitPrice)).toEqual(['880.00', '40.05']);

    const line = (unitPrice: string) => ({ ...newTemplateLine(), unitPrice });
    values.solutionTemplates[1]!.lines = [line('128.5'), line('¥1,280'), line(''), line('0.1')];
    const { update, problems } = templatesMapping.toUpdate(values);
    expect(problems).toEqual({});
    expect(update.solutionTemplates?.[1]?.lines.map((saved) => saved.unitPriceFen)).toEqual([12850, 128000, 0, 10]);
  });

  it('say beside the price field when it is not an amount, or too large', () => {
    const values = templatesMapping.toValues(testSettings());
    values.solutionTemplates[0]!.lines[0]!.unitPrice = '12.345';
    values.solutionTemplates[0]!.lines[1]!.unitPrice = '2000000';
    expect(sectionProblems(templatesMapping, values)).toEqual({
      'solutionTemplates.0.lines.0.unitPrice': { key: 'validation.money' },
      'solutionTemplates.0.lines.1.unitPrice': { key: 'fees.problem.lineTooLarge', params: { max: '1000000.00' } },
    });
  });

  it('edit the pickup’s discount limit in yuan, and say beside each field what is wrong', () => {
    const values = pickupMapping.toValues(testSettings());
    expect(values.discountLimit).toBe('50.00');
    values.discountLimit = '80';
    expect(pickupMapping.toUpdate(values).update.pickup?.discountLimitFen).toBe(8000);
    values.discountLimit = 'eighty';
    values.abandonAfterDays = 0;
    values.messages.ready = { 'zh-CN': '', en: '' };
    expect(sectionProblems(pickupMapping, values)).toEqual({
      discountLimit: { key: 'validation.money' },
      abandonAfterDays: { key: 'serviceSettings.atLeast', params: { min: 1 } },
      'messages.ready': { key: 'validation.required' },
    });
    expect(pickupMapping.formPath?.('pickup.discountLimitFen')).toBe('discountLimit');
  });

  it('map the core’s paths in fen to the yuan field', () => {
    expect(templatesMapping.formPath?.('solutionTemplates.3.lines.1.unitPriceFen')).toBe(
      'solutionTemplates.3.lines.1.unitPrice',
    );
  });

  it('find what the schema refuses, at the form’s paths, with readable messages', () => {
    const values = templatesMapping.toValues(testSettings());
    const template = newTemplate('tv');
    template.lines = [{ ...newTemplateLine(), description: { 'zh-CN': '配件', en: '' }, quantity: 0, unitPrice: '5' }];
    template.typicalMinutes = '';
    values.solutionTemplates.push(template);
    expect(sectionProblems(templatesMapping, values)).toEqual({
      'solutionTemplates.2.name': { key: 'validation.required' },
      'solutionTemplates.2.solution': { key: 'validation.required' },
      'solutionTemplates.2.typicalMinutes': { key: 'validation.required' },
      'solutionTemplates.2.lines.0.quantity': { key: 'serviceSettings.atLeast', params: { min: 1 } },
    });
    expect(clearerMessage('solutionTemplates.2.name', { key: 'validation.required' })).toEqual({
      key: 'serviceSettings.oneLanguage',
    });
    expect(clearerMessage('solutionTemplates.2.typicalMinutes', { key: 'validation.required' })).toEqual({
      key: 'validation.required',
    });
  });

  it('give new categories, faults and checklist items codes from their English names', () => {
    const categories = categoriesMapping.toValues(testSettings());
    const watch = { ...newCategory(), name: { 'zh-CN': '智能手表', en: 'Smart watch' }, makerWarrantyMonths: 24 };
    watch.faults = [{ ...newFault(), name: { 'zh-CN': '表带断裂', en: 'Broken strap' } }];
    categories.productCategories.push(watch);
    expect(categoriesMapping.toUpdate(categories).update.productCategories?.at(-1)).toEqual({
      code: 'smart-watch',
      name: { 'zh-CN': '智能手表', en: 'Smart watch' },
      makerWarrantyMonths: 24,
      faults: [{ code: 'broken-strap', name: { 'zh-CN': '表带断裂', en: 'Broken strap' }, children: [] }],
    });

    const checklists = checklistsMapping.toValues(testSettings());
    checklists.accessories.push(newCodedItem({ 'zh-CN': '充电头', en: 'Charger' }));
    expect(checklistsMapping.toUpdate(checklists).update.accessories?.map((item) => item.code)).toEqual([
      'charger',
      'charger-2',
    ]);
  });

  it('keep a closed day’s hours for when it opens again, and check hours as the SLA clock will', () => {
    const values = businessHoursMapping.toValues(testSettings());
    expect(values.businessHours.weekly[0]).toEqual({ isOpen: false, open: '09:00', close: '18:00' });
    values.businessHours.weekly[1] = { isOpen: true, open: '9:00', close: '8:30' };
    values.businessHours.makeUpHours = { open: '9', close: '1730' };
    expect(sectionProblems(businessHoursMapping, values)).toEqual({
      'businessHours.weekly.1.close': { key: 'businessHours.problem.closeBeforeOpen' },
    });
    values.businessHours.weekly[1] = { isOpen: true, open: '9:00', close: '18:00' };
    expect(businessHoursMapping.toUpdate(values).update.businessHours?.makeUpHours).toEqual({
      open: '09:00',
      close: '17:30',
    });
    values.businessHours.weekly = values.businessHours.weekly.map((day) => ({ ...day, isOpen: false }));
    values.businessHours.extraWorkdays = ['2027-02-05'];
    expect(sectionProblems(businessHoursMapping, values)).toEqual({
      'businessHours.weekly': { key: 'businessHours.problem.neverOpen' },
      'businessHours.extraWorkdays': {
        key: 'businessHours.problem.holidayAndWorkday',
        params: { date: '2027-02-05' },
      },
    });
  });

  it('refuse empty numbers and switching every service type off', () => {
    const warranty = warrantyMapping.toValues(testSettings());
    warranty.repairWarrantyDays = '';
    warranty.slaTargetHours.urgent = 5000;
    expect(sectionProblems(warrantyMapping, warranty)).toEqual({
      repairWarrantyDays: { key: 'validation.required' },
      'slaTargetHours.urgent': { key: 'serviceSettings.atMost', params: { max: 2000 } },
    });

    const types = serviceTypesMapping.toValues(testSettings());
    for (const type of Object.values(types.serviceTypes)) type.enabled = false;
    expect(sectionProblems(serviceTypesMapping, types)).toEqual({ serviceTypes: { key: 'validation.noServiceType' } });
  });

  it('carry the rows’ keys over a save, so the same rows stay open', () => {
    const before = categoriesMapping.toValues(testSettings());
    const after = categoriesMapping.toValues(testSettings());
    const carried = carryKeys(before, after);
    expect(carried.productCategories.map((category) => category.key)).toEqual(
      before.productCategories.map((category) => category.key),
    );
    expect(carried.productCategories[0]?.faults[0]?.children[0]?.key).toBe(
      before.productCategories[0]?.faults[0]?.children[0]?.key,
    );
    expect(carried.productCategories[0]?.name).toEqual(after.productCategories[0]?.name);
  });
});

describe('times and dates as typed', () => {
  it.each([
    ['9:00', '09:00'],
    ['09:30', '09:30'],
    ['0930', '09:30'],
    ['9', '09:00'],
    ['9.30', '09:30'],
    ['９：３０', '09:30'],
    ['24:00', '24:00'],
    ['9:5', '9:5'],
    ['', ''],
  ])('time %j is %j', (typed, stored) => {
    expect(normalizeTime(typed)).toBe(stored);
  });

  it.each([
    ['2027-02-05', '2027-02-05'],
    ['2027-2-5', '2027-02-05'],
    ['2027/2/5', '2027-02-05'],
    ['2027.02.05', '2027-02-05'],
    ['20270205', '2027-02-05'],
    ['2027年2月5日', '2027-02-05'],
    ['5/2/2027', '5/2/2027'],
  ])('date %j is %j', (typed, stored) => {
    expect(normalizeDate(typed)).toBe(stored);
  });
});
