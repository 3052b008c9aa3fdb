import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ErasedPerson, PersonEraser, RetentionResult, RetentionRule } from './personal-data';

/**
 * The one place that knows every feature's personal data: each feature registers, in its
 * `onModuleInit`, how to erase a person's traces and which retention rules apply to its tables.
 * Erasing a user (UsersService) runs every eraser in one transaction; the `personal-data-retention`
 * job runs every rule. A new table with personal data registers here, and is listed in
 * docs/verarbeitungsverzeichnis.md.
 */
@Injectable()
export class PersonalDataService {
  private readonly erasers = new Map<string, PersonEraser>();
  private readonly rules = new Map<string, RetentionRule>();

  constructor(private readonly dataSource: DataSource) {}

  /** A name registered again replaces the old eraser. */
  registerEraser(name: string, eraser: PersonEraser): void {
    this.erasers.set(name, eraser);
  }

  registerRetention(name: string, rule: RetentionRule): void {
    this.rules.set(name, rule);
  }

  get retentionNames(): string[] {
    return [...this.rules.keys()];
  }

  async erase(manager: EntityManager, person: ErasedPerson): Promise<void> {
    for (const eraser of this.erasers.values()) await eraser(manager, person);
  }

  /** Every rule in its own transaction, so one that fails does not undo the others' work. */
  async applyRetention(now = new Date()): Promise<RetentionResult[]> {
    const results: RetentionResult[] = [];
    for (const [name, rule] of this.rules) {
      const count = await this.dataSource.transaction((manager) => rule.apply(manager, now));
      results.push({ name, what: rule.what, count });
    }
    return results;
  }
}
