import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { admin } from './flows';

/**
 * Words that read the same in a Chinese screen: keys, the app's and the other language's names,
 * units and codes, and the sample data these tests type (the administrator's name, brands and models).
 */
const sharedWords = [
  'Ctrl',
  'Alt',
  'Shift',
  'Enter',
  'Esc',
  'Tab',
  'FrontDesk',
  'English',
  'PIN',
  'SLA',
  'IMEI',
  'QR',
  'PDF',
  'Excel',
  'CSV',
  'SIM',
  'USB',
  'HDMI',
  'A4',
  'A5',
  'mm',
  'Huawei',
  'Mate',
  'Pro',
  'Lenovo',
  'ThinkPad',
  'Gree',
  'KFR',
  admin.name,
];

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Roles whose name is the data they hold (a table row or cell reads out its content, a list item its
 * text): the shop's bilingual settings and what a customer said show there as they were entered.
 */
const contentRoles = new Set(['row', 'cell', 'gridcell', 'rowheader', 'listitem', 'option', 'paragraph']);

/**
 * Accessible names in English on a Chinese screen: every name a screen reader would announce
 * (from Playwright's accessibility snapshot) of a control, heading, region or dialog that still holds an English word once shared words,
 * and the sample data the test itself typed (`data`), are taken out. Each comes from a catalog, so
 * none should.
 */
export async function englishNames(page: Page, data: readonly string[] = []): Promise<string[]> {
  const shared = new RegExp(String.raw`\b(?:${[...sharedWords, ...data].map(escaped).join('|')})\b`, 'gu');
  const snapshot = await page.locator('body').ariaSnapshot();
  const names = [...snapshot.matchAll(/^\s*- ([\w-]+) "((?:[^"\\]|\\.)*)"/gmu)]
    .filter((match) => !contentRoles.has(match[1] ?? ''))
    .map((match) => match[2] ?? '');
  return [...new Set(names.filter((name) => /[A-Za-z]{3,}/u.test(name.replace(shared, ''))))];
}

/**
 * Serious and critical WCAG problems on the page as it is now, described for a readable failure;
 * on a Chinese screen, also every accessible name left in English.
 */
export async function accessibilityProblems(
  page: Page,
  options: { data?: readonly string[]; withoutFrames?: boolean } = {},
): Promise<string[]> {
  let axe = new AxeBuilder({ page });
  // A print preview's paper is a script-less frame axe cannot enter (it would wait for it in vain):
  // the screen around it is checked, the document itself by the PDF checks.
  if (options.withoutFrames) axe = axe.setLegacyMode().options({ iframes: false });
  const results = await axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.any.map((check) => check.message).join(' ')}`).join(', ')}`,
    );
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'zh-CN') return found;
  return [...found, ...(await englishNames(page, options.data)).map((name) => `English name: ${name}`)];
}
