import type { Params } from '@angular/router';
import { ASSESSMENTS, MEASURE_STATUSES, type Assessment, type MeasureStatus } from '@klimaschutz/contracts';
import { queryParams } from '../shared/api';

export const MEASURE_SORT_KEYS = ['code', 'title', 'status', 'assessment', 'progressPercent', 'plannedEnd', 'updatedAt'] as const;
export type MeasureSortKey = (typeof MEASURE_SORT_KEYS)[number];

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** Everything that defines the measure list; it lives in the URL so a view can be shared. */
export interface MeasureListState {
  q: string;
  status: MeasureStatus[];
  assessment: Assessment[];
  fieldOfActionId: string;
  orgUnitId: string;
  /** `lead`: only measures the org unit leads; empty: leads or takes part. */
  orgUnitRole: '' | 'lead';
  archived: boolean;
  /** `field` ascending, `-field` descending. */
  sort: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_MEASURE_LIST_STATE: MeasureListState = {
  q: '',
  status: [],
  assessment: [],
  fieldOfActionId: '',
  orgUnitId: '',
  orgUnitRole: '',
  archived: false,
  sort: '-updatedAt',
  page: 1,
  pageSize: 20,
};

type QueryValues = Record<string, string | null | undefined>;

/** Reads the URL query params, dropping anything unknown or malformed. */
export function stateFromQueryParams(params: QueryValues): MeasureListState {
  const d = DEFAULT_MEASURE_LIST_STATE;
  return {
    q: params['q']?.trim() ?? d.q,
    status: listOf(params['status'], MEASURE_STATUSES),
    assessment: listOf(params['assessment'], ASSESSMENTS),
    fieldOfActionId: params['fieldOfActionId'] ?? d.fieldOfActionId,
    orgUnitId: params['orgUnitId'] ?? d.orgUnitId,
    orgUnitRole: params['orgUnitRole'] === 'lead' ? 'lead' : d.orgUnitRole,
    archived: params['archived'] === 'true',
    sort: isSort(params['sort']) ? params['sort'] : d.sort,
    page: positiveInt(params['page']) ?? d.page,
    pageSize: PAGE_SIZES.find((size) => size === positiveInt(params['pageSize'])) ?? d.pageSize,
  };
}

/** The list's filters as API query parameters: what the list and its export send (no paging, no sort). */
export function measureFilterParams(state: MeasureListState): Record<string, string> {
  return queryParams({
    q: state.q,
    status: state.status,
    assessment: state.assessment,
    fieldOfActionId: state.fieldOfActionId,
    orgUnitId: state.orgUnitId,
    orgUnitRole: state.orgUnitId && state.orgUnitRole ? state.orgUnitRole : null,
    archived: state.archived,
  });
}

/** The URL query params for a state; defaults are left out so URLs stay short. */
export function stateToQueryParams(state: MeasureListState): Params {
  const d = DEFAULT_MEASURE_LIST_STATE;
  const params: Params = {};
  if (state.q) params['q'] = state.q;
  if (state.status.length) params['status'] = state.status.join(',');
  if (state.assessment.length) params['assessment'] = state.assessment.join(',');
  if (state.fieldOfActionId) params['fieldOfActionId'] = state.fieldOfActionId;
  if (state.orgUnitId) params['orgUnitId'] = state.orgUnitId;
  if (state.orgUnitId && state.orgUnitRole) params['orgUnitRole'] = state.orgUnitRole;
  if (state.archived) params['archived'] = 'true';
  if (state.sort !== d.sort) params['sort'] = state.sort;
  if (state.page !== d.page) params['page'] = String(state.page);
  if (state.pageSize !== d.pageSize) params['pageSize'] = String(state.pageSize);
  return params;
}

/** A filter change starts again at page 1; a page change keeps the filters. */
export function applyFilterChange(state: MeasureListState, change: Partial<MeasureListState>): MeasureListState {
  const pageOnly = Object.keys(change).every((key) => key === 'page' || key === 'pageSize');
  return { ...state, ...change, page: pageOnly ? (change.page ?? state.page) : 1 };
}

/** Clicking a column sorts by it ascending; clicking it again flips the direction. */
export function nextSort(current: string, key: MeasureSortKey): string {
  return current === key ? `-${key}` : key;
}

export function sortDirection(current: string, key: MeasureSortKey): 'ascending' | 'descending' | 'none' {
  if (current === key) return 'ascending';
  if (current === `-${key}`) return 'descending';
  return 'none';
}

export function isFiltered(state: MeasureListState): boolean {
  return Boolean(state.q || state.status.length || state.assessment.length || state.fieldOfActionId || state.orgUnitId || state.archived);
}

function listOf<T extends string>(value: string | null | undefined, allowed: readonly T[]): T[] {
  if (!value) {
    return [];
  }
  const wanted = value.split(',');
  return allowed.filter((item) => wanted.includes(item));
}

function positiveInt(value: string | null | undefined): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

function isSort(value: string | null | undefined): value is string {
  return !!value && (MEASURE_SORT_KEYS as readonly string[]).includes(value.replace(/^-/, ''));
}
