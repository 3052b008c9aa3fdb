import type { Params } from '@angular/router';

export const ORG_UNIT_SORTS = ['attention', 'total', 'code'] as const;
export type OrgUnitSort = (typeof ORG_UNIT_SORTS)[number];

export const ORG_UNIT_SORT_LABELS: Record<OrgUnitSort, string> = {
  attention: $localize`:@@cockpit.orgUnits.sort.attention:nach Handlungsbedarf (kritisch + gefährdet)`,
  total: $localize`:@@cockpit.orgUnits.sort.total:nach Anzahl der Maßnahmen`,
  code: $localize`:@@cockpit.orgUnits.sort.code:nach Kennung`,
};

/** What the cockpit shows; it lives in the URL so a view can be shared or bookmarked. */
export interface CockpitFilter {
  /** Empty: the current period (the open one due next). */
  reportingPeriodId: string;
  fieldOfActionId: string;
  orgUnitId: string;
  orgUnitSort: OrgUnitSort;
}

export const DEFAULT_COCKPIT_FILTER: CockpitFilter = {
  reportingPeriodId: '',
  fieldOfActionId: '',
  orgUnitId: '',
  orgUnitSort: 'attention',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A hand-edited id would only earn a 400 from the API; drop it instead. */
const id = (value: string | null | undefined) => (value && UUID.test(value) ? value : '');

export function filterFromQueryParams(params: Record<string, string | null | undefined>): CockpitFilter {
  const sort = params['orgUnitSort'];
  return {
    reportingPeriodId: id(params['reportingPeriodId']),
    fieldOfActionId: id(params['fieldOfActionId']),
    orgUnitId: id(params['orgUnitId']),
    orgUnitSort: ORG_UNIT_SORTS.find((s) => s === sort) ?? DEFAULT_COCKPIT_FILTER.orgUnitSort,
  };
}

/** Query params for a filter; defaults are left out so shared links stay short. */
export function filterToQueryParams(filter: CockpitFilter): Params {
  const params: Params = {};
  if (filter.reportingPeriodId) params['reportingPeriodId'] = filter.reportingPeriodId;
  if (filter.fieldOfActionId) params['fieldOfActionId'] = filter.fieldOfActionId;
  if (filter.orgUnitId) params['orgUnitId'] = filter.orgUnitId;
  if (filter.orgUnitSort !== DEFAULT_COCKPIT_FILTER.orgUnitSort) params['orgUnitSort'] = filter.orgUnitSort;
  return params;
}

/** Whether two filters ask the API for the same figures (the sort order is applied locally). */
export function sameData(a: CockpitFilter, b: CockpitFilter): boolean {
  return a.reportingPeriodId === b.reportingPeriodId && a.fieldOfActionId === b.fieldOfActionId && a.orgUnitId === b.orgUnitId;
}

export function isNarrowed(filter: CockpitFilter): boolean {
  return Boolean(filter.fieldOfActionId || filter.orgUnitId);
}
