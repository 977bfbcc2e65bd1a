import { describe, expect, it } from 'vitest';
import { dataDirArgument } from './args';

describe('dataDirArgument', () => {
  it.each([
    [['electron', '.', '--data-dir', '/srv/frontdesk'], '/srv/frontdesk'],
    [['electron', '.', '--data-dir=/srv/frontdesk'], '/srv/frontdesk'],
    [['electron', '.'], undefined],
    [['electron', '.', '--data-dir='], undefined],
    [['electron', '.', '--data-dir'], undefined],
  ])('%j → %s', (argv, expected) => {
    expect(dataDirArgument(argv)).toBe(expected);
  });
});
