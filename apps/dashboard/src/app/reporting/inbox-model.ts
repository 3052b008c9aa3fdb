import type { Inbox, InboxItem, ReportingPeriodRef } from '@klimaschutz/contracts';

export interface InboxAction {
  kind: 'create' | 'edit' | 'revise' | 'view';
  /** Visible text; the measure code is added for screen readers by the template. */
  label: string;
  link: string[];
  queryParams?: Record<string, string>;
}

export interface InboxPeriodGroup {
  period: ReportingPeriodRef;
  items: InboxItem[];
}

/** What the department still has to do on an item: write, finish a draft, or revise. */
export function needsAction(item: InboxItem): boolean {
  switch (item.reportState) {
    case 'NONE':
      return item.expected;
    case 'DRAFT':
    case 'REVISION_REQUESTED':
      return true;
    default:
      return false;
  }
}

/** The one next step of an inbox item and where it leads. */
export function inboxAction(item: InboxItem): InboxAction {
  const report = item.report;
  if (!report) {
    return {
      kind: 'create',
      label:
        item.role === 'LEAD'
          ? $localize`:@@reporting.inbox.action.report:Sachstand melden`
          : $localize`:@@reporting.inbox.action.contribute:Beitrag melden`,
      link: ['/massnahmen', item.measure.id, 'sachstand', 'neu'],
      queryParams: { zeitraum: item.period.id },
    };
  }
  switch (report.state) {
    case 'DRAFT':
      return {
        kind: 'edit',
        label: $localize`:@@reporting.inbox.action.editDraft:Entwurf bearbeiten`,
        link: ['/sachstandsmeldungen', report.id, 'bearbeiten'],
      };
    case 'REVISION_REQUESTED':
      return {
        kind: 'revise',
        label: $localize`:@@reporting.inbox.action.revise:Überarbeiten`,
        link: ['/sachstandsmeldungen', report.id, 'bearbeiten'],
      };
    default:
      return { kind: 'view', label: $localize`:@@reporting.inbox.action.view:Ansehen`, link: ['/sachstandsmeldungen', report.id] };
  }
}

/**
 * The inbox's items per open period, in the API's order (own measures first). With `openOnly`,
 * only what still needs doing; periods left empty are kept so the user sees they are done.
 */
export function groupInbox(inbox: Pick<Inbox, 'openPeriods' | 'items'>, openOnly: boolean): InboxPeriodGroup[] {
  return inbox.openPeriods.map((period) => ({
    period,
    items: inbox.items.filter((item) => item.period.id === period.id && (!openOnly || needsAction(item))),
  }));
}
