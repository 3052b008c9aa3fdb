import type { Params } from '@angular/router';
import {
  CLIMATE_CHECK_STATUSES,
  CLIMATE_CHECK_SUBJECT_TYPES,
  CLIMATE_IMPACTS,
  type ClimateCheckStatus,
  type ClimateCheckSubjectType,
  type ClimateImpact,
} from '@klimaschutz/contracts';
import { queryParams } from '../shared/api';
import { listParam, positiveIntParam, type QueryValues } from '../shared/query-params';

export const CLIMATE_CHECK_PAGE_SIZES = [10, 20, 50, 100] as const;

export interface ClimateCheckListState {
  status: ClimateCheckStatus[];
  subjectType: ClimateCheckSubjectType[];
  orgUnitId: string;
  impact: ClimateImpact[];
  page: number;
  pageSize: number;
}

export const DEFAULT_CLIMATE_CHECK_LIST_STATE: ClimateCheckListState = {
  status: [],
  subjectType: [],
  orgUnitId: '',
  impact: [],
  page: 1,
  pageSize: 20,
};

export function climateCheckStateFromParams(params: QueryValues): ClimateCheckListState {
  const d = DEFAULT_CLIMATE_CHECK_LIST_STATE;
  return {
    status: listParam(params['status'], CLIMATE_CHECK_STATUSES),
    subjectType: listParam(params['subjectType'], CLIMATE_CHECK_SUBJECT_TYPES),
    orgUnitId: params['orgUnitId'] ?? '',
    impact: listParam(params['impact'], CLIMATE_IMPACTS),
    page: positiveIntParam(params['page']) ?? d.page,
    pageSize: CLIMATE_CHECK_PAGE_SIZES.find((s) => s === positiveIntParam(params['pageSize'])) ?? d.pageSize,
  };
}

/** The list's filters as API query parameters: what the list and its export send (no paging). */
export function climateCheckFilterParams(state: ClimateCheckListState): Record<string, string> {
  return queryParams({ status: state.status, subjectType: state.subjectType, orgUnitId: state.orgUnitId, impact: state.impact });
}

export function climateCheckStateToParams(state: ClimateCheckListState): Params {
  const d = DEFAULT_CLIMATE_CHECK_LIST_STATE;
  const params: Params = {};
  if (state.status.length) params['status'] = state.status.join(',');
  if (state.subjectType.length) params['subjectType'] = state.subjectType.join(',');
  if (state.orgUnitId) params['orgUnitId'] = state.orgUnitId;
  if (state.impact.length) params['impact'] = state.impact.join(',');
  if (state.page !== d.page) params['page'] = String(state.page);
  if (state.pageSize !== d.pageSize) params['pageSize'] = String(state.pageSize);
  return params;
}
