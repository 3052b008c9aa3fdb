import { visibleNavGroups } from './nav-items';
import { homePathFor, safeReturnUrl } from '../auth/auth-guards';

const paths = (role: Parameters<typeof visibleNavGroups>[0]) => visibleNavGroups(role).flatMap((g) => g.items.map((i) => i.path));

describe('navigation and start pages', () => {
  it('offers the cockpit to every role, and the scheduled jobs to administrators only', () => {
    for (const role of ['ADMIN', 'CLIMATE_MANAGER', 'DEPARTMENT', 'EXECUTIVE', 'COMMUNICATION'] as const) {
      expect(paths(role)).toContain('/cockpit');
    }
    expect(paths('ADMIN')).toContain('/verwaltung/aufgaben');
    expect(paths('EXECUTIVE')).not.toContain('/verwaltung/aufgaben');
  });

  it('starts the leadership on the cockpit and everyone else on the measure list', () => {
    expect(homePathFor('EXECUTIVE')).toBe('/cockpit');
    expect(homePathFor('CLIMATE_MANAGER')).toBe('/massnahmen');
    expect(safeReturnUrl(null, homePathFor('EXECUTIVE'))).toBe('/cockpit');
    expect(safeReturnUrl('//evil.example', '/cockpit')).toBe('/cockpit');
    expect(safeReturnUrl('/massnahmen?status=DELAYED', '/cockpit')).toBe('/massnahmen?status=DELAYED');
  });
});
