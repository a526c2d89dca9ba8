import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { DataSource } from 'typeorm';
import { ExportImporter } from '../../modules/imports/export-importer.service.js';
import type { ExportFormat } from '../../modules/imports/export-reader.js';
import { ExternalAccountsService } from '../../modules/users/external-accounts.service.js';
import { logToStderr, type CliRuntime } from '../runtime.js';

/**
 * `import disqus <file.xml>` and `import wordpress <file.xml>`: a site's old
 * discussions, streamed (a multi-gigabyte export runs in constant memory),
 * matched to articles by `url`, idempotent. The last line is
 * `imported N posts, skipped M`.
 */
export function registerImport(program: Command, cli: CliRuntime): void {
  const importCommand = program.command('import').description("Import a site's existing discussions");
  for (const [format, what] of [
    ['disqus', 'a Disqus XML export'],
    ['wordpress', 'a WordPress WXR export (approved comments)'],
  ] as Array<[ExportFormat, string]>) {
    importCommand
      .command(`${format} <file>`)
      .description(`Import ${what}; threads are matched to articles by url`)
      .action(async (file: string) => {
        try {
          await access(file);
        } catch {
          logToStderr(`cannot read ${file}`);
          process.exitCode = 2;
          return;
        }
        const app = await cli.app();
        const importer = new ExportImporter(app.get(DataSource), app.get(ExternalAccountsService));
        const result = await importer.run(format, file);
        process.stdout.write(`imported ${result.imported} posts, skipped ${result.skipped}\n`);
      });
  }
}
