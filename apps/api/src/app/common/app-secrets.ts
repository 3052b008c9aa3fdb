import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppSecretEntity } from '../auth/throttle-counter.entity';

/**
 * Random keys made once per database and shared by every instance on it (`app_secrets`): the HMAC
 * key of the rate-limit counters, the signing key of the feedback form's token. Whichever instance
 * asks first creates a key; the others read it.
 */
@Injectable()
export class AppSecrets {
  private readonly keys = new Map<string, Promise<Buffer>>();

  constructor(private readonly dataSource: DataSource) {}

  key(name: string): Promise<Buffer> {
    let key = this.keys.get(name);
    if (!key) {
      key = this.load(name).catch((error: unknown) => {
        this.keys.delete(name);
        throw error;
      });
      this.keys.set(name, key);
    }
    return key;
  }

  private async load(name: string): Promise<Buffer> {
    const manager = this.dataSource.manager;
    await manager.createQueryBuilder().insert().into(AppSecretEntity).values({ name, value: randomBytes(32).toString('hex') }).orIgnore().execute();
    const { value } = await manager.findOneByOrFail(AppSecretEntity, { name });
    return Buffer.from(value, 'hex');
  }
}
