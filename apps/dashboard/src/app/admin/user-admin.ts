import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, Injector, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { ERASED_PERSON_NAME, type Page, type Problem, type User } from '@klimaschutz/contracts';
import { ROLE_LABELS } from '../shared/labels';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { confirmAction } from '../shared/confirm-dialog';
import { formatCount } from '../shared/format';
import { FormatDateTimePipe, YesNoPipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReferenceData } from '../shared/reference-data';
import { AdminApi } from './admin-api';
import { UserDialog, type UserDialogData } from './user-dialog';
import { ListTable, type ListTableTexts } from '../shared/list-parts';

@Component({
  selector: 'ksc-user-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ListTable,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    ProblemAlert,
    FormatDateTimePipe,
    YesNoPipe,
  ],
  templateUrl: './user-admin.html',
})
export class UserAdmin {
  protected readonly tableTexts: ListTableTexts = {
    region: $localize`:@@admin.users.tableRegion:Tabelle der Benutzerkonten`,
    caption: $localize`:@@admin.users.caption:Benutzerkonten`,
    loading: $localize`:@@admin.users.loading:Benutzerkonten werden geladen …`,
    empty: $localize`:@@admin.users.empty:Keine Benutzerkonten gefunden.`,
  };
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  // Dialogs are created by the root MatDialog; this injector lends them the route's Material defaults.
  private readonly injector = inject(Injector);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly locale = inject(LOCALE_ID);
  private readonly orgUnits = toSignal(
    inject(ReferenceData)
      .orgUnits()
      .pipe(catchError(() => of([]))),
    {
      initialValue: [],
    },
  );

  protected readonly roleLabels = ROLE_LABELS;
  private readonly session = inject(AuthSession);
  /** Nobody erases their own account or resets their own second factor here („Mein Konto“ does that, with password and code). */
  protected readonly myId = computed(() => this.session.user()?.id ?? null);
  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  private readonly revision = signal(0);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly result = signal<Page<User> | null>(null);
  protected readonly countText = computed(() =>
    formatCount(
      this.result()?.total ?? 0,
      $localize`:@@admin.users.count.one:Benutzerkonto`,
      $localize`:@@admin.users.count.other:Benutzerkonten`,
      this.locale,
    ),
  );
  private readonly query = computed(() => ({
    q: this.q(),
    page: this.page(),
    pageSize: this.pageSize(),
    revision: this.revision(),
  }));

  constructor() {
    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ q, page, pageSize }) =>
          this.api.listUsers(page, pageSize, q).pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        if (result) {
          this.problem.set(null);
          this.result.set(result);
          void this.announcer.announce($localize`:@@admin.users.found:${this.countText()}:count: gefunden`);
        }
      });
    this.search.valueChanges
      .pipe(
        debounceTime(350),
        map((q) => q.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        // A new search starts at page 1.
        this.page.set(1);
        this.q.set(q);
      });
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  /** A lost phone: the user signs in with the password alone again (or must set up a new app, if the role requires one). */
  protected resetTotp(user: User): void {
    confirmAction(this.dialog, {
      title: $localize`:@@admin.users.resetTotp.title:Zweiten Faktor zurücksetzen?`,
      message: $localize`:@@admin.users.resetTotp.message:${user.displayName}:name: meldet sich danach nur mit dem Passwort an und richtet die Authenticator-App neu ein. Alle Anmeldungen von ${user.displayName}:name: werden beendet.`,
      confirmLabel: $localize`:@@admin.users.resetTotp.confirm:Zurücksetzen`,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.api.resetTotp(user.id).subscribe({
        next: (saved) => {
          const message = $localize`:@@admin.users.resetTotp.done:Der zweite Faktor von ${saved.displayName}:name: wurde zurückgesetzt.`;
          this.notice.set(message);
          void this.announcer.announce(message);
          this.revision.update((n) => n + 1);
        },
        error: (error: unknown) => this.problem.set(toProblem(error)),
      });
    });
  }

  /** Asks, saying exactly what happens, then erases (anonymises) the account. */
  protected erase(user: User): void {
    confirmAction(this.dialog, {
      title: $localize`:@@admin.users.erase.title:${user.displayName}:name: löschen (anonymisieren)?`,
      message: $localize`:@@admin.users.erase.message:Das Benutzerkonto bleibt als Urheber dessen bestehen, was die Person in der Anwendung getan hat, damit die Verwaltung dafür Rechenschaft ablegen kann – aber ohne Bezug zur Person:`,
      details: [
        $localize`:@@admin.users.erase.detailName:Name wird „${ERASED_PERSON_NAME}:erasedName:“, die E-Mail-Adresse ein nicht zustellbarer Platzhalter.`,
        $localize`:@@admin.users.erase.detailSignIn:Passwort, Anmeldungen, Benachrichtigungen und Einstellungen werden gelöscht; die Person kann sich nicht mehr anmelden.`,
        $localize`:@@admin.users.erase.detailHistory:In der Änderungshistorie, bei Sachstandsmeldungen, Kennzahlwerten, gestarteten Aufgaben und in Teilnehmerlisten werden alle bisherigen Namen und E-Mail-Adressen der Person ersetzt.`,
        $localize`:@@admin.users.erase.detailFinal:Das lässt sich nicht rückgängig machen.`,
      ],
      confirmLabel: $localize`:@@admin.users.erase.confirm:Person löschen (anonymisieren)`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.eraseUser(user.id, user.version)),
      )
      .subscribe({
        next: () => {
          const message = $localize`:@@admin.users.erase.done:Das Benutzerkonto von ${user.displayName}:name: wurde gelöscht (anonymisiert).`;
          this.problem.set(null);
          this.notice.set(message);
          void this.announcer.announce(message);
          this.revision.update((n) => n + 1);
        },
        error: (error: unknown) => {
          this.problem.set(toProblem(error));
          this.revision.update((n) => n + 1);
        },
      });
  }

  protected open(user: User | null): void {
    const data: UserDialogData = { user, orgUnits: this.orgUnits() };
    this.dialog
      .open<UserDialog, UserDialogData, User>(UserDialog, { data, injector: this.injector, width: '40rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          const message = user
            ? $localize`:@@admin.users.saved:Das Benutzerkonto von ${saved.displayName}:name: wurde gespeichert.`
            : $localize`:@@admin.users.created:Das Benutzerkonto von ${saved.displayName}:name: wurde angelegt.`;
          this.notice.set(message);
          void this.announcer.announce(message);
          this.revision.update((n) => n + 1);
        }
      });
  }
}
