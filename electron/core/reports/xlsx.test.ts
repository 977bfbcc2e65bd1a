import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx, type SheetSpec } from './xlsx';

const received: SheetSpec = {
  name: '收件',
  title: ['华东家电售后服务中心', '日报 2026-12-01 至 2026-12-02'],
  columns: [
    { header: '单号', kind: 'text' },
    { header: '收件时间', kind: 'datetime' },
    { header: '客户', kind: 'text' },
    { header: '预估', kind: 'money' },
    { header: '数量', kind: 'integer' },
    { header: '达标率', kind: 'percent' },
    { header: '承诺日期', kind: 'date' },
  ],
  rows: [
    ['20261201-0001', '2026-12-01T01:30:00.000Z', '王芳', 90_000, 2, 0.5, '2026-12-02'],
    ['20261201-0002', '2026-11-30T16:05:00.000Z', '=HYPERLINK("x")', -5_000, null, null, null],
  ],
};

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

describe('XLSX exports', () => {
  it('reads back with its title rows, a frozen filtered header, Chinese intact, typed numbers and dates on the shop clock', async () => {
    const book = await readBack(
      await writeXlsx({ timeZone: 'Asia/Shanghai', creator: 'FrontDesk', sheets: [received] }),
    );
    const sheet = book.getWorksheet('收件');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('华东家电售后服务中心');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('日报 2026-12-01 至 2026-12-02');
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      '单号',
      '收件时间',
      '客户',
      '预估',
      '数量',
      '达标率',
      '承诺日期',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.autoFilter).toBeTruthy();

    const first = sheet.getRow(5);
    expect(first.getCell(1).value).toBe('20261201-0001');
    // 01:30 UTC is 09:30 in Shanghai: the spreadsheet shows the shop's clock.
    expect(first.getCell(2).value).toEqual(new Date('2026-12-01T09:30:00.000Z'));
    expect(first.getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(first.getCell(3).value).toBe('王芳');
    expect(first.getCell(4).value).toBe(900);
    expect(first.getCell(4).numFmt).toContain('¥');
    expect(first.getCell(5).value).toBe(2);
    expect(first.getCell(6).value).toBe(0.5);
    expect(first.getCell(6).numFmt).toBe('0.0%');
    expect(first.getCell(7).value).toEqual(new Date('2026-12-02T00:00:00.000Z'));

    const second = sheet.getRow(6);
    // Past midnight in Shanghai: the next day.
    expect(second.getCell(2).value).toEqual(new Date('2026-12-01T00:05:00.000Z'));
    // Text, never a formula.
    expect(second.getCell(3).value).toBe('=HYPERLINK("x")');
    expect(second.getCell(3).formula).toBeUndefined();
    expect(second.getCell(4).value).toBe(-50);
    expect(second.getCell(5).value).toBeNull();
  });

  it('sizes columns to what they hold, a Chinese character counted double', async () => {
    const book = await readBack(
      await writeXlsx({ timeZone: 'Asia/Shanghai', creator: 'FrontDesk', sheets: [received] }),
    );
    const sheet = book.getWorksheet('收件');
    expect(sheet?.getColumn(1).width).toBe('20261201-0001'.length + 2);
    expect(sheet?.getColumn(2).width).toBe(17);
    expect(sheet?.getColumn(3).width).toBe('=HYPERLINK("x")'.length + 2);
  });
});
