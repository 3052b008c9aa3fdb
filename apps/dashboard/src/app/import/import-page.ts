import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { catchError, filter, map, of, switchMap } from 'rxjs';
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  masterDataKey,
  type ImportField,
  type ImportIssue,
  type ImportMapping,
  type ImportRowAction,
  type ImportRowKind,
  type ImportSession,
  type ImportSummary,
  type MasterDataDecision,
  type MasterDataKind,
  type Problem,
} from '@klimaschutz/contracts';
import { confirmAction } from '../shared/confirm-dialog';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReferenceData } from '../shared/reference-data';
import { FileDownload } from '../shared/file-download';
import { ImportApi, TEMPLATE_URL } from './import-api';
import { ImportMasterData, type MasterDataOption } from './import-master-data';

/** Warnings of one rule, shown together. */
interface WarningGroup {
  rule: string;
  warnings: ImportIssue[];
}

const KIND_LABELS: Record<ImportRowKind, string> = {
  FIELD_OF_ACTION: $localize`:@@import.rowKind.fieldOfAction:Handlungsfeld`,
  MEASURE: $localize`:@@import.rowKind.measure:Maßnahme`,
  PLAN: $localize`:@@import.rowKind.plan:Plantext`,
  REPORT: $localize`:@@import.rowKind.report:Sachstand`,
};
const ACTION_LABELS: Record<ImportRowAction, string> = {
  CREATE: $localize`:@@import.rowAction.create:wird angelegt`,
  UPDATE: $localize`:@@import.rowAction.update:wird geändert`,
  UNCHANGED: $localize`:@@import.rowAction.unchanged:unverändert`,
  ERROR: $localize`:@@import.rowAction.error:Fehler`,
};

/** The import wizard: file → column mapping → preview → confirm → progress → result. */
@Component({
  selector: 'ksc-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, ProblemAlert, ImportMasterData, FormatDateTimePipe],
  templateUrl: './import-page.html',
  styles: `
    .steps {
      display: flex;
      gap: 1rem;
      list-style: none;
      padding: 0;
      flex-wrap: wrap;
    }
    .steps li[aria-current='step'] {
      font-weight: 700;
      text-decoration: underline;
    }
    .counts {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, max-content));
      gap: 0.25rem 1.5rem;
      overflow-wrap: anywhere;
    }
    section {
      margin-block: 1.5rem;
    }
    select {
      min-width: min(16rem, 100%);
      max-width: 100%;
      padding: 0.25rem;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      max-width: 40rem;
    }
    progress {
      width: 100%;
      max-width: 30rem;
      height: 1.25rem;
    }
    details {
      margin-block: 0.5rem;
    }
    summary {
      cursor: pointer;
    }
  `,
})
export class ImportPage {
  private readonly api = inject(ImportApi);
  private readonly files = inject(FileDownload);
  private readonly destroyRef = inject(DestroyRef);
  private readonly dialog = inject(MatDialog);
  private readonly referenceData = inject(ReferenceData);

  protected readonly fields = IMPORT_FIELDS;
  protected readonly fieldLabels = IMPORT_FIELD_LABELS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly stepNames = [
    $localize`:@@import.stepName.file:Datei wählen`,
    $localize`:@@import.stepName.mapping:Spalten zuordnen`,
    $localize`:@@import.stepName.preview:Vorschau`,
    $localize`:@@import.stepName.confirm:Bestätigen`,
    $localize`:@@import.stepName.progress:Fortschritt`,
    $localize`:@@import.stepName.result:Ergebnis`,
  ];
  protected readonly texts = { file: $localize`:@@import.issue.fileRow:Datei` };

