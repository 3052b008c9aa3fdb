import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { Columns, fk } from '../columns';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);

    await queryRunner.createTable(
      new Table({
        name: 'org_units',
        columns: [
          c.id(),
          c.varchar('code', 20),
          c.varchar('name', 200),
          c.varchar('kind', 20),
          c.ref('parentId', true),
          c.varchar('email', 254, true),
          c.bool('active', true),
          c.version(),
          ...c.timestamps(),
        ],
        uniques: [{ name: 'UQ_org_units_code', columnNames: ['code'] }],
        foreignKeys: [fk('parentId', 'org_units', 'SET NULL')],
        indices: [{ name: 'IDX_org_units_parent', columnNames: ['parentId'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.id(),
          c.varchar('email', 254),
          c.varchar('displayName', 200),
          c.varchar('role', 20),
          c.ref('orgUnitId', true),
          c.bool('active', true),
          c.varchar('passwordHash', 300),
          c.bool('emailNotifications', true),
          c.timestamp('lastLoginAt', { nullable: true }),
          c.version(),
          ...c.timestamps(),
        ],
        uniques: [{ name: 'UQ_users_email', columnNames: ['email'] }],
        foreignKeys: [fk('orgUnitId', 'org_units', 'SET NULL')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          c.id(),
          c.varchar('tokenHash', 64),
          c.ref('userId'),
          c.timestamp('createdAt', { defaultNow: true }),
          c.timestamp('expiresAt'),
          c.timestamp('revokedAt', { nullable: true }),
        ],
        uniques: [{ name: 'UQ_sessions_token', columnNames: ['tokenHash'] }],
        foreignKeys: [fk('userId', 'users', 'CASCADE')],
        indices: [{ name: 'IDX_sessions_user', columnNames: ['userId'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'fields_of_action',
        columns: [
          c.id(),
          c.varchar('code', 10),
          c.varchar('name', 200),
          c.text('description'),
          c.int('sortOrder', 0),
          c.varchar('colour', 7, false, '#1b5e20'),
          c.version(),
          ...c.timestamps(),
        ],
        uniques: [{ name: 'UQ_fields_of_action_code', columnNames: ['code'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'measures',
        columns: [
          c.id(),
          c.varchar('code', 20),
          c.varchar('title', 300),
          c.text('summary'),
          c.text('description'),
          c.text('goal'),
          c.ref('fieldOfActionId'),
          c.ref('leadOrgUnitId'),
          c.text('externalActors'),
          c.varchar('targetGroup', 500, true),
          c.varchar('priority', 10, false, 'MEDIUM'),
          c.varchar('status', 20, false, 'PLANNED'),
          c.varchar('assessment', 20, false, 'NOT_ASSESSED'),
          c.int('progressPercent', 0),
          c.date('plannedStart'),
          c.date('plannedEnd'),
          c.date('actualStart'),
          c.date('actualEnd'),
          c.double('costEstimateEur'),
          c.varchar('fundingSource', 500, true),
          c.double('ghgReductionTargetT'),
          c.double('ghgReductionAchievedT'),
          c.varchar('responsibleContact', 300, true),
          c.text('internalNotes'),
          c.bool('published', false),
          c.text('publicSummary'),
          // Lower-cased code, title and texts, so that `q` finds "Wärme" as "wärme" on both engines.
          c.text('searchText', false),
          c.timestamp('archivedAt', { nullable: true }),
          c.version(),
          ...c.timestamps(),
        ],
        uniques: [{ name: 'UQ_measures_code', columnNames: ['code'] }],
        foreignKeys: [fk('fieldOfActionId', 'fields_of_action'), fk('leadOrgUnitId', 'org_units')],
        indices: [
          { name: 'IDX_measures_field', columnNames: ['fieldOfActionId'] },
          { name: 'IDX_measures_lead', columnNames: ['leadOrgUnitId'] },
          { name: 'IDX_measures_status', columnNames: ['status'] },
          { name: 'IDX_measures_updated', columnNames: ['updatedAt'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'measure_participants',
        columns: [
          { ...c.ref('measureId'), isPrimary: true },
          { ...c.ref('orgUnitId'), isPrimary: true },
        ],
        foreignKeys: [fk('measureId', 'measures', 'CASCADE'), fk('orgUnitId', 'org_units', 'CASCADE')],
      }),
    );
    await queryRunner.createIndex(
      'measure_participants',
      new TableIndex({ name: 'IDX_measure_participants_org', columnNames: ['orgUnitId'] }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'milestones',
        columns: [
          c.id(),
          c.ref('measureId'),
          c.varchar('title', 300),
          c.ref('responsibleOrgUnitId', true),
          c.date('dueDate'),
          c.varchar('state', 20, false, 'OPEN'),
          c.date('doneDate'),
          c.version(),
          ...c.timestamps(),
        ],
        foreignKeys: [fk('measureId', 'measures', 'CASCADE'), fk('responsibleOrgUnitId', 'org_units', 'SET NULL')],
        indices: [
          { name: 'IDX_milestones_measure', columnNames: ['measureId'] },
          { name: 'IDX_milestones_org_due', columnNames: ['responsibleOrgUnitId', 'dueDate'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          c.id(),
          c.timestamp('at', { defaultNow: true }),
          c.ref('actorId', true),
          c.varchar('actorName', 200, true),
          c.varchar('action', 20),
          c.varchar('entityType', 40),
          c.varchar('entityId', 36),
          c.varchar('entityLabel', 300, true),
          // The record a child belongs to (a milestone's measure), so the parent's history shows it.
          c.varchar('scopeId', 36, true),
          c.text('changes', false),
        ],
        foreignKeys: [fk('actorId', 'users', 'SET NULL')],
        indices: [
          { name: 'IDX_audit_entity', columnNames: ['entityType', 'entityId', 'at'] },
          { name: 'IDX_audit_at', columnNames: ['at'] },
          { name: 'IDX_audit_scope', columnNames: ['scopeId'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'milestones',
      'measure_participants',
      'measures',
      'fields_of_action',
      'sessions',
      'users',
      'org_units',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
