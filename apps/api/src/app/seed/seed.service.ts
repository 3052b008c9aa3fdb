import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { dateInBerlin, previousDay } from '../common/date-time';
import { hashPassword, verifyPassword } from '../auth/password';
import type { AppConfig } from '../config/app.config';
import { seedSnapshotHistory } from '../cockpit/snapshot-history';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { searchTextOf } from '../measures/measure-writes';
import { MilestoneEntity } from '../measures/milestone.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';
import { DEMO_PASSWORD, demoFieldsOfAction, demoMeasures, demoOrgUnits, demoUsers } from './demo-city.data';
import { seedDemoIndicators } from './demo-indicators';
import { seedDemoEmissions } from './demo-emissions';
import { seedDemoReports } from './demo-reports';
import { seedDemoStabsstelle } from './demo-stabsstelle';
import { Installation, StartRefusedError } from './installation';

/** Serialises seeding across API instances that start together on one PostgreSQL. */
async function lockForSeeding(manager: EntityManager) {
  if (manager.connection.options.type === 'postgres') await manager.query('SELECT pg_advisory_xact_lock(7240532)');
}

@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService,
    private readonly audit: AuditService,
    private readonly installation: Installation,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const app = this.config.getOrThrow<AppConfig>('app');
    if (app.initialAdmin) await this.ensureInitialAdmin(app.initialAdmin.email, app.initialAdmin.password);
    if (app.seedDemo) await this.seedDemoCity();
    this.installation.demoAccounts = await this.demoAccountsWithPublishedPassword();
    // A database tried out on a laptop and then put on a server keeps its demo accounts: other
    // machines must not reach an administrator whose password is in the README.
    if (this.installation.demo && !app.seedDemo && !app.localOnly) {
      throw new StartRefusedError(
        `The database holds demo accounts with the password published in the README (${this.installation.demoAccounts.join(', ')}), ` +
          `and PUBLIC_URL ${app.publicUrl} is reached from other machines. Start it once on this machine (without PUBLIC_URL) ` +
          'and deactivate those accounts or give them new passwords (Verwaltung → Benutzer), or use a new database; ' +
          'set SEED_DEMO=true only for a demo installation on an http test server.',
      );
    }
  }

  /** The demo city's active accounts that still have the published password. */
  private async demoAccountsWithPublishedPassword(): Promise<string[]> {
    const accounts = await this.dataSource
      .getRepository(UserEntity)
      .find({ select: { email: true, passwordHash: true }, where: { email: In(demoUsers.map((u) => u.email)), active: true } });
    const published = await Promise.all(
      accounts.map(async (a) => ((await verifyPassword(DEMO_PASSWORD, a.passwordHash)) ? a.email : null)),
    );
    return published.filter((email): email is string => email !== null).sort();
  }

  /** Creates the first admin only in a database without users, so a later restart never resets a password. */
  async ensureInitialAdmin(email: string, password: string): Promise<boolean> {
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      await lockForSeeding(manager);
      if ((await manager.count(UserEntity)) > 0) return false;
      const admin = manager.create(UserEntity, {
        email,
        displayName: 'Administrator',
        role: 'ADMIN',
        orgUnitId: null,
        active: true,
        passwordHash,
        lastLoginAt: null,
      });
      await manager.save(admin);
      await this.audit.record(manager, null, { action: 'CREATE', entityType: 'user', entityId: admin.id, entityLabel: email });
      this.logger.log('Initial administrator created');
      return true;
    });
  }

  /** Seeds Musterstadt into a database that has no org units and no measures yet. */
  async seedDemoCity(): Promise<boolean> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const seeded = await this.dataSource.transaction(async (manager) => {
      await lockForSeeding(manager);
      if ((await manager.count(OrgUnitEntity)) > 0 || (await manager.count(MeasureEntity)) > 0) return false;

      const orgUnits = new Map<string, OrgUnitEntity>();
      for (const unit of demoOrgUnits) {
        const entity = manager.create(OrgUnitEntity, {
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          email: unit.email ?? null,
          parentId: unit.parentCode ? orgId(orgUnits, unit.parentCode) : null,
          active: true,
        });
        orgUnits.set(unit.code, await manager.save(entity));
      }
      for (const user of demoUsers) {
        if (await manager.existsBy(UserEntity, { email: user.email })) continue;
        await manager.save(
          manager.create(UserEntity, {
            email: user.email,
            displayName: user.displayName,
            role: user.role,
            orgUnitId: user.orgUnitCode ? orgId(orgUnits, user.orgUnitCode) : null,
            active: true,
            passwordHash,
            lastLoginAt: null,
          }),
        );
      }
      const fields = new Map<string, FieldOfActionEntity>();
      for (const field of demoFieldsOfAction) {
        fields.set(field.code, await manager.save(manager.create(FieldOfActionEntity, { ...field })));
      }
      for (const demo of demoMeasures) {
        const { milestones, field, lead, participants, ...columns } = demo;
        const measure = manager.create(MeasureEntity, {
          ...columns,
          fieldOfActionId: fields.get(field)!.id,
          leadOrgUnitId: orgId(orgUnits, lead),
          participatingOrgUnits: participants.map((code) => orgUnits.get(code)!),
          archivedAt: null,
        });
        measure.searchText = searchTextOf(measure);
        await manager.save(measure);
        for (const milestone of milestones) {
          await manager.insert(MilestoneEntity, {
            measureId: measure.id,
            title: milestone.title,
            responsibleOrgUnitId: orgId(orgUnits, milestone.responsible),
            dueDate: milestone.dueDate,
            state: milestone.state,
            doneDate: milestone.doneDate ?? null,
          });
        }
      }
      // Reporting: one closed and one open period with reports, so inbox and review queue are not empty.
      await seedDemoReports(manager);
      await seedDemoIndicators(manager);
      // The GHG balance, targets and path, and the measures' sectors and lifetimes (issue #17).
      await seedDemoEmissions(manager);
      // The Stabsstelle's year: trainings, consultations and climate checks (demo-stabsstelle.ts).
      await seedDemoStabsstelle(manager, orgUnits);
      // A year of daily snapshots up to yesterday, so the mayor's first look at the trend shows a history.
      await seedSnapshotHistory(manager, previousDay(dateInBerlin(new Date())));
      return true;
    });
    if (seeded) this.logger.log(`Demo city Musterstadt seeded: ${demoMeasures.length} measures`);
    return seeded;
  }
}

function orgId(units: Map<string, OrgUnitEntity>, code: string): string {
  const unit = units.get(code);
  if (!unit) throw new Error(`Demo data names unknown org unit ${code}`);
  return unit.id;
}
