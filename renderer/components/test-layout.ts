/**
 * jsdom lays nothing out, so every element measures 0×0 and a virtualised table shows no rows.
 * For tests: gives every element a client size, as a window of that size would; returns the undo.
 */
export function giveElementsSize(size: { width: number; height: number }): () => void {
  const original = {
    width: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
    height: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  };
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => size.width });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => size.height });
  return () => {
    if (original.width) Object.defineProperty(HTMLElement.prototype, 'clientWidth', original.width);
    if (original.height) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original.height);
  };
}
