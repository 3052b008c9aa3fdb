import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';
import { UserEntity } from '../users/user.entity';
import { NotificationDraft, NotificationsService, PublishResult } from './notifications.service';
import { germanDate, germanDateRange, runSummary } from './texts';
import { dateInBerlin } from '../common/date-time';
import { isoWeek, type DigestContext, type DigestSection, type DigestSectionSource } from './digest';

/**
 * The weekly digest for climate managers. Features contribute sections with {@link registerSection}
 * in their `onModuleInit` (reports now; consultations and climate checks when they arrive); the digest
 * collects them per recipient and sends one notification per week, only if a section has something.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  private readonly logger = new Logger('Digest');
  private readonly sections = new Map<string, { source: DigestSectionSource; order: number }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
  ) {}

  /** `order` sorts the sections in the digest (lower first); a name registered again replaces the old source. */
  registerSection(name: string, source: DigestSectionSource, order = 100): void {
    this.sections.set(name, { source, order });
  }

  get sectionNames(): string[] {
    return [...this.sections.entries()].sort((a, b) => a[1].order - b[1].order).map(([name]) => name);
  }

  onModuleInit(): void {
    this.jobs.register({
      name: 'weekly-digest',
      description: 'Wochenübersicht für das Klimaschutzmanagement: neue Sachstandsmeldungen und weitere Eingänge',
      defaultSchedule: '30 7 * * 1',
      slotOf: (at) => isoWeek(dateInBerlin(at)),
      run: async () => {
        const result = await this.sendWeeklyDigest();
        return runSummary(result.created, ['Wochenübersicht', 'Wochenübersichten'], result.delivery, this.notifications.mailEnabled);
      },
    });
  }

  /** One digest per climate manager and ISO week, covering the seven days before `now`. */
  async sendWeeklyDigest(now = new Date()): Promise<PublishResult> {
    const manager = this.dataSource.manager;
    const week = isoWeek(dateInBerlin(now));
    const since = new Date(now.getTime() - 7 * 86_400_000);
    const recipients = await manager.find(UserEntity, { where: { role: 'CLIMATE_MANAGER', active: true }, order: { displayName: 'ASC' } });
    const [year, weekNo] = week.split('-W');
    const drafts: NotificationDraft[] = [];
    for (const recipient of recipients) {
      const sections = await this.collect({ recipient, since, until: now, manager });
      if (!sections.length) continue;
      const body = [
        `Ihre Wochenübersicht für KW ${Number(weekNo)}/${year} (${germanDateRange(since, now)}):`,
        ...sections.map((s) => [``, s.title, ...s.lines.map((l) => `– ${l}`)].join('\n')),
      ].join('\n');
      const bodyEn = [
        `Your weekly summary for week ${Number(weekNo)}/${year} (${germanDate(since)} to ${germanDate(now)}):`,
        ...sections.map((s) => [``, s.en.title, ...s.en.lines.map((l) => `– ${l}`)].join('\n')),
      ].join('\n');
      drafts.push({
        userId: recipient.id,
        kind: 'WEEKLY_DIGEST',
        subjectKey: `digest:${week}`,
        title: `Wochenübersicht Klimaschutz KW ${Number(weekNo)}/${year}`,
        body,
        en: { title: `Climate protection weekly summary, week ${Number(weekNo)}/${year}`, body: bodyEn },
        link: sections.find((s) => s.link)?.link ?? null,
      });
    }
    return this.notifications.publish(drafts);
  }

  private async collect(context: DigestContext): Promise<DigestSection[]> {
    const result: DigestSection[] = [];
    for (const name of this.sectionNames) {
      try {
        const section = await this.sections.get(name)!.source(context);
        if (section?.lines.length) result.push(section);
      } catch (error) {
        // One broken contribution must not cost the climate managers the whole digest.
        this.logger.error({ err: error, section: name }, 'digest section failed');
      }
    }
    return result;
  }
}
