import { clearTranslations, loadTranslations } from '@angular/localize';
import { english } from '../../i18n/english';
import {
  DEFAULT_CONSULTATION_LIST_STATE,
  consultationFilterParams,
  consultationStateFromParams,
  consultationStateToParams,
  staleNotice,
} from './consultation-query';

describe('consultation list state', () => {
  it('reads filters and the stale threshold from the URL, dropping nonsense', () => {
    const state = consultationStateFromParams({ status: 'REQUESTED,XX', category: 'PROCUREMENT', staleDays: '30', stale: 'true' });
    expect(state).toEqual({
      ...DEFAULT_CONSULTATION_LIST_STATE,
      status: ['REQUESTED'],
      category: ['PROCUREMENT'],
      staleDays: 30,
      staleOnly: true,
    });
    expect(consultationStateFromParams({ staleDays: '999' }).staleDays).toBe(14);
    expect(consultationStateToParams(state)).toEqual({ status: 'REQUESTED', category: 'PROCUREMENT', staleDays: '30', stale: 'true' });
  });

  it('words stale open requests only', () => {
    expect(staleNotice({ stale: true, status: 'REQUESTED', ageDays: 20 })).toBe('Seit 20 Tagen unbearbeitet');
    expect(staleNotice({ stale: true, status: 'REQUESTED', ageDays: 1 })).toBe('Seit 1 Tag unbearbeitet');
    expect(staleNotice({ stale: false, status: 'REQUESTED', ageDays: 3 })).toBeNull();
    expect(staleNotice({ stale: true, status: 'DONE', ageDays: 40 })).toBeNull();
  });
});

describe('consultation filters sent to the API (list and export)', () => {
  it('sends the stale threshold always and "only stale" only when ticked', () => {
    expect(consultationFilterParams(DEFAULT_CONSULTATION_LIST_STATE)).toEqual({ staleDays: '14' });
    expect(
      consultationFilterParams({
        ...DEFAULT_CONSULTATION_LIST_STATE,
        category: ['FUNDING'],
        orgUnitId: 'o1',
        staleOnly: true,
        staleDays: 30,
      }),
    ).toEqual({
      category: 'FUNDING',
      orgUnitId: 'o1',
      stale: 'true',
      staleDays: '30',
    });
  });
});

describe('consultation texts in English', () => {
  beforeEach(() => loadTranslations(english));
  afterEach(() => clearTranslations());

  it('words stale open requests in English, singular and plural', () => {
    expect(staleNotice({ stale: true, status: 'REQUESTED', ageDays: 20 })).toBe('Waiting for 20 days');
    expect(staleNotice({ stale: true, status: 'REQUESTED', ageDays: 1 })).toBe('Waiting for 1 day');
  });
});
