import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AuditEvent,
  Measure,
  MeasureCreate,
  MeasureSummary,
  MeasureRelatedWork,
  MeasureUpdate,
  Milestone,
  MilestoneInput,
  Page,
  PublicNote,
} from '@klimaschutz/contracts';
import { Observable, map } from 'rxjs';
import { API_BASE, queryParams } from '../shared/api';
import { measureFilterParams, type MeasureListState } from './measure-query';

const MEASURES = `${API_BASE}/measures`;

/** Data access for measures, their milestones and their change history. */
@Injectable({ providedIn: 'root' })
export class MeasureApi {
  private readonly http = inject(HttpClient);

  list(state: MeasureListState): Observable<Page<MeasureSummary>> {
    return this.http.get<Page<MeasureSummary>>(MEASURES, {
      params: { ...measureFilterParams(state), ...queryParams({ page: state.page, pageSize: state.pageSize, sort: state.sort }) },
    });
  }

  /** Code and title of every measure, for "linked measures" selects (the API caps a page at 500). */
  options(): Observable<MeasureSummary[]> {
    return this.http
      .get<Page<MeasureSummary>>(MEASURES, { params: queryParams({ pageSize: 500, sort: 'code' }) })
      .pipe(map((page) => page.items));
  }

  /** What the Stabsstelle did for a measure: trainings, consultations, climate checks. */
  related(id: string): Observable<MeasureRelatedWork> {
    return this.http.get<MeasureRelatedWork>(`${MEASURES}/${encodeURIComponent(id)}/related`);
  }

  get(id: string): Observable<Measure> {
    return this.http.get<Measure>(`${MEASURES}/${encodeURIComponent(id)}`);
  }

  create(body: MeasureCreate): Observable<Measure> {
    return this.http.post<Measure>(MEASURES, body);
  }

  update(id: string, body: MeasureUpdate): Observable<Measure> {
    return this.http.patch<Measure>(`${MEASURES}/${encodeURIComponent(id)}`, body);
  }

  /** DELETE archives; the measure stays readable and can be restored. */
  archive(id: string): Observable<Measure> {
    return this.http.delete<Measure>(`${MEASURES}/${encodeURIComponent(id)}`);
  }

  restore(id: string): Observable<Measure> {
    return this.http.post<Measure>(`${MEASURES}/${encodeURIComponent(id)}/restore`, null);
  }

  addMilestone(measureId: string, body: MilestoneInput): Observable<Milestone> {
    return this.http.post<Milestone>(`${MEASURES}/${encodeURIComponent(measureId)}/milestones`, body);
  }

  updateMilestone(measureId: string, milestoneId: string, body: Partial<MilestoneInput> & { version: number }): Observable<Milestone> {
    return this.http.patch<Milestone>(`${MEASURES}/${encodeURIComponent(measureId)}/milestones/${encodeURIComponent(milestoneId)}`, body);
  }

  deleteMilestone(measureId: string, milestoneId: string): Observable<void> {
    return this.http.delete<void>(`${MEASURES}/${encodeURIComponent(measureId)}/milestones/${encodeURIComponent(milestoneId)}`);
  }

  auditEvents(measureId: string, page: number, pageSize: number): Observable<Page<AuditEvent>> {
    return this.http.get<Page<AuditEvent>>(`${MEASURES}/${encodeURIComponent(measureId)}/audit-events`, {
      params: queryParams({ page, pageSize }),
    });
  }

  publicNotes(measureId: string): Observable<PublicNote[]> {
    return this.http.get<PublicNote[]>(`${MEASURES}/${encodeURIComponent(measureId)}/public-notes`);
  }

  addPublicNote(measureId: string, body: Pick<PublicNote, 'date' | 'text'>): Observable<PublicNote> {
    return this.http.post<PublicNote>(`${MEASURES}/${encodeURIComponent(measureId)}/public-notes`, body);
  }

  deletePublicNote(measureId: string, noteId: string): Observable<void> {
    return this.http.delete<void>(`${MEASURES}/${encodeURIComponent(measureId)}/public-notes/${encodeURIComponent(noteId)}`);
  }
}
