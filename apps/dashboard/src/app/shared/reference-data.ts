import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FieldOfAction, OrgUnit, Page } from '@klimaschutz/contracts';
import { Observable, map, shareReplay } from 'rxjs';
import { API_BASE } from './api';

/**
 * Org units and fields of action change rarely and feed every select and label, so they are
 * loaded once per session and shared; admin writes call `invalidate()`.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceData {
  private readonly http = inject(HttpClient);
  private orgUnits$?: Observable<OrgUnit[]>;
  private fieldsOfAction$?: Observable<FieldOfAction[]>;

  orgUnits(): Observable<OrgUnit[]> {
    this.orgUnits$ ??= this.http.get<Page<OrgUnit>>(`${API_BASE}/org-units`, { params: { pageSize: 500 } }).pipe(
      map((page) => [...page.items].sort(byCode)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.orgUnits$;
  }

  fieldsOfAction(): Observable<FieldOfAction[]> {
    this.fieldsOfAction$ ??= this.http.get<Page<FieldOfAction>>(`${API_BASE}/fields-of-action`, { params: { pageSize: 100 } }).pipe(
      map((page) => [...page.items].sort((a, b) => a.sortOrder - b.sortOrder || byCode(a, b))),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.fieldsOfAction$;
  }

  invalidate(): void {
    this.orgUnits$ = undefined;
    this.fieldsOfAction$ = undefined;
  }
}

/** One collator for all comparisons: `localeCompare` with options builds a new one on every call. */
const codeCollator = new Intl.Collator('de', { numeric: true });

/** Codes like "61", "61.2", "V" sort the way an org chart reads. */
export function byCode(a: { code: string }, b: { code: string }): number {
  return codeCollator.compare(a.code, b.code);
}
