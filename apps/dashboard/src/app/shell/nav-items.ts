import type { Role } from '@klimaschutz/contracts';

export interface NavItem {
  label: string;
  path: string;
  /** Roles that see the link; none = every signed-in user. */
  roles?: readonly Role[];
  testId: string;
}

export interface NavGroup {
  /** Visible group heading; none for the main group. */
  label?: string;
  items: readonly NavItem[];
}

// Later features slot in here: /cockpit, /meine-massnahmen, /pruefung, /schulungen,
// /beratungen, /klimacheck.
export const NAV_GROUPS: readonly NavGroup[] = [
  {
    items: [
      { label: 'Maßnahmen', path: '/massnahmen', testId: 'nav-measures' },
      { label: 'Import', path: '/import', roles: ['CLIMATE_MANAGER'], testId: 'nav-import' },
    ],
  },
  {
    label: 'Systemverwaltung',
    items: [
      { label: 'Benutzer', path: '/verwaltung/benutzer', roles: ['ADMIN'], testId: 'nav-users' },
      {
        label: 'Organisationseinheiten',
        path: '/verwaltung/organisationseinheiten',
        roles: ['ADMIN'],
        testId: 'nav-org-units',
      },
      { label: 'Handlungsfelder', path: '/verwaltung/handlungsfelder', roles: ['ADMIN'], testId: 'nav-fields-of-action' },
    ],
  },
];

/** The groups and links a user with this role may see; empty groups are dropped. */
export function visibleNavGroups(role: Role | null): NavGroup[] {
  if (role === null) {
    return [];
  }
  return NAV_GROUPS.map((group) => ({
    ...group,
    items: group.items.filter((item) => !item.roles || item.roles.includes(role)),
  })).filter((group) => group.items.length > 0);
}
