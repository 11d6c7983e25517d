import type { Command } from 'commander';
import { rotateMyPageKey } from '../my-page/my-page-keys';
import { withCli } from './cli-context';

export function registerMyPageCommand(program: Command): void {
  const myPage = program.command('my-page').description("the buyers' order page / マイページ");

  myPage
    .command('rotate-key')
    .description(
      'sign new マイページ links with a new key; links signed by the current key keep working, older ones stop',
    )
    .option('--json', 'print {"current":ID,"previous":ID}')
    .action((options: { json?: boolean }) =>
      withCli(async (cli) => {
        const rotated = await rotateMyPageKey(cli.db);
        console.log(
          options.json
            ? JSON.stringify(rotated)
            : `新しい鍵 / new key: ${rotated.current}\n前の鍵（まだ有効） / previous key, still accepted: ${rotated.previous}`,
        );
      }),
    );
}
