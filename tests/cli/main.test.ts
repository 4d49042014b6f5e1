// main() in-process with a fake io: commands touch the world only through io, and main
// returns exit codes instead of ending the process (the rest of tests/cli runs real processes).
import { readFile } from 'node:fs/promises';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { ROOT } from './peacemesh';

function fakeIo(files: Record<string, string>): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readFile: async (path: string) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    colour: false,
  };
  return io;
}

describe('main (in-process)', () => {
  it('validates through io and returns the exit code', async () => {
    const drill = await readFile(`${ROOT}/tests/fixtures/escort-drill.yaml`, 'utf8');
    const io = fakeIo({ 'drill.yaml': drill, 'empty.yaml': '' });
    expect(await main(['validate', 'drill.yaml'], io)).toBe(0);
    expect(io.out).toBe('ok  drill.yaml — 5 actors, 1 structure, 1 inject\n');
    expect(await main(['validate', 'empty.yaml', 'gone.yaml'], io)).toBe(1);
    expect(io.err).toMatch(/^empty\.yaml:\d+:\d+: /);
    expect(io.err).toContain('gone.yaml: no such file\n');
  });

  it('routes help to io.stdout and maps usage errors to 2', async () => {
    const io = fakeIo({});
    expect(await main(['run', '--help'], io)).toBe(0);
    expect(io.out).toContain('Examples:');
    expect(await main(['run', 'x.yaml', '--seed', 'many'], io)).toBe(2);
    expect(io.err).toContain("argument 'many' is invalid");
  });

  it('colours the timeline only when io allows it', async () => {
    const drill = await readFile(`${ROOT}/tests/fixtures/escort-drill.yaml`, 'utf8');
    const plain = fakeIo({ 'drill.yaml': drill });
    const coloured = { ...fakeIo({ 'drill.yaml': drill }), colour: true };
    let out = '';
    await main(['run', 'drill.yaml'], plain);
    await main(['run', 'drill.yaml'], { ...coloured, stdout: (t: string) => void (out += t) });
    expect(plain.out).not.toContain('\x1b[');
    expect(out).toContain('\x1b[');
    expect(stripVTControlCharacters(out)).toBe(plain.out);
  });
});
