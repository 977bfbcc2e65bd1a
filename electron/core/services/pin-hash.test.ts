import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from './pin-hash';

describe('PIN hashes', () => {
  const stored = hashPin('2468');

  it('accepts the right PIN only, and salts every hash', () => {
    expect(verifyPin('2468', stored)).toBe(true);
    expect(verifyPin('2469', stored)).toBe(false);
    expect(hashPin('2468')).not.toBe(stored);
    expect(stored).not.toContain('2468');
  });

  it.each([
    ['an empty key', 'scrypt$16384$8$1$AAAA$'],
    ['a zero-length key', 'scrypt$16384$8$1$AAAA$='],
    ['a short key', `scrypt$16384$8$1$AAAA$${Buffer.alloc(8).toString('base64')}`],
    ['a cheaper cost', stored.replace('$16384$', '$2$')],
    ['a huge cost', stored.replace('$16384$', '$1073741824$')],
    ['another scheme', stored.replace('scrypt', 'md5')],
    ['extra parts', `${stored}$x`],
    ['nothing', ''],
  ])('refuses a stored hash with %s', (_label, hash) => {
    expect(verifyPin('2468', hash)).toBe(false);
  });
});
