import {
  DEFAULT_CONSULTATION_LIST_STATE,
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
