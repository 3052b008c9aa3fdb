import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import type { Problem } from '@klimaschutz/contracts';
import { API_BASE } from './api';
import { FileDownload } from './file-download';
import { toProblem } from './problem';
import { ProblemAlert } from './problem-alert';

/** What the API exports (`GET /exports/<resource>.<format>`), with the file name the server gives it. */
export const EXPORT_FILE_NAMES = {
  measures: 'massnahmen',
  reports: 'sachstaende',
  trainings: 'schulungen',
  consultations: 'beratungen',
  'climate-checks': 'klimachecks',
} as const;
export type ExportResource = keyof typeof EXPORT_FILE_NAMES;
export type ExportFormat = 'csv' | 'xlsx';

const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel (XLSX)' };

/** The download URL and file name of an export with the list's current filters (empty ones left out). */
export function exportFile(
  resource: ExportResource,
  format: ExportFormat,
  params: Record<string, string>,
): { url: string; fileName: string } {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== '')).toString();
  return {
    url: `${API_BASE}/exports/${resource}.${format}${query ? `?${query}` : ''}`,
    fileName: `${EXPORT_FILE_NAMES[resource]}.${format}`,
  };
}

/** "Exportieren" menu: the list as the user filtered it (all pages), as CSV for a German Excel or as XLSX. */
@Component({
  selector: 'ksc-export-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule, ProblemAlert],
  template: `
    <button mat-stroked-button type="button" [matMenuTriggerFor]="menu" [disabled]="busy()" [attr.data-testid]="'export-' + resource()">
      {{ busy() ? busyText : label() }}
    </button>
    <mat-menu #menu="matMenu">
      <button
        mat-menu-item
        type="button"
        (click)="download('csv')"
        [attr.data-testid]="'export-' + resource() + '-csv'"
        i18n="@@shared.export.csv"
      >
        Als CSV herunterladen
      </button>
      <button
        mat-menu-item
        type="button"
        (click)="download('xlsx')"
        [attr.data-testid]="'export-' + resource() + '-xlsx'"
        i18n="@@shared.export.xlsx"
      >
        Als Excel (XLSX) herunterladen
      </button>
    </mat-menu>
    <ksc-problem-alert [problem]="problem()" />
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      gap: 0.5rem;
    }
  `,
})
export class ExportMenu {
  readonly resource = input.required<ExportResource>();
  /** The list's filters as query parameters; empty values are left out. */
  readonly params = input<Record<string, string>>({});
  readonly label = input($localize`:@@shared.export.label:Exportieren`);

  private readonly files = inject(FileDownload);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly busy = signal(false);
  protected readonly busyText = $localize`:@@shared.export.busy:Export wird erstellt …`;
  protected readonly problem = signal<Problem | null>(null);

  protected download(format: ExportFormat): void {
    const { url, fileName } = exportFile(this.resource(), format, this.params());
    this.busy.set(true);
    this.problem.set(null);
    void this.announcer.announce(this.busyText);
    this.files.save(url, fileName).subscribe({
      next: () => {
        this.busy.set(false);
        const name = FORMAT_NAMES[format];
        void this.announcer.announce($localize`:@@shared.export.done:Export als ${name}:format: heruntergeladen.`);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }
}
