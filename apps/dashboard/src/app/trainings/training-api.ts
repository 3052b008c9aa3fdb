import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Page,
  Training,
  TrainingFeedbackEntry,
  TrainingFeedbackInput,
  TrainingFeedbackList,
  TrainingInput,
  TrainingParticipants,
  TrainingRegistrationInput,
  TrainingStats,
  TrainingSummary,
  TrainingUpdate,
} from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE, queryParams } from '../shared/api';
import { trainingFilterParams, type TrainingListState } from './training-query';

const TRAININGS = `${API_BASE}/trainings`;
const one = (id: string) => `${TRAININGS}/${encodeURIComponent(id)}`;

/** Data access for trainings (Schulungen), their participants and feedback. */
@Injectable({ providedIn: 'root' })
export class TrainingApi {
  private readonly http = inject(HttpClient);

  list(state: TrainingListState): Observable<Page<TrainingSummary>> {
    return this.http.get<Page<TrainingSummary>>(TRAININGS, {
      params: { ...trainingFilterParams(state), ...queryParams({ page: state.page, pageSize: state.pageSize }) },
    });
  }

  stats(year: number): Observable<TrainingStats> {
    return this.http.get<TrainingStats>(`${TRAININGS}/stats`, { params: { year } });
  }

  get(id: string): Observable<Training> {
    return this.http.get<Training>(one(id));
  }

  create(body: TrainingInput): Observable<Training> {
    return this.http.post<Training>(TRAININGS, body);
  }

  update(id: string, body: TrainingUpdate): Observable<Training> {
    return this.http.patch<Training>(one(id), body);
  }

  markHeld(id: string, version: number): Observable<Training> {
    return this.http.post<Training>(`${one(id)}/held`, { version });
  }

  cancel(id: string, version: number, reason: string): Observable<Training> {
    return this.http.post<Training>(`${one(id)}/cancel`, { version, reason });
  }

  participants(id: string): Observable<TrainingParticipants> {
    return this.http.get<TrainingParticipants>(`${one(id)}/participants`);
  }

  register(id: string, orgUnitId: string, body: TrainingRegistrationInput): Observable<TrainingParticipants> {
    return this.http.put<TrainingParticipants>(`${one(id)}/participants/${encodeURIComponent(orgUnitId)}`, body);
  }

  deleteName(id: string, nameId: string): Observable<void> {
    return this.http.delete<void>(`${one(id)}/participants/names/${encodeURIComponent(nameId)}`);
  }

  feedback(id: string): Observable<TrainingFeedbackList> {
    return this.http.get<TrainingFeedbackList>(`${one(id)}/feedback`);
  }

  addFeedback(id: string, body: TrainingFeedbackInput): Observable<TrainingFeedbackEntry> {
    return this.http.post<TrainingFeedbackEntry>(`${one(id)}/feedback`, body);
  }
}
