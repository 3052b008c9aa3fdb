import { DEFAULT_CLIMATE_CHECK_LIST_STATE, climateCheckFilterParams, climateCheckStateFromParams } from './climate-check-query';

describe('climate check filters sent to the API (list and export)', () => {
  it('sends what the URL holds, without paging, and nothing for an unfiltered list', () => {
    expect(climateCheckFilterParams(DEFAULT_CLIMATE_CHECK_LIST_STATE)).toEqual({});
    const state = climateCheckStateFromParams({
      status: 'SUBMITTED,XX',
      impact: 'NEGATIVE',
      subjectType: 'PROCUREMENT',
      orgUnitId: 'o1',
      page: '2',
    });
    expect(climateCheckFilterParams(state)).toEqual({
      status: 'SUBMITTED',
      impact: 'NEGATIVE',
      subjectType: 'PROCUREMENT',
      orgUnitId: 'o1',
    });
  });
});
