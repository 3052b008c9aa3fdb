import { formatNumber } from '@angular/common';
import { Injectable, LOCALE_ID, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';

/** The paginator's labels in the interface language (German source); provided per feature route so the paginator stays lazy. */
@Injectable()
export class GermanPaginatorIntl extends MatPaginatorIntl {
  private readonly locale = inject(LOCALE_ID);

  override itemsPerPageLabel = $localize`:@@shared.paginator.itemsPerPage:Einträge pro Seite:`;
  override nextPageLabel = $localize`:@@shared.paginator.next:Nächste Seite`;
  override previousPageLabel = $localize`:@@shared.paginator.previous:Vorherige Seite`;
  override firstPageLabel = $localize`:@@shared.paginator.first:Erste Seite`;
  override lastPageLabel = $localize`:@@shared.paginator.last:Letzte Seite`;

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const n = (value: number) => formatNumber(value, this.locale, '1.0-0');
    if (length === 0 || pageSize === 0) {
      return $localize`:@@shared.paginator.empty:0 von ${n(length)}:total:`;
    }
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    return $localize`:@@shared.paginator.range:${n(start + 1)}:from: – ${n(end)}:to: von ${n(length)}:total:`;
  };
}

export const germanPaginatorProvider = { provide: MatPaginatorIntl, useClass: GermanPaginatorIntl };
