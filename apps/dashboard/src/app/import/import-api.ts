import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ImportPreviewRequest, ImportSession, ImportSummary, Page, ReportingPeriod } from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE, inBackground } from '../shared/api';

const IMPORTS = `${API_BASE}/imports`;

/** Data access for the import wizard. */
@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly http = inject(HttpClient);

  upload(file: File): Observable<ImportSession> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportSession>(IMPORTS, body);
  }

  preview(id: string, request: ImportPreviewRequest): Observable<ImportSession> {
    return this.http.post<ImportSession>(`${IMPORTS}/${encodeURIComponent(id)}/preview`, request);
  }

  commit(id: string): Observable<ImportSession> {
    return this.http.post<ImportSession>(`${IMPORTS}/${encodeURIComponent(id)}/commit`, {});
  }

  /** Polled while an import runs: a background request, which keeps no idle session alive. */
  get(id: string): Observable<ImportSession> {
    return this.http.get<ImportSession>(`${IMPORTS}/${encodeURIComponent(id)}`, inBackground());
  }

  /** Finished imports of the last 30 days. */
  recent(): Observable<ImportSummary[]> {
    return this.http.get<ImportSummary[]>(IMPORTS);
  }

  undo(id: string): Observable<ImportSession> {
    return this.http.post<ImportSession>(`${IMPORTS}/${encodeURIComponent(id)}/undo`, {});
  }

  /** Existing periods, to file a file's period under another one. */
  periods(): Observable<Page<ReportingPeriod>> {
    return this.http.get<Page<ReportingPeriod>>(`${API_BASE}/reporting-periods`, { params: { pageSize: 100 } });
  }
}

export const TEMPLATE_URL = `${IMPORTS}/template.xlsx`;
