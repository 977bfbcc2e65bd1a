/**
 * A tagged template for document HTML: every interpolated value is escaped unless it is
 * already `Html` (a nested template or trusted markup such as a barcode's SVG). Arrays are
 * joined; null, undefined and false print nothing, so `${cond && html`…`}` reads naturally.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => escapes[character] ?? character);
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(text);
}

/** Markup we made ourselves (barcode SVG). Never pass user text here. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Multi-line text (a fault as the customer said it, terms) with its line breaks kept. */
export function lines(text: string): Html {
  return new Html(text.split(/\r?\n/u).map(escapeHtml).join('<br>'));
}
