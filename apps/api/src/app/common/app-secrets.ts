import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppSecretEntity } from '../auth/throttle-counter.entity';

/**
 * Random keys made once per database by whichever instance asks first, shared by every instance on
 * it (`app_secrets`): the rate-limit counters' HMAC key, the key that encrypts TOTP secrets, the
 * signing key of the feedback form's token.
 */
@Injectable()
export class AppSecrets {
  private readonly loaded = new Map<string, Promise<Buffer>>();

  constructor(private readonly dataSource: DataSource) {}

  /** 32 random bytes under this name. */
  get(name: string): Promise<Buffer> {
    let key = this.loaded.get(name);
    if (!key) {
      key = this.load(name).catch((error: unknown) => {
        this.loaded.delete(name);
        throw error;
      });
      this.loaded.set(name, key);
    }
    return key;
  }

  private async load(name: string): Promise<Buffer> {
    const manager = this.dataSource.manager;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AppSecretEntity)
      .values({ name, value: randomBytes(32).toString('hex') })
      .orIgnore()
      .execute();
    const { value } = await manager.findOneByOrFail(AppSecretEntity, { name });
    return Buffer.from(value, 'hex');
  }
}
