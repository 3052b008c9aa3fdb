import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Consultation,
  ConsultationCompleteInput,
  ConsultationInput,
  ConsultationScheduleInput,
  ConsultationSummary,
  Page,
} from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE, queryParams } from '../shared/api';
import { consultationFilterParams, type ConsultationListState } from './consultation-query';

const CONSULTATIONS = `${API_BASE}/consultations`;
const one = (id: string) => `${CONSULTATIONS}/${encodeURIComponent(id)}`;

/** Data access for consultations (Beratungen) and their workflow. */
@Injectable({ providedIn: 'root' })
export class ConsultationApi {
  private readonly http = inject(HttpClient);

  list(state: ConsultationListState): Observable<Page<ConsultationSummary>> {
    return this.http.get<Page<ConsultationSummary>>(CONSULTATIONS, {
      params: { ...consultationFilterParams(state), ...queryParams({ page: state.page, pageSize: state.pageSize }) },
    });
  }

  get(id: string, staleDays?: number): Observable<Consultation> {
    return this.http.get<Consultation>(one(id), { params: queryParams({ staleDays }) });
  }

  create(body: ConsultationInput): Observable<Consultation> {
    return this.http.post<Consultation>(CONSULTATIONS, body);
  }

  take(id: string, version: number): Observable<Consultation> {
    return this.http.post<Consultation>(`${one(id)}/take`, { version });
  }

  schedule(id: string, body: ConsultationScheduleInput): Observable<Consultation> {
    return this.http.post<Consultation>(`${one(id)}/schedule`, body);
  }

  complete(id: string, body: ConsultationCompleteInput): Observable<Consultation> {
    return this.http.post<Consultation>(`${one(id)}/complete`, body);
  }

  decline(id: string, version: number, reason: string): Observable<Consultation> {
    return this.http.post<Consultation>(`${one(id)}/decline`, { version, reason });
  }
}
