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

// Every feature adds its entries here, with the roles that see them.
export const NAV_GROUPS: readonly NavGroup[] = [
  {
    items: [
      { label: 'Cockpit', path: '/cockpit', testId: 'nav-cockpit' },
      { label: 'Kennzahlen', path: '/kennzahlen', testId: 'nav-indicators' },
      { label: 'Maßnahmen', path: '/massnahmen', testId: 'nav-measures' },
      {
        label: 'Meine Maßnahmen',
        path: '/meine-massnahmen',
        roles: ['DEPARTMENT', 'CLIMATE_MANAGER'],
        testId: 'nav-inbox',
      },
      { label: 'Import', path: '/import', roles: ['CLIMATE_MANAGER'], testId: 'nav-import' },
    ],
  },
  {
    label: 'Sachstandsmeldungen',
    items: [
      { label: 'Prüfung', path: '/pruefung', roles: ['CLIMATE_MANAGER'], testId: 'nav-review' },
      {
        label: 'Berichtszeiträume',
        path: '/berichtszeitraeume',
        roles: ['CLIMATE_MANAGER', 'EXECUTIVE'],
        testId: 'nav-periods',
      },
    ],
  },
  {
    // The Stabsstelle's cross-departmental work; the public has no account, everyone else reads.
    label: 'Stabsstelle Klimaschutz',
    items: [
      { label: 'Schulungen', path: '/schulungen', testId: 'nav-trainings' },
      {
        label: 'Schulungsstatistik',
        path: '/schulungen/statistik',
        roles: ['ADMIN', 'CLIMATE_MANAGER', 'EXECUTIVE'],
        testId: 'nav-training-stats',
      },
      // A department sees only its own org unit's requests and checks (the API filters).
      { label: 'Beratungen', path: '/beratungen', testId: 'nav-consultations' },
      { label: 'Klimacheck', path: '/klimacheck', testId: 'nav-climate-checks' },
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
      { label: 'Anmeldung', path: '/verwaltung/anmeldung', roles: ['ADMIN'], testId: 'nav-sign-in-policy' },
      { label: 'Geplante Aufgaben', path: '/verwaltung/aufgaben', roles: ['ADMIN'], testId: 'nav-jobs' },
    ],
  },
  {
    label: 'Öffentlichkeit',
    items: [
      {
        label: 'Seitentexte',
        path: '/verwaltung/seitentexte',
        roles: ['ADMIN', 'COMMUNICATION'],
        testId: 'nav-site-pages',
      },
      {
        label: 'Rückmeldungen',
        path: '/verwaltung/rueckmeldungen',
        roles: ['ADMIN', 'COMMUNICATION'],
        testId: 'nav-feedback',
      },
      { label: 'Öffentliche Seite', path: '/oeffentlich', testId: 'nav-public-site' },
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
