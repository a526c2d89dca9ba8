import type { Type } from '@nestjs/common';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/**
 * The schema of a keyset-paginated list of `item`: `{items, nextCursor}`,
 * named `<name>` (one class per item type, so generated clients get one type each).
 */
export function PageOf<T>(item: Type<T>, name: string) {
  @ApiSchema({ name, description: `A page of ${item.name.replace(/Dto$/, '')}: pass nextCursor back as ?cursor=` })
  class Page {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Opaque cursor of the next page, null on the last page',
      example: null,
    })
    nextCursor: string | null;
  }
  return Page;
}
