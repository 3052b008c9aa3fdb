import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { type OrgUnit, type Problem } from '@klimaschutz/contracts';
import { ORG_UNIT_KIND_LABELS } from '../shared/labels';
import { catchError, of, switchMap, tap } from 'rxjs';
import { ProblemAlert } from '../shared/problem-alert';
import { toProblem } from '../shared/problem';
import { AdminApi } from './admin-api';
import { OrgUnitDialog, type OrgUnitDialogData } from './org-unit-dialog';
import { branchIds, buildOrgUnitTree } from './org-unit-tree';

/** The org chart as nested lists with disclosure buttons, plus create/edit. */
@Component({
  selector: 'ksc-org-unit-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, MatButtonModule, ProblemAlert],
  templateUrl: './org-unit-admin.html',
  styleUrl: './org-unit-admin.scss',
})
export class OrgUnitAdmin {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  // Dialogs are created by the root MatDialog; this injector lends them the route's Material defaults.
  private readonly injector = inject(Injector);
  private readonly announcer = inject(LiveAnnouncer);

  private readonly revision = signal(0);
  protected readonly units = signal<OrgUnit[]>([]);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly tree = computed(() => buildOrgUnitTree(this.units()));
  /** Ids of expanded units; top level starts open. */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  constructor() {
    toObservable(this.revision)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(() =>
          this.api.listOrgUnits().pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((units) => {
        this.loading.set(false);
        if (units) {
          const firstLoad = this.units().length === 0;
          this.units.set(units);
          this.problem.set(null);
          if (firstLoad) {
            this.expanded.set(new Set(this.tree().map((node) => node.unit.id)));
          }
        }
      });
  }

  protected kindLabel(unit: OrgUnit): string {
    return ORG_UNIT_KIND_LABELS[unit.kind];
  }

  protected isExpanded(id: string): boolean {
    return this.expanded().has(id);
  }

  protected toggle(id: string): void {
    const next = new Set(this.expanded());
    if (!next.delete(id)) {
      next.add(id);
    }
    this.expanded.set(next);
  }

  protected expandAll(): void {
    this.expanded.set(new Set(branchIds(this.tree())));
  }

  protected collapseAll(): void {
    this.expanded.set(new Set());
  }

  protected open(unit: OrgUnit | null, parentId: string | null = null): void {
    const data: OrgUnitDialogData = { unit, parentId, units: this.units() };
    this.dialog
      .open<OrgUnitDialog, OrgUnitDialogData, OrgUnit>(OrgUnitDialog, { data, injector: this.injector, width: '40rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        const message = unit
          ? $localize`:@@admin.orgUnits.saved:Die Organisationseinheit „${saved.name}:name:“ wurde gespeichert.`
          : $localize`:@@admin.orgUnits.created:Die Organisationseinheit „${saved.name}:name:“ wurde angelegt.`;
        this.notice.set(message);
        void this.announcer.announce(message);
        if (saved.parentId) {
          this.expanded.set(new Set([...this.expanded(), saved.parentId]));
        }
        this.revision.update((n) => n + 1);
      });
  }
}
