import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type {
  Locale,
  Notification,
  NotificationKind,
  NotificationPage,
  NotificationPreferences,
  ReadAllResult,
  Role,
  UnreadCount,
} from '@klimaschutz/contracts';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager, In, IsNull, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import { paging } from '../common/paging';
import type { AppConfig } from '../config/app.config';
import { UserEntity } from '../users/user.entity';
import { describeMailError, isTemporaryMailError, Mailer } from './mailer';
import { NotificationEntity, StoredEmailState } from './notification.entity';
import type { NotificationQueryDto } from './notifications.dto';
import { composeMail, noDelivery, truncate, type DeliveryResult } from './texts';

/** What a feature hands over to notify one user; the service adds id, time and email state. */
export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  /** With userId and kind the dedupe key: the same subject is never notified twice. */
  subjectKey: string;
  /** German: the stored default, shown to every reader whose interface is German. */
  title: string;
  body: string;
  /** The same notice in English, for readers whose interface is English. */
  en: { title: string; body: string };
  link: string | null;
}

export interface PublishResult {
  /** Notifications that were new; duplicates of earlier runs are not counted. */
  created: number;
  delivery: DeliveryResult;
}

/** SQLite allows ~32k bound parameters per statement; 13 columns × 500 rows stays well below. */
const INSERT_CHUNK = 500;
/** PENDING emails older than this were not picked up by the process that wrote them. */
const LEFTOVER_AFTER_MS = 2 * 60_000;
/** SENDING longer than this: the instance that claimed them stopped mid-delivery. */
const STUCK_AFTER_MS = 30 * 60_000;

/** A notification's wording in a reader's language; German where no English was written (older notices). */
export const wordingOf = (n: Pick<NotificationEntity, 'title' | 'body' | 'titleEn' | 'bodyEn'>, locale: Locale) =>
  locale === 'en' && n.titleEn !== null && n.bodyEn !== null ? { title: n.titleEn, body: n.bodyEn } : { title: n.title, body: n.body };

export const toNotification = (n: NotificationEntity, locale: Locale): Notification => ({
  id: n.id,
  kind: n.kind,
  ...wordingOf(n, locale),
  link: n.link,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt ? n.readAt.toISOString() : null,
  email: {
    state: n.emailState === 'SENDING' ? 'PENDING' : n.emailState,
    attempts: n.emailAttempts,
    sentAt: n.emailSentAt?.toISOString() ?? null,
  },
});

/**
 * The notification centre: writes notifications inside the caller's transaction (so they stand or
 * fall with the change or the job run), and mails them after the commit, with retries on
 * temporary SMTP failures. A failed email never loses the in-app notification.
 */
