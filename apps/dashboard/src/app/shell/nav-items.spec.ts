import { visibleNavGroups } from './nav-items';

const paths = (role: Parameters<typeof visibleNavGroups>[0]) =>
  visibleNavGroups(role).flatMap((group) => group.items.map((item) => item.path));

describe('navigation by role', () => {
  it('gives departments their inbox but not the review or the periods', () => {
    expect(paths('DEPARTMENT')).toEqual(['/massnahmen', '/meine-massnahmen']);
  });

  it('gives climate managers inbox, review queue and reporting periods', () => {
    expect(paths('CLIMATE_MANAGER')).toEqual(['/massnahmen', '/meine-massnahmen', '/pruefung', '/berichtszeitraeume']);
  });

  it('lets the leadership follow the periods read-only, and the admin keeps the administration', () => {
    expect(paths('EXECUTIVE')).toEqual(['/massnahmen', '/berichtszeitraeume']);
    expect(paths('ADMIN')).toEqual([
      '/massnahmen',
      '/verwaltung/benutzer',
      '/verwaltung/organisationseinheiten',
      '/verwaltung/handlungsfelder',
    ]);
    expect(paths('COMMUNICATION')).toEqual(['/massnahmen']);
  });

  it('shows nothing before sign-in', () => {
    expect(visibleNavGroups(null)).toEqual([]);
  });
});
