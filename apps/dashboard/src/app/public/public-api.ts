import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  FeedbackForm,
  FeedbackInput,
  Page,
  PublicMeasure,
  PublicEmissions,
  PublicMeasureDetail,
  PublicSummary,
  SitePage,
  SitePageKey,
} from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE, queryParams } from '../shared/api';
import { PUBLIC_PAGE_SIZE, type PublicListState } from './public-query';

const PUBLIC = `${API_BASE}/public`;

/** Open-data downloads; plain links, so they work without JavaScript-driven requests. */
export const OPEN_DATA_LINKS = {
  csv: `${PUBLIC}/open-data/measures.csv`,
  json: `${PUBLIC}/open-data/measures.json`,
  /** The published GHG balance totals and target path, with the licence. */
  emissions: `${PUBLIC}/emissions`,
} as const;

/** Read access for anonymous visitors: published measures, aggregates and site texts. */
@Injectable({ providedIn: 'root' })
export class PublicApi {
  private readonly http = inject(HttpClient);

  /** The published balance and path (empty while the city has not published them); embedded like the summary. */
  emissions(): Observable<PublicEmissions> {
    return this.http.get<PublicEmissions>(`${PUBLIC}/emissions`);
  }

  /** On the page a citizen opened, the server has embedded this answer already (EmbeddedAnswers). */
  summary(): Observable<PublicSummary> {
    return this.http.get<PublicSummary>(`${PUBLIC}/summary`);
  }

  measures(state: PublicListState): Observable<Page<PublicMeasure>> {
    return this.http.get<Page<PublicMeasure>>(`${PUBLIC}/measures`, {
      params: queryParams({
        page: state.page,
        pageSize: PUBLIC_PAGE_SIZE,
        q: state.q,
        fieldOfActionId: state.fieldOfActionId,
        status: state.status,
      }),
    });
  }

  measure(id: string): Observable<PublicMeasureDetail> {
    return this.http.get<PublicMeasureDetail>(`${PUBLIC}/measures/${encodeURIComponent(id)}`);
  }

  page(key: SitePageKey): Observable<SitePage> {
    return this.http.get<SitePage>(`${PUBLIC}/pages/${encodeURIComponent(key)}`);
  }

  /** The form's token for the time trap; the page rendered on the server has it embedded. */
  feedbackForm(): Observable<FeedbackForm> {
    return this.http.get<FeedbackForm>(`${PUBLIC}/feedback-form`);
  }

  sendFeedback(body: FeedbackInput): Observable<{ received: true }> {
    return this.http.post<{ received: true }>(`${PUBLIC}/feedback`, body);
  }
}
