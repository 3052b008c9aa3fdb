import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Feedback, FeedbackForm, Page } from '@klimaschutz/contracts';
import { DataSource, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { notFound, staleVersion } from '../common/errors';
import { PageQueryDto, paging } from '../common/paging';
import type { AppConfig } from '../config/app.config';
import { PersonalDataService } from '../privacy/personal-data.service';
import { daysBefore } from '../common/date-time';
import { FeedbackFormTokens } from './feedback-form';
import { FeedbackDto, UpdateFeedbackDto, VersionDto } from './public.dto';
import { FeedbackEntity } from './public.entities';

const toFeedback = (f: FeedbackEntity): Feedback => ({
  id: f.id,
  message: f.message,
  page: f.page,
  name: f.name,
  email: f.email,
  handled: f.handled,
  handledAt: f.handledAt ? f.handledAt.toISOString() : null,
  createdAt: f.createdAt.toISOString(),
  version: f.version,
});

/**
 * Citizens' feedback (barrier reports, BITV 2.0 § 7): taken from anyone behind the spam limits
 * (per-address limit, honeypot, time trap — no third-party service), handled by the communication
 * unit and admins, erasable on request, and deleted RETENTION_FEEDBACK_DAYS after it was closed.
 */
@Injectable()
export class FeedbackService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tokens: FeedbackFormTokens,
    private readonly personalData: PersonalDataService,
    private readonly config: ConfigService,
  ) {}

  onModuleInit(): void {
    const { feedbackDays } = this.config.getOrThrow<AppConfig>('app').retention;
    this.personalData.registerRetention('closed-feedback', {
      what: 'erledigte Rückmeldungen',
      apply: async (manager, now) => {
        const old = await manager.find(FeedbackEntity, {
          select: { id: true },
          where: { handled: true, handledAt: LessThan(daysBefore(now, feedbackDays)) },
        });
        const ids = old.map((f) => f.id);
        await this.audit.forget(manager, 'feedback', ids);
        for (let i = 0; i < ids.length; i += 500) await manager.delete(FeedbackEntity, ids.slice(i, i + 500));
        return ids.length;
      },
    });
  }

  form(): Promise<FeedbackForm> {
    return this.tokens.issue();
  }

  /**
   * Stores a citizen's message. A filled-in honeypot is answered like a success and stores nothing
   * (a robot learns nothing); a missing, too fresh or expired form token is refused with a message
   * that says what to do, since a person may have caused it.
   */
  async submit(dto: FeedbackDto): Promise<{ received: true }> {
    if (dto.website) return { received: true };
    await this.tokens.check(dto.formToken);
    await this.dataSource.manager.insert(FeedbackEntity, {
      message: dto.message,
      page: dto.page ?? null,
      name: dto.name ?? null,
      email: dto.email ?? null,
      handled: false,
      handledAt: null,
    });
    return { received: true };
  }

  async list(query: PageQueryDto): Promise<Page<Feedback>> {
    const { page, pageSize, skip } = paging(query);
    const [rows, total] = await this.dataSource.manager.findAndCount(FeedbackEntity, {
      order: { handled: 'ASC', createdAt: 'DESC', id: 'ASC' },
      skip,
      take: pageSize,
    });
    return { items: rows.map(toFeedback), total, page, pageSize };
  }

  async update(id: string, dto: UpdateFeedbackDto, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(FeedbackEntity, { where: { id } });
      if (!row) throw notFound('Die Rückmeldung');
      const handledAt = dto.handled ? (row.handled ? row.handledAt : new Date()) : null;
      const result = await manager.update(
        FeedbackEntity,
        { id, version: dto.version },
        { handled: dto.handled, handledAt, version: dto.version + 1 },
      );
      if (!result.affected) throw staleVersion('Die Rückmeldung');
      await this.audit.record(manager, user, {
        action: 'UPDATE',
        entityType: 'feedback',
        entityId: id,
        changes: [{ field: 'handled', before: row.handled, after: dto.handled }],
      });
    });
  }

  /** Deletes the feedback and its history (DSGVO Art. 17); the history keeps only that it was deleted, by whom. */
  async erase(id: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(FeedbackEntity, { id });
      if (!result.affected) throw notFound('Die Rückmeldung');
      await this.audit.forget(manager, 'feedback', [id]);
      await this.audit.record(manager, user, { action: 'DELETE', entityType: 'feedback', entityId: id });
    });
  }

  /** Removes the sender's name and e-mail address, keeping the message (e.g. once the answer was sent). */
  async eraseSender(id: string, dto: VersionDto, user: AuthUser): Promise<Feedback> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(FeedbackEntity, { where: { id } });
      if (!row) throw notFound('Die Rückmeldung');
      const result = await manager.update(
        FeedbackEntity,
        { id, version: dto.version },
        { name: null, email: null, version: dto.version + 1 },
      );
      if (!result.affected) throw staleVersion('Die Rückmeldung');
      // On record that it happened, not what was removed.
      await this.audit.record(manager, user, { action: 'ERASE', entityType: 'feedback', entityId: id });
      return toFeedback({ ...row, name: null, email: null, version: dto.version + 1 });
    });
  }
}
