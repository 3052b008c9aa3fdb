import type { DashboardSummary } from '@klimaschutz/contracts';

/**
 * Trainings, consultations and climate checks come to the summary from other features. Until their
 * own charts exist, whatever figures they deliver are shown as a plain list.
 */
export interface ExtraSection {
  id: 'trainings' | 'consultations' | 'climateChecks';
  title: string;
  entries: { key: string; label: string; value: number }[];
}

const TITLES: Record<ExtraSection['id'], string> = {
  trainings: $localize`:@@cockpit.extras.trainings:Schulungen`,
  consultations: $localize`:@@cockpit.extras.consultations:Beratungen`,
  climateChecks: $localize`:@@cockpit.extras.climateChecks:Klimachecks`,
};

/** Words (in the interface language) for keys the features are likely to use; anything else is shown as sent. */
const KEY_LABELS: Record<string, string> = {
  total: $localize`:@@cockpit.extras.total:gesamt`,
  planned: $localize`:@@cockpit.extras.planned:geplant`,
  held: $localize`:@@cockpit.extras.held:durchgeführt`,
  cancelled: $localize`:@@cockpit.extras.cancelled:abgesagt`,
  participants: $localize`:@@cockpit.extras.participants:Teilnehmende`,
  requested: $localize`:@@cockpit.extras.requested:angefragt`,
  scheduled: $localize`:@@cockpit.extras.scheduled:terminiert`,
  done: $localize`:@@cockpit.extras.done:erledigt`,
  declined: $localize`:@@cockpit.extras.declined:abgelehnt`,
  effortHours: $localize`:@@cockpit.extras.effortHours:Aufwand (Stunden)`,
  draft: $localize`:@@cockpit.extras.draft:Entwurf`,
  submitted: $localize`:@@cockpit.extras.submitted:eingereicht`,
  reviewed: $localize`:@@cockpit.extras.reviewed:geprüft`,
  open: $localize`:@@cockpit.extras.open:offen`,
};

export function extraLabel(key: string): string {
  return KEY_LABELS[key] ?? KEY_LABELS[key.toLowerCase()] ?? key;
}

export function extraSections(summary: Pick<DashboardSummary, 'trainings' | 'consultations' | 'climateChecks'>): ExtraSection[] {
  return (['trainings', 'consultations', 'climateChecks'] as const)
    .map((id) => ({
      id,
      title: TITLES[id],
      entries: Object.entries(summary[id] ?? {})
        .filter(([, value]) => typeof value === 'number')
        .map(([key, value]) => ({ key, label: extraLabel(key), value })),
    }))
    .filter((section) => section.entries.length > 0);
}
