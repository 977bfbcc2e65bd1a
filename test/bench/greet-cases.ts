/**
 * What a receptionist types into the greet box, key by key: a phone number, a serial read off a
 * sticker, a Chinese or Latin name, a ticket number typed or scanned, and things that match
 * nothing. Every prefix is its own case, because a person passes through all of them.
 */
import type { ReadableDB } from '../../electron/core/db/types';

export interface GreetCase {
  /** What is typed, e.g. "phone". */
  kind: string;
  /** Characters typed so far. */
  length: number;
  /** A fresh query each time: a different customer, serial or ticket. */
  query: () => string;
}

function rotation<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('The bench database has nothing to sample');
  let cursor = 0;
  return () => items[(cursor += 1) % items.length] as T;
}

/** Every prefix (1 to the longest sample) of values drawn from `values`. */
function keyByKey(kind: string, values: readonly string[], maxLength = Infinity): GreetCase[] {
  const next = rotation(values);
  const longest = Math.min(maxLength, Math.min(...values.map((value) => [...value].length)));
  return Array.from({ length: longest }, (_, index) => ({
    kind,
    length: index + 1,
    query: () => [...next()].slice(0, index + 1).join(''),
  }));
}

export function greetCases(db: ReadableDB): GreetCase[] {
  const sample = <Row>(query: string) => db.prepare(query).all() as Row[];
  const mobiles = sample<{ phone: string }>(
    `SELECT phone FROM customers WHERE id % 997 = 0 AND phone GLOB '+861[3-9]*' AND length(phone) = 14`,
  ).map((row) => row.phone.slice(3));
  const names = sample<{ name: string }>(`SELECT name FROM customers WHERE id % 499 = 0`).map((row) => row.name);
  const chinese = (length: number) =>
    names.filter((name) => /^\p{Script=Han}+$/u.test(name) && [...name].length === length);
  const latin = names.filter((name) => /^[A-Za-z ]+$/u.test(name));
  const serials = sample<{ serial: string }>(`SELECT serial FROM devices WHERE id % 997 = 0 AND serial <> ''`).map(
    (row) => row.serial,
  );
  const numbers = sample<{ number: string }>(`SELECT number FROM tickets WHERE id % 997 = 0`).map((row) => row.number);
  const nextName = (length: number) => rotation(chinese(length));
  const surnames = rotation(chinese(3).map((name) => [...name][0] ?? ''));
  const twoCharacter = nextName(2);
  const threeCharacter = nextName(3);
  const scanned = rotation(numbers);
  const nonsense = rotation(['zqxj', 'ЖЖЖ', '#$%&', '00000000000', 'QQQQQQQQQQQQ', '囧囧囧']);
  return [
    ...keyByKey('phone', mobiles, 11),
    ...keyByKey('serial', serials),
    { kind: 'Chinese name', length: 1, query: surnames },
    { kind: 'Chinese name', length: 2, query: twoCharacter },
    { kind: 'Chinese name', length: 3, query: threeCharacter },
    ...keyByKey('Latin name', latin, 10),
    // Typed the way it is printed, 20261125-0007, key by key; a scanner sends it whole.
    ...keyByKey('ticket number typed', numbers),
    { kind: 'ticket number scanned', length: 13, query: scanned },
    { kind: 'nonsense', length: 4, query: nonsense },
  ];
}
