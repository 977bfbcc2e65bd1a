import { useEffect, useRef } from 'react';

/** A scanner types a whole code faster than any person: under this many ms between keys. */
const MAX_KEY_GAP_MS = 35;
const MIN_CODE_LENGTH = 8;

/**
 * Calls `onScan` when a burst of keystrokes ending in Enter arrives, as a barcode scanner in
 * keyboard mode sends it, and `accepts` the code (a fast typist's phone number is not a scan). The Enter that ends a scan goes no further (it must not submit a form).
 */
export function useBarcodeScanner(accepts: (code: string) => boolean, onScan: (code: string) => void): void {
  const latest = useRef({ accepts, onScan });
  useEffect(() => {
    latest.current = { accepts, onScan };
  }, [accepts, onScan]);
  useEffect(() => {
    let buffer = '';
    let last = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      const now = event.timeStamp;
      const gap = now - last;
      last = now;
      if (event.key === 'Enter') {
        const code = buffer;
        buffer = '';
        if (code.length >= MIN_CODE_LENGTH && gap <= MAX_KEY_GAP_MS && latest.current.accepts(code)) {
          event.preventDefault();
          event.stopPropagation();
          latest.current.onScan(code);
        }
        return;
      }
      if (event.key.length !== 1 || event.ctrlKey || event.altKey || event.metaKey) {
        buffer = '';
        return;
      }
      buffer = gap <= MAX_KEY_GAP_MS ? buffer + event.key : event.key;
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
