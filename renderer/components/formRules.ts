import type { FormInstance, FormRule } from 'antd';
import type { z } from 'zod';
import { ApiFailure } from '../api.js';

/**
 * Checks a field with the contract's own schema, so the form shows at once the same Chinese
 * message the main process would send back.
 */
export function contractRule(schema: z.ZodType): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const result = schema.safeParse(value);
      return result.success
        ? Promise.resolve()
        : Promise.reject(new Error(result.error.issues[0]?.message ?? '输入有误'));
    },
  };
}

/** Which refused fields a form shows: a list of exact names, or a test for dynamic lists. */
export type FieldMatcher = readonly string[] | ((field: string) => boolean);

/**
 * A contract field name as a form name path: list indexes become numbers, because the form
 * matches paths strictly ('attendance.3.reason' is ['attendance', 3, 'reason']).
 */
export function namePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts a refusal on the fields it names. Returns the messages not attached to any field of
 * this form (the caller shows them elsewhere), or null when every issue found its field.
 * A dotted name ('member.idNumber') is a nested field, as the contract reports nested input.
 */
export function showFailureOnForm(form: FormInstance, err: unknown, fields: FieldMatcher): string | null {
  if (!(err instanceof ApiFailure)) return '操作未能完成，请重试';
  const shown = typeof fields === 'function' ? fields : (f: string) => fields.includes(f);
  const onFields = err.issues.filter((i) => shown(i.field));
  if (onFields.length === 0) return err.message;
  form.setFields(onFields.map((i) => ({ name: namePath(i.field), errors: [i.message] })));
  const rest = err.issues.filter((i) => !shown(i.field));
  return rest.length > 0 ? rest.map((i) => i.message).join('；') : null;
}
