import type { KeyboardEvent } from 'react';

/**
 * ↑ and ↓ move the focus between the rows of a list (the workbench's queue, the shelf), each
 * marked with the data attribute `attribute`; any other key is the row's own.
 */
export function moveBetweenRows(event: KeyboardEvent<HTMLElement>, attribute: string): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const rows = [...document.querySelectorAll<HTMLElement>(`[${attribute}]`)];
  const at = rows.indexOf(event.currentTarget);
  rows[Math.max(0, Math.min(rows.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
}
