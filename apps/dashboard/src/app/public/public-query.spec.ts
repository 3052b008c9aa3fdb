import { isPublicPath } from './public-area';
import { pageCount, parsePublicListState, percentOf, publicListQueryParams } from './public-query';

describe('public list state', () => {
  const field = '0b7c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';

  it('reads search, field of action, status and page from the address', () => {
    expect(parsePublicListState({ q: ' Rad ', handlungsfeld: field, status: 'IN_PROGRESS', seite: '3' })).toEqual({
      q: 'Rad',
      fieldOfActionId: field,
      status: 'IN_PROGRESS',
      page: 3,
    });
  });

  it('ignores unknown statuses, non-UUID fields and silly pages', () => {
    expect(parsePublicListState({ handlungsfeld: "1' OR 1=1", status: 'SECRET', seite: '-2' })).toEqual({
      q: '',
      fieldOfActionId: '',
      status: '',
      page: 1,
    });
    expect(parsePublicListState({ seite: '2.5' }).page).toBe(1);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(publicListQueryParams({ q: '', fieldOfActionId: '', status: '', page: 1 })).toEqual({
      q: null,
      handlungsfeld: null,
      status: null,
      seite: null,
    });
    const state = { q: 'Wärme', fieldOfActionId: field, status: 'COMPLETED' as const, page: 2 };
    const params = publicListQueryParams(state);
    expect(parsePublicListState(params)).toEqual(state);
  });

  it('counts pages and percentages safely', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(7, 5)).toBe(100);
  });
});

describe('isPublicPath', () => {
  it('recognises the public area and nothing else', () => {
    expect(isPublicPath('/oeffentlich')).toBe(true);
    expect(isPublicPath('/oeffentlich/massnahmen?q=Rad')).toBe(true);
    expect(isPublicPath('/oeffentlich#top')).toBe(true);
    expect(isPublicPath('/oeffentlichkeit')).toBe(false);
    expect(isPublicPath('/massnahmen')).toBe(false);
    expect(isPublicPath('/anmelden?returnUrl=/oeffentlich')).toBe(false);
  });
});
