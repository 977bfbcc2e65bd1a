import { describe, expect, it } from 'vitest';
import { inertCell, toCsv } from './csv';

describe('CSV for other tools', () => {
  it('starts with a byte order mark and ends each record with CRLF', () => {
    const csv = toCsv([
      ['单号', '客户'],
      ['20261203-0001', '王芳'],
    ]);
    expect(csv).toBe('\uFEFF单号,客户\r\n20261203-0001,王芳\r\n');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain']])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines","cr\rhere",plain\r\n',
    );
  });

  it('makes text a spreadsheet would run as a formula inert; numbers stay numbers', () => {
    expect(['=1+1', '+86 138', '-x', '@SUM(A1)', '\tcmd', '\rx', 'a=b'].map(inertCell)).toEqual([
      "'=1+1",
      "'+86 138",
      "'-x",
      "'@SUM(A1)",
      "'\tcmd",
      "'\rx",
      'a=b',
    ]);
    expect(toCsv([[-50, 12.5, null, '=HYPERLINK("http://x")']])).toBe(
      '\uFEFF-50,12.5,,"\'=HYPERLINK(""http://x"")"\r\n',
    );
  });
});
