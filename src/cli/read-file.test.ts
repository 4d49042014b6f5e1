import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileTooLargeError, NothingToReadError, readFileBounded } from './read-file';

const dir = mkdtempSync(join(tmpdir(), 'peacemesh-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFileBounded', () => {
  it('reads a file up to the limit, byte for byte', async () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, 'version: 1\n');
    expect(new TextDecoder().decode(await readFileBounded(file, { limit: 11 }))).toBe(
      'version: 1\n',
    );
  });

  it('refuses a file one byte over the limit', async () => {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, 'x'.repeat(12));
    await expect(readFileBounded(file, { limit: 11 })).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it('stops an endless device at the limit', async () => {
    await expect(readFileBounded('/dev/zero', { limit: 100_000 })).rejects.toMatchObject({
      code: 'EFBIG',
    });
  });

  it('reads a pipe to its end', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf 'a: 1\\n' > ${fifo}`]);
    const closed = new Promise((resolve) => writer.on('close', resolve));
    // Wait until the writer has the pipe open, then read what it wrote.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const bytes = await readFileBounded(fifo, { limit: 100, idleMs: 5000 });
    await closed;
    expect(new TextDecoder().decode(bytes)).toBe('a: 1\n');
  });

  it('gives up on a pipe whose writer stays silent', async () => {
    const fifo = join(dir, 'silent');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `exec 3> ${fifo}; sleep 20`]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    try {
      await expect(readFileBounded(fifo, { limit: 100, idleMs: 300 })).rejects.toBeInstanceOf(
        NothingToReadError,
      );
    } finally {
      writer.kill();
    }
  });

  it('says a directory is one', async () => {
    await expect(readFileBounded(dir, { limit: 100 })).rejects.toMatchObject({ code: 'EISDIR' });
  });
});
