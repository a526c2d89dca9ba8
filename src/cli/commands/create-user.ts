import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { InvalidArgumentError, type Command } from 'commander';
import { ROLES, type Role } from '../../common/auth/decorators.js';
import { ProblemError } from '../../common/errors/problem.js';
import { translate } from '../../common/i18n/messages.js';
import { AuthService } from '../../modules/auth/auth.service.js';
import { RegisterDto } from '../../modules/auth/dto/auth.dto.js';
import { UsersService } from '../../modules/users/users.service.js';
import { logToStderr, readStdin, type CliRuntime } from '../runtime.js';

const role = (value: string): Role => {
  if (!(ROLES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${ROLES.join(', ')}`);
  return value as Role;
};

/**
 * `create-user --username U --email E --role admin --password-stdin`: creates
 * an account of any role (the first admin comes from here). The password is
 * read from standard input so it never lands in shell history or `ps`. The
 * same rules as registration apply (username pattern, ≥ 10 characters, not a
 * common password, unique username and email ignoring case).
 */
export function registerCreateUser(program: Command, cli: CliRuntime): void {
  program
    .command('create-user')
    .description('Create a user of any role; the password is read from standard input')
    .requiredOption('--username <username>', '3–32 of [A-Za-z0-9_.-]')
    .requiredOption('--email <email>', 'unique, private')
    .option('--role <role>', ROLES.join(' | '), role, 'reader')
    .option('--display-name <name>', 'shown beside posts')
    .requiredOption('--password-stdin', 'read the password from standard input')
    .action(async (options: { username: string; email: string; role: Role; displayName?: string }) => {
      const password = await readStdin();
      const dto = plainToInstance(RegisterDto, {
        username: options.username,
        email: options.email,
        password,
        ...(options.displayName ? { displayName: options.displayName } : {}),
      });
      const errors = await validate(dto);
      if (errors.length > 0) {
        for (const error of errors)
          logToStderr(`${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
        process.exitCode = 2;
        return;
      }
      const app = await cli.app();
      try {
        app.get(AuthService).ensurePasswordAcceptable(password);
        const user = await app.get(UsersService).create({ ...dto, role: options.role });
        process.stdout.write(`${user.id}\n`);
        logToStderr(`created ${options.role} ${user.username}`);
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        const details = error.fieldErrors.map(
          (field) => `${field.field}: ${field.code ? translate(field.code, 'en') : field.message}`,
        );
        logToStderr(details.length > 0 ? details.join('\n') : translate(error.code, 'en', error.params));
        process.exitCode = 2;
      }
    });
}
