import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Indicator, IndicatorInput, IndicatorValue, IndicatorValueInput, Page } from '@klimaschutz/contracts';
import { Observable, map } from 'rxjs';
import { API_BASE, queryParams } from '../shared/api';

const INDICATORS = `${API_BASE}/indicators`;

/** Data access for Kennzahlen and their measured values. */
@Injectable({ providedIn: 'root' })
export class IndicatorApi {
  private readonly http = inject(HttpClient);

  /** All Kennzahlen (a city has a handful to a few dozen), optionally only those of one measure. */
  list(filter: { measureId?: string; q?: string } = {}): Observable<Indicator[]> {
    return this.http
      .get<Page<Indicator>>(INDICATORS, { params: queryParams({ pageSize: 500, measureId: filter.measureId, q: filter.q }) })
      .pipe(map((page) => page.items));
  }

  get(id: string): Observable<Indicator> {
    return this.http.get<Indicator>(`${INDICATORS}/${encodeURIComponent(id)}`);
  }

  create(body: IndicatorInput): Observable<Indicator> {
    return this.http.post<Indicator>(INDICATORS, body);
  }

  /** Changes with the `version` that was read; a stale one gets 409. */
  update(id: string, body: Partial<IndicatorInput> & { version: number }): Observable<Indicator> {
    return this.http.patch<Indicator>(`${INDICATORS}/${encodeURIComponent(id)}`, body);
  }

  values(id: string): Observable<IndicatorValue[]> {
    return this.http.get<IndicatorValue[]>(`${INDICATORS}/${encodeURIComponent(id)}/values`);
  }

  addValue(id: string, body: IndicatorValueInput): Observable<IndicatorValue> {
    return this.http.post<IndicatorValue>(`${INDICATORS}/${encodeURIComponent(id)}/values`, body);
  }

  removeValue(id: string, valueId: string): Observable<void> {
    return this.http.delete<void>(`${INDICATORS}/${encodeURIComponent(id)}/values/${encodeURIComponent(valueId)}`);
  }
}
