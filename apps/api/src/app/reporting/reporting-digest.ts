import { Injectable, OnModuleInit } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { DigestService } from '../notifications/digest.service';
import { type DigestContext, type DigestSection } from '../notifications/digest';
import { germanDate, plural } from '../notifications/texts';
import { missingReports } from './missing-reports';
import { ProgressReportEntity } from './progress-report.entity';
import { ReportingPeriodEntity } from './reporting-period.entity';
import { berlinDate } from './timeliness';

/** Longer lists are cut off in the digest; the app has the rest. */
const MAX_LINES = 10;

/** The reporting part of the climate managers' weekly digest: new reports to review, overdue ones. */
@Injectable()
export class ReportingDigest implements OnModuleInit {
  constructor(private readonly digest: DigestService) {}

  onModuleInit(): void {
    this.digest.registerSection('reports-to-review', (c) => this.toReview(c), 10);
    this.digest.registerSection('reports-overdue', (c) => this.overdue(c), 20);
  }

  async toReview({ manager, since, until }: DigestContext): Promise<DigestSection | null> {
    const waiting = await manager
      .createQueryBuilder(ProgressReportEntity, 'r')
      .innerJoinAndSelect('r.measure', 'm')
      .innerJoinAndSelect('r.orgUnit', 'o')
      .leftJoinAndSelect('r.period', 'p')
      .where('r.state = :submitted', { submitted: 'SUBMITTED' })
      .andWhere('m.archivedAt IS NULL')
      .orderBy('r.submittedAt', 'ASC')
      .addOrderBy('m.code', 'ASC')
      .getMany();
    if (!waiting.length) return null;
    const fresh = waiting.filter((r) => r.submittedAt && r.submittedAt >= since && r.submittedAt < until);
    const shown = fresh.slice(0, MAX_LINES);
    const lines = shown.map(
      (r) => `${r.measure!.code} ${r.measure!.title} – ${r.orgUnit!.name}, eingereicht am ${germanDate(r.submittedAt!)}`,
    );
    const linesEn = shown.map(
      (r) => `${r.measure!.code} ${r.measure!.title} – ${r.orgUnit!.name}, submitted on ${germanDate(r.submittedAt!)}`,
    );
    if (fresh.length > MAX_LINES) {
      lines.push(`… und ${fresh.length - MAX_LINES} weitere`);
      linesEn.push(`… and ${fresh.length - MAX_LINES} more`);
    }
    lines.push(`Insgesamt warten ${plural(waiting.length, 'Sachstandsmeldung', 'Sachstandsmeldungen')} auf Ihre Prüfung.`);
    linesEn.push(`In all, ${plural(waiting.length, 'progress report awaits', 'progress reports await')} your review.`);
    return {
      title: `Sachstandsmeldungen zur Prüfung (${fresh.length} neu seit der letzten Übersicht)`,
      lines,
      en: { title: `Progress reports to review (${fresh.length} new since the last summary)`, lines: linesEn },
      // The climate managers' review queue (dashboard route /pruefung).
      link: '/pruefung',
    };
  }

  async overdue({ manager, until }: DigestContext): Promise<DigestSection | null> {
    const today = berlinDate(until);
    const periods = await manager.find(ReportingPeriodEntity, {
      where: { closed: false, dueDate: LessThan(today) },
      order: { dueDate: 'ASC' },
    });
    const lines: string[] = [];
    const linesEn: string[] = [];
    for (const period of periods) {
      const missing = await missingReports(manager, period.id);
      if (missing.length) {
        lines.push(
          `${period.name}: ${plural(missing.length, 'Sachstandsmeldung fehlt', 'Sachstandsmeldungen fehlen')} (Abgabefrist ${germanDate(period.dueDate)})`,
        );
        linesEn.push(
          `${period.name}: ${plural(missing.length, 'progress report missing', 'progress reports missing')} (due ${germanDate(period.dueDate)})`,
        );
      }
    }
    return lines.length
      ? {
          title: 'Überfällige Sachstandsmeldungen',
          lines,
          en: { title: 'Overdue progress reports', lines: linesEn },
          link: '/berichtszeitraeume',
        }
      : null;
  }
}
