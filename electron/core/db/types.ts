import type BetterSqlite3 from 'better-sqlite3';

declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;

/** A connection that read paths take: they cannot be handed to a write query by mistake. */
export type ReadableDB = BetterSqlite3.Database & { readonly [readableBrand]: true };
/** A connection that may write. Every writable connection is also readable. */
export type WritableDB = ReadableDB & { readonly [writableBrand]: true };

export type SqlValue = string | number | bigint | null | Uint8Array;
