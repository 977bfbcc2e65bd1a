const storageKey = 'frontdesk.lastStaffId';

/** Who signed in last on this computer, to preselect them. */
export function lastStaffId(): number | null {
  try {
    const value = Number(window.localStorage.getItem(storageKey));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function rememberStaff(id: number): void {
  try {
    window.localStorage.setItem(storageKey, String(id));
  } catch {
    // Not remembering is harmless.
  }
}
