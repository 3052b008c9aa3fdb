import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength, ValidateBy, ValidateIf } from 'class-validator';

/** Trims surrounding white space so that "  V-01 " and "V-01" are the same code. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

const TEXT_RULE = 'ksc:text-rule';

/** How the central control-character check treats a string field (see `validation.ts`). */
export interface TextRule {
  /** German name of the field in messages. */
  label: string;
  /** Multi-line texts (text areas) may hold line breaks and tabs; every other string is one line. */
  multiline: boolean;
}

/** Names a string field for messages and says whether it is multi-line; every DTO string is checked either way. */
export const Text = (label: string, options: { multiline?: boolean } = {}): PropertyDecorator => {
  const rule: TextRule = { label, multiline: options.multiline ?? false };
  return (target, key) => Reflect.defineMetadata(TEXT_RULE, rule, target, key);
};

/** The rule of `key` on a DTO instance (inherited ones included), if its class names one. */
export const textRuleOf = (dto: object, key: string): TextRule | undefined => Reflect.getMetadata(TEXT_RULE, dto, key);

/** A required text of at most `max` characters, with a German message naming the field. */
export const RequiredText = (label: string, max: number, options: { multiline?: boolean } = {}) =>
  applyDecorators(
    Text(label, options),
    Trim(),
    IsString({ message: `${label} muss ein Text sein.` }),
    IsNotEmpty({ message: `${label} darf nicht leer sein.` }),
    MaxLength(max, { message: `${label} darf höchstens ${max} Zeichen lang sein.` }),
  );

export const OptionalText = (label: string, max: number, options: { multiline?: boolean } = {}) =>
  applyDecorators(
    Text(label, options),
    Transform(({ value }) => (typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value)),
    IsString({ message: `${label} muss ein Text sein.` }),
    MaxLength(max, { message: `${label} darf höchstens ${max} Zeichen lang sein.` }),
  );

export const Code = (label: string, max: number) =>
  applyDecorators(
    RequiredText(label, max),
    Matches(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, {
      message: `${label} darf nur Buchstaben, Ziffern und . _ / - enthalten.`,
    }),
  );

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a real calendar date in `YYYY-MM-DD` (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * For PATCH fields that may be left out but never set to null: unlike `@IsOptional()`, which
 * also waves null through, this validates null — and so refuses it.
 */
export const IfPresent = () => ValidateIf((_object, value) => value !== undefined);

/** `YYYY-MM-DD` that names a real day. */
export const IsCalendarDate = (label: string) =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => `${label} muss ein Datum im Format JJJJ-MM-TT sein.`,
    },
  });

/** A PATCH changes what it names; a property that is merely undefined is not a change. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
