import { visibleNavGroups } from './nav-items';

const paths = (role: Parameters<typeof visibleNavGroups>[0]) =>
  visibleNavGroups(role).flatMap((group) => group.items.map((item) => item.path));

describe('navigation by role', () => {
  it('gives departments their inbox but not the review, the periods or the administration', () => {
    const nav = paths('DEPARTMENT');
    expect(nav).toEqual(expect.arrayContaining(['/massnahmen', '/meine-massnahmen', '/beratungen', '/klimacheck']));
    expect(nav).not.toEqual(expect.arrayContaining(['/pruefung']));
    expect(nav.filter((p) => p === '/berichtszeitraeume' || p.startsWith('/verwaltung'))).toEqual([]);
  });

  it('gives climate managers inbox, review queue and reporting periods, but no administration', () => {
    const nav = paths('CLIMATE_MANAGER');
    expect(nav).toEqual(expect.arrayContaining(['/massnahmen', '/meine-massnahmen', '/pruefung', '/berichtszeitraeume', '/schulungen']));
    expect(nav.filter((p) => p.startsWith('/verwaltung'))).toEqual([]);
  });

  it('lets the leadership follow the periods read-only, and the admin keeps the administration', () => {
    expect(paths('EXECUTIVE')).toContain('/berichtszeitraeume');
    expect(paths('EXECUTIVE')).not.toContain('/pruefung');
    expect(paths('ADMIN')).toEqual(
      expect.arrayContaining(['/verwaltung/benutzer', '/verwaltung/organisationseinheiten', '/verwaltung/handlungsfelder']),
    );
    expect(paths('COMMUNICATION')).toEqual(expect.arrayContaining(['/verwaltung/seitentexte', '/verwaltung/rueckmeldungen']));
    expect(paths('COMMUNICATION')).not.toContain('/verwaltung/benutzer');
  });

  it('shows the GHG balance (THG-Bilanz) to every staff role', () => {
    for (const role of ['ADMIN', 'CLIMATE_MANAGER', 'DEPARTMENT', 'EXECUTIVE', 'COMMUNICATION'] as const) {
      expect(paths(role)).toContain('/thg-bilanz');
    }
  });

  it('shows nothing before sign-in', () => {
    expect(visibleNavGroups(null)).toEqual([]);
  });
});
