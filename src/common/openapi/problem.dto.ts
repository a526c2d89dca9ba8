import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'ProblemFieldError', description: 'One invalid field of a 400 or 422 answer' })
export class ProblemFieldErrorDto {
  @ApiProperty({ description: 'The field, dotted for nested ones (`options.2`, `rateLimits.loginPerMinute`)' })
  field: string;

  @ApiProperty({ description: 'Why, in the language of the request (French or English)' })
  message: string;
}

/** RFC 9457 problem details, as the one exception filter writes them. */
@ApiSchema({
  name: 'Problem',
  description:
    'RFC 9457 problem details (`application/problem+json`). `detail` is in French when Accept-Language prefers ' +
    'French, else English; `code` is stable and meant for programs.',
})
export class ProblemDto {
  @ApiProperty({ format: 'uri', example: 'https://tribune.dev/problems/threads-locked' })
  type: string;

  @ApiProperty({ example: 'Conflict' })
  title: string;

  @ApiProperty({ minimum: 400, maximum: 599, example: 409 })
  status: number;

  @ApiProperty({ example: 'Cette discussion est verrouillée : il n’est plus possible d’y répondre.' })
  detail: string;

  @ApiProperty({ description: 'Stable error code (catalogue key)', example: 'threads.locked' })
  code: string;

  @ApiPropertyOptional({ description: 'The request id (also in the X-Request-Id header), for support' })
  requestId?: string;

  @ApiPropertyOptional({
    type: [ProblemFieldErrorDto],
    description: 'Present on 400 (and some 422) answers: each invalid field and why',
  })
  errors?: ProblemFieldErrorDto[];
}
