import { Injectable, Logger, NotFoundException, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import type { Job, JobRun } from '@klimaschutz/contracts';
import { CronJob, CronTime } from 'cron';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import { JobRunEntity } from './job-run.entity';
import { isUniqueViolation } from '../common/errors';

export const JOB_TIME_ZONE = 'Europe/Berlin';

export interface JobDefinition {
  /** kebab-case, used in `POST /jobs/{name}/run` and in `JOB_SCHEDULE_<NAME>` (upper snake case). */
  name: string;
  description: string;
  defaultSchedule: string;
  /** The slot a scheduled run at `at` belongs to; one run per slot across all instances. */
  slotOf?: (at: Date) => string;
  /** Does the work; returns a short German summary. Must be idempotent. */
  run: () => Promise<string>;
}

export const envNameOf = (jobName: string) => `JOB_SCHEDULE_${jobName.toUpperCase().replace(/-/g, '_')}`;

const toJobRun = (r: JobRunEntity): JobRun => ({
  id: r.id,
  slot: r.slot,
  status: r.status,
  trigger: r.trigger,
  triggeredBy: r.triggeredBy,
  startedAt: r.startedAt.toISOString(),
  finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
  summary: r.summary,
  error: r.error,
});

/**
 * Registers the scheduled jobs of all features. Every run first claims its (job, slot) row; the
 * unique constraint lets exactly one instance win, so a job runs once per slot however many API
 * instances share the database. Feature modules register their jobs in `onModuleInit`.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, JobDefinition & { schedule: string }>();
  private started = false;

  constructor(
    @InjectRepository(JobRunEntity) private readonly runs: Repository<JobRunEntity>,
    private readonly scheduler: SchedulerRegistry,
    private readonly config: ConfigService,
  ) {}

  register(definition: JobDefinition): void {
    const configured = process.env[envNameOf(definition.name)]?.trim();
    const schedule = configured || definition.defaultSchedule;
    const valid = CronTime.validateCronExpression(schedule);
    if (!valid.valid) {
      throw new Error(`${envNameOf(definition.name)} is not a valid cron expression: "${schedule}"`);
    }
    this.jobs.set(definition.name, { ...definition, schedule });
  }

  onApplicationBootstrap(): void {
    if (!this.config.getOrThrow<AppConfig>('app').schedulerEnabled) return;
    for (const job of this.jobs.values()) {
      const cron = new CronJob(job.schedule, () => void this.runScheduled(job.name), null, false, JOB_TIME_ZONE);
      this.scheduler.addCronJob(job.name, cron);
      cron.start();
    }
    this.started = true;
  }

  onModuleDestroy(): void {
    if (!this.started) return;
    for (const name of this.jobs.keys()) {
      if (this.scheduler.doesExist('cron', name)) this.scheduler.deleteCronJob(name);
    }
  }

  async list(): Promise<Job[]> {
    const result: Job[] = [];
    for (const job of this.jobs.values()) {
      const last = await this.runs.findOne({ where: { jobName: job.name }, order: { startedAt: 'DESC' } });
      result.push({
        name: job.name,
        description: job.description,
        schedule: job.schedule,
        nextRun: new CronTime(job.schedule, JOB_TIME_ZONE).sendAt().toJSDate().toISOString(),
        lastRun: last ? toJobRun(last) : null,
      });
    }
    return result;
  }

  async history(name: string, limit = 20): Promise<JobRun[]> {
    this.get(name);
    const rows = await this.runs.find({ where: { jobName: name }, order: { startedAt: 'DESC' }, take: limit });
    return rows.map(toJobRun);
  }

  /** The scheduler's entry point: claims this slot, or does nothing if another instance has it. */
  async runScheduled(name: string, at = new Date()): Promise<JobRun | null> {
    const job = this.get(name);
    const slot = (job.slotOf ?? ((d: Date) => d.toISOString().slice(0, 16)))(at);
    return this.execute(job, slot, 'SCHEDULE', null);
  }

  /** An admin's "run now": always runs; the job's own idempotency keeps it from doing things twice. */
  async runNow(name: string, triggeredBy: string): Promise<JobRun> {
    const job = this.get(name);
    return (await this.execute(job, `manual:${randomUUID()}`, 'MANUAL', triggeredBy)) as JobRun;
  }

  private get(name: string): JobDefinition {
    const job = this.jobs.get(name);
    if (!job) throw new NotFoundException({ detail: `Den Job „${name}“ gibt es nicht.` });
    return job;
  }

  private async execute(job: JobDefinition, slot: string, trigger: 'SCHEDULE' | 'MANUAL', triggeredBy: string | null) {
    const claim = this.runs.create({
      jobName: job.name,
      slot,
      status: 'RUNNING',
      trigger,
      triggeredBy,
      startedAt: new Date(),
      finishedAt: null,
      summary: null,
      error: null,
    });
    try {
      await this.runs.insert(claim);
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    try {
      claim.summary = await job.run();
      claim.status = 'SUCCEEDED';
    } catch (error) {
      claim.status = 'FAILED';
      claim.error = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, job: job.name }, 'job failed');
    }
    claim.finishedAt = new Date();
    await this.runs.update(
      { id: claim.id },
      { status: claim.status, summary: claim.summary, error: claim.error, finishedAt: claim.finishedAt },
    );
    return toJobRun(claim);
  }
}
