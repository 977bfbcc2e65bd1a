/** The jobs a staff member can hold, least to most privileged. */
export const roles = ['reception', 'technician', 'manager', 'admin'] as const;
export type Role = (typeof roles)[number];

/** What a role may do. Checked in the core; the renderer only uses it to hide what would be refused. */
const permissionRoles = {
  'staff-manage': ['manager', 'admin'],
  'settings-edit': ['manager', 'admin'],
  'customers-edit': ['reception', 'manager', 'admin'],
  'phone-view-full': ['reception', 'manager', 'admin'],
  intake: ['reception', 'manager', 'admin'],
  /** The password a customer gave for their device: the people who repair it, and managers. */
  'device-password-view': ['technician', 'manager', 'admin'],
  /** Give a ticket to a technician, or to another one. */
  'tickets-assign': ['reception', 'manager', 'admin'],
  /** The workshop's moves: claim, diagnose, bill, repair, QC. */
  'tickets-work': ['technician', 'manager', 'admin'],
  /** Record what the customer decided or is waiting for, put a ticket on hold, send a device back unrepaired. */
  'tickets-approval': ['reception', 'technician', 'manager', 'admin'],
  /** Call the work off before anything is repaired. */
  'tickets-cancel': ['reception', 'manager', 'admin'],
  /** Take a finished ticket up again. */
  'tickets-reopen': ['manager', 'admin'],
  /** At pickup, allow a discount above the counter's limit, or let a device go with money owed (with their PIN). */
  'pickup-approve': ['manager', 'admin'],
  /** Put right a ledger entry made by mistake, by reversing it. */
  'payments-reverse': ['manager', 'admin'],
  /** Count the drawer at the end of a day or a shift (日结) against the ledger. */
  'cash-close': ['reception', 'manager', 'admin'],
  /** The Reports section: the daily log, the cash close, the figures and their exports. */
  'reports-view': ['manager', 'admin'],
  /** Investigate and settle a complaint. */
  'complaints-handle': ['manager', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

export function can(role: Role, permission: Permission): boolean {
  return (permissionRoles[permission] as readonly Role[]).includes(role);
}

/**
 * Who may create, change or re-PIN whom: an administrator anyone, a manager only the roles
 * below their own (reception, technicians). A manager cannot reset another manager's PIN and
 * then act under that manager's name.
 */
export function canManageStaffMember(actor: Role, target: Role): boolean {
  if (!can(actor, 'staff-manage')) return false;
  if (actor === 'admin') return true;
  return roles.indexOf(target) < roles.indexOf(actor);
}