@Injectable()
export class NotificationsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly publicUrl: string;
  private readonly retryDelaysMs: number[];
  /** Aborts retry waits on shutdown; the emails stay PENDING for the next sweep. */
  private readonly shutdown = new AbortController();
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    config: ConfigService,
  ) {
    const app = config.getOrThrow<AppConfig>('app');
    this.publicUrl = app.publicUrl;
    this.retryDelaysMs = app.mail.retryDelaysMs;
  }

  get mailEnabled(): boolean {
    return this.mailer.enabled;
  }

  // ------------------------------------------------------------------ writing

  /**
   * Inserts the drafts that are new (per user, kind and subject) in the caller's transaction and
   * returns the ids of those; deliver them with {@link deliver} once the transaction has committed.
   */
  async create(manager: EntityManager, drafts: NotificationDraft[]): Promise<string[]> {
    if (!drafts.length) return [];
    const userIds = [...new Set(drafts.map((d) => d.userId))];
    const users = await manager.find(UserEntity, {
      select: { id: true, emailNotifications: true, active: true },
      where: { id: In(userIds) },
    });
    const wantsMail = new Map(users.map((u) => [u.id, u.active && u.emailNotifications]));
    const now = new Date();
    const rows = drafts
      .filter((d) => wantsMail.has(d.userId))
      .map((d) => {
        const state: StoredEmailState = this.mailer.enabled && wantsMail.get(d.userId) ? 'PENDING' : 'SKIPPED';
        return {
          id: randomUUID(),
          userId: d.userId,
          kind: d.kind,
          subjectKey: d.subjectKey,
          title: truncate(d.title, 300),
          body: d.body,
          titleEn: truncate(d.en.title, 300),
          bodyEn: d.en.body,
          link: d.link,
          createdAt: now,
          readAt: null,
          emailState: state,
          emailAttempts: 0,
          emailError: null,
          emailSentAt: null,
          emailUpdatedAt: now,
        };
      });
    const inserted: string[] = [];
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      // ON CONFLICT DO NOTHING (PostgreSQL) / INSERT OR IGNORE (SQLite): a duplicate neither fails
      // the transaction nor is written twice, also when two instances race for the same subject.
      await manager.createQueryBuilder().insert().into(NotificationEntity).values(chunk).orIgnore().updateEntity(false).execute();
      const ids = chunk.map((r) => r.id);
      const found = await manager.find(NotificationEntity, { select: { id: true }, where: { id: In(ids) } });
      inserted.push(...found.map((f) => f.id));
    }
    return inserted;
  }

  /**
   * For jobs: writes the drafts, then mails them and reports what happened. Each batch of up to 500
   * rows is one INSERT statement, atomic by itself; no transaction is held open across the batches,
   * because on SQLite that would block other instances' writes for as long. A run that breaks off
   * halfway loses nothing: the next run adds the rest, the dedupe key skips what is there.
   */
  async publish(drafts: NotificationDraft[]): Promise<PublishResult> {
    const ids = await this.create(this.dataSource.manager, drafts);
    return { created: ids.length, delivery: await this.deliver(ids) };
  }

  /** For requests: mails after the response, so a slow mail server never holds up a user. */
  deliverInBackground(ids: string[]): void {
    if (!ids.length) return;
    const task = this.deliver(ids).catch((error: unknown) => this.logger.error({ err: error }, 'email delivery failed'));
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
  }

  /**
   * Mails the given notifications. Each one is claimed first (PENDING → SENDING), so two instances
   * never send the same email. Temporary failures are retried in rounds with the configured waits;
   * the delivery state, attempts and last error are stored per notification.
   */
  async deliver(ids: string[]): Promise<DeliveryResult> {
    const result = noDelivery();
    if (!ids.length) return result;
    const rows: NotificationEntity[] = [];
    for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
      rows.push(
        ...(await this.dataSource.manager.find(NotificationEntity, {
          where: { id: In(ids.slice(i, i + INSERT_CHUNK)) },
          relations: { user: true },
        })),
      );
    }
    let queue: NotificationEntity[] = [];
    for (const row of rows) {
      if (row.emailState === 'SKIPPED') {
        result.skipped++;
        continue;
      }
      if (row.emailState !== 'PENDING') continue;
      const user = row.user!;
      if (!this.mailer.enabled || !user.active || !user.emailNotifications) {
        // The user switched email off (or was deactivated) after the notification was written.
        if (await this.transition(row.id, 'PENDING', { emailState: 'SKIPPED' })) result.skipped++;
        continue;
      }
      if (await this.transition(row.id, 'PENDING', { emailState: 'SENDING' })) queue.push(row);
    }

    for (let round = 0; queue.length; round++) {
      const retry: NotificationEntity[] = [];
      for (const row of queue) {
        const attempts = row.emailAttempts + 1;
        row.emailAttempts = attempts;
        try {
          await this.mailer.send({
            to: row.user!.email,
            ...composeMail({ ...wordingOf(row, row.user!.locale), link: row.link }, row.user!, this.publicUrl),
          });
          await this.transition(row.id, 'SENDING', {
            emailState: 'SENT',
            emailAttempts: attempts,
            emailSentAt: new Date(),
            emailError: null,
          });
          result.sent++;
        } catch (error) {
          const message = describeMailError(error);
          const again = isTemporaryMailError(error) && round < this.retryDelaysMs.length;
          await this.transition(row.id, 'SENDING', {
            emailState: again ? 'SENDING' : 'FAILED',
            emailAttempts: attempts,
            emailError: message,
          });
          if (again) retry.push(row);
          else {
            result.failed++;
            this.logger.warn({ notification: row.id, attempts, error: message }, 'email could not be delivered');
          }
        }
      }
      if (!retry.length) break;
      try {
        await sleep(this.retryDelaysMs[round], undefined, { signal: this.shutdown.signal });
      } catch {
        // Shutting down: hand the rest back; the next sweep (any instance) sends them.
        for (const row of retry) await this.transition(row.id, 'SENDING', { emailState: 'PENDING' });
        break;
      }
      queue = retry;
    }
    return result;
  }

  /** The sweep: emails a stopped instance left PENDING or SENDING are sent now. */
  async deliverLeftovers(now = new Date()): Promise<DeliveryResult> {
    const manager = this.dataSource.manager;
    await manager.update(
      NotificationEntity,
      { emailState: 'SENDING', emailUpdatedAt: LessThan(new Date(now.getTime() - STUCK_AFTER_MS)) },
      { emailState: 'PENDING', emailUpdatedAt: now },
    );
    const rows = await manager.find(NotificationEntity, {
      select: { id: true },
      where: { emailState: 'PENDING', emailUpdatedAt: LessThan(new Date(now.getTime() - LEFTOVER_AFTER_MS)) },
      order: { createdAt: 'ASC' },
      take: 1000,
    });
    return this.deliver(rows.map((r) => r.id));
  }

  /** Resolves once every background delivery started so far has finished, delivered or not. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.shutdown.abort();
    await this.settled();
  }

  /** A conditional state change: true if this caller made it (the row was still in `from`). */
  private async transition(id: string, from: StoredEmailState, changes: Partial<NotificationEntity>): Promise<boolean> {
    const result = await this.dataSource.manager.update(
      NotificationEntity,
      { id, emailState: from },
      { ...changes, emailUpdatedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  // ------------------------------------------------------------------ recipients

  /** Active users of the given role in each org unit, e.g. the DEPARTMENT users a reminder goes to. */
  async usersByOrgUnit(manager: EntityManager, orgUnitIds: string[], role: Role = 'DEPARTMENT'): Promise<Map<string, UserEntity[]>> {
    const map = new Map<string, UserEntity[]>();
    const ids = [...new Set(orgUnitIds)];
    if (!ids.length) return map;
    const users = await manager.find(UserEntity, { where: { role, active: true, orgUnitId: In(ids) }, order: { displayName: 'ASC' } });
    for (const u of users) {
      const list = map.get(u.orgUnitId!) ?? [];
      list.push(u);
      map.set(u.orgUnitId!, list);
    }
    return map;
  }

  // ------------------------------------------------------------------ the user's own centre

  async list(user: AuthUser, query: NotificationQueryDto): Promise<NotificationPage> {
    const { page, pageSize, skip } = paging(query);
    const qb = this.dataSource.manager.createQueryBuilder(NotificationEntity, 'n').where('n.userId = :userId', { userId: user.id });
    if (query.unread === 'true') qb.andWhere('n.readAt IS NULL');
    if (query.unread === 'false') qb.andWhere('n.readAt IS NOT NULL');
    const [rows, total] = await qb
      // Unread first, then newest first.
      .orderBy('CASE WHEN n.readAt IS NULL THEN 0 ELSE 1 END', 'ASC')
      .addOrderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'ASC')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();
    return {
      items: rows.map((row) => toNotification(row, user.locale)),
      total,
      page,
      pageSize,
      unread: (await this.unreadCount(user)).unread,
    };
  }

  async unreadCount(user: AuthUser): Promise<UnreadCount> {
    return { unread: await this.dataSource.manager.countBy(NotificationEntity, { userId: user.id, readAt: IsNull() }) };
  }

  /** Someone else's notification is answered like one that does not exist. */
  async markRead(user: AuthUser, id: string): Promise<Notification> {
    const manager = this.dataSource.manager;
    const row = await manager.findOne(NotificationEntity, { where: { id, userId: user.id } });
    if (!row) throw notFound('Die Benachrichtigung');
    if (!row.readAt) {
      row.readAt = new Date();
      await manager.update(NotificationEntity, { id, userId: user.id, readAt: IsNull() }, { readAt: row.readAt });
    }
    return toNotification(row, user.locale);
  }

  async markAllRead(user: AuthUser): Promise<ReadAllResult> {
    const result = await this.dataSource.manager.update(NotificationEntity, { userId: user.id, readAt: IsNull() }, { readAt: new Date() });
    return { marked: result.affected ?? 0, unread: (await this.unreadCount(user)).unread };
  }

  // ------------------------------------------------------------------ preferences

  async preferences(user: AuthUser): Promise<NotificationPreferences> {
    const row = await this.dataSource.manager.findOne(UserEntity, {
      select: { id: true, emailNotifications: true },
      where: { id: user.id },
    });
    if (!row) throw notFound('Der Benutzer');
    return { emailNotifications: row.emailNotifications, emailAvailable: this.mailer.enabled };
  }

  async updatePreferences(user: AuthUser, emailNotifications: boolean): Promise<NotificationPreferences> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(UserEntity, {
        select: { id: true, displayName: true, emailNotifications: true },
        where: { id: user.id },
      });
      if (!row) throw notFound('Der Benutzer');
      if (row.emailNotifications === emailNotifications) return;
      await manager.update(UserEntity, { id: user.id }, { emailNotifications });
      await this.audit.record(manager, user, {
        action: 'UPDATE',
        entityType: 'user',
        entityId: user.id,
        entityLabel: row.displayName,
        changes: [{ field: 'emailNotifications', before: row.emailNotifications, after: emailNotifications }],
      });
    });
    return this.preferences(user);
  }
}
