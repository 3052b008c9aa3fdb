import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EmissionBalance,
  EmissionBalanceYear,
  EmissionImportApplyInput,
  EmissionImportPreview,
  EmissionImportResult,
  EmissionMeasureRanking,
  EmissionOverview,
  EmissionSector,
  EmissionTargets,
  EmissionTargetsInput,
  EmissionYearInput,
} from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE } from '../shared/api';

const EMISSIONS = `${API_BASE}/emissions`;

/** Data access for the GHG balance, the targets and the gap (`/api/v1/emissions/…`). */
@Injectable({ providedIn: 'root' })
export class EmissionsApi {
  private readonly http = inject(HttpClient);

  /** Also asked by the cockpit; the server embeds this answer into the cockpit's page (page-requests.ts). */
  overview(): Observable<EmissionOverview> {
    return this.http.get<EmissionOverview>(`${EMISSIONS}/overview`);
  }

  balance(): Observable<EmissionBalance> {
    return this.http.get<EmissionBalance>(`${EMISSIONS}/balance`);
  }

  sectors(): Observable<EmissionSector[]> {
    return this.http.get<EmissionSector[]>(`${EMISSIONS}/sectors`);
  }

  saveYear(year: number, input: EmissionYearInput): Observable<EmissionBalanceYear> {
    return this.http.put<EmissionBalanceYear>(`${EMISSIONS}/balance/${year}`, input);
  }

  deleteYear(year: number, version: number): Observable<void> {
    return this.http.delete<void>(`${EMISSIONS}/balance/${year}`, { params: { version } });
  }

  targets(): Observable<EmissionTargets> {
    return this.http.get<EmissionTargets>(`${EMISSIONS}/targets`);
  }

  saveTargets(input: EmissionTargetsInput): Observable<EmissionTargets> {
    return this.http.put<EmissionTargets>(`${EMISSIONS}/targets`, input);
  }

  measures(): Observable<EmissionMeasureRanking> {
    return this.http.get<EmissionMeasureRanking>(`${EMISSIONS}/measures`);
  }

  /** Reads the file and reports what the import would do; nothing is stored. */
  preview(file: File): Observable<EmissionImportPreview> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<EmissionImportPreview>(`${EMISSIONS}/import/preview`, body);
  }

  /** The same file again with the preview's token and the user's decisions. */
  apply(file: File, input: EmissionImportApplyInput): Observable<EmissionImportResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('token', input.token);
    body.append('existingYears', input.existingYears);
    if (input.usePlanRowsAsPath !== undefined) body.append('usePlanRowsAsPath', String(input.usePlanRowsAsPath));
    return this.http.post<EmissionImportResult>(`${EMISSIONS}/import/apply`, body);
  }
}
