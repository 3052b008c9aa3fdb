import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, Injector, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { FieldOfAction, Problem } from '@klimaschutz/contracts';
import { catchError, of, switchMap, tap } from 'rxjs';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { AdminApi } from './admin-api';
import { FieldOfActionDialog, type FieldOfActionDialogData } from './field-of-action-dialog';
import { ListTable, type ListTableTexts } from '../shared/list-parts';

@Component({
  selector: 'ksc-field-of-action-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListTable, MatButtonModule, ProblemAlert],
  templateUrl: './field-of-action-admin.html',
})
export class FieldOfActionAdmin {
  protected readonly tableTexts: ListTableTexts = {
    region: $localize`:@@admin.fields.tableRegion:Tabelle der Handlungsfelder`,
    caption: $localize`:@@admin.fields.caption:Handlungsfelder in ihrer Reihenfolge`,
    loading: $localize`:@@admin.fields.loading:Handlungsfelder werden geladen …`,
    empty: $localize`:@@admin.fields.empty:Es sind noch keine Handlungsfelder angelegt.`,
  };
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  // Dialogs are created by the root MatDialog; this injector lends them the route's Material defaults.
  private readonly injector = inject(Injector);
  private readonly announcer = inject(LiveAnnouncer);

  private readonly revision = signal(0);
  protected readonly fields = signal<FieldOfAction[]>([]);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    toObservable(this.revision)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(() =>
          this.api.listFieldsOfAction().pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((fields) => {
        this.loading.set(false);
        if (fields) {
          this.fields.set(fields);
          this.problem.set(null);
        }
      });
  }

  protected open(field: FieldOfAction | null): void {
    const nextSortOrder = Math.max(0, ...this.fields().map((f) => f.sortOrder)) + 10;
    const data: FieldOfActionDialogData = { field, nextSortOrder };
    this.dialog
      .open<FieldOfActionDialog, FieldOfActionDialogData, FieldOfAction>(FieldOfActionDialog, {
        data,
        injector: this.injector,
        width: '40rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        const message = field
          ? $localize`:@@admin.fields.saved:Das Handlungsfeld „${saved.name}:name:“ wurde gespeichert.`
          : $localize`:@@admin.fields.created:Das Handlungsfeld „${saved.name}:name:“ wurde angelegt.`;
        this.notice.set(message);
        void this.announcer.announce(message);
        this.revision.update((n) => n + 1);
      });
  }
}
