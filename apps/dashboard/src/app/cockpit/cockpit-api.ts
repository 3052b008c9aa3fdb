import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DashboardAttention, DashboardSummary, Page, ReportingPeriod, OrgUnitTimeliness, TrendPoint } from '@klimaschutz/contracts';
import { Observable, map } from 'rxjs';
import { API_BASE, queryParams } from '../shared/api';
import type { CockpitFilter } from './cockpit-query';

const DASHBOARD = `${API_BASE}/dashboard`;

/** Data access for the cockpit: the summary, the attention list, the trend and the reporting figures. */
@Injectable({ providedIn: 'root' })
export class CockpitApi {
  private readonly http = inject(HttpClient);

  summary(filter: CockpitFilter): Observable<DashboardSummary> {
    return this.http.get<DashboardSummary>(`${DASHBOARD}/summary`, { params: filterParams(filter) });
  }

  attention(filter: CockpitFilter, limit = 100): Observable<DashboardAttention> {
    return this.http.get<DashboardAttention>(`${DASHBOARD}/attention`, { params: { ...filterParams(filter), limit } });
  }

  /** Daily snapshots of the last year (the API's default range), oldest first. */
  trend(): Observable<TrendPoint[]> {
    return this.http.get<TrendPoint[]>(`${DASHBOARD}/trend`);
  }

  /** Newest first, for the period select. */
  periods(): Observable<ReportingPeriod[]> {
    return (
      this.http
        .get<Page<ReportingPeriod>>(`${API_BASE}/reporting-periods`, { params: { pageSize: 100 } })
        // ISO dates order as plain strings; no collator needed.
        .pipe(map((page) => [...page.items].sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0))))
    );
  }

  /** Report timeliness per lead org unit; not the full status, whose row per measure the cockpit does not show. */
  timelinessByOrgUnit(periodId: string): Observable<OrgUnitTimeliness[]> {
    return this.http.get<OrgUnitTimeliness[]>(`${API_BASE}/reporting-periods/${encodeURIComponent(periodId)}/status/org-units`);
  }
}

function filterParams(filter: CockpitFilter): Record<string, string> {
  return queryParams({
    reportingPeriodId: filter.reportingPeriodId,
    fieldOfActionId: filter.fieldOfActionId,
    orgUnitId: filter.orgUnitId,
  });
}