  protected readonly file = signal<File | null>(null);
  protected readonly session = signal<ImportSession | null>(null);
  protected readonly mapping = signal<ImportMapping>({});
  /** Code of the org unit that leads new measures whose row names none; '' = the automatic choice. */
  protected readonly defaultLead = signal('');
  protected readonly orgUnits = toSignal(
    this.referenceData.orgUnits().pipe(
      map((units) => units.filter((u) => u.active)),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  private readonly fieldsOfAction = toSignal(this.referenceData.fieldsOfAction().pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly periods = toSignal(
    this.api.periods().pipe(
      map((page) => page.items),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  /** Existing records a file's master data can be filed under. */
  protected readonly masterDataChoices = computed<Record<MasterDataKind, MasterDataOption[]>>(() => ({
    FIELD_OF_ACTION: this.fieldsOfAction().map((f) => ({ id: f.id, code: f.code, name: f.name })),
    ORG_UNIT: this.orgUnits().map((u) => ({ id: u.id, code: u.code, name: u.name })),
    REPORTING_PERIOD: this.periods().map((p) => ({ id: p.id, code: null, name: p.name })),
  }));
  /** The user's decisions about master data, by key; the preview was made with the session's. */
  protected readonly decisions = signal<Record<string, MasterDataDecision>>({});
  /** Finished imports of the last 30 days, shown before a file is chosen. */
  protected readonly recent = signal<ImportSummary[]>([]);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly step = computed(() => {
    const s = this.session();
    if (!s) return 0;
    if (s.state === 'RUNNING') return 4;
    if (s.state === 'DONE' || s.state === 'UNDONE') return 5;
    return 2;
  });
  /** The mapping, the default lead or a master-data decision differ from what the shown preview was made with. */
  protected readonly mappingChanged = computed(() => {
    const s = this.session();
    return (
      !!s &&
      (JSON.stringify(s.mapping) !== JSON.stringify(this.mapping()) ||
        (s.defaultLeadOrgUnit ?? '') !== this.defaultLead() ||
        JSON.stringify(decisionsOf(s)) !== JSON.stringify(this.decisions()))
    );
  });
  protected readonly canCommit = computed(() => {
    const s = this.session();
    return !!s && s.state !== 'RUNNING' && s.state !== 'DONE' && s.preview.errors.length === 0 && !this.mappingChanged() && !this.busy();
  });
  protected readonly shownRows = computed(() => this.session()?.preview.rows.slice(0, 300) ?? []);
  /** Warnings by rule, largest group first: 224 warnings read as a handful of rules. */
  protected readonly warningGroups = computed<WarningGroup[]>(() => {
    const groups = new Map<string, ImportIssue[]>();
    for (const w of this.session()?.preview.warnings ?? []) {
      const rule = w.rule ?? w.message;
      groups.set(rule, [...(groups.get(rule) ?? []), w]);
    }
    return [...groups].map(([rule, warnings]) => ({ rule, warnings })).sort((a, b) => b.warnings.length - a.warnings.length);
  });
  protected readonly problemMessages = computed(() => this.problem()?.errors?.map((e) => e.message) ?? []);

  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    this.destroyRef.onDestroy(() => this.timer && clearTimeout(this.timer));
    this.loadRecent();
  }

  protected pick(event: Event) {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
  }

  protected upload() {
    const file = this.file();
    if (!file) {
      this.problem.set({
        type: 'about:blank',
        status: 400,
        title: $localize`:@@import.noFile.title:Keine Datei`,
        detail: $localize`:@@import.noFile.detail:Bitte zuerst eine CSV- oder Excel-Datei wählen.`,
      });
      return;
    }
    this.run(this.api.upload(file));
  }

  protected setField(index: number, event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    this.mapping.update((m) => ({ ...m, [String(index)]: value ? (value as ImportField) : null }));
  }

  protected setDefaultLead(event: Event) {
    this.defaultLead.set((event.target as HTMLSelectElement).value);
  }

  protected setDecision(change: { key: string; decision: MasterDataDecision }) {
    this.decisions.update((d) => ({ ...d, [change.key]: change.decision }));
  }

  protected refreshPreview() {
    const s = this.session();
    if (s) {
      this.run(
        this.api.preview(s.importId, {
          mapping: this.mapping(),
          defaultLeadOrgUnit: this.defaultLead() || null,
          masterData: this.decisions(),
        }),
      );
    }
  }

  /** Asks, then takes the import back; a 409 lists what someone has changed since. */
  protected undo(importId: string, fileName: string) {
    confirmAction(this.dialog, {
      title: $localize`:@@import.undoConfirm.title:Import rückgängig machen?`,
      message: $localize`:@@import.undoConfirm.message:Alles, was der Import „${fileName}:fileName:“ angelegt hat, wird gelöscht, und was er geändert hat, bekommt den vorherigen Stand. Das geht nur, solange niemand damit weitergearbeitet hat.`,
      confirmLabel: $localize`:@@import.undoConfirm.confirm:Rückgängig machen`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          this.problem.set(null);
          return this.api.undo(importId);
        }),
      )
      .subscribe({
        next: (s) => {
          this.busy.set(false);
          if (this.session()?.importId === s.importId) this.session.set(s);
          this.referenceData.invalidate();
          this.loadRecent();
        },
        error: (e) => {
          this.busy.set(false);
          this.problem.set(toProblem(e));
        },
      });
  }

  protected commit() {
    const s = this.session();
    if (s) this.run(this.api.commit(s.importId), () => this.poll());
  }

  protected downloadTemplate() {
    this.files.save(TEMPLATE_URL, 'massnahmen-vorlage.xlsx').subscribe({ error: (e) => this.problem.set(toProblem(e)) });
  }

  protected restart() {
    this.session.set(null);
    this.file.set(null);
    this.problem.set(null);
    this.loadRecent();
  }

  private loadRecent() {
    this.api.recent().subscribe({ next: (list) => this.recent.set(list), error: () => this.recent.set([]) });
  }

  private poll() {
    const s = this.session();
    if (!s || s.state !== 'RUNNING') return;
    this.timer = setTimeout(() => {
      this.api.get(s.importId).subscribe({
        next: (next) => {
          this.session.set(next);
          if (next.state === 'DONE') this.referenceData.invalidate();
          if (next.state === 'FAILED')
            this.problem.set({
              type: 'about:blank',
              status: 400,
              title: $localize`:@@import.failed.title:Import fehlgeschlagen`,
              detail: next.error ?? $localize`:@@import.failed.detail:Es wurde nichts importiert.`,
            });
          this.poll();
        },
        error: (e) => this.problem.set(toProblem(e)),
      });
    }, 400);
  }

  private run(request: ReturnType<ImportApi['get']>, then?: () => void) {
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: (s) => {
        this.session.set(s);
        this.mapping.set({ ...s.mapping });
        this.defaultLead.set(s.defaultLeadOrgUnit ?? '');
        this.decisions.set(decisionsOf(s));
        this.busy.set(false);
        then?.();
      },
      error: (e) => {
        this.problem.set(toProblem(e));
        this.busy.set(false);
      },
    });
  }
}

/** The decisions a session's preview was made with, by key. */
function decisionsOf(session: ImportSession): Record<string, MasterDataDecision> {
  return Object.fromEntries(session.masterData.map((item) => [masterDataKey(item.kind, item.key), item.decision]));
}
