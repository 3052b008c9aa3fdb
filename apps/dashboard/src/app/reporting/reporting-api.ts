import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CouncilReportJob,
  Inbox,
  Page,
  ProgressReport,
  ProgressReportCreate,
  ProgressReportReviewRequest,
  ProgressReportRevise,
  ProgressReportUpdate,
  ReportState,
  ReportingPeriod,
  ReportingPeriodInput,
  ReportingPeriodStatus,
  ReportingPeriodUpdate,
  ReviewQueueItem,
} from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE, inBackground, queryParams } from '../shared/api';

const PERIODS = `${API_BASE}/reporting-periods`;
const COUNCIL_REPORTS = `${API_BASE}/council-reports`;
const REPORTS = `${API_BASE}/progress-reports`;
const id = (value: string) => encodeURIComponent(value);

/** The API's largest page; reporting lists are short enough to be read in one go. */
export const MAX_PAGE_SIZE = 500;

export interface ReportListQuery {
  state?: readonly ReportState[];
  periodId?: string;
  orgUnitId?: string;
  measureId?: string;
  page?: number;
  pageSize?: number;
}

/** Data access for reporting periods, Sachstandsmeldungen, their review and the department inbox. */
@Injectable({ providedIn: 'root' })
export class ReportingApi {
  private readonly http = inject(HttpClient);

  // ------------------------------------------------------------ periods

  periods(filter: { closed?: boolean } = {}): Observable<Page<ReportingPeriod>> {
    return this.http.get<Page<ReportingPeriod>>(PERIODS, {
      params: queryParams({ closed: filter.closed, pageSize: MAX_PAGE_SIZE, sort: '-startDate' }),
    });
  }

  period(periodId: string): Observable<ReportingPeriod> {
    return this.http.get<ReportingPeriod>(`${PERIODS}/${id(periodId)}`);
  }

  periodStatus(periodId: string): Observable<ReportingPeriodStatus> {
    return this.http.get<ReportingPeriodStatus>(`${PERIODS}/${id(periodId)}/status`);
  }

  // ------------------------------------------------------------ council report (PDF)

  /** The newest council reports of a period that can still be downloaded. */
  councilReports(periodId: string): Observable<Page<CouncilReportJob>> {
    return this.http.get<Page<CouncilReportJob>>(COUNCIL_REPORTS, { params: queryParams({ periodId, pageSize: 5 }) });
  }

  createCouncilReport(periodId: string): Observable<CouncilReportJob> {
    return this.http.post<CouncilReportJob>(COUNCIL_REPORTS, { periodId });
  }

  /** Polled while the report is made: a background request, which keeps no idle session alive. */
  councilReport(reportId: string): Observable<CouncilReportJob> {
    return this.http.get<CouncilReportJob>(`${COUNCIL_REPORTS}/${id(reportId)}`, inBackground());
  }

  /** A plain link: the session cookie authorises the download, the server names the file. */
  councilReportFileUrl(reportId: string): string {
    return `${COUNCIL_REPORTS}/${id(reportId)}/file`;
  }

  createPeriod(body: ReportingPeriodInput): Observable<ReportingPeriod> {
    return this.http.post<ReportingPeriod>(PERIODS, body);
  }

  /** Also reopens a closed period (`closed: false`). */
  updatePeriod(periodId: string, body: ReportingPeriodUpdate): Observable<ReportingPeriod> {
    return this.http.patch<ReportingPeriod>(`${PERIODS}/${id(periodId)}`, body);
  }

  closePeriod(periodId: string): Observable<ReportingPeriod> {
    return this.http.post<ReportingPeriod>(`${PERIODS}/${id(periodId)}/close`, null);
  }

  // ------------------------------------------------------------ reports

  /** A measure's reports, newest first: its timeline. */
  measureReports(measureId: string, pageSize = MAX_PAGE_SIZE): Observable<Page<ProgressReport>> {
    return this.http.get<Page<ProgressReport>>(`${API_BASE}/measures/${id(measureId)}/progress-reports`, {
      params: queryParams({ pageSize }),
    });
  }

  /** Cross-measure list; with `state: ['SUBMITTED']` the review queue, oldest submission first. */
  reports(query: ReportListQuery): Observable<Page<ReviewQueueItem>> {
    return this.http.get<Page<ReviewQueueItem>>(REPORTS, {
      params: queryParams({
        state: query.state,
        periodId: query.periodId,
        orgUnitId: query.orgUnitId,
        measureId: query.measureId,
        page: query.page,
        pageSize: query.pageSize ?? MAX_PAGE_SIZE,
      }),
    });
  }

  report(reportId: string): Observable<ProgressReport> {
    return this.http.get<ProgressReport>(`${REPORTS}/${id(reportId)}`);
  }

  createReport(measureId: string, body: ProgressReportCreate): Observable<ProgressReport> {
    return this.http.post<ProgressReport>(`${API_BASE}/measures/${id(measureId)}/progress-reports`, body);
  }

  updateReport(reportId: string, body: ProgressReportUpdate): Observable<ProgressReport> {
    return this.http.patch<ProgressReport>(`${REPORTS}/${id(reportId)}`, body);
  }

  submitReport(reportId: string, version: number): Observable<ProgressReport> {
    return this.http.post<ProgressReport>(`${REPORTS}/${id(reportId)}/submit`, { version });
  }

  /** After a revision request: the next version, prefilled with the one sent back and `body` on top. */
  reviseReport(reportId: string, body: ProgressReportRevise): Observable<ProgressReport> {
    return this.http.post<ProgressReport>(`${REPORTS}/${id(reportId)}/revise`, body);
  }

  reviewReport(reportId: string, body: ProgressReportReviewRequest): Observable<ProgressReport> {
    return this.http.post<ProgressReport>(`${REPORTS}/${id(reportId)}/review`, body);
  }

  // ------------------------------------------------------------ inbox

  inbox(): Observable<Inbox> {
    return this.http.get<Inbox>(`${API_BASE}/me/inbox`);
  }
}
