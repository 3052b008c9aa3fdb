import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { SIGN_LANGUAGE_PAGE, SITE_PAGES, type Problem, type SitePage, type SitePageKey } from '@klimaschutz/contracts';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { EditConflict, isStaleVersion } from '../shared/edit-conflict';
import { applyServerErrors, toProblem } from '../shared/problem';
import { SaveConflict } from '../shared/save-conflict';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { SiteContentApi } from './site-content-api';
import { SiteVideoAdmin } from './site-video-admin';

const PAGE_LABELS: Record<SitePageKey, { label: string; path: string }> = {
  impressum: { label: $localize`:@@admin.sitePages.impressum:Impressum`, path: '/oeffentlich/impressum' },
  datenschutz: { label: $localize`:@@admin.sitePages.datenschutz:Datenschutzerklärung`, path: '/oeffentlich/datenschutz' },
  barrierefreiheit: {
    label: $localize`:@@admin.sitePages.barrierefreiheit:Erklärung zur Barrierefreiheit`,
    path: '/oeffentlich/barrierefreiheit',
  },
  'leichte-sprache': { label: $localize`:@@admin.sitePages.leichteSprache:Leichte Sprache`, path: '/oeffentlich/leichte-sprache' },
  gebaerdensprache: { label: $localize`:@@admin.sitePages.gebaerdensprache:Gebärdensprache`, path: '/oeffentlich/gebaerdensprache' },
};

/** Edits the texts of the public site pages, and the sign-language page's videos. */
@Component({
  selector: 'ksc-site-page-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ProblemAlert,
    SaveConflict,
    FormatDateTimePipe,
    ValidationMessagePipe,
    SiteVideoAdmin,
  ],
  templateUrl: './site-page-admin.html',
  styles: `
    .page-tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
    }
    .selected {
      font-weight: 700;
      border-width: 3px;
    }
  `,
})
export class SitePageAdmin {
  private readonly api = inject(SiteContentApi);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly keys = SITE_PAGES;
  protected readonly signLanguagePage = SIGN_LANGUAGE_PAGE;
  protected readonly labels = PAGE_LABELS;
  protected readonly selected = signal<SitePageKey>('impressum');
  protected readonly page = signal<SitePage | null>(null);
  protected readonly saving = signal(false);
  protected readonly conflict = new EditConflict<SitePage, { title: string; body: string }>({
    labels: { title: $localize`:@@admin.sitePages.field.title:Überschrift`, body: $localize`:@@admin.sitePages.field.body:Text` },
  });
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly notice = signal<string | null>(null);
  protected readonly messages = {
    title: $localize`:@@admin.sitePages.titleRequired:Bitte eine Überschrift angeben.`,
    body: $localize`:@@admin.sitePages.bodyRequired:Bitte einen Text eingeben.`,
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    body: ['', [Validators.required, Validators.maxLength(50000)]],
  });

  constructor() {
    this.load('impressum');
  }

  protected select(key: SitePageKey): void {
    this.notice.set(null);
    this.load(key);
  }

  protected save(): void {
    const page = this.page();
    if (!page) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { title, body } = this.form.getRawValue();
    this.saving.set(true);
    this.problem.set(null);
    this.unmatched.set([]);
    this.notice.set(null);
    this.conflict.clear();
    this.api.savePage(page.key, { title: title.trim(), body, version: page.version }).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.setPage(saved);
        // The public answer may be cached for a minute; revalidating it now means the editor's own
        // browser shows the new text on the public page at once.
        this.api.page(saved.key).subscribe({ error: () => undefined });
        const message = $localize`:@@admin.sitePages.saved:„${saved.title}:title:“ wurde gespeichert und ist jetzt öffentlich sichtbar.`;
        this.notice.set(message);
        void this.announcer.announce(message);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        if (isStaleVersion(problem)) {
          const started = { title: page.title, body: page.body };
          this.api.page(page.key).subscribe({
            next: (stored) =>
              this.conflict.show(stored, { title: stored.title, body: stored.body }, started, this.form.getRawValue(), {
                changedAt: stored.updatedAt,
              }),
            error: (e: unknown) => this.problem.set(toProblem(e)),
          });
          return;
        }
        this.problem.set(problem);
        this.unmatched.set(applyServerErrors(this.form, problem));
      },
    });
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    const resolved = this.conflict.resolve(keepMine, this.form.getRawValue());
    if (!resolved) return;
    this.page.set(resolved.record);
    this.form.reset(resolved.value);
    this.form.markAsDirty();
    if (keepMine) this.save();
  }

  /** After a video was added or removed: only the video list changes, the text being edited stays. */
  protected reloadVideos(): void {
    const key = this.selected();
    this.api.page(key).subscribe({
      next: (stored) => this.page.update((page) => (page && page.key === key ? { ...page, videos: stored.videos } : page)),
      error: (error: unknown) => this.problem.set(toProblem(error)),
    });
  }

  private load(key: SitePageKey): void {
    this.selected.set(key);
    this.page.set(null);
    this.problem.set(null);
    this.conflict.clear();
    this.api.page(key).subscribe({
      next: (page) => this.setPage(page),
      error: (error: unknown) => this.problem.set(toProblem(error)),
    });
  }

  private setPage(page: SitePage): void {
    this.page.set(page);
    this.conflict.clear();
    this.form.reset({ title: page.title, body: page.body });
  }
}
