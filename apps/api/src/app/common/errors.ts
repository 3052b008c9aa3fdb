import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

export const notFound = (what: string) => new NotFoundException({ detail: `${what} wurde nicht gefunden.` });

export const staleVersion = (what: string) =>
  new ConflictException({
    detail: `${what} wurde inzwischen von jemand anderem geändert. Bitte neu laden und die Änderung erneut vornehmen.`,
  });

export const duplicateCode = (what: string, code: string) =>
  new ConflictException({
    detail: `${what} mit der Kennung „${code}“ existiert bereits.`,
    errors: [{ field: 'code', message: `Die Kennung „${code}“ ist bereits vergeben.` }],
  });

/** A 400 whose message belongs to one field of the form (the dashboard shows it beside that field). */
export const fieldError = (field: string, message: string) => new BadRequestException({ detail: message, errors: [{ field, message }] });

/** A 400 with several fields' messages under one summary. */
export const fieldErrors = (detail: string, errors: { field: string; message: string }[]) => new BadRequestException({ detail, errors });

/** A unique-constraint violation from either engine: a race that a service's own check could not see. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
  return code === '23505' || /UNIQUE constraint failed/.test(error.message);
}
