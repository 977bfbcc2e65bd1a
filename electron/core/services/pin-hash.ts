import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16384;
const r = 8;
const p = 1;
const keyLength = 32;

/** A salted scrypt hash of a PIN, with its parameters: `scrypt$N$r$p$salt$hash`. */
export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, keyLength, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/**
 * Checks a PIN against a stored hash. Only hashes with exactly our parameters and length are
 * accepted: a damaged or planted hash (a zero-length key, a huge cost) must not sign anyone in
 * or stall sign-in.
 */
export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, n, blockSize, parallel, salt, hash, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length > 0 || !salt || !hash) return false;
  if (Number(n) !== N || Number(blockSize) !== r || Number(parallel) !== p) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length !== keyLength) return false;
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), keyLength, { N, r, p });
  return timingSafeEqual(actual, expected);
}
