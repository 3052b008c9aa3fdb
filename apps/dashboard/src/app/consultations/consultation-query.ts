import type { Params } from '@angular/router';
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_STATUSES,
  type ConsultationCategory,
  type ConsultationStatus,
  type ConsultationSummary,
} from '@klimaschutz/contracts';
import { queryParams } from '../shared/api';
import { listParam, positiveIntParam, type QueryValues } from '../shared/query-params';

export const CONSULTATION_PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_STALE_DAYS = 14;

export interface ConsultationListState {
  status: ConsultationStatus[];
  category: ConsultationCategory[];
  orgUnitId: string;
  /** Open requests older than this many days are highlighted. */
  staleDays: number;
  staleOnly: boolean;
  page: number;
  pageSize: number;
}

export const DEFAULT_CONSULTATION_LIST_STATE: ConsultationListState = {
  status: [],
  category: [],
  orgUnitId: '',
  staleDays: DEFAULT_STALE_DAYS,
  staleOnly: false,
  page: 1,
  pageSize: 20,
};

export function consultationStateFromParams(params: QueryValues): ConsultationListState {
  const d = DEFAULT_CONSULTATION_LIST_STATE;
  const staleDays = positiveIntParam(params['staleDays']);
  return {
    status: listParam(params['status'], CONSULTATION_STATUSES),
    category: listParam(params['category'], CONSULTATION_CATEGORIES),
    orgUnitId: params['orgUnitId'] ?? '',
    staleDays: staleDays !== null && staleDays <= 365 ? staleDays : d.staleDays,
    staleOnly: params['stale'] === 'true',
    page: positiveIntParam(params['page']) ?? d.page,
    pageSize: CONSULTATION_PAGE_SIZES.find((s) => s === positiveIntParam(params['pageSize'])) ?? d.pageSize,
  };
}

/** The list's filters as API query parameters: what the list and its export send (no paging). */
export function consultationFilterParams(state: ConsultationListState): Record<string, string> {
  return queryParams({
    status: state.status,
    category: state.category,
    orgUnitId: state.orgUnitId,
    stale: state.staleOnly ? 'true' : null,
    staleDays: state.staleDays,
  });
}

export function consultationStateToParams(state: ConsultationListState): Params {
  const d = DEFAULT_CONSULTATION_LIST_STATE;
  const params: Params = {};
  if (state.status.length) params['status'] = state.status.join(',');
  if (state.category.length) params['category'] = state.category.join(',');
  if (state.orgUnitId) params['orgUnitId'] = state.orgUnitId;
  if (state.staleDays !== d.staleDays) params['staleDays'] = String(state.staleDays);
  if (state.staleOnly) params['stale'] = 'true';
  if (state.page !== d.page) params['page'] = String(state.page);
  if (state.pageSize !== d.pageSize) params['pageSize'] = String(state.pageSize);
  return params;
}

/**
 * The highlight text of an open request that waits too long, or null. The API decides `stale`
 * against the same `staleDays`; this only words it (text, not colour alone).
 */
export function staleNotice(c: Pick<ConsultationSummary, 'stale' | 'status' | 'ageDays'>): string | null {
  if (!c.stale || c.status !== 'REQUESTED') {
    return null;
  }
  return c.ageDays === 1
    ? $localize`:@@consultations.stale.one:Seit ${c.ageDays}:days: Tag unbearbeitet`
    : $localize`:@@consultations.stale.other:Seit ${c.ageDays}:days: Tagen unbearbeitet`;
}
