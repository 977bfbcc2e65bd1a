import type { IsoDate } from '../../../../shared/domain/calendar';
import { foldSerial, reverseText } from '../../../../shared/domain/serial';
import { all, get, inIdOrder, inIds, run, sql, type SqlQuery } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

interface DeviceRow {
  id: number;
  customer_id: number;
  product_category: string;
  brand: string;
  model: string;
  serial: string;
  purchase_date: string | null;
  purchase_channel: string;
  maker_warranty_months: number | null;
  last_repair_id: number | null;
  last_repair_number: string | null;
  last_repair_warranty_until: string | null;
  last_repair_closed_at: string | null;
}

export interface DeviceRecord {
  id: number;
  customerId: number;
  productCategory: string;
  brand: string;
  model: string;
  serial: string;
  purchaseDate: string | null;
  purchaseChannel: string;
  makerWarrantyMonths: number | null;
  /** The last repair here that was handed back: its number and when (ISO time). */
  lastRepair: { ticketId: number; ticketNumber: string; closedAt: string; warrantyUntil: IsoDate | null } | null;
}

export interface DeviceWrite {
  productCategory: string;
  brand: string;
  model: string;
  serial: string;
  purchaseDate: string | null;
  purchaseChannel: string;
  makerWarrantyMonths: number | null;
}

/**
 * The device with its last completed repair, which starts our own repair warranty: a repair
 * picked up repaired (one that went back unrepaired or was called off is picked up too, from that state). The
 * repair is looked up through the device's own tickets (a handful): named with `INDEXED BY`,
 * because without statistics SQLite may otherwise walk every picked-up ticket in the shop for
 * each device.
 */
const selectDevice = sql`
  SELECT d.id, d.customer_id, d.product_category, d.brand, d.model, d.serial, d.purchase_date, d.purchase_channel,
         d.maker_warranty_months, r.id AS last_repair_id, r.number AS last_repair_number,
         r.closed_at AS last_repair_closed_at, r.repair_warranty_until AS last_repair_warranty_until
  FROM devices d
  LEFT JOIN tickets r ON r.id = (
    SELECT t.id FROM tickets t INDEXED BY tickets_device
    WHERE t.device_id = d.id AND t.state = 'picked-up' AND t.service_type = 'repair' AND t.closed_at IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM ticket_events e
        WHERE e.ticket_id = t.id AND e.kind = 'hand-over' AND e.from_state IN ('returned-unrepaired', 'cancelled')
      )
    ORDER BY t.closed_at DESC LIMIT 1
  )`;

function rowToDevice(row: DeviceRow): DeviceRecord {
  return {
    id: row.id,
    customerId: row.customer_id,
    productCategory: row.product_category,
    brand: row.brand,
    model: row.model,
    serial: row.serial,
    purchaseDate: row.purchase_date,
    purchaseChannel: row.purchase_channel,
    makerWarrantyMonths: row.maker_warranty_months,
    lastRepair:
      row.last_repair_id !== null && row.last_repair_number && row.last_repair_closed_at
        ? {
            ticketId: row.last_repair_id,
            ticketNumber: row.last_repair_number,
            closedAt: row.last_repair_closed_at,
            warrantyUntil: row.last_repair_warranty_until,
          }
        : null,
  };
}

export function findDevice(db: ReadableDB, id: number): DeviceRecord | undefined {
  const row = get<DeviceRow>(db, sql`${selectDevice} WHERE d.id = ${id}`);
  return row && rowToDevice(row);
}

/** A customer's devices, most recently seen first. */
export function devicesOfCustomer(db: ReadableDB, customerId: number, limit = 50): DeviceRecord[] {
  return all<DeviceRow>(
    db,
    sql`${selectDevice} WHERE d.customer_id = ${customerId} ORDER BY d.updated_at DESC, d.id DESC LIMIT ${limit}`,
  ).map(rowToDevice);
}

