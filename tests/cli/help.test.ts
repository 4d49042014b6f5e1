import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, peacemesh, ROOT, STACK_LINE } from './peacemesh';

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
      const r = await peacemesh([...command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^Usage: peacemesh /);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain(`$ peacemesh ${example} `);
    });

    it('`help run` shows the run help', async () => {
      const r = await peacemesh(['help', 'run']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('--until <T+hh:mm>');
    });

    it('--version prints the package version', async () => {
      const r = await peacemesh(['--version']);
      expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    });

    it('exits 2 with the help on stderr when no command is given', async () => {
      const r = await peacemesh([]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Usage: peacemesh');
    });

    it('exits 2 on an unknown command or option', async () => {
      for (const args of [['simulate', 'x.yaml'], ['--fast']]) {
        const r = await peacemesh(args);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toMatch(/^error: /);
        expect(r.stderr).toContain('--help');
        expect(r.stderr).not.toContain(STACK_LINE);
      }
    });
  },
);
