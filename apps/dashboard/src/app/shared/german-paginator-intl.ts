import { formatNumber } from '@angular/common';
import { Injectable, LOCALE_ID, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';

/** German labels for mat-paginator; provided per feature route so the paginator stays lazy. */
@Injectable()
export class GermanPaginatorIntl extends MatPaginatorIntl {
  private readonly locale = inject(LOCALE_ID);

  override itemsPerPageLabel = 'Einträge pro Seite:';
  override nextPageLabel = 'Nächste Seite';
  override previousPageLabel = 'Vorherige Seite';
  override firstPageLabel = 'Erste Seite';
  override lastPageLabel = 'Letzte Seite';

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const n = (value: number) => formatNumber(value, this.locale, '1.0-0');
    if (length === 0 || pageSize === 0) {
      return `0 von ${n(length)}`;
    }
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    return `${n(start + 1)} – ${n(end)} von ${n(length)}`;
  };
}

export const germanPaginatorProvider = { provide: MatPaginatorIntl, useClass: GermanPaginatorIntl };
