import { Directive, ElementRef, Renderer2, booleanAttribute, forwardRef, inject, input } from '@angular/core';
import {
  type AbstractControl,
  type ControlValueAccessor,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';
import { type Parsed, formatGermanDate, formatGermanNumber, parseGermanDate, parseGermanNumber, parseGermanTime } from './german-input';

/**
 * A text field whose form value is parsed from German text: the control holds the parsed value
 * (`number | null`, `YYYY-MM-DD`, `HH:MM`), the field shows German text, and text that cannot be
 * read leaves the control invalid with an error the field's `<mat-error>` names (see
 * `validationMessage`). On leaving the field the text is written back the canonical German way.
 */
@Directive()
abstract class GermanTextInput<T> implements ControlValueAccessor, Validator {
  private readonly element = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;
  private readonly renderer = inject(Renderer2);
  private unreadable = false;
  private onChange: (value: T | null | '') => void = () => undefined;
  private onTouched: () => void = () => undefined;

  protected abstract readonly errorKey: string;
  protected abstract parse(text: string): Parsed<T>;
  protected abstract format(value: T): string;
  /** What the control holds for an empty or unreadable field. */
  protected abstract readonly empty: T | null | '';

  writeValue(value: T | null | undefined | ''): void {
    this.unreadable = false;
    const text = value === null || value === undefined || value === '' ? '' : this.format(value as T);
    this.renderer.setProperty(this.element, 'value', text);
  }

  registerOnChange(fn: (value: T | null | '') => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.renderer.setProperty(this.element, 'disabled', disabled);
  }

  validate(_control: AbstractControl): ValidationErrors | null {
    return this.unreadable ? { [this.errorKey]: true } : null;
  }

  protected handleInput(text: string): void {
    const parsed = this.parse(text);
    // The flag is set before the value reaches the control, whose validation then reads it.
    this.unreadable = !parsed.ok;
    this.onChange(parsed.ok && parsed.value !== null ? parsed.value : this.empty);
  }

  protected handleBlur(): void {
    const parsed = this.parse(this.element.value);
    if (parsed.ok && parsed.value !== null) {
      this.renderer.setProperty(this.element, 'value', this.format(parsed.value));
    }
    this.onTouched();
  }
}

/**
 * `<input matInput kscGermanNumber formControlName="costEstimateEur" money />`: reads
 * `1.250.000,50`, `320,5`, `-5` in every browser; `money` shows cents as two digits, `plain`
 * shows no thousands separators (years).
 */
@Directive({
  selector: 'input[kscGermanNumber]',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => GermanNumberInput), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => GermanNumberInput), multi: true },
  ],
  host: {
    inputmode: 'decimal',
    autocomplete: 'off',
    '(input)': 'handleInput($any($event.target).value)',
    '(blur)': 'handleBlur()',
  },
})
export class GermanNumberInput extends GermanTextInput<number> {
  readonly money = input(false, { transform: booleanAttribute });
  /** No thousands separators, for years. */
  readonly plain = input(false, { transform: booleanAttribute });
  protected readonly errorKey = 'germanNumber';
  protected readonly empty = null;

  protected parse(text: string): Parsed<number> {
    return parseGermanNumber(text);
  }

  protected format(value: number): string {
    return formatGermanNumber(value, { money: this.money(), plain: this.plain() });
  }
}

/** `<input matInput kscGermanDate formControlName="dueDate" />`: `31.12.2026` (or ISO) ↔ `2026-12-31`. */
@Directive({
  selector: 'input[kscGermanDate]',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => GermanDateInput), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => GermanDateInput), multi: true },
  ],
  host: {
    autocomplete: 'off',
    '[attr.placeholder]': 'placeholder',
    '(input)': 'handleInput($any($event.target).value)',
    '(blur)': 'handleBlur()',
  },
})
export class GermanDateInput extends GermanTextInput<string> {
  protected readonly placeholder = $localize`:@@shared.input.datePlaceholder:TT.MM.JJJJ`;
  protected readonly errorKey = 'germanDate';
  protected readonly empty = '';

  protected parse(text: string): Parsed<string> {
    return parseGermanDate(text);
  }

  protected format(value: string): string {
    return formatGermanDate(value);
  }
}

/** `<input matInput kscGermanTime formControlName="time" />`: `9:05`, `14.30` → `09:05`, `14:30` (24 hours). */
@Directive({
  selector: 'input[kscGermanTime]',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => GermanTimeInput), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => GermanTimeInput), multi: true },
  ],
  host: {
    autocomplete: 'off',
    '[attr.placeholder]': 'placeholder',
    '(input)': 'handleInput($any($event.target).value)',
    '(blur)': 'handleBlur()',
  },
})
export class GermanTimeInput extends GermanTextInput<string> {
  protected readonly placeholder = $localize`:@@shared.input.timePlaceholder:HH:MM`;
  protected readonly errorKey = 'germanTime';
  protected readonly empty = '';

  protected parse(text: string): Parsed<string> {
    return parseGermanTime(text);
  }

  protected format(value: string): string {
    return value;
  }
}

/** The three German inputs, for a component's `imports`. */
export const GERMAN_INPUTS = [GermanNumberInput, GermanDateInput, GermanTimeInput] as const;
