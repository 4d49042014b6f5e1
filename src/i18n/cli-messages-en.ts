// The CLI's progress, usage errors and notes in English (compare, serve, worker, report,
// replay): what a command says on stderr around its output. Numbers go through ICU, so each
// language groups digits and writes decimals its own way.

export const CLI_MESSAGES_EN = {
  // ── reading a file ──
  'cli.file-problem': '{file}: {why}',
  'cli.read.missing': 'no such file',
  'cli.read.directory':
    '{what, select, run {is a directory, not a run file} other {is a directory, not a scenario file}}',
  'cli.read.denied': 'cannot be read (permission denied)',
  'cli.read.not-dir': 'no such file (a part of the path is not a directory)',
  'cli.read.too-large':
    'is larger than {mib} MiB, the limit for {what, select, run {a run file} other {a scenario file}}: is this the right file?',
  'cli.read.no-data':
    'nothing arrived to read (a pipe or terminal no one writes to): is this the right file?',
  'cli.read.no-device': 'cannot be read (a socket or device with nothing behind it)',
  'cli.read.other': 'cannot be read{has_code, select, yes { ({code})} other {}}',
  // ── serve ──
  'cli.serve.description':
    'host a tabletop exercise: EXCON, players, evaluators and a projector join by link',
  'cli.serve.file': 'scenario file (YAML) to open an exercise of',
  'cli.serve.port': 'port to listen on',
  'cli.serve.host': 'address to listen on (0.0.0.0: the whole room)',
  'cli.serve.data': 'folder of the exercise journal',
  'cli.serve.seed': 'random seed of a new exercise',
  'cli.serve.import': 'open an exported exercise package (.peacemesh.json) on this host',
  'cli.serve.epilogue': `
The host serves the web app and keeps every input of every exercise (seats, moves,
decisions, live injects, observations) in a journal in --data; stop it or kill it at any
moment and start it again: the exercises come back where they were. A scenario file whose
exercise is still open (same structure and seed) is not opened twice.

Examples:
  $ peacemesh serve scenarios/carana-three-bad-days.yaml
  $ peacemesh serve scenarios/carana-three-bad-days.yaml --host 0.0.0.0 --port 8080
  $ peacemesh serve --import carana-three-bad-days-1.peacemesh.json
`,
  'cli.serve.imported': 'imported {file} as exercise {id}',
  'cli.serve.port-in-use':
    'error: port {port, number, ::group-off} is already in use; start with another, e.g. --port {next, number, ::group-off}',
  'cli.serve.listening': 'PeaceMesh exercise host on {addresses} (journal in {data})',
  'cli.serve.no-app':
    'The web app is not built: run `npm run build:app`, then start the host again.',
  'cli.serve.no-exercise':
    'No exercise yet: start again with a scenario file, e.g. `peacemesh serve scenarios/carana-three-bad-days.yaml`.',
  'cli.serve.exercise': '  {title} ({id}, {phase}) — EXCON opens {link}',
  'cli.serve.local-only':
    'Only this computer can join. For a training room, start with --host 0.0.0.0.',
  'cli.serve.stop': 'Ctrl+C stops the host; everything is kept in the journal.',
  // ── report ──
  'cli.report.description':
    'write the after-action report / improvement plan of an exported run or exercise package',
  'cli.report.file':
    'a run exported from the app (*.peacemesh-run.json) or an exercise package (*.peacemesh.json)',
  'cli.report.format': 'md, html (self-contained) or pdf (printed by Chromium)',
  'cli.report.out':
    "write the report to this file (pdf default: '<'scenario>-'<'structure>-seed'<'N>-aar.pdf)",
  'cli.report.epilogue': `
The run is replayed from its inputs up to where it was exported (an exercise package: its
journal is folded again), beside the doctrine-only run (same scenario, structure and seed;
every seat played by its machine, every decision left to its default, no live injects).
From a package the report also gives the seats by role, who answered each decision, the
evaluators'' observations and ratings, EXCON''s improvement plan and the live injects.
The report holds the overview, an executive summary, the objectives with their ratings,
measures and observations, strengths and areas for improvement, the decision record beside
the doctrinal baseline, a sequence diagram per escort request and handover, the metrics
against the baseline, the MSEL with what became of each inject, and the improvement plan.
PDF uses Chromium at $CHROMIUM_PATH or /usr/bin/chromium.
Exit code: 0 ok, 1 unreadable or invalid file (or no Chromium for PDF), 2 usage error.

Examples:
  $ peacemesh report carana-three-bad-days-cmcoord-hub-seed1.peacemesh-run.json > aar.md
  $ peacemesh report run.peacemesh-run.json --format html --out aar.html
  $ peacemesh report run.peacemesh-run.json --format pdf --out aar.pdf
  $ peacemesh report carana-three-bad-days-1.peacemesh.json --format pdf --lang fr
`,
  'cli.report.wrote': 'wrote {file}',
  // ── replay ──
  'cli.replay.description':
    "replay an exported exercise package and check it gives the exercise''s log",
  'cli.replay.package': 'exercise package (.peacemesh.json) exported from the host',
  'cli.replay.json':
    "print one JSON document '{' exercise, structure, seed, log, metrics, hash, expected, identical '}'",
  'cli.replay.verbose': 'show every log entry',
  'cli.replay.epilogue': `
Exit code: 0 when the replayed log hash is the exercise''s, 1 when it differs or the package
cannot be read.

Example:
  $ peacemesh replay carana-three-bad-days-1.peacemesh.json
`,
  'cli.replay.no-replay': '{file}: the journal does not replay: {why}',
  'cli.replay.header': '{title} — exercise {exercise}, structure {structure}, seed {seed}',
  'cli.replay.hash': 'log hash {hash} ({entries} entries, {shown} shown)',
  'cli.replay.same': "identical to the exercise''s log (hash {hash})",
  'cli.replay.differs': "DIFFERS from the exercise''s log (hash {hash})",
  'cli.replay.error': "error: the replay''s log hash {hash} is not the exercise''s {expected}",
  // ── french-last: exercise packages read back, and a run stopped at a size limit ──
  'cli.package.not-json': '{file}: not JSON ({why})',
  'cli.package.not-package': '{file}: not a PeaceMesh exercise package: {where}: {why}',
  'cli.package.whole-file': 'file',
  'cli.package.hash-differs':
    "{file}: warning: the replayed log (hash {hash}) is not the exercise''s (hash {expected}); the report shows the replay",
  'cli.report.scenario-in': '{file} (scenario {name})',
  'cli.report.no-structure': '{file}: the scenario has no structure "{structure}"',
  'cli.report.no-replay': '{file}: the run cannot be replayed: {why}',
  'cli.queue.url-form': '--queue is a Redis URL like redis://host:6379/0; got {urlJson}',
  'cli.queue.url-scheme':
    '--queue is a Redis URL starting redis:// (or rediss:// for TLS); got {urlJson}',
  'cli.queue.url-host': '--queue {url} names no host',
  'cli.queue.url-database':
    '--queue {url}: after the port comes a database number, like redis://host:6379/0',
  'cli.queue.run-id-form': '--run-id is 1 to 64 letters, digits, "-" or "_"; got {got}',
  'cli.queue.other-release':
    'run id {run} was started by PeaceMesh {theirs}, this is {ours}: resume it with that release, or pick another --run-id',
  'cli.queue.other-inputs':
    'run id {run} is a sweep with other inputs ({runs} runs of {file}, plan {plan}); give the same inputs to resume it, or pick another --run-id',
  'cli.queue.vanished': 'sweep {run} vanished from Redis as it was enqueued',
  'cli.run.limit':
    '{limit, select, log {the run stopped at {at}: its event log reached {size, number} entries, the limit for one run; shorten "duration", make meetings less frequent ("every") or use fewer actors} other {the run stopped at {at}: {size, number} things were waiting to happen at once (messages, timers, meeting sessions), the limit for one run; use fewer actors, links or meetings}}',
  // ── worker ──
  'cli.worker.description': 'take comparison runs from a job queue (start one on each machine)',
  'cli.worker.queue': 'the Redis the coordinator uses, e.g. redis://host:6379/0',
  'cli.worker.concurrency': 'batches run at once, one thread each',
  'cli.worker.stall-seconds': 'how soon a batch held by a worker that died goes back to the queue',
  'cli.worker.epilogue': `
Start one worker per machine, all on the same Redis, then run
  peacemesh compare FILE … --queue redis://host:6379/0
from any machine. A worker takes batches of any sweep on that Redis, checks that it runs the
coordinator''s PeaceMesh release and builds the same plan (else it refuses the batch, and the
comparison stops with its reason), and runs them. Ctrl-C lets the batches in hand finish.
A worker killed outright loses nothing: after --stall-seconds its batches go to another.

Examples:
  $ peacemesh worker --queue redis://planning-cell:6379/0
  $ peacemesh worker --queue redis://10.0.0.5:6379/2 --concurrency 8
`,
  'cli.worker.stopping': 'stopping: finishing the batches in hand (Ctrl-C again to stop at once)',
  // ── compare: what it says while it works ──
  'cli.compare.rows-table': 'error: --rows {rows} goes with --format csv or json',
  'cli.compare.size':
    '{structures, plural, one {# structure} other {# structures}} × {seeds, plural, one {# seed} other {# seeds}}{points, plural, =0 {} =1 {} other { × {sampled, select, true {{points, number} sampled points} other {{points, number} sweep points}}}}',
  'cli.compare.comparing':
    'comparing: {size} = {total, number} runs {queue, select, true {on the job queue} other {on {workers, plural, one {# worker} other {# workers}}}}; Ctrl-C stops and prints what finished',
  'cli.compare.workers-note':
    'note: --workers {asked, number, ::group-off} is more than the {cap, number, ::group-off} this machine can run at once; using {cap, number, ::group-off}',
  'cli.compare.progress':
    "comparing ['{bar}'] '{value}'/'{total}' runs | '{duration_formatted}' elapsed | ETA '{eta_formatted}'",
  // ── compare --queue ──
  'cli.queue.queued': 'queued as run {run} on {url}; to resume after a stop: --run-id {run}',
  'cli.queue.progress':
    "queued ['{bar}'] '{value}'/'{total}' runs | '{running}' running, '{failed}' failed | '{workers}' workers seen | ETA '{eta_formatted}'",
  'cli.queue.no-worker':
    'no worker has taken a batch yet: start one with "peacemesh worker --queue {url}"',
  'cli.queue.resumed': 'resumed run {run}',
  'cli.queue.kept': 'the sweep stays in Redis: resume it with --run-id {run}',
  'cli.compare.stopped':
    'stopped: {finished, number, ::group-off} of {total, number, ::group-off} runs finished',
  'cli.compare.wrote':
    'wrote {file} ({runs, number, ::group-off} runs{partial, select, true {, partial} other {}})',
  'cli.compare.wrote-stream':
    'wrote {file} ({runs, number, ::group-off} runs in the order they finished{partial, select, true {, partial} other {}})',
  'cli.cannot-write': '{file}: cannot write: {why}',
  'cli.compare.run-id-alone': 'error: --run-id names a sweep on the job queue: give --queue too',
  'cli.compare.sample-error': 'error: --sample: {why}',
  // ── compare: options and limits ──
  'cli.option.whole':
    '{option} is a whole number from {min, number, ::group-off}{has_max, select, yes { to {max, number, ::group-off}} other {}}, like {example}.',
  'cli.option.at-most': '{option} is at most {max, number} (got {got}).',
  'cli.option.above-zero': '{option} is a number above 0, like 4.',
  'cli.option.port': 'Expected a port number from 1 to 65535, like 8080.',
  'cli.compare.unknown-metric': 'unknown metric {names}; metrics are: {metrics}.',
  'cli.compare.seed-range':
    'seeds {first, number, ::group-off}–{last, number, ::group-off} go past {max, number, ::group-off}, the largest seed (as for run --seed); start at {start, number, ::group-off} at most, or ask for fewer seeds',
  'cli.compare.too-many':
    '{size} make {runs, number} runs, more than the {cap, number} one comparison may hold on this machine; use fewer seeds, structures or sweep values, or run it on the job queue (--queue, every run to --format jsonl --out FILE)',
  'cli.compare.too-many-queued':
    '{size} make {runs, number} runs, more than the {cap, number} one queued sweep may hold; use fewer seeds, structures or sweep values',
  'cli.compare.large-sweep':
    'a queued sweep of {runs, number} runs (over {cap, number}) keeps summaries, not every run: write its runs with --format jsonl --out FILE, or ask for the table, CSV or JSON summary',
  // ── compare: the table ──
  'cli.compare.verdict':
    '{verdict, select, better {better} worse {worse} differs {differs} other {}}',
  'cli.compare.change': 'Δ {diff} ({low} to {high})',
  'cli.compare.sensitivity':
    'Sensitivity (standardised regression coefficients, structure held fixed)',
  'cli.compare.how-to-read-sensitivity': `Sensitivity: each metric regressed on the swept values over every run; a coefficient of
+0.6 means one standard deviation more of that value moves the metric by 0.6 of its own,
the other values and the structure held fixed. Largest first. R² is the share of the
metric''s spread a straight line explains: when it is low the coefficients say little.`,
  'cli.compare.no-seeds': '(none)',
  // ── the exercise host refusing a seat: its socket hears it in the seat's language, the host's
  // log in English (the seat's screen words most codes itself; these are what the host says) ──
  'cli.host.seat.no-exercise': 'no exercise "{exercise}" on this host',
  'cli.host.seat.bad-link': 'this join link is not valid (unknown or revoked seat)',
  'cli.host.seat.revoked-now': 'this seat has been revoked',
  'cli.host.seat.revoked': 'EXCON has revoked this seat',
  'cli.host.seat.internal':
    'the host could not carry this out; the exercise is as its journal holds',
  'cli.host.seat.journal': 'the host could not record this; nothing changed',
  'cli.host.seat.rate': 'too many messages: at most {perSecond, number} a second',
  'cli.host.seat.binary': 'send JSON text frames only',
  'cli.host.seat.too-large':
    'message of {bytes, number, ::group-off} bytes refused: at most {max, number, ::group-off}',
  'cli.host.seat.json': 'not JSON: {why}',
  'cli.host.seat.invalid': '"{type}": {path}: {issue}',
  'cli.host.seat.unknown': 'unknown message type {type}',
  'cli.host.seat.forbidden':
    '{role, select, excon {an EXCON} player {a player} evaluator {an evaluator} other {a projector}} seat may not send "{type}"',
  'cli.host.seat.ended': 'the exercise has ended',
  'cli.host.seat.already':
    'the exercise is already {phase, select, ready {ready} running {running} paused {paused} other {ended}}',
  'cli.host.seat.pause':
    'only a running exercise can pause (it is {phase, select, ready {ready} running {running} paused {paused} other {ended}})',
  'cli.host.seat.resume':
    'only a paused exercise can resume (it is {phase, select, ready {ready} running {running} paused {paused} other {ended}})',
  'cli.host.seat.move':
    'moves need a running exercise (it is {phase, select, ready {ready} running {running} paused {paused} other {ended}})',
  'cli.host.seat.no-player-seat': 'no player seat "{seat}"',
  'cli.host.seat.no-revocable-seat': 'no seat "{seat}" that can be revoked',
  'cli.host.seat.nothing-waiting': 'no decision is waiting',
  'cli.host.seat.point-not-waiting': 'decision point "{decision}" is not waiting',
  'cli.host.seat.question-not-waiting': 'decision "{decision}" is not waiting',
  'cli.host.seat.not-yours': "this decision is {actor}''s, not your seat''s",
  'cli.host.seat.point-option':
    'decision point "{decision}" has no option "{option}"; it has: {options}',
  'cli.host.seat.question-option':
    'decision "{decision}" has no option "{option}"; it has: {options}',
  'cli.host.seat.run-ended': 'the scenario has run to its end',
  'cli.host.seat.decision-waiting': 'a decision is waiting: answer it, or force the default',
  'cli.host.seat.entry': 'no log entry {seq, number, ::group-off} yet',
  'cli.host.seat.objective': 'no learning objective "{objective}"',
  'cli.host.seat.plan': 'no corrective action "{action}" in the improvement plan',
  'cli.host.seat.actor': 'no actor "{actor}" in this scenario',
  'cli.host.seat.area': 'no area "{area}" in this scenario',
  'cli.host.seat.time': 'an inject cannot be delivered before the exercise time now',
  'cli.host.seat.inject':
    'no inject "{inject}" waiting for delivery (delivered or withdrawn ones cannot change)',
  // ── the exercise host's HTTP answers, PDF printing and the queue worker's own log ──
  'cli.host.refused.package': 'only EXCON and evaluators may export the exercise',
  'cli.host.refused.debrief': 'only EXCON and evaluators may open the hot wash',
  'cli.host.refused.report': 'only EXCON and evaluators may download the report',
  'cli.host.report.format': 'no report format "{format}": md, html or pdf',
  'cli.host.report.language': 'no report language "{lang}": en or fr',
  'cli.pdf.no-chromium':
    "PDF needs Chromium, and there is none at {path}: install Debian''s chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary",
  'cli.pdf.no-chromium.cli':
    '{reason}; --format html gives the same report, printable from any browser',
  'cli.pdf.failed.cli': 'Chromium could not print the report: {message}',
  'cli.pdf.no-chromium.host':
    '{reason}. Download the HTML report and print it from the browser instead.',
  'cli.pdf.failed.host':
    'Chromium could not print the report ({message}). Download the HTML report and print it from the browser instead.',
  'cli.worker-log.ready':
    'worker {name} (PeaceMesh {version}) takes batches from {queue}, {concurrency, number} at a time',
  'cli.worker-log.started':
    '{run} batch {batch} started: runs {first, number, ::group-off}–{last, number, ::group-off}',
  'cli.worker-log.done':
    '{run} batch {batch} done: {runs, number} runs in {seconds, number, ::.0} s',
  'cli.worker-log.queue-error': 'queue error: {message}',
  'cli.worker-log.refused': 'refused: {why}',
  'cli.worker-log.why.no-sweep': 'batch {batch} belongs to no sweep',
  'cli.worker-log.why.sweep-gone': 'sweep {run} is no longer in Redis',
  'cli.worker-log.why.plan': 'cannot build the plan of sweep {run}: {why}',
  'cli.worker-log.why.version':
    'it runs PeaceMesh {version} and the coordinator of sweep {run} runs {theirs}; install the same release on every machine',
  'cli.worker-log.why.plan-hash':
    'the scenario of sweep {run} builds differently here (plan {hash}, coordinator {theirs}); install the same PeaceMesh release on every machine',
  'cli.worker-log.why.runs': 'batch {batch} asks for runs the plan does not have',
  // ── a queued comparison's coordinator, and the worker's default concurrency ──
  'cli.queue.batch-failed':
    'batch {batch} of sweep {run} failed: {why}. The sweep stays in Redis: once that is fixed, resume it with --run-id {run}',
  'cli.queue.batch-other-release':
    'batch {batch} came back from worker {worker} running PeaceMesh {theirs} with plan {theirPlan} (here {ours}, plan {plan}); it was not used',
  'cli.queue.batch-short': 'batch {batch} came back with {got} runs instead of {expected}',
  'cli.worker.concurrency-default': 'the cores available',
  // ── the exercise host's plain page at / where the app is not built ──
  'cli.host.app-not-built':
    'The PeaceMesh app is not built here. Run `npm run build:app`, then start the host again.',
  // The queue's Redis out of reach (the coordinator's and the worker's first check).
  'cli.queue.unreachable':
    'cannot reach Redis at {url}: {why}; start it (redis-server) or give --queue the address of one that runs',
} as const satisfies Readonly<Record<string, string>>;

export type CliMessageKey = keyof typeof CLI_MESSAGES_EN;
