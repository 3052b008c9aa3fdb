import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { SITE_VIDEO_LIMITS, type Problem, type SitePageKey, type SitePageVideo } from '@klimaschutz/contracts';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { SiteContentApi } from './site-content-api';

/** The sign-language videos of a site page: upload (video with WebVTT captions) and removal. */
@Component({
  selector: 'ksc-site-video-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ProblemAlert],
  template: `
    <section aria-labelledby="site-videos-heading" data-testid="site-videos">
      <h2 id="site-videos-heading" i18n="@@admin.siteVideos.heading">Videos in Gebärdensprache</h2>
      @if (videos().length) {
        <ul class="videos">
          @for (video of videos(); track video.id) {
            <li data-testid="site-video-row">
              {{ video.title }} ({{ video.contentType === 'video/webm' ? 'WebM' : 'MP4' }}, {{ megabytes(video.sizeBytes) }} MB,
              @if (video.captionsUrl) {
                <ng-container i18n="@@admin.siteVideos.withCaptions">mit Untertiteln</ng-container>
              } @else {
                <ng-container i18n="@@admin.siteVideos.withoutCaptions">ohne Untertitel</ng-container>
              }
              )
              <button
                mat-stroked-button
                type="button"
                (click)="remove(video)"
                [disabled]="busy()"
                [attr.aria-label]="removeLabel(video.title)"
              >
                <ng-container i18n="@@admin.siteVideos.remove">Entfernen</ng-container>
              </button>
            </li>
          }
        </ul>
      } @else {
        <p i18n="@@admin.siteVideos.none">Noch keine Videos.</p>
      }
      <h3 i18n="@@admin.siteVideos.add">Video hinzufügen</h3>
      <p class="hint" id="site-video-hint" i18n="@@admin.siteVideos.hint">
        MP4 oder WebM, höchstens {{ maxMegabytes }} MB; Untertitel als WebVTT-Datei (.vtt).
      </p>
      <ksc-problem-alert [problem]="problem()" />
      <div class="fields">
        <label for="site-video-title" i18n="@@admin.siteVideos.title">Titel des Videos</label>
        <input
          id="site-video-title"
          type="text"
          maxlength="200"
          [value]="title()"
          (input)="title.set(value($event))"
          data-testid="site-video-title"
        />
        <label for="site-video-file" i18n="@@admin.siteVideos.file">Video (MP4 oder WebM)</label>
        <input
          id="site-video-file"
          type="file"
          accept="video/mp4,video/webm,.mp4,.webm"
          aria-describedby="site-video-hint"
          (change)="video.set(file($event))"
          data-testid="site-video-file"
        />
        <label for="site-video-captions" i18n="@@admin.siteVideos.captions">Untertitel (WebVTT)</label>
        <input
          id="site-video-captions"
          type="file"
          accept=".vtt,text/vtt"
          (change)="captions.set(file($event))"
          data-testid="site-video-captions"
        />
      </div>
      <button
        mat-flat-button
        type="button"
        (click)="upload()"
        [disabled]="busy()"
        data-testid="site-video-upload"
        i18n="@@admin.siteVideos.upload"
      >
        Video hochladen
      </button>
    </section>
  `,
  styles: `
    .videos li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
    .fields {
      display: grid;
      gap: 0.25rem;
      max-width: 40rem;
      margin-bottom: 1rem;
    }
    .fields input[type='text'] {
      padding: 0.5rem;
      font: inherit;
    }
  `,
})
export class SiteVideoAdmin {
  readonly pageKey = input.required<SitePageKey>();
  readonly videos = input.required<SitePageVideo[]>();
  /** After an upload or removal: the page is read again. */
  readonly changed = output<void>();

  private readonly api = inject(SiteContentApi);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly maxMegabytes = SITE_VIDEO_LIMITS.maxBytes / (1024 * 1024);
  protected readonly title = signal('');
  protected readonly video = signal<File | null>(null);
  protected readonly captions = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected removeLabel(title: string): string {
    return $localize`:@@admin.siteVideos.removeLabel:Video „${title}:title:“ entfernen`;
  }

  protected megabytes(bytes: number): string {
    return (bytes / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected file(event: Event): File | null {
    return (event.target as HTMLInputElement).files?.[0] ?? null;
  }

  protected upload(): void {
    const video = this.video();
    if (!this.title().trim() || !video) {
      this.problem.set({
        type: 'about:blank',
        title: $localize`:@@admin.siteVideos.missingTitle:Angaben fehlen`,
        status: 400,
        detail: $localize`:@@admin.siteVideos.missingDetail:Bitte einen Titel angeben und eine Videodatei wählen.`,
      });
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    this.api.addVideo(this.pageKey(), this.title().trim(), video, this.captions()).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.title.set('');
        void this.announcer.announce(
          $localize`:@@admin.siteVideos.uploaded:Das Video „${saved.title}:title:“ wurde hochgeladen und ist jetzt öffentlich sichtbar.`,
        );
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }

  protected remove(video: SitePageVideo): void {
    this.busy.set(true);
    this.api.deleteVideo(this.pageKey(), video.id).subscribe({
      next: () => {
        this.busy.set(false);
        void this.announcer.announce($localize`:@@admin.siteVideos.removed:Das Video „${video.title}:title:“ wurde entfernt.`);
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }
}
