import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A route parameter that must be a UUID, refused in German and naming the parameter. */
export const UuidParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => {
        const message = `Der Pfadparameter „${name}“ muss eine UUID sein.`;
        return new BadRequestException({ detail: message, errors: [{ field: name, message }] });
      },
    }),
  );
