import { clearTranslations, loadTranslations } from '@angular/localize';
import { english } from '../../i18n/english';
import { namesFromText } from './training-detail';
import { topicColumns } from './training-stats';
import {
  DEFAULT_TRAINING_LIST_STATE,
  formatDuration,
  groupByMonth,
  trainingFilterParams,
  trainingStateFromParams,
  trainingStateToParams,
} from './training-query';

describe('training calendar', () => {
  it('groups by month of the local start, keeping the API order', () => {
    const items = [
      { id: 'a', startsAt: new Date(2026, 11, 3, 9).toISOString() },
      { id: 'b', startsAt: new Date(2026, 11, 20, 14).toISOString() },
      { id: 'c', startsAt: new Date(2027, 0, 12, 9).toISOString() },
    ];
    const groups = groupByMonth(items);
    expect(groups.map((g) => g.key)).toEqual(['2026-12', '2027-01']);
    expect(groups.map((g) => g.label)).toEqual(['Dezember 2026', 'Januar 2027']);
    expect(groups[0].items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('keeps a month that appears again later as one group (latest first for past trainings)', () => {
    const items = [
      { startsAt: new Date(2026, 4, 20).toISOString() },
      { startsAt: new Date(2026, 4, 2).toISOString() },
      { startsAt: new Date(2026, 3, 9).toISOString() },
    ];
    expect(groupByMonth(items).map((g) => [g.key, g.items.length])).toEqual([
      ['2026-05', 2],
      ['2026-04', 1],
    ]);
    expect(groupByMonth([])).toEqual([]);
  });

  it('reads the URL leniently and writes only what differs from the default', () => {
    const state = trainingStateFromParams({ when: 'past', status: 'HELD,BOGUS', topic: 'MOBILITY', format: 'X', page: '0' });
    expect(state).toEqual({ ...DEFAULT_TRAINING_LIST_STATE, when: 'past', status: ['HELD'], topic: ['MOBILITY'] });
    expect(trainingStateToParams(state)).toEqual({ when: 'past', status: 'HELD', topic: 'MOBILITY' });
    expect(trainingStateToParams(DEFAULT_TRAINING_LIST_STATE)).toEqual({});
  });

  it('writes durations the German way', () => {
    expect(formatDuration(45)).toBe('45 Min.');
    expect(formatDuration(120)).toBe('2 Std.');
    expect(formatDuration(90)).toBe('1 Std. 30 Min.');
  });
});

describe('training stats and participants', () => {
  it('shows only topics with trained staff, in the fixed topic order', () => {
    expect(topicColumns({ byTopic: { MOBILITY: 3, CLIMATE_BASICS: 5, FUNDING: 0 } })).toEqual(['CLIMATE_BASICS', 'MOBILITY']);
    expect(topicColumns(null)).toEqual([]);
  });

  it('reads one name per line and drops blank lines', () => {
    expect(namesFromText(' Anna Beispiel \n\n  Bernd Muster\n')).toEqual(['Anna Beispiel', 'Bernd Muster']);
  });
});

describe('training filters sent to the API (list and export)', () => {
  it('always sends upcoming/past, and only the filters that are set', () => {
    expect(trainingFilterParams(DEFAULT_TRAINING_LIST_STATE)).toEqual({ when: 'upcoming' });
    expect(
      trainingFilterParams({
        ...DEFAULT_TRAINING_LIST_STATE,
        when: 'past',
        status: ['HELD'],
        topic: ['MOBILITY', 'FUNDING'],
        format: 'ONLINE',
        page: 4,
      }),
    ).toEqual({
      when: 'past',
      status: 'HELD',
      topic: 'MOBILITY,FUNDING',
      format: 'ONLINE',
    });
  });
});

describe('training calendar in English', () => {
  beforeEach(() => loadTranslations(english));
  afterEach(() => clearTranslations());

  it('names months and durations in English (dates stay German-formatted elsewhere)', () => {
    const groups = groupByMonth([
      { startsAt: new Date(2026, 11, 3, 9).toISOString() },
      { startsAt: new Date(2027, 0, 12, 9).toISOString() },
    ]);
    expect(groups.map((g) => g.label)).toEqual(['December 2026', 'January 2027']);
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
  });
});
