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
      { label: $localize`:@@shell.nav.cockpit:Cockpit`, path: '/cockpit', testId: 'nav-cockpit' },
      { label: $localize`:@@shell.nav.indicators:Kennzahlen`, path: '/kennzahlen', testId: 'nav-indicators' },
      { label: $localize`:@@shell.nav.measures:Maßnahmen`, path: '/massnahmen', testId: 'nav-measures' },
      { label: $localize`:@@shell.nav.emissions:THG-Bilanz`, path: '/thg-bilanz', testId: 'nav-emissions' },
      {
        label: $localize`:@@shell.nav.inbox:Meine Maßnahmen`,
        path: '/meine-massnahmen',
        roles: ['DEPARTMENT', 'CLIMATE_MANAGER'],
        testId: 'nav-inbox',
      },
      { label: $localize`:@@shell.nav.import:Import`, path: '/import', roles: ['CLIMATE_MANAGER'], testId: 'nav-import' },
    ],
  },
  {
    label: $localize`:@@shell.nav.reports:Sachstandsmeldungen`,
    items: [
      { label: $localize`:@@shell.nav.review:Prüfung`, path: '/pruefung', roles: ['CLIMATE_MANAGER'], testId: 'nav-review' },
      {
        label: $localize`:@@shell.nav.periods:Berichtszeiträume`,
        path: '/berichtszeitraeume',
        roles: ['CLIMATE_MANAGER', 'EXECUTIVE'],
        testId: 'nav-periods',
      },
    ],
  },
  {
    // The Stabsstelle's cross-departmental work; the public has no account, everyone else reads.
    label: $localize`:@@shell.nav.unit:Stabsstelle Klimaschutz`,
    items: [
      { label: $localize`:@@shell.nav.trainings:Schulungen`, path: '/schulungen', testId: 'nav-trainings' },
      {
        label: $localize`:@@shell.nav.trainingStats:Schulungsstatistik`,
        path: '/schulungen/statistik',
        roles: ['ADMIN', 'CLIMATE_MANAGER', 'EXECUTIVE'],
        testId: 'nav-training-stats',
      },
      // A department sees only its own org unit's requests and checks (the API filters).
      { label: $localize`:@@shell.nav.consultations:Beratungen`, path: '/beratungen', testId: 'nav-consultations' },
      { label: $localize`:@@shell.nav.climateChecks:Klimacheck`, path: '/klimacheck', testId: 'nav-climate-checks' },
    ],
  },
  {
    label: $localize`:@@shell.nav.admin:Systemverwaltung`,
    items: [
      { label: $localize`:@@shell.nav.users:Benutzer`, path: '/verwaltung/benutzer', roles: ['ADMIN'], testId: 'nav-users' },
      {
        label: $localize`:@@shell.nav.orgUnits:Organisationseinheiten`,
        path: '/verwaltung/organisationseinheiten',
        roles: ['ADMIN'],
        testId: 'nav-org-units',
      },
      {
        label: $localize`:@@shell.nav.fieldsOfAction:Handlungsfelder`,
        path: '/verwaltung/handlungsfelder',
        roles: ['ADMIN'],
        testId: 'nav-fields-of-action',
      },
      {
        label: $localize`:@@shell.nav.signInPolicy:Anmeldung`,
        path: '/verwaltung/anmeldung',
        roles: ['ADMIN'],
        testId: 'nav-sign-in-policy',
      },
      { label: $localize`:@@shell.nav.jobs:Geplante Aufgaben`, path: '/verwaltung/aufgaben', roles: ['ADMIN'], testId: 'nav-jobs' },
    ],
  },
  {
    label: $localize`:@@shell.nav.public:Öffentlichkeit`,
    items: [
      {
        label: $localize`:@@shell.nav.sitePages:Seitentexte`,
        path: '/verwaltung/seitentexte',
        roles: ['ADMIN', 'COMMUNICATION'],
        testId: 'nav-site-pages',
      },
      {
        label: $localize`:@@shell.nav.feedback:Rückmeldungen`,
        path: '/verwaltung/rueckmeldungen',
        roles: ['ADMIN', 'COMMUNICATION'],
        testId: 'nav-feedback',
      },
      { label: $localize`:@@shell.nav.publicSite:Öffentliche Seite`, path: '/oeffentlich', testId: 'nav-public-site' },
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
