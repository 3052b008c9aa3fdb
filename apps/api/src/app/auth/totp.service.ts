import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AccountSecurity, RecoveryCodes, TotpEnrolment } from '@klimaschutz/contracts';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/errors';
import { UserEntity } from '../users/user.entity';
import { AppSecrets } from '../common/app-secrets';
import type { AuthUser } from './auth-user';
import { SignInPolicyService } from './sign-in-policy.service';
import { TotpRecoveryCodeEntity } from './sign-in.entities';

const ISSUER = 'Klimaschutz-Cockpit';
const PERIOD_SECONDS = 30;
const RECOVERY_CODES = 10;
/** Base32 without look-alikes is overkill here: codes are typed from a printout, case-insensitive. */
const CODE_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** "k7m2 q9xp-W4aa…" → "k7m2q9xpw4aa…": spaces, dashes and case do not matter when typing one. */
const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');

/** 16 characters (80 bits) in groups of four: too many to guess, so a plain SHA-256 stores it safely. */
function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

const totpFor = (secretBase32: string, email: string) =>
  new TOTP({ issuer: ISSUER, label: email, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });

/**
 * The TOTP second factor (RFC 6238, as every authenticator app speaks it): enrolment with a QR code
 * and the secret as text, confirmation with a first code, one-time recovery codes, and the check at
 * sign-in. Secrets are stored encrypted (AES-256-GCM under a per-database key in `app_secrets`) and
 * never leave the server after enrolment; an accepted code's time step is stored, so that neither
 * that code nor an older one is accepted again.
 */
@Injectable()
export class TotpService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(TotpRecoveryCodeEntity) private readonly recoveryCodes: Repository<TotpRecoveryCodeEntity>,
    private readonly dataSource: DataSource,
    private readonly secrets: AppSecrets,
    private readonly audit: AuditService,
    private readonly policy: SignInPolicyService,
  ) {}

  async status(actor: AuthUser): Promise<AccountSecurity> {
    const user = await this.users.findOneByOrFail({ id: actor.id });
    return {
      totpEnabled: user.totpEnabledAt !== null,
      totpRequired: await this.policy.requiresTotp(actor.role),
      recoveryCodesLeft: await this.recoveryCodes.countBy({ userId: actor.id }),
    };
  }

  /** Starts (or restarts) an enrolment: a new secret, valid once confirmed with a code. */
  async start(actor: AuthUser): Promise<TotpEnrolment> {
    const user = await this.users.findOneByOrFail({ id: actor.id });
    if (user.totpEnabledAt) {
      throw new ConflictException({
        detail: 'Die Anmeldung mit Authenticator-App ist bereits eingerichtet. Um das Gerät zu wechseln, deaktivieren Sie sie zuerst.',
      });
    }
    const secret = new Secret({ size: 20 }).base32;
    await this.users.update({ id: actor.id }, { totpPendingSecret: await this.encrypt(secret) });
    const otpauthUri = totpFor(secret, user.email).toString();
    const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, otpauthUri, qrSvg };
  }

  /** Confirms the enrolment with a first code; answers the recovery codes, shown this once. */
  async confirm(actor: AuthUser, code: string): Promise<RecoveryCodes> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.totpPendingSecret')
      .where('u.id = :id', { id: actor.id })
      .getOneOrFail();
    if (user.totpEnabledAt) throw new ConflictException({ detail: 'Die Anmeldung mit Authenticator-App ist bereits eingerichtet.' });
    if (!user.totpPendingSecret) throw new ConflictException({ detail: 'Bitte starten Sie die Einrichtung zuerst.' });
    const secret = await this.decrypt(user.totpPendingSecret);
    const step = this.matchingStep(secret, user.email, code);
    if (step === null) {
      throw new BadRequestException({
        detail: 'Der Code stimmt nicht. Bitte geben Sie den sechsstelligen Code ein, den die App gerade anzeigt.',
        errors: [{ field: 'code', message: 'Der Code stimmt nicht.' }],
      });
    }
    const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: actor.id },
        { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: step },
      );
      await manager.delete(TotpRecoveryCodeEntity, { userId: actor.id });
      await manager.insert(
        TotpRecoveryCodeEntity,
        codes.map((c) => ({ userId: actor.id, codeHash: sha256(normaliseRecoveryCode(c)) })),
      );
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        entityType: 'user',
        entityId: actor.id,
        entityLabel: actor.displayName,
        changes: [{ field: 'totp', before: 'aus', after: 'eingerichtet' }],
      });
    });
    return { recoveryCodes: codes };
  }

  /**
   * A code of the app or an unused recovery code, each accepted once. 'TOTP' / 'RECOVERY' = which
   * one it was; null = neither (wrong, replayed, or no second factor set up).
   */
  async verify(userId: string, code: string): Promise<'TOTP' | 'RECOVERY' | null> {
    const given = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(given)) {
      const user = await this.users.createQueryBuilder('u').addSelect('u.totpSecret').where('u.id = :id', { id: userId }).getOne();
      if (!user?.totpSecret || !user.totpEnabledAt) return null;
      const step = this.matchingStep(await this.decrypt(user.totpSecret), user.email, given);
      if (step === null) return null;
      // Only a newer step than the last one accepted: one atomic update, so two instances cannot both accept a code.
      const result = await this.users
        .createQueryBuilder()
        .update()
        .set({ totpLastStep: step })
        .where('id = :id AND ("totpLastStep" IS NULL OR "totpLastStep" < :step)', { id: userId, step })
        .execute();
      return result.affected ? 'TOTP' : null;
    }
    const normalised = normaliseRecoveryCode(given);
    if (!/^[a-z0-9]{16}$/.test(normalised)) return null;
    const used = await this.recoveryCodes.delete({ userId, codeHash: sha256(normalised) });
    return used.affected ? 'RECOVERY' : null;
  }

  /** Removes the second factor (its owner with password and code, or an admin); the caller audits and ends sessions. */
  async remove(userId: string, actor: AuthUser, label: string, how: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: userId },
        { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
      );
      await manager.delete(TotpRecoveryCodeEntity, { userId });
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        entityType: 'user',
        entityId: userId,
        entityLabel: label,
        changes: [{ field: 'totp', before: 'eingerichtet', after: how }],
      });
    });
  }

  /** Whether this user has a second factor; 404 for an unknown id. */
  async enabled(userId: string): Promise<{ enabled: boolean; user: UserEntity }> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw notFound('Der Benutzer');
    return { enabled: user.totpEnabledAt !== null, user };
  }

  /** The time step of the code within ±1 step (30 s either way, for clocks that drift), or null. */
  private matchingStep(secret: string, email: string, code: string): number | null {
    const given = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(given)) return null;
    const now = Date.now();
    const delta = totpFor(secret, email).validate({ token: given, timestamp: now, window: 1 });
    return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  }

  private async encrypt(secret: string): Promise<string> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await this.secrets.get('totp-key'), iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
  }

  private async decrypt(stored: string): Promise<string> {
    const raw = Buffer.from(stored.slice('v1:'.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', await this.secrets.get('totp-key'), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
