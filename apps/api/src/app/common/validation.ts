import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { textRuleOf } from './dto-rules';

export interface FieldError {
  field: string;
  message: string;
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/* eslint-disable no-control-regex -- these patterns exist to find control characters */
/** C0 and C1 control characters (DEL among them): never in a one-line field. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The same without TAB, LF and CR, which multi-line texts may hold. */
const CONTROL_IN_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */
/** Half of a surrogate pair without the other half: not a character at all. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A message if `value` breaks the one rule for stored text, else null (also for imported cells). */
export function textProblem(value: string, label: string, multiline: boolean): string | null {
  if (multiline ? CONTROL_IN_LINES.test(value) : CONTROL.test(value)) {
    return multiline
      ? `${label} darf außer Zeilenumbrüchen und Tabulatoren keine Steuerzeichen enthalten.`
      : `${label} darf keine Steuerzeichen enthalten, auch keinen Zeilenumbruch oder Tabulator.`;
  }
  if (LONE_SURROGATE.test(value)) return `${label} enthält ein unvollständiges Unicode-Zeichen (einzelnes Surrogat).`;
  return null;
}

/**
 * Every string in a validated request (body and query, nested objects and lists included) against
 * the one rule for stored text: NUL, other control characters and lone surrogates are refused;
 * fields marked multi-line (`Text`, `RequiredText`, `OptionalText`) may hold line breaks and tabs.
 */
function controlCharacterErrors(dto: object): ValidationError[] {
  const errors: ValidationError[] = [];
  const stack: { value: unknown; holder: object | null; key: string; field: string }[] = [{ value: dto, holder: null, key: '', field: '' }];
  while (stack.length) {
    const { value, holder, key, field } = stack.pop()!;
    if (typeof value === 'string') {
      const rule = holder ? textRuleOf(holder, key) : undefined;
      const message = textProblem(value, rule?.label ?? field, rule?.multiline ?? false);
      if (message) errors.push({ property: field, constraints: { controlCharacters: message }, children: [] });
    } else if (Array.isArray(value)) {
      // Strings in a list follow the rule of the list's field.
      for (const item of value) stack.push({ value: item, holder, key, field });
    } else if (value !== null && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value))
        stack.push({ value: inner, holder: value, key: name, field: field ? `${field}.${name}` : name });
    }
  }
  // One error per field, in the order of the request.
  return errors.reverse().filter((error, i, all) => all.findIndex((e) => e.property === error.property) === i);
}

/** Class-validator's rules plus the control-character rule, which holds for every field without being named on it. */
class AppValidationPipe extends ValidationPipe {
  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, validatorOptions);
    return [...errors, ...controlCharacterErrors(object)];
  }
}

/** Unknown fields are refused, not ignored; every message names its field. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors).map((e) =>
        e.message.endsWith('should not exist') ? { field: e.field, message: `Unbekanntes Feld „${e.field}“.` } : e,
      );
      return new BadRequestException({
        detail: `Die Eingabe ist ungültig: ${fieldErrors.map((e) => e.field).join(', ')}`,
        errors: fieldErrors,
      });
    },
  });
}
