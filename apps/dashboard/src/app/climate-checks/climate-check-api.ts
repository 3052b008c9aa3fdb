import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClimateCheck, ClimateCheckInput, ClimateCheckSummary, ClimateCheckUpdate, Page } from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE, queryParams } from '../shared/api';
import { climateCheckFilterParams, type ClimateCheckListState } from './climate-check-query';

const CHECKS = `${API_BASE}/climate-checks`;
const one = (id: string) => `${CHECKS}/${encodeURIComponent(id)}`;

/** Data access for the Klimacheck (Klimarelevanzprüfung). */
@Injectable({ providedIn: 'root' })
export class ClimateCheckApi {
  private readonly http = inject(HttpClient);

  list(state: ClimateCheckListState): Observable<Page<ClimateCheckSummary>> {
    return this.http.get<Page<ClimateCheckSummary>>(CHECKS, {
      params: { ...climateCheckFilterParams(state), ...queryParams({ page: state.page, pageSize: state.pageSize }) },
    });
  }

  get(id: string): Observable<ClimateCheck> {
    return this.http.get<ClimateCheck>(one(id));
  }

  create(body: ClimateCheckInput): Observable<ClimateCheck> {
    return this.http.post<ClimateCheck>(CHECKS, body);
  }

  update(id: string, body: ClimateCheckUpdate): Observable<ClimateCheck> {
    return this.http.patch<ClimateCheck>(one(id), body);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(one(id));
  }

  submit(id: string, version: number): Observable<ClimateCheck> {
    return this.http.post<ClimateCheck>(`${one(id)}/submit`, { version });
  }

  review(id: string, version: number, statement: string): Observable<ClimateCheck> {
    return this.http.post<ClimateCheck>(`${one(id)}/review`, { version, statement });
  }
}
