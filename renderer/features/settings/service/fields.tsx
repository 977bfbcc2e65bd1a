import { Text } from '@mantine/core';
import type { FormErrors, GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Message } from '../../../../shared/contract';
import type { FieldMessages } from './section-mapping';

/** A message in the active language; kept as a message so it follows a language switch. */
export function MessageText({ message }: { message: Message }) {
  const { t } = useTranslation();
  return <>{t(message.key, message.params ?? {})}</>;
}

/** Messages as the form keeps errors: nodes that translate themselves. */
export function messageNodes(messages: FieldMessages): Record<string, ReactNode> {
  return Object.fromEntries(
    Object.entries(messages).map(([path, message]) => [path, <MessageText key={path} message={message} />]),
  );
}

/** What the helpers below need of an editor's form, whatever its values. */
export interface SectionForm {
  getInputProps(path: string, options?: { type?: 'input' | 'checkbox' }): GetInputPropsReturnType;
  errors: FormErrors;
  clearFieldError(path: string): void;
}

/**
 * Input props for a path, disabled when the staff member may only look. An error on a parent
 * path (`productCategories.0.name`, the name in both languages) shows on its first field.
 */
export function fieldProps(
  form: SectionForm,
  path: string,
  options: { editable: boolean; type?: 'input' | 'checkbox' },
) {
  const props = form.getInputProps(path, { type: options.type ?? 'input' });
  return { ...props, error: (props.error as ReactNode) ?? undefined, disabled: !options.editable };
}

/** Both inputs of a bilingual text: the parent path's error (neither language given) on both, its words on the first. */
export function localizedProps(form: SectionForm, path: string, options: { editable: boolean }) {
  const parentError = form.errors[path];
  const withParent = (language: Language, first: boolean) => {
    const props = fieldProps(form, `${path}.${language}`, options);
    const onChange = (value: unknown) => {
      if (form.errors[path] !== undefined) form.clearFieldError(path);
      (props.onChange as (value: unknown) => void)(value);
    };
    const error = props.error ?? (parentError === undefined ? undefined : first ? parentError : true);
    return { ...props, onChange, error };
  };
  return { 'zh-CN': withParent('zh-CN', true), en: withParent('en', false) };
}

/** An error that belongs to a group of fields (a list, a table), shown under it. */
export function GroupError({ form, path }: { form: SectionForm; path: string }) {
  const error = form.errors[path];
  if (error === undefined || error === null) return null;
  return (
    <Text c="red.8" size="sm" role="alert">
      {error}
    </Text>
  );
}

/** True when any error path starts with `prefix` (`solutionTemplates.3.`): an item needs attention. */
export function hasErrorsUnder(form: SectionForm, prefix: string): boolean {
  return Object.keys(form.errors).some((path) => path === prefix.replace(/\.$/u, '') || path.startsWith(prefix));
}

/** The index of the first item of a list (`solutionTemplates`) that one of the paths is in, or null. */
export function firstItemWithError(paths: readonly string[], list: string): number | null {
  const indexes = paths
    .map((path) => new RegExp(`^${list.replace(/\./gu, '\\.')}\\.(\\d+)(\\.|$)`, 'u').exec(path)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number);
  return indexes.length === 0 ? null : Math.min(...indexes);
}
