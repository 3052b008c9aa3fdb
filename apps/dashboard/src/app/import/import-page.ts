import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
  type ImportRowAction,
  type ImportRowKind,
  type ImportSession,
  type Problem,
} from '@klimaschutz/contracts';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReferenceData } from '../shared/reference-data';
import { FileDownload } from '../shared/file-download';
import { ImportApi, TEMPLATE_URL } from './import-api';

const KIND_LABELS: Record<ImportRowKind, string> = {
  FIELD_OF_ACTION: 'Handlungsfeld',
  MEASURE: 'Maßnahme',
  PLAN: 'Plantext',
  REPORT: 'Sachstand',
};
const ACTION_LABELS: Record<ImportRowAction, string> = {
  CREATE: 'wird angelegt',
  UPDATE: 'wird geändert',
  UNCHANGED: 'unverändert',
  ERROR: 'Fehler',
};

/** The import wizard: file → column mapping → preview → confirm → progress → result. */
@Component({
  selector: 'ksc-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, ProblemAlert],
  templateUrl: './import-page.html',
  styles: `
    .steps { display: flex; gap: 1rem; list-style: none; padding: 0; flex-wrap: wrap; }
    .steps li[aria-current='step'] { font-weight: 700; text-decoration: underline; }
    .counts { display: grid; grid-template-columns: max-content max-content max-content; gap: 0.25rem 1.5rem; }
    section { margin-block: 1.5rem; }
    select { min-width: 16rem; max-width: 100%; padding: 0.25rem; }
    .field { display: flex; flex-direction: column; gap: 0.25rem; max-width: 40rem; }
    progress { width: 100%; max-width: 30rem; height: 1.25rem; }
  `,
})
export class ImportPage {
  private readonly api = inject(ImportApi);
  private readonly files = inject(FileDownload);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly fields = IMPORT_FIELDS;
  protected readonly fieldLabels = IMPORT_FIELD_LABELS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly stepNames = ['Datei wählen', 'Spalten zuordnen', 'Vorschau', 'Bestätigen', 'Fortschritt', 'Ergebnis'];

  protected readonly file = signal<File | null>(null);
  protected readonly session = signal<ImportSession | null>(null);
  protected readonly mapping = signal<ImportMapping>({});
  /** Code of the org unit that leads new measures whose row names none; '' = the automatic choice. */
  protected readonly defaultLead = signal('');
  protected readonly orgUnits = toSignal(
    inject(ReferenceData)
      .orgUnits()
      .pipe(
        map((units) => units.filter((u) => u.active)),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly step = computed(() => {
    const s = this.session();
    if (!s) return 0;
    if (s.state === 'RUNNING') return 4;
    if (s.state === 'DONE') return 5;
    return 2;
  });
  /** The mapping or the default lead differ from what the shown preview was made with. */
  protected readonly mappingChanged = computed(() => {
    const s = this.session();
    return !!s && (JSON.stringify(s.mapping) !== JSON.stringify(this.mapping()) || (s.defaultLeadOrgUnit ?? '') !== this.defaultLead());
  });
  protected readonly canCommit = computed(() => {
    const s = this.session();
    return !!s && s.state !== 'RUNNING' && s.state !== 'DONE' && s.preview.errors.length === 0 && !this.mappingChanged() && !this.busy();
  });
  protected readonly shownRows = computed(() => this.session()?.preview.rows.slice(0, 300) ?? []);

  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    this.destroyRef.onDestroy(() => this.timer && clearTimeout(this.timer));
  }

  protected pick(event: Event) {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
  }

  protected upload() {
    const file = this.file();
    if (!file) {
      this.problem.set({ type: 'about:blank', status: 400, title: 'Keine Datei', detail: 'Bitte zuerst eine CSV- oder Excel-Datei wählen.' });
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

  protected refreshPreview() {
    const s = this.session();
    if (s) this.run(this.api.preview(s.importId, { mapping: this.mapping(), defaultLeadOrgUnit: this.defaultLead() || null }));
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
  }

  private poll() {
    const s = this.session();
    if (!s || s.state !== 'RUNNING') return;
    this.timer = setTimeout(() => {
      this.api.get(s.importId).subscribe({
        next: (next) => {
          this.session.set(next);
          if (next.state === 'FAILED') this.problem.set({ type: 'about:blank', status: 400, title: 'Import fehlgeschlagen', detail: next.error ?? 'Es wurde nichts importiert.' });
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
