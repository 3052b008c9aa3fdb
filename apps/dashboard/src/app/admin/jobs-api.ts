import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Job, JobRun } from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE } from '../shared/api';

const JOBS = `${API_BASE}/jobs`;

/** Scheduled jobs (ADMIN only): list, history and "run now". */
@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Job[]> {
    return this.http.get<Job[]>(JOBS);
  }

  /** The newest runs first. */
  runs(name: string): Observable<JobRun[]> {
    return this.http.get<JobRun[]>(`${JOBS}/${encodeURIComponent(name)}/runs`);
  }

  /** Runs the job now and answers when it has finished. */
  run(name: string): Observable<JobRun> {
    return this.http.post<JobRun>(`${JOBS}/${encodeURIComponent(name)}/run`, null);
  }
}
