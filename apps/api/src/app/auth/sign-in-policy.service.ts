import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ROLES, type Role, type SignInPolicy, type SignInPolicyUpdate } from '@klimaschutz/contracts';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { staleVersion } from '../common/errors';
import type { AuthUser } from './auth-user';
import { SignInPolicyEntity } from './sign-in.entities';

const ID = 'default';

const toPolicy = (e: SignInPolicyEntity): SignInPolicy => ({
  totpRequiredRoles: ROLES.filter((role) => e.totpRequiredRoles.includes(role)),
  version: e.version,
  updatedAt: e.updatedAt.toISOString(),
});

/** Which roles must sign in with a second factor: one row, changed by admins, read at every sign-in. */
@Injectable()
export class SignInPolicyService {
  constructor(
    @InjectRepository(SignInPolicyEntity) private readonly policies: Repository<SignInPolicyEntity>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<SignInPolicy> {
    return toPolicy(await this.policies.findOneByOrFail({ id: ID }));
  }

  async requiresTotp(role: Role): Promise<boolean> {
    return (await this.get()).totpRequiredRoles.includes(role);
  }

  async update(dto: SignInPolicyUpdate, actor: AuthUser): Promise<SignInPolicy> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneByOrFail(SignInPolicyEntity, { id: ID });
      const roles = ROLES.filter((role) => dto.totpRequiredRoles.includes(role));
      const result = await manager.update(
        SignInPolicyEntity,
        { id: ID, version: dto.version },
        { totpRequiredRoles: roles, version: dto.version + 1 },
      );
      if (!result.affected) throw staleVersion('Die Anmelderichtlinie');
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        entityType: 'sign-in-policy',
        entityId: ID,
        entityLabel: 'Anmeldung mit zweitem Faktor',
        changes: [{ field: 'totpRequiredRoles', before: toPolicy(current).totpRequiredRoles, after: roles }],
      });
    });
    return this.get();
  }
}
