import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A login. The token itself is only known to the client; we keep its SHA-256, so a database leak opens no session. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 64 }) tokenHash!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @CreateDateColumn() createdAt!: Date;
  @Column({ type: Date }) expiresAt!: Date;
  @Column({ type: Date, nullable: true }) revokedAt!: Date | null;
}
