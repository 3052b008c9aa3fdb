import { extraSections } from './cockpit-extras';

describe('cockpit extras', () => {
  it('shows nothing while the other features deliver no figures', () => {
    expect(extraSections({ trainings: {}, consultations: {}, climateChecks: {} })).toEqual([]);
  });

  it('lists whatever figures arrive, with German words for the keys it knows', () => {
    const sections = extraSections({ trainings: { held: 4, participants: 87 }, consultations: {}, climateChecks: { pendingReview: 2 } });
    expect(sections.map((s) => s.title)).toEqual(['Schulungen', 'Klimachecks']);
    expect(sections[0].entries).toEqual([
      { key: 'held', label: 'durchgeführt', value: 4 },
      { key: 'participants', label: 'Teilnehmende', value: 87 },
    ]);
    expect(sections[1].entries[0].label).toBe('pendingReview');
  });
});
