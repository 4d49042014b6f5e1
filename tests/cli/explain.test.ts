// `peacemesh run --explain ID` and the comparison of uninformed decisions, on the bundled
// teaching scenario heavy-weapons-tokono.
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, cli, peacemesh } from './peacemesh';

const FILE = 'scenarios/heavy-weapons-tokono.yaml';

describe.concurrent(
  'decisions on knowledge from the command line',
  { timeout: CLI_TIMEOUT * 3 },
  () => {
    it('run --explain prints each rule on what the decider knew, the truth beside it, and why not the other option', async () => {
      const r = await peacemesh([
        'run',
        FILE,
        '--structure',
        'military-chain',
        '--explain',
        'wfp-tokono',
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^T\+\d\d:\d\d — hc on wfp-tokono:$/m);
      expect(r.stdout).toContain(
        '  hc approves an armed escort as an exception: all four IASC criteria met\n',
      );
      expect(r.stdout).toContain('  Rules evaluated (on what hc knew):\n');
      expect(r.stdout).toContain(
        '    - criterion 3 (escort credible and safe) met — in truth not met (not received: jmac-heavy-weapons)\n',
      );
      expect(r.stdout).toContain(
        '  Other options:\n    - Not declined: every criterion judged met\n',
      );
      expect(r.stdout).toContain(
        'hc has not received jmac’s “heavy weapons moving towards the Tokono road”',
      );
      // Then each provider's answer to the task, on what it knew.
      expect(r.stdout).toMatch(/^T\+\d\d:\d\d — bn-east on wfp-tokono:$/m);
      expect(r.stdout).toContain(
        '    - an escort able to hold on tokono-road (threat high as known): no (facts read: jmac-heavy-weapons)\n',
      );
      expect(r.stdout).toMatch(/^T\+\d\d:\d\d — fpu-1 on wfp-tokono:$/m);
      expect(r.stdout).toContain(
        'fpu-1 accepts the escort task for wfp-tokono: an escort on tokono-road judged able to hold — fpu-1 has not received',
      );
      // Battalion East's answer was informed: no uninformed note under it.
      const bn = r.stdout.slice(r.stdout.indexOf('— bn-east on'), r.stdout.indexOf('— fpu-1 on'));
      expect(bn).not.toContain('Uninformed:');
    });

    it('run --explain in French, and an id with no decision lists those that have one', async () => {
      const fr = await cli([
        '--lang',
        'fr',
        'run',
        FILE,
        '--structure',
        'integrated-analysis',
        '--explain',
        'unicef-vaccines',
      ]);
      expect(fr.code, fr.stderr).toBe(0);
      expect(fr.stdout).toContain('Règles évaluées (sur ce que hc savait) :');
      expect(fr.stdout).toContain(
        'critère 3 (escorte crédible et sûre) non rempli (faits lus : jmac-heavy-weapons)',
      );
      const none = await cli(['run', FILE, '--explain', 'nope']);
      expect(none.code).toBe(1);
      expect(none.stderr).toBe(
        'error: no decision on "nope" in this run; decisions it explains: wfp-tokono, unicef-vaccines\n',
      );
    });

    it('run --explain a POC responder choice and a joint handover decision taken without the report of an attack', async () => {
      const FIXTURE = 'tests/fixtures/knowledge-host-police.yaml';
      const poc = await peacemesh([
        'run',
        FIXTURE,
        '--structure',
        'written',
        '--explain',
        'south-crowd',
      ]);
      expect(poc.code, poc.stderr).toBe(0);
      expect(poc.stdout).toContain('  Rules evaluated (on what joc knew):\n');
      expect(poc.stdout).toContain(
        '    - cnp-south able to respond — in truth overwhelmed (not received: south-attack)\n',
      );
      expect(poc.stdout).toContain(
        'joc has not received cla’s “armed attack on the market” (south-attack)',
      );
      const handover = await peacemesh([
        'run',
        FIXTURE,
        '--structure',
        'radio',
        '--explain',
        'south-transition',
      ]);
      expect(handover.code, handover.stderr).toBe(0);
      expect(handover.stdout).toContain(
        '    - cnp-south unable to respond (facts read: south-attack)\n',
      );
      expect(handover.stdout).toContain(
        'Not transferred: unable to respond to the security environment',
      );
    });

    it('compare shows the uninformed decisions and their incidents per structure', async () => {
      const r = await peacemesh([
        'compare',
        FILE,
        '--seeds',
        '200',
        '--workers',
        '2',
        '--metrics',
        'uninformedDecisions,uninformedIncidents,escortIncidents',
      ]);
      expect(r.code, r.stderr).toBe(0);
      // Under the military chain: the HC's approval and the FPU's acceptance of the task.
      expect(r.stdout).toMatch(/^Uninformed decisions +2 \[2–2\] +0\.\d+ \[0–\d\]$/m);
      expect(r.stdout).toMatch(
        /^Incidents after uninformed decisions +0\.\d+ \[0–1\] +0\.\d+ \[0–0\]$/m,
      );
      expect(r.stdout).toMatch(/^ +lower is better +Δ −1\.\d+ \(.+\) better$/m);
      expect(r.stdout).toMatch(/^ +lower is better +Δ −0\.\d+ \(.+\) better$/m);
    });
  },
);
