import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The README's status paragraph: what is in place, and what comes next. */
function status(): { inPlace: string; next: string } {
  const readme = readFileSync('README.md', 'utf8');
  const quote = /> \*\*Status\.\*\*([\s\S]*?)\n\n(?!>)/u.exec(readme)?.[1] ?? '';
  const text = quote.replace(/\n> ?/gu, ' ');
  const [inPlace = '', next = ''] = text.split('**Next:**');
  return { inPlace, next };
}

/** Sections of the app that still show "not built yet" (see AppLayout). */
function unbuiltSections(): string[] {
  const layout = readFileSync('renderer/features/shell/AppLayout.tsx', 'utf8');
  return [...layout.matchAll(/case '(\w+)':\s*return <NotBuilt/gu)].map((match) => match[1] ?? '');
}

describe('the README status', () => {
  it('names every feature the renderer has as in place, and none of them as coming next', () => {
    const { inPlace, next } = status();
    const features = readdirSync('renderer/features').filter((name) => !['shell', 'session', 'setup'].includes(name));
    for (const feature of features) {
      expect({ feature, inPlace: inPlace.toLowerCase().includes(feature) }).toEqual({ feature, inPlace: true });
      expect({ feature, next: next.toLowerCase().includes(feature) }).toEqual({ feature, next: false });
    }
  });

  it('says what comes next for every section that is not built yet', () => {
    const { next } = status();
    // Every section is built now; one added later as "not built yet" must be named here.
    for (const section of unbuiltSections()) expect(next.toLowerCase()).toContain(section);
  });
});
