import type { PhoneKind } from '../domain/phone';
import type { Role } from '../domain/roles';

export type Language = 'zh-CN' | 'en';

/** What the renderer needs before anyone signs in. */
export interface AppInfo {
  needsSetup: boolean;
  shopName: string;
  defaultLanguage: Language;
  version: string;
}

/** A name on the sign-in screen. */
export interface StaffDirectoryEntry {
  id: number;
  name: string;
  role: Role;
}

export interface SessionInfo {
  staff: StaffDirectoryEntry | null;
}

export interface StaffMember {
  id: number;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  /** ISO time until which sign-in is refused after wrong PINs, or null. */
  lockedUntil: string | null;
}

export interface ShopSettings {
  name: string;
  address: string;
  phone: string;
  hours: string;
}

export interface Customer {
  id: number;
  name: string;
  /** The full number, formatted; null for roles that may see only the masked form. */
  phone: string | null;
  phoneMasked: string;
  phoneKind: PhoneKind;
  company: string;
  address: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface CustomerPage {
  total: number;
  rows: Customer[];
}

export interface CustomerSearchResult {
  /**
   * `too-few-digits`: a phone fragment shorter than four digits. `whole-number`: for a role
   * that sees phones masked, a fragment other than the last four digits matches whole numbers only.
   */
  hint: 'none' | 'too-few-digits' | 'whole-number';
  rows: Customer[];
}

export const customerSortColumns = ['name', 'createdAt', 'updatedAt'] as const;
export type CustomerSortColumn = (typeof customerSortColumns)[number];
