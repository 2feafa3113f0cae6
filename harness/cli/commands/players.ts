import { readPlayers } from '../../league/player.ts';
import { kataCommand, out } from '../command.ts';

export default kataCommand({
  meta: { name: 'players' },
  args: {
    file: { type: 'positional', required: true, description: 'The league\'s players file, e.g. league/players.json' },
  },
  async run({ args }) {
    out(JSON.stringify(readPlayers(args.file)));
    return 0;
  },
});
