// The command line in French: `--lang fr`, or LANG / LC_ALL starting with "fr". The run is
// the same run in every language: only the words change, never the log or its hash. What
// `--lang` changes is checked in-process (`cli()`); what the environment changes, with the
// real process (`peacemesh()`), since that is where LANG and LC_ALL are read.
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, cli, peacemesh } from './peacemesh';

const DRILL = 'tests/fixtures/escort-drill.yaml';
const BAD_SCHEMA = 'tests/fixtures/invalid-schema.yaml';

describe.concurrent('peacemesh in French', { timeout: CLI_TIMEOUT * 3 }, () => {
  it('tells the run in French with --lang fr', async () => {
    const r = await cli(['--lang', 'fr', 'run', DRILL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Escort drill — structure hub \(CMCoord hub\), graine 1\n/);
    expect(r.stdout).toMatch(/^T\+01:00 +EXCON +MSEL 1 \(phone, de EXCON\) : WFP asks/m);
    expect(r.stdout).toMatch(/^T\+24:00 +EXCON +fin de l’exercice à T\+24:00$/m);
    expect(r.stdout).toMatch(/^Indicateurs$/m);
    expect(r.stdout).toMatch(/^ {2}Demandes d’escorte +1$/m);
    expect(r.stdout).toMatch(/^empreinte du journal [0-9a-f]{14} \(\d+ entrées, \d+ affichées/m);
    expect(r.stdout).not.toMatch(/\b(sends|declines|approves|learns)\b/);
  });

  it('follows LANG and LC_ALL, LC_ALL first', async () => {
    const fromLang = await peacemesh(['run', DRILL], { LANG: 'fr_FR.UTF-8' });
    expect(fromLang.stdout).toMatch(/graine 1/);
    const overridden = await peacemesh(['run', DRILL], { LANG: 'fr_FR.UTF-8', LC_ALL: 'en_GB' });
    expect(overridden.stdout).toMatch(/seed 1/);
    const flag = await peacemesh(['run', DRILL, '--lang=en'], { LC_ALL: 'fr_CA.UTF-8' });
    expect(flag.stdout).toMatch(/seed 1/);
  });

  it('gives the same log and the same hash in English and French', async () => {
    const en = await cli(['run', DRILL, '--json', '--seed', '4']);
    const fr = await cli(['--lang', 'fr', 'run', DRILL, '--json', '--seed', '4']);
    expect(fr.stdout).toBe(en.stdout);
    const plain = await cli(['run', DRILL, '--seed', '4']);
    const french = await cli(['--lang', 'fr', 'run', DRILL, '--seed', '4']);
    const hash = (text: string) => /\b([0-9a-f]{14})\b/.exec(text.split('\n').at(-2) ?? '')?.[1];
    expect(hash(french.stdout)).toBeDefined();
    expect(hash(french.stdout)).toBe(hash(plain.stdout));
    expect(french.stdout).not.toBe(plain.stdout);
  });

  it('validates in French: the summary, and each problem as fichier:ligne:col : message', async () => {
    const ok = await cli(['--lang', 'fr', 'validate', DRILL]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(`ok  ${DRILL} — 5 acteurs, 1 structure, 1 injection\n`);
    const bad = await cli(['--lang', 'fr', 'validate', BAD_SCHEMA, DRILL]);
    expect(bad.code).toBe(1);
    const lines = bad.stderr.trim().split('\n');
    expect(lines).toContain(
      `${BAD_SCHEMA}:12:21 : « kind » : Option invalide : une valeur parmi "military"|"police"|"humanitarian"|"civilian"|"host-police" attendue`,
    );
    expect(lines).toContain(
      `${BAD_SCHEMA}:17:9 : « latency » : Entrée invalide : chaîne de caractères attendu, indéfini reçu`,
    );
    expect(lines.at(-1)).toBe('1 fichier invalide sur 2');
  });

  it('answers usage errors and help in French', async () => {
    const seed = await cli(['--lang', 'fr', 'run', DRILL, '--seed', 'x']);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('Un nombre entier de 0 à 2147483647 est attendu');
    const help = await cli(['--lang', 'fr', 'run', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Utilisation : peacemesh run \[options\] <file>$/m);
    expect(help.stdout).toMatch(/^Options :$/m);
    expect(help.stdout).toMatch(/\(par\s+défaut\s+:\s+1\)/);
    const typo = await cli(['--lang', 'fr', 'run', DRILL, '--sed', '3']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(
      'erreur : option inconnue « --sed »\n(Vouliez-vous dire --seed ?)',
    );
    expect(help.stdout).toContain('exécuter un scénario une fois');
    expect(help.stdout).toContain('graine aléatoire : même graine, même déroulement');
    const missing = await cli(['--lang', 'fr', 'run', DRILL, '--structure', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'erreur : aucune structure « nope » ; ce scénario contient : hub\n',
    );
  });

  it('compares in French: help, table words, and scenario problems', async () => {
    const help = await cli(['--lang', 'fr', 'compare', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('dérouler un scénario sous plusieurs structures');
    expect(help.stdout).toMatch(/--seeds <n> +nombre de graines par structure/);
    expect(help.stdout).toContain('Code de sortie : 0 correct');
    const table = await peacemesh(['compare', DRILL, '--seeds', '2', '--workers', '1'], {
      LC_ALL: 'fr_FR.UTF-8',
    });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^Escort drill — 1 structure × 2 graines$/m);
    expect(table.stdout).toMatch(/^graines 1–2, référence hub, 2 déroulements sur 2 en /m);
    expect(table.stdout).toMatch(/^Indicateur +hub \(référence\)$/m);
    expect(table.stdout).toMatch(/^Demandes d’escorte +1 \[1–1\]$/m);
    expect(table.stdout).toMatch(/^Lecture : chaque case/m);
    expect(table.stdout).not.toMatch(/How to read|Metric|reference\)/);
    const bad = await cli(['--lang', 'fr', 'compare', BAD_SCHEMA, '--seeds', '2']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${BAD_SCHEMA}:12:21 : « kind » : Option invalide`);
  });
});
