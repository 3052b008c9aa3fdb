import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { AuditEvent, Problem } from '@klimaschutz/contracts';
import { catchError, combineLatest, of, switchMap, tap } from 'rxjs';
import { AUDIT_ACTION_LABELS } from '../shared/dashboard-labels';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReferenceData } from '../shared/reference-data';
import { auditFieldLabel, formatAuditValue, isReportEvent, type AuditLookup } from './audit-format';

/** Links between report versions; the entry's heading already names the report. */
const HIDDEN_REPORT_FIELDS = new Set(['periodId', 'supersedesId']);
import { MeasureApi } from './measure-api';

const PAGE_SIZE = 20;

interface ChangeRow {
  label: string;
  before: string;
  after: string;
}

interface HistoryEntry {
  event: AuditEvent;
  heading: string;
  changes: ChangeRow[];
}

/** Who changed what and when ("Änderungsverlauf"), newest first. */
@Component({
  selector: 'ksc-measure-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ProblemAlert, FormatDateTimePipe],
  templateUrl: './measure-history.html',
  styles: `
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      border-bottom: 1px solid var(--ksc-border);
      padding: 0.5rem 0;
    }
    .value {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class MeasureHistory {
  readonly measureId = input.required<string>();
  /** Any change of this number reloads the history (after a write on the page). */
  readonly revision = input(0);

  private readonly api = inject(MeasureApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly referenceData = inject(ReferenceData);

  private readonly orgUnits = toSignal(this.referenceData.orgUnits().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  private readonly fieldsOfAction = toSignal(this.referenceData.fieldsOfAction().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  private readonly events = signal<AuditEvent[]>([]);
  private readonly lookup = computed<AuditLookup>(() => ({
    locale: this.locale,
    orgUnits: new Map(this.orgUnits().map((u) => [u.id, `${u.code} – ${u.name}`])),
    fieldsOfAction: new Map(this.fieldsOfAction().map((f) => [f.id, `${f.code} – ${f.name}`])),
  }));

  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly entries = computed(() => this.events().map((event) => this.toEntry(event)));
  protected readonly hasMore = computed(() => this.events().length < this.total());
  private page = 1;

  constructor() {
    combineLatest([toObservable(this.measureId), toObservable(this.revision)])
      .pipe(
        tap(() => {
          this.page = 1;
          this.loading.set(true);
        }),
        switchMap(([id]) => this.fetch(id, 1)),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        if (page) {
          this.events.set(page.items);
          this.total.set(page.total);
        }
      });
  }

  protected loadMore(): void {
    this.loading.set(true);
    this.fetch(this.measureId(), this.page + 1).subscribe((page) => {
      if (page) {
        this.page += 1;
        this.events.update((events) => [...events, ...page.items]);
        this.total.set(page.total);
      }
    });
  }

  private fetch(id: string, page: number) {
    return this.api.auditEvents(id, page, PAGE_SIZE).pipe(
      tap(() => {
        this.loading.set(false);
        this.problem.set(null);
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }

  private toEntry(event: AuditEvent): HistoryEntry {
    const lookup = this.lookup();
    const isMilestone = event.entityType.toLowerCase().includes('milestone');
    const isReport = isReportEvent(event.entityType);
    const subject = isMilestone
      ? $localize`:@@measures.history.subject.milestone:Meilenstein „${event.entityLabel ?? ''}:label:“`
      : isReport
        ? $localize`:@@measures.history.subject.report:Sachstandsmeldung „${event.entityLabel ?? ''}:label:“`
        : $localize`:@@measures.history.subject.measure:Maßnahme`;
    const action = AUDIT_ACTION_LABELS[event.action] ?? event.action;
    const changes = isReport ? event.changes.filter((c) => !HIDDEN_REPORT_FIELDS.has(c.field)) : event.changes;
    return {
      event,
      heading: $localize`:@@measures.history.entry:${subject}:subject: ${action}:action: von ${event.actor?.displayName ?? $localize`:@@measures.history.system:System`}:actor:`,
      changes: changes.map((change) => ({
        label: auditFieldLabel(change.field, event.entityType),
        before: formatAuditValue(change.field, change.before, lookup),
        after: formatAuditValue(change.field, change.after, lookup),
      })),
    };
  }
}
