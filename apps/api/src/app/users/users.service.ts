import { BadRequestException, ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { ERASED_PERSON_NAME, type Page, type User } from '@klimaschutz/contracts';
import { DataSource, EntityManager, IsNull, LessThan, Not, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { diff } from '../audit/audit-entry';
import type { AuthUser } from '../auth/auth-user';
import { hashPassword } from '../auth/password';
import { assertPasswordAllowed } from '../auth/password-policy';
import { SessionEntity } from '../auth/session.entity';
import { SessionService } from '../auth/session.service';
import { TotpRecoveryCodeEntity } from '../auth/sign-in.entities';
import { TotpService } from '../auth/totp.service';
import type { AppConfig } from '../config/app.config';
import { notFound, staleVersion } from '../common/errors';
import { likePattern, paging, sortOrder } from '../common/paging';
import { lockRow } from '../common/raw-sql';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { PersonalDataService } from '../privacy/personal-data.service';
import { daysBefore } from '../common/date-time';
import { CreateUserDto, EraseUserDto, UpdateUserDto, UserQueryDto } from './users.dto';
import { UserEntity } from './user.entity';
import { erasedEmail, toUser } from './users.mapper';

const FIELDS = ['email', 'displayName', 'role', 'orgUnitId', 'active'] as const;

/** Not a scrypt hash, so no password matches it. */
const NO_PASSWORD = 'erased';

const erased = () =>
  new ConflictException({ detail: 'Das Benutzerkonto wurde gelöscht (anonymisiert) und kann nicht mehr geändert werden.' });

@Injectable()
export class UsersService implements OnModuleInit {
  private readonly cityName: string | null;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly totp: TotpService,
    private readonly personalData: PersonalDataService,
    private readonly config: ConfigService,
  ) {
    this.cityName = config.getOrThrow<AppConfig>('app').cityName;
  }

  onModuleInit(): void {
    const { loginsDays } = this.config.getOrThrow<AppConfig>('app').retention;
    this.personalData.registerRetention('last-logins', {
      what: 'Zeitpunkte der letzten Anmeldung',
      apply: async (manager, now) =>
        (await manager.update(UserEntity, { lastLoginAt: LessThan(daysBefore(now, loginsDays)) }, { lastLoginAt: null })).affected ?? 0,
    });
    // Sessions hold when someone signed in; `database-maintenance` deletes them a day after they end.
    this.personalData.registerEraser('sessions', async (manager, person) => {
      await manager.delete(SessionEntity, { userId: person.id });
    });
    this.personalData.registerEraser('second-factor-recovery-codes', async (manager, person) => {
      await manager.delete(TotpRecoveryCodeEntity, { userId: person.id });
    });
  }

  async list(query: UserQueryDto): Promise<Page<User>> {
    const { page, pageSize, skip } = paging(query);
    const [column, direction] = sortOrder(
      query.sort,
      { email: 'u.email', displayName: 'u.displayName', role: 'u.role', lastLoginAt: 'u.lastLoginAt' },
      ['u.displayName', 'ASC'],
    );
    const qb = this.users.createQueryBuilder('u').leftJoinAndSelect('u.orgUnit', 'o');
    if (query.q) {
      qb.andWhere("(LOWER(u.email) LIKE :q ESCAPE '\\' OR LOWER(u.displayName) LIKE :q ESCAPE '\\')", {
        q: likePattern(query.q),
      });
    }
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.orgUnitId) qb.andWhere('u.orgUnitId = :orgUnitId', { orgUnitId: query.orgUnitId });
    const [rows, total] = await qb.orderBy(column, direction).addOrderBy('u.id').skip(skip).take(pageSize).getManyAndCount();
    return { items: rows.map(toUser), total, page, pageSize };
  }

  async get(id: string): Promise<User> {
    const entity = await this.users.findOne({ where: { id }, relations: { orgUnit: true } });
    if (!entity) throw notFound('Der Benutzer');
    return toUser(entity);
  }

  async create(dto: CreateUserDto, actor: AuthUser | null): Promise<User> {
    assertPasswordAllowed(dto.password, { email: dto.email, displayName: dto.displayName, cityName: this.cityName });
    const passwordHash = await hashPassword(dto.password);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkEmailFree(manager, dto.email, null);
      await this.checkOrgUnit(manager, dto.role, dto.orgUnitId ?? null);
      const entity = manager.create(UserEntity, {
        email: dto.email,
        displayName: dto.displayName,
        role: dto.role,
        orgUnitId: dto.orgUnitId ?? null,
        active: dto.active ?? true,
        passwordHash,
        lastLoginAt: null,
      });
      await manager.save(entity);
      await this.audit.record(manager, actor, {
        action: 'CREATE',
        entityType: 'user',
        entityId: entity.id,
        entityLabel: entity.displayName,
        changes: diff({}, entity, FIELDS),
      });
      return entity.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateUserDto, actor: AuthUser): Promise<User> {
    if (dto.password !== undefined) {
      // Judged against the name and address the user will have after this change.
      const current = await this.users.findOneBy({ id });
      if (!current) throw notFound('Der Benutzer');
      assertPasswordAllowed(dto.password, {
        email: dto.email ?? current.email,
        displayName: dto.displayName ?? current.displayName,
        cityName: this.cityName,
      });
    }
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    let endSessions = false;
    await this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(UserEntity, { where: { id } });
      if (!entity) throw notFound('Der Benutzer');
      if (entity.erasedAt) throw erased();
      if (entity.version !== dto.version) throw staleVersion('Der Benutzer');
      if (id === actor.id && (dto.active === false || (dto.role && dto.role !== 'ADMIN'))) {
        throw new BadRequestException({ detail: 'Sie können sich nicht selbst deaktivieren oder Ihre Admin-Rolle entziehen.' });
      }
      if (dto.email && dto.email !== entity.email) await this.checkEmailFree(manager, dto.email, id);
      const { version, password: _password, ...changes } = dto;
      await this.checkOrgUnit(manager, changes.role ?? entity.role, changes.orgUnitId === undefined ? entity.orgUnitId : changes.orgUnitId);
      const before = { ...entity };
      const after = { ...entity, ...changes };
      const result = await manager.update(
        UserEntity,
        { id, version },
        { ...changes, ...(passwordHash ? { passwordHash } : {}), version: version + 1 },
      );
      if (!result.affected) throw staleVersion('Der Benutzer');
      const changeList = diff(before, after, FIELDS);
      if (passwordHash) changeList.push({ field: 'password', before: null, after: '(neu gesetzt)' });
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        entityType: 'user',
        entityId: id,
        entityLabel: after.displayName,
        changes: changeList,
      });
      // A new password, a new role or deactivation ends every open session of that user.
      endSessions = Boolean(passwordHash) || changes.active === false || (changes.role !== undefined && changes.role !== entity.role);
    });
    if (endSessions) await this.sessions.revokeAllOf(id);
    return this.get(id);
  }

  /** An admin removes someone else's second factor (a lost phone): audited, and all their sessions end. */
  async resetTotp(id: string, actor: AuthUser): Promise<User> {
    if (id === actor.id) {
      throw new BadRequestException({ detail: 'Ihren eigenen zweiten Faktor ändern Sie unter „Mein Konto“ (mit Passwort und Code).' });
    }
    const { enabled, user } = await this.totp.enabled(id);
    if (!enabled) throw new ConflictException({ detail: `Für ${user.displayName} ist kein zweiter Faktor eingerichtet.` });
    await this.totp.remove(id, actor, user.displayName, 'durch Systemverwaltung zurückgesetzt');
    await this.sessions.revokeAllOf(id);
    return this.get(id);
  }

  /**
   * Erasure on request (DSGVO Art. 17): the account stays, so reports, reviews and the history keep
   * an author the administration is accountable for, but it is anonymised — name and e-mail become
   * placeholders, password, sessions, notifications and preferences go — and every feature replaces
   * the person's names and addresses in what it wrote down (PersonalDataService). Not oneself, and
   * never the last active admin.
   */
  async erase(id: string, dto: EraseUserDto, actor: AuthUser): Promise<User> {
    if (id === actor.id) {
      throw new BadRequestException({
        detail:
          'Sie können Ihr eigenes Benutzerkonto nicht löschen. Bitten Sie eine andere Administratorin oder einen anderen Administrator darum.',
      });
    }
    await this.dataSource.transaction(async (manager) => {
      // Both rows, in one order: two admins erasing each other at once cannot both succeed.
      for (const rowId of [id, actor.id].sort()) await lockRow(manager, 'users', rowId);
      const entity = await manager.findOne(UserEntity, { where: { id } });
      if (!entity) throw notFound('Der Benutzer');
      if (entity.erasedAt) throw new ConflictException({ detail: 'Das Benutzerkonto ist bereits gelöscht (anonymisiert).' });
      if (entity.version !== dto.version) throw staleVersion('Der Benutzer');
      const otherAdmins = await manager.countBy(UserEntity, { role: 'ADMIN', active: true, erasedAt: IsNull(), id: Not(id) });
      if (!otherAdmins) {
        throw new ConflictException({
          detail: 'Das ist das letzte aktive Administrationskonto; ohne es könnte niemand mehr die Anwendung verwalten.',
        });
      }
      const history = await this.audit.identitiesOf(manager, id);
      const person = {
        id,
        names: [...new Set([entity.displayName, ...history.names])],
        emails: [...new Set([entity.email, ...history.emails])],
      };
      const result = await manager.update(
        UserEntity,
        { id, version: dto.version },
        {
          displayName: ERASED_PERSON_NAME,
          email: erasedEmail(id),
          passwordHash: NO_PASSWORD,
          active: false,
          emailNotifications: false,
          locale: 'de',
          lastLoginAt: null,
          totpSecret: null,
          totpPendingSecret: null,
          totpEnabledAt: null,
          totpLastStep: null,
          erasedAt: new Date(),
          version: dto.version + 1,
        },
      );
      if (!result.affected) throw staleVersion('Der Benutzer');
      await this.personalData.erase(manager, person);
      // The erasure itself is on record, without what was erased.
      await this.audit.record(manager, actor, { action: 'ERASE', entityType: 'user', entityId: id, entityLabel: ERASED_PERSON_NAME });
    });
    return this.get(id);
  }

  private async checkEmailFree(manager: EntityManager, email: string, selfId: string | null) {
    const other = await manager.findOne(UserEntity, { where: { email } });
    if (other && other.id !== selfId) {
      throw new ConflictException({
        detail: `Ein Benutzer mit der E-Mail-Adresse ${email} existiert bereits.`,
        errors: [{ field: 'email', message: 'Diese E-Mail-Adresse ist bereits vergeben.' }],
      });
    }
  }

  /** Department users act for their org unit, so they need one. */
  private async checkOrgUnit(manager: EntityManager, role: string, orgUnitId: string | null) {
    if (orgUnitId && !(await manager.existsBy(OrgUnitEntity, { id: orgUnitId }))) {
      throw new BadRequestException({
        detail: 'Die Organisationseinheit existiert nicht.',
        errors: [{ field: 'orgUnitId', message: 'Die Organisationseinheit existiert nicht.' }],
      });
    }
    if (role === 'DEPARTMENT' && !orgUnitId) {
      throw new BadRequestException({
        detail: 'Benutzer der Rolle Fachbereich brauchen eine Organisationseinheit.',
        errors: [{ field: 'orgUnitId', message: 'Bitte eine Organisationseinheit wählen.' }],
      });
    }
  }
}
