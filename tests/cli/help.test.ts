import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, cli, peacemesh, ROOT, STACK_LINE } from './peacemesh';

const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };

describe.concurrent(
  'peacemesh help, version and usage errors',
  { timeout: CLI_TIMEOUT * 2 },
  () => {
    it.each([
      [[], 'validate'],
      [['validate'], 'validate'],
      [['run'], 'run'],
      [['report'], 'report'],
    ])('--help after %j lists examples', async (command, example) => {
      const r = await cli([...command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^Usage: peacemesh /);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain(`$ peacemesh ${example} `);
    });

    it('`help run` shows the run help', async () => {
      const r = await cli(['help', 'run']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('--until <T+hh:mm>');
    });

    it('--version prints the package version, from the executable and from the CLI alike', async () => {
      // bin/peacemesh.js answers --version without loading the CLI: it must say what it would.
      const expected = { code: 0, stdout: `${version}\n`, stderr: '' };
      expect(await peacemesh(['--version'])).toEqual(expected);
      expect(await cli(['--version'])).toEqual(expected);
      expect(await cli(['-V'])).toEqual(expected);
    });

    it('exits 2 with the help on stderr when no command is given', async () => {
      const r = await peacemesh([]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Usage: peacemesh');
    });

    it('exits 2 on an unknown command or option', async () => {
      for (const args of [['simulate', 'x.yaml'], ['--fast']]) {
        const r = await cli(args);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toMatch(/^error: /);
        expect(r.stderr).toContain('--help');
        expect(r.stderr).not.toContain(STACK_LINE);
      }
    });
  },
);
