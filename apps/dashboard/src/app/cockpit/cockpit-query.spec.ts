import { DEFAULT_COCKPIT_FILTER, filterFromQueryParams, filterToQueryParams, isNarrowed, sameData } from './cockpit-query';

const PERIOD = '3f1c2a8e-1b2c-4d5e-8f90-123456789abc';
const FIELD = 'a1b2c3d4-e5f6-4a1b-8c2d-0123456789ab';

describe('cockpit URL state', () => {
  it('reads the period, field of action, org unit and sort order from the URL and writes them back', () => {
    const filter = filterFromQueryParams({ reportingPeriodId: PERIOD, fieldOfActionId: FIELD, orgUnitSort: 'code' });
    expect(filter).toEqual({ reportingPeriodId: PERIOD, fieldOfActionId: FIELD, orgUnitId: '', orgUnitSort: 'code' });
    expect(filterToQueryParams(filter)).toEqual({ reportingPeriodId: PERIOD, fieldOfActionId: FIELD, orgUnitSort: 'code' });
  });

  it('keeps the default view out of the URL', () => {
    expect(filterToQueryParams(DEFAULT_COCKPIT_FILTER)).toEqual({});
    expect(filterFromQueryParams({})).toEqual(DEFAULT_COCKPIT_FILTER);
  });

  it('drops hand-edited ids and sort orders instead of sending them to the API', () => {
    expect(filterFromQueryParams({ orgUnitId: "1' OR 1=1", orgUnitSort: 'random', reportingPeriodId: 'aktuell' })).toEqual(
      DEFAULT_COCKPIT_FILTER,
    );
  });

  it('reloads only when the figures change, not for another sort order', () => {
    expect(sameData(DEFAULT_COCKPIT_FILTER, { ...DEFAULT_COCKPIT_FILTER, orgUnitSort: 'total' })).toBe(true);
    expect(sameData(DEFAULT_COCKPIT_FILTER, { ...DEFAULT_COCKPIT_FILTER, fieldOfActionId: FIELD })).toBe(false);
    expect(isNarrowed({ ...DEFAULT_COCKPIT_FILTER, reportingPeriodId: PERIOD })).toBe(false);
    expect(isNarrowed({ ...DEFAULT_COCKPIT_FILTER, orgUnitId: FIELD })).toBe(true);
  });
});
