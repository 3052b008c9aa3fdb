import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';
import { formatDecimal, formatEur, formatIsoDate, formatIsoDateTime, formatYesNo } from './format';

/** `{{ measure.plannedEnd | kscDate }}` → `31.12.2027` or `–`. */
@Pipe({ name: 'kscDate' })
export class FormatDatePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(value: string | null | undefined): string {
    return formatIsoDate(value, this.locale);
  }
}

/** `{{ event.at | kscDateTime }}` → `01.03.2026, 14:05`. */
@Pipe({ name: 'kscDateTime' })
export class FormatDateTimePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(value: string | null | undefined): string {
    return formatIsoDateTime(value, this.locale);
  }
}

/** `{{ 1234.5 | kscNumber }}` → `1.234,5`. */
@Pipe({ name: 'kscNumber' })
export class FormatNumberPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(value: number | null | undefined, maxFractionDigits = 1): string {
    return formatDecimal(value, this.locale, maxFractionDigits);
  }
}

/** `{{ 12500 | kscEur }}` → `12.500 €`. */
@Pipe({ name: 'kscEur' })
export class FormatEurPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(value: number | null | undefined): string {
    return formatEur(value, this.locale);
  }
}

/** `{{ user.active | kscYesNo }}` → `ja` / `nein`. */
@Pipe({ name: 'kscYesNo' })
export class YesNoPipe implements PipeTransform {
  transform(value: boolean | null | undefined): string {
    return formatYesNo(value);
  }
}