/**
 * Devices whose serial is, starts with or ends with the folded query: the same serial first (the
 * newest record of it first), then serials that start with it, then serials that end with it, each
 * in serial order. Every part is a walk along its index that stops at `limit`, so a short prefix
 * typed key by key costs no more than a whole serial.
 */
export function findDevicesBySerial(db: ReadableDB, raw: string, limit: number): DeviceRecord[] {
  return devicesInOrder(db, deviceIdsBySerial(db, raw, limit));
}

/** The ids of the devices `findDevicesBySerial` finds, in its order: the index walks alone. */
export function deviceIdsBySerial(db: ReadableDB, raw: string, limit: number): number[] {
  const folded = foldSerial(raw);
  if (folded === '') return [];
  const reversed = reverseText(folded);
  const end = '\u{10FFFF}';
  const ids = new Set<number>();
  const collect = (query: SqlQuery) => {
    for (const { id } of all<{ id: number }>(db, query)) if (ids.size < limit) ids.add(id);
  };
  collect(sql`SELECT id FROM devices WHERE serial_search = ${folded} ORDER BY id DESC LIMIT ${limit}`);
  collect(
    sql`SELECT id FROM devices WHERE serial_search > ${folded} AND serial_search < ${folded + end}
        ORDER BY serial_search LIMIT ${limit}`,
  );
  collect(
    sql`SELECT id FROM devices WHERE serial_reversed >= ${reversed} AND serial_reversed < ${reversed + end}
        ORDER BY serial_reversed LIMIT ${limit}`,
  );
  return [...ids];
}

/** Whole device records for these ids, in the order given. */
function devicesInOrder(db: ReadableDB, ids: readonly number[]): DeviceRecord[] {
  if (ids.length === 0) return [];
  return inIdOrder(ids, all<DeviceRow>(db, sql`${selectDevice} WHERE d.id ${inIds(ids)}`)).map(rowToDevice);
}

/** The customer's device with this serial (however it is written), if they brought it before. */
export function findCustomerDeviceBySerial(db: ReadableDB, customerId: number, raw: string): DeviceRecord | undefined {
  const folded = foldSerial(raw);
  if (folded === '') return undefined;
  const row = get<DeviceRow>(
    db,
    sql`${selectDevice} WHERE d.serial_search = ${folded} AND d.customer_id = ${customerId} ORDER BY d.updated_at DESC LIMIT 1`,
  );
  return row && rowToDevice(row);
}

function deviceColumns(fields: DeviceWrite) {
  const folded = foldSerial(fields.serial);
  return { ...fields, serialSearch: folded, serialReversed: reverseText(folded) };
}

export function insertDevice(db: WritableDB, customerId: number, fields: DeviceWrite, at: string): number {
  const row = deviceColumns(fields);
  const result = run(
    db,
    sql`INSERT INTO devices (customer_id, product_category, brand, model, serial, serial_search, serial_reversed,
                             purchase_date, purchase_channel, maker_warranty_months, created_at, updated_at)
        VALUES (${customerId}, ${row.productCategory}, ${row.brand}, ${row.model}, ${row.serial}, ${row.serialSearch},
                ${row.serialReversed}, ${row.purchaseDate}, ${row.purchaseChannel}, ${row.makerWarrantyMonths}, ${at}, ${at})`,
  );
  return Number(result.lastInsertRowid);
}

export function updateDevice(db: WritableDB, id: number, fields: DeviceWrite, at: string): void {
  const row = deviceColumns(fields);
  run(
    db,
    sql`UPDATE devices SET product_category = ${row.productCategory}, brand = ${row.brand}, model = ${row.model},
          serial = ${row.serial}, serial_search = ${row.serialSearch}, serial_reversed = ${row.serialReversed},
          purchase_date = ${row.purchaseDate}, purchase_channel = ${row.purchaseChannel},
          maker_warranty_months = ${row.makerWarrantyMonths}, updated_at = ${at}
        WHERE id = ${id}`,
  );
}
