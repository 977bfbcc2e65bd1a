/** The values a message to the customer may name, as `{{customer}}` and so on. */
export const messageVariables = ['customer', 'number', 'amount', 'shop', 'hours'] as const;
export type MessageVariable = (typeof messageVariables)[number];

/**
 * A message template filled in. A name the template misspells is left as written, so the person
 * copying it sees what to fix rather than a gap.
 */
export function fillMessage(template: string, values: Record<MessageVariable, string>): string {
  return template.replace(/\{\{\s*([a-z]+)\s*\}\}/gu, (whole, name: string) =>
    (messageVariables as readonly string[]).includes(name) ? values[name as MessageVariable] : whole,
  );
}

/** Names a template uses that are not variables: shown beside the template in Settings. */
export function unknownMessageVariables(template: string): string[] {
  const names = [...template.matchAll(/\{\{\s*([^}]*?)\s*\}\}/gu)].map((match) => match[1] ?? '');
  return [...new Set(names.filter((name) => !(messageVariables as readonly string[]).includes(name)))];
}
