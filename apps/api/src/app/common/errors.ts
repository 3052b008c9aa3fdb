import { ConflictException, NotFoundException } from '@nestjs/common';

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
