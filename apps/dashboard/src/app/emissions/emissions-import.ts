import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type {
  EmissionImportExistingYearDecision,
  EmissionImportPreview,
  EmissionImportResult,
  EmissionImportSeverity,
  Problem,
} from '@klimaschutz/contracts';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { EmissionsApi } from './emissions-api';
import { formatKt } from './emissions-chart';

const SEVERITY_LABELS: Record<EmissionImportSeverity, string> = {
  INFO: $localize`:@@emissions.import.severity.info:Hinweis`,
  WARNING: $localize`:@@emissions.import.severity.warning:Warnung`,
  ERROR: $localize`:@@emissions.import.severity.error:Fehler`,
};

/**
 * `/thg-bilanz/import`: a balance file (CSV or XLSX) → the preview with every rule the import applied,
 * with its lines → the user's decisions → apply. Nothing is stored before „Übernehmen“.
 */
@Component({
  selector: 'ksc-emissions-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, ProblemAlert],
  templateUrl: './emissions-import.html',
  styles: `
    section {
      margin-block: 1.5rem;
    }
    .rules li {
      margin-bottom: 0.5rem;
    }
    .severity--error {
      font-weight: 700;
      color: var(--ksc-error-text);
    }
    .choices {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    .choices label {
      display: block;
      margin-block: 0.25rem;
    }
  `,
})
export class EmissionsImport {
  private readonly api = inject(EmissionsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly locale = inject(LOCALE_ID);

  protected readonly severityLabels = SEVERITY_LABELS;
  protected readonly file = signal<File | null>(null);
  protected readonly preview = signal<EmissionImportPreview | null>(null);
  protected readonly result = signal<EmissionImportResult | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly existingYears = signal<EmissionImportExistingYearDecision>('REPLACE');
  protected readonly usePlanRows = signal(true);

  protected readonly existing = computed(
    () =>
      this.preview()
        ?.years.filter((y) => y.exists)
        .map((y) => y.year) ?? [],
  );
  protected readonly newSectors = computed(() => this.preview()?.sectors.filter((s) => s.isNew) ?? []);
  protected readonly errors = computed(() => this.preview()?.rules.filter((r) => r.severity === 'ERROR').length ?? 0);

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.preview.set(null);
    this.result.set(null);
    this.problem.set(null);
  }

  protected check(): void {
    const file = this.file();
    if (!file) {
      this.problem.set({
        status: 400,
        title: $localize`:@@emissions.import.noFile:Keine Datei gewählt`,
        detail: $localize`:@@emissions.import.noFileDetail:Bitte wählen Sie eine CSV- oder Excel-Datei mit der Bilanz.`,
      });
      this.focus('#emissions-import-file');
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    this.api.preview(file).subscribe({
      next: (preview) => {
        this.busy.set(false);
        this.preview.set(preview);
        this.usePlanRows.set(preview.pathPoints.length > 0);
        this.focus('#emissions-preview-title');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }

  protected apply(): void {
    const [file, preview] = [this.file(), this.preview()];
    if (!file || !preview?.canApply) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api
      .apply(file, {
        token: preview.token,
        existingYears: this.existingYears(),
        ...(preview.pathPoints.length ? { usePlanRowsAsPath: this.usePlanRows() } : {}),
      })
      .subscribe({
        next: (result) => {
          this.busy.set(false);
          this.result.set(result);
          this.focus('#emissions-result-title');
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(toProblem(error));
        },
      });
  }

  protected restart(): void {
    this.file.set(null);
    this.preview.set(null);
    this.result.set(null);
    this.problem.set(null);
    this.focus('#emissions-import-file');
  }

  protected readonly newSectorNames = computed(() =>
    this.newSectors()
      .map((s) => s.name)
      .join(', '),
  );

  protected sectorNames(result: EmissionImportResult): string {
    return result.sectorsCreated.map((s) => s.name).join(', ');
  }

  protected pointScope(sectorName: string | null): string {
    return sectorName ?? $localize`:@@emissions.import.wholeCity:ganze Stadt`;
  }

  protected kt(t: number | null): string {
    return t === null ? '–' : formatKt(t, this.locale);
  }

  /** „Zeilen 14, 28“ / „Zeile 3“ / „ganze Datei“. */
  protected lines(lines: readonly number[]): string {
    if (!lines.length) return $localize`:@@emissions.import.wholeFile:ganze Datei`;
    const list = lines.join(', ');
    return lines.length === 1
      ? $localize`:@@emissions.import.line:Zeile ${list}:lines:`
      : $localize`:@@emissions.import.lines:Zeilen ${list}:lines:`;
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
