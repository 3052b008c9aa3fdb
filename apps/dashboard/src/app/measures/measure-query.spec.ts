import {
  DEFAULT_MEASURE_LIST_STATE,
  applyFilterChange,
  measureFilterParams,
  nextSort,
  sortDirection,
  stateFromQueryParams,
  stateToQueryParams,
} from './measure-query';

describe('measure list URL state', () => {
  it('reads filters, sort and page from the query params', () => {
    const state = stateFromQueryParams({
      q: ' Radweg ',
      status: 'PLANNED,DELAYED',
      assessment: 'ON_TRACK',
      fieldOfActionId: 'f1',
      orgUnitId: 'o1',
      orgUnitRole: 'lead',
      archived: 'true',
      sort: '-plannedEnd',
      page: '3',
      pageSize: '50',
    });
    expect(state).toEqual({
      q: 'Radweg',
      status: ['PLANNED', 'DELAYED'],
      assessment: ['ON_TRACK'],
      fieldOfActionId: 'f1',
      orgUnitId: 'o1',
      orgUnitRole: 'lead',
      archived: true,
      sort: '-plannedEnd',
      page: 3,
      pageSize: 50,
    });
  });

  it('ignores hand-edited nonsense instead of sending it to the API', () => {
    const state = stateFromQueryParams({
      status: 'PLANNED,BOGUS',
      sort: 'password',
      page: '-2',
      pageSize: '100000',
    });
    expect(state.status).toEqual(['PLANNED']);
    expect(state.sort).toBe(DEFAULT_MEASURE_LIST_STATE.sort);
    expect(state.page).toBe(1);
    expect(state.pageSize).toBe(DEFAULT_MEASURE_LIST_STATE.pageSize);
  });

  it('writes only what differs from the defaults, and reads it back unchanged', () => {
    expect(stateToQueryParams(DEFAULT_MEASURE_LIST_STATE)).toEqual({});
    const state = { ...DEFAULT_MEASURE_LIST_STATE, status: ['COMPLETED' as const], page: 2 };
    const params = stateToQueryParams(state);
    expect(params).toEqual({ status: 'COMPLETED', page: '2' });
    expect(stateFromQueryParams(params)).toEqual(state);
  });

  it('narrows an org unit to the measures it leads only when asked to, as the cockpit links do', () => {
    const lead = stateFromQueryParams({ orgUnitId: 'o1', orgUnitRole: 'lead' });
    expect(lead.orgUnitRole).toBe('lead');
    expect(stateToQueryParams(lead)).toEqual({ orgUnitId: 'o1', orgUnitRole: 'lead' });
    expect(stateFromQueryParams({ orgUnitId: 'o1', orgUnitRole: 'boss' }).orgUnitRole).toBe('');
    // Without an org unit the narrowing means nothing and stays out of the URL.
    expect(stateToQueryParams({ ...DEFAULT_MEASURE_LIST_STATE, orgUnitRole: 'lead' })).toEqual({});
  });

  it('returns to page 1 when a filter changes, but not when only the page changes', () => {
    const onPage4 = { ...DEFAULT_MEASURE_LIST_STATE, page: 4 };
    expect(applyFilterChange(onPage4, { q: 'Wärme' }).page).toBe(1);
    expect(applyFilterChange(onPage4, { page: 5 }).page).toBe(5);
  });

  it('toggles the sort direction on the same column', () => {
    expect(nextSort('-updatedAt', 'code')).toBe('code');
    expect(nextSort('code', 'code')).toBe('-code');
    expect(nextSort('-code', 'code')).toBe('code');
    expect(sortDirection('-code', 'code')).toBe('descending');
    expect(sortDirection('code', 'title')).toBe('none');
  });
});

describe('measure list filters sent to the API (list and export)', () => {
  it('sends the filters without paging or sort, and "only where it leads" only with an org unit', () => {
    const state = {
      ...DEFAULT_MEASURE_LIST_STATE,
      q: 'Rad',
      status: ['PLANNED' as const],
      orgUnitId: 'o1',
      orgUnitRole: 'lead' as const,
      page: 3,
    };
    expect(measureFilterParams(state)).toEqual({ q: 'Rad', status: 'PLANNED', orgUnitId: 'o1', orgUnitRole: 'lead', archived: 'false' });
    expect(measureFilterParams({ ...state, orgUnitId: '' })).toEqual({ q: 'Rad', status: 'PLANNED', archived: 'false' });
  });
});
