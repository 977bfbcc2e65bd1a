import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { code as codeSchema } from '../../../../shared/contract';
import { assignCodes, MAX_CODE_LENGTH, newItemKey, slugFromName, type CodedItem } from './codes';
import { faultCodes, newFault, newSubFault } from './categories-form';

const item = (code: string, en: string, zh = '', key = 'k1'): CodedItem => ({ key, code, name: { 'zh-CN': zh, en } });

describe('codes for new items', () => {
  it.each([
    ['Smart watch', 'smart-watch'],
    ['  Display fault (flicker, black, lines) ', 'display-fault-flicker-black-lines'],
    ['Café crème', 'cafe-creme'],
    ['SIM card / eSIM', 'sim-card-esim'],
    ['Ｆｕｌｌ　ｗｉｄｔｈ ２', 'full-width-2'],
    ['智能手表', ''],
    ['---', ''],
  ])('%j becomes %j', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  it('keep saved codes and make new ones from the English name, unique in the list', () => {
    const items = [item('phone', 'Mobile phone'), item('', 'Phone'), item('', 'Phone', '', 'k2'), item('', 'Mobile')];
    expect(assignCodes(items)).toEqual(['phone', 'phone-2', 'phone-3', 'mobile']);
  });

  it('fall back to c- and the item key when there is no English name', () => {
    expect(assignCodes([item('', '', '智能手表', 'x7k2p9')])).toEqual(['c-x7k2p9']);
  });

  it('avoid codes already taken elsewhere (a sub-fault among its category’s faults)', () => {
    expect(assignCodes([item('', 'Screen')], { taken: ['screen'] })).toEqual(['screen-2']);
  });

  it('put a sub-fault under its fault, new or saved', () => {
    const screen = { ...newFault(), code: 'screen', name: { 'zh-CN': '屏幕', en: 'Screen' } };
    screen.children = [{ ...newSubFault(), name: { 'zh-CN': '触摸失灵', en: 'Touch' } }];
    const strap = { ...newFault(), name: { 'zh-CN': '表带', en: 'Strap' } };
    strap.children = [{ ...newSubFault(), name: { 'zh-CN': '断裂', en: 'Broken' } }];
    expect(faultCodes([screen, strap])).toEqual({
      codes: ['screen', 'strap'],
      children: [['screen-touch'], ['strap-broken']],
    });
  });

  it('always give a code the contract accepts, however long or odd the name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 8 }),
        fc.string(),
        (names, prefix) => {
          const items = names.map((name) => item('', name, '', newItemKey()));
          const codes = assignCodes(items, { prefix: slugFromName(prefix, 20) });
          expect(new Set(codes).size).toBe(codes.length);
          for (const generated of codes) {
            expect(generated.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
            expect(codeSchema.safeParse(generated).success).toBe(true);
          }
        },
      ),
    );
  });
});
