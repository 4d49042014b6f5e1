// Ce que la CLI dit sur stderr autour de ses résultats (progression, erreurs d’usage, notes),
// en français. Les nombres passent par ICU : espace pour les milliers, virgule décimale.
import type { CliMessageKey } from './cli-messages-en';

export const CLI_MESSAGES_FR: Readonly<Record<CliMessageKey, string>> = {
  // ── lire un fichier ──
  'cli.file-problem': '{file} : {why}',
  'cli.read.missing': 'fichier introuvable',
  'cli.read.directory':
    '{what, select, run {est un dossier, pas un fichier de déroulement} other {est un dossier, pas un fichier de scénario}}',
  'cli.read.denied': 'illisible (permission refusée)',
  'cli.read.not-dir': 'fichier introuvable (une partie du chemin n’est pas un dossier)',
  'cli.read.too-large':
    'dépasse {mib} Mio, la limite pour {what, select, run {un fichier de déroulement} other {un fichier de scénario}} : est-ce le bon fichier ?',
  'cli.read.no-data':
    'rien à lire n’est arrivé (un tube ou un terminal où personne n’écrit) : est-ce le bon fichier ?',
  'cli.read.no-device': 'illisible (un socket ou un périphérique sans rien derrière)',
  'cli.read.other': 'illisible{has_code, select, yes { ({code})} other {}}',
  // ── serve ──
  'cli.serve.description':
    'héberger un exercice sur table : la direction de l’exercice (EXCON), les joueurs, les évaluateurs et un projecteur rejoignent par lien',
  'cli.serve.file': 'fichier de scénario (YAML) dont ouvrir un exercice',
  'cli.serve.port': 'port d’écoute',
  'cli.serve.host': 'adresse d’écoute (0.0.0.0 : toute la salle)',
  'cli.serve.data': 'dossier du journal des exercices',
  'cli.serve.seed': 'graine aléatoire d’un nouvel exercice',
  'cli.serve.import': 'ouvrir sur cet hôte un dossier d’exercice exporté (.peacemesh.json)',
  'cli.serve.epilogue': `
L’hôte sert l’application web et garde chaque saisie de chaque exercice (places, coups,
décisions, injections en direct, observations) dans un journal sous --data ; arrêtez-le ou
tuez-le à tout moment et relancez-le : les exercices reviennent là où ils en étaient. Un
fichier de scénario dont l’exercice est encore ouvert (même structure et même graine) n’est
pas ouvert deux fois.

Exemples :
  $ peacemesh serve scenarios/carana-three-bad-days.yaml
  $ peacemesh serve scenarios/carana-three-bad-days.yaml --host 0.0.0.0 --port 8080
  $ peacemesh serve --import carana-three-bad-days-1.peacemesh.json
`,
  'cli.serve.imported': '{file} importé comme exercice {id}',
  'cli.serve.port-in-use':
    'erreur : le port {port, number, ::group-off} est déjà utilisé ; lancez avec un autre, par ex. --port {next, number, ::group-off}',
  'cli.serve.listening': 'Hôte d’exercice PeaceMesh sur {addresses} (journal dans {data})',
  'cli.serve.no-app':
    'L’application web n’est pas construite : lancez `npm run build:app`, puis relancez l’hôte.',
  'cli.serve.no-exercise':
    'Aucun exercice pour l’instant : relancez avec un fichier de scénario, par ex. `peacemesh serve scenarios/carana-three-bad-days.yaml`.',
  'cli.serve.exercise':
    '  {title} ({id}, {phase}) — la direction de l’exercice (EXCON) ouvre {link}',
  'cli.serve.local-only':
    'Seul cet ordinateur peut rejoindre. Pour une salle de formation, lancez avec --host 0.0.0.0.',
  'cli.serve.stop': 'Ctrl+C arrête l’hôte ; tout est conservé dans le journal.',
  // ── report ──
  'cli.report.description':
    'écrire le rapport après action / plan d’amélioration d’un déroulement exporté ou d’un dossier d’exercice',
  'cli.report.file':
    'un déroulement exporté de l’application (*.peacemesh-run.json) ou un dossier d’exercice (*.peacemesh.json)',
  'cli.report.format': 'md, html (autonome) ou pdf (imprimé par Chromium)',
  'cli.report.out':
    "écrire le rapport dans ce fichier (pdf par défaut : '<'scénario>-'<'structure>-seed'<'N>-aar.pdf)",
  'cli.report.epilogue': `
Le déroulement est rejoué à partir de ses saisies jusqu’au point où il a été exporté (un
dossier d’exercice : son journal est rejoué), à côté du déroulement conforme à la doctrine
(même scénario, même structure, même graine ; chaque place jouée par sa machine, chaque
décision laissée à son option par défaut, aucune injection en direct). À partir d’un dossier,
le rapport donne aussi les places par rôle, qui a répondu à chaque décision, les observations
et notes des évaluateurs, le plan d’amélioration de la direction de l’exercice et les
injections en direct. Le rapport contient la vue d’ensemble, une synthèse, les objectifs avec
leurs notes, mesures et observations, les points forts et les points à améliorer, le registre
des décisions à côté de la référence doctrinale, un diagramme de séquence par demande
d’escorte et par passation, les indicateurs comparés à la référence, la liste des événements
(MSEL) avec le sort de chaque injection, et le plan d’amélioration.
Le PDF utilise Chromium à $CHROMIUM_PATH ou /usr/bin/chromium.
Code de sortie : 0 ok, 1 fichier illisible ou invalide (ou pas de Chromium pour le PDF),
2 erreur d’usage.

Exemples :
  $ peacemesh report carana-three-bad-days-cmcoord-hub-seed1.peacemesh-run.json > aar.md
  $ peacemesh report run.peacemesh-run.json --format html --out aar.html
  $ peacemesh report run.peacemesh-run.json --format pdf --out aar.pdf
  $ peacemesh report carana-three-bad-days-1.peacemesh.json --format pdf --lang fr
`,
  'cli.report.wrote': '{file} écrit',
  // ── replay ──
  'cli.replay.description':
    'rejouer un dossier d’exercice exporté et vérifier qu’il redonne le journal de l’exercice',
  'cli.replay.package': 'dossier d’exercice (.peacemesh.json) exporté de l’hôte',
  'cli.replay.json':
    "afficher un document JSON '{' exercise, structure, seed, log, metrics, hash, expected, identical '}'",
  'cli.replay.verbose': 'afficher toutes les entrées du journal',
  'cli.replay.epilogue': `
Code de sortie : 0 quand l’empreinte du journal rejoué est celle de l’exercice, 1 quand elle
diffère ou que le dossier est illisible.

Exemple :
  $ peacemesh replay carana-three-bad-days-1.peacemesh.json
`,
  'cli.replay.no-replay': '{file} : le journal ne se rejoue pas : {why}',
  'cli.replay.header': '{title} — exercice {exercise}, structure {structure}, graine {seed}',
  'cli.replay.hash': 'empreinte du journal {hash} ({entries} entrées, {shown} affichées)',
  'cli.replay.same': 'identique au journal de l’exercice (empreinte {hash})',
  'cli.replay.differs': 'DIFFÈRE du journal de l’exercice (empreinte {hash})',
  'cli.replay.error':
    'erreur : l’empreinte {hash} du journal rejoué n’est pas celle de l’exercice, {expected}',
  // ── french-last: exercise packages read back, and a run stopped at a size limit ──
  'cli.package.not-json': '{file} : pas du JSON ({why})',
  'cli.package.not-package': '{file} : pas un dossier d’exercice PeaceMesh : {where} : {why}',
  'cli.package.whole-file': 'fichier',
  'cli.package.hash-differs':
    '{file} : avertissement : le journal rejoué (empreinte {hash}) n’est pas celui de l’exercice (empreinte {expected}) ; le rapport montre le rejeu',
  'cli.report.scenario-in': '{file} (scénario {name})',
  'cli.report.no-structure': '{file} : le scénario n’a pas de structure « {structure} »',
  'cli.report.no-replay': '{file} : le déroulement ne peut pas être rejoué : {why}',
  'cli.queue.url-form': '--queue est une URL Redis comme redis://serveur:6379/0 ; reçu {urlJson}',
  'cli.queue.url-scheme':
    '--queue est une URL Redis commençant par redis:// (ou rediss:// pour TLS) ; reçu {urlJson}',
  'cli.queue.url-host': '--queue {url} ne nomme aucun hôte',
  'cli.queue.url-database':
    '--queue {url} : après le port vient un numéro de base de données, comme redis://serveur:6379/0',
  'cli.queue.run-id-form':
    '--run-id compte de 1 à 64 lettres, chiffres, « - » ou « _ » ; reçu {got}',
  'cli.queue.other-release':
    'le balayage {run} a été lancé par PeaceMesh {theirs}, celui-ci est {ours} : reprenez-le avec cette version, ou choisissez un autre --run-id',
  'cli.queue.other-inputs':
    'le balayage {run} a d’autres entrées ({runs} déroulements de {file}, plan {plan}) ; donnez les mêmes entrées pour le reprendre, ou choisissez un autre --run-id',
  'cli.queue.vanished': 'le balayage {run} a disparu de Redis pendant sa mise en file',
  'cli.run.limit':
    '{limit, select, log {le déroulement s’est arrêté à {at} : son journal des événements a atteint {size, number} entrées, la limite pour un déroulement ; raccourcissez « duration », espacez les réunions (« every ») ou prenez moins d’acteurs} other {le déroulement s’est arrêté à {at} : {size, number} choses attendaient d’arriver en même temps (messages, minuteries, séances de réunion), la limite pour un déroulement ; prenez moins d’acteurs, de liaisons ou de réunions}}',
  // ── worker ──
  'cli.worker.description':
    'prendre des déroulements de comparaison dans une file de tâches (en lancer un par machine)',
  'cli.worker.queue': 'le Redis qu’utilise le coordinateur, par ex. redis://hote:6379/0',
  'cli.worker.concurrency': 'lots exécutés à la fois, un fil chacun',
  'cli.worker.stall-seconds':
    'délai au bout duquel un lot tenu par un worker arrêté net retourne dans la file',
  'cli.worker.epilogue': `
Lancez un worker par machine, tous sur le même Redis, puis lancez
  peacemesh compare FICHIER … --queue redis://hote:6379/0
depuis n’importe quelle machine. Un worker prend des lots de n’importe quel balayage sur ce
Redis, vérifie qu’il exécute la même version de PeaceMesh que le coordinateur et construit le
même plan (sinon il refuse le lot, et la comparaison s’arrête en donnant la raison), puis les
exécute. Ctrl-C laisse finir les lots en cours. Un worker tué net ne perd rien : après
--stall-seconds, ses lots passent à un autre.

Exemples :
  $ peacemesh worker --queue redis://planning-cell:6379/0
  $ peacemesh worker --queue redis://10.0.0.5:6379/2 --concurrency 8
`,
  'cli.worker.stopping':
    'arrêt : les lots en cours se terminent (Ctrl-C encore une fois pour arrêter tout de suite)',
  // ── compare : pendant le travail ──
  'cli.compare.rows-table': 'erreur : --rows {rows} va avec --format csv ou json',
  'cli.compare.size':
    '{structures, plural, one {# structure} other {# structures}} × {seeds, plural, one {# graine} other {# graines}}{points, plural, =0 {} =1 {} other { × {sampled, select, true {{points, number} points échantillonnés} other {{points, number} points de balayage}}}}',
  'cli.compare.comparing':
    'comparaison : {size} = {total, plural, one {# déroulement} other {# déroulements}} {queue, select, true {sur la file de tâches} other {sur {workers, plural, one {# fil} other {# fils}}}} ; Ctrl-C arrête et affiche ce qui est terminé',
  'cli.compare.workers-note':
    'note : --workers {asked, number, ::group-off} dépasse les {cap, number, ::group-off} fils que cette machine peut exécuter à la fois ; {cap, number, ::group-off} sont utilisés',
  'cli.compare.progress':
    "comparaison ['{bar}'] '{value}'/'{total}' déroulements | '{duration_formatted}' écoulé | reste '{eta_formatted}'",
  // ── compare --queue ──
  'cli.queue.queued':
    'mis en file comme déroulement {run} sur {url} ; pour reprendre après un arrêt : --run-id {run}',
  'cli.queue.progress':
    "en file ['{bar}'] '{value}'/'{total}' déroulements | '{running}' en cours, '{failed}' en échec | '{workers}' workers vus | reste '{eta_formatted}'",
  'cli.queue.no-worker':
    'aucun worker n’a encore pris de lot : lancez-en un avec « peacemesh worker --queue {url} »',
  'cli.queue.resumed': 'reprise du déroulement {run}',
  'cli.queue.kept': 'le balayage reste dans Redis : reprenez-le avec --run-id {run}',
  'cli.compare.stopped': 'arrêté : {finished, number} déroulements terminés sur {total, number}',
  'cli.compare.wrote':
    '{file} écrit ({runs, plural, one {# déroulement} other {# déroulements}}{partial, select, true {, partiel} other {}})',
  'cli.compare.wrote-stream':
    '{file} écrit ({runs, plural, one {# déroulement} other {# déroulements}} dans l’ordre où ils se sont terminés{partial, select, true {, partiel} other {}})',
  'cli.cannot-write': '{file} : écriture impossible : {why}',
  'cli.compare.run-id-alone':
    'erreur : --run-id nomme un balayage sur la file de tâches : donnez aussi --queue',
  'cli.compare.sample-error': 'erreur : --sample : {why}',
  // ── compare : options et limites ──
  'cli.option.whole':
    '{option} est un nombre entier à partir de {min, number, ::group-off}{has_max, select, yes { et jusqu’à {max, number, ::group-off}} other {}}, comme {example}.',
  'cli.option.at-most': '{option} vaut au plus {max, number} (reçu {got}).',
  'cli.option.above-zero': '{option} est un nombre supérieur à 0, comme 4.',
  'cli.option.port': 'Un numéro de port de 1 à 65535 est attendu, comme 8080.',
  'cli.compare.unknown-metric': 'indicateur inconnu {names} ; les indicateurs sont : {metrics}.',
  'cli.compare.seed-range':
    'les graines {first, number, ::group-off}–{last, number, ::group-off} dépassent {max, number, ::group-off}, la plus grande graine (comme pour run --seed) ; commencez au plus à {start, number, ::group-off}, ou demandez moins de graines',
  'cli.compare.too-many':
    '{size} font {runs, number} déroulements, plus que les {cap, number} qu’une comparaison peut contenir sur cette machine ; prenez moins de graines, de structures ou de valeurs de balayage, ou lancez-la sur la file de tâches (--queue, chaque déroulement vers --format jsonl --out FICHIER)',
  'cli.compare.too-many-queued':
    '{size} font {runs, number} déroulements, plus que les {cap, number} qu’un balayage en file peut contenir ; prenez moins de graines, de structures ou de valeurs de balayage',
  'cli.compare.large-sweep':
    'un balayage en file de {runs, number} déroulements (plus de {cap, number}) ne garde que les synthèses, pas chaque déroulement : écrivez ses déroulements avec --format jsonl --out FICHIER, ou demandez la synthèse en tableau, CSV ou JSON',
  // ── compare : le tableau ──
  'cli.compare.verdict':
    '{verdict, select, better {mieux} worse {moins bien} differs {diffère} other {}}',
  'cli.compare.change': 'Δ {diff} ({low} à {high})',
  'cli.compare.sensitivity':
    'Sensibilité (coefficients de régression standardisés, structure fixée)',
  'cli.compare.how-to-read-sensitivity': `Sensibilité : chaque indicateur est régressé sur les valeurs balayées de tous les déroulements ;
un coefficient de +0,6 signifie qu’un écart-type de plus de cette valeur déplace l’indicateur de
0,6 de son propre écart-type, les autres valeurs et la structure restant fixes. Les plus forts
d’abord. R² est la part de la dispersion de l’indicateur qu’une droite explique : quand il est
faible, les coefficients disent peu de chose.`,
  'cli.compare.no-seeds': '(aucune)',
  // ── l’hôte d’exercice refuse un poste : le poste l’entend dans sa langue, le journal de l’hôte
  // en anglais (l’écran du poste formule lui-même la plupart des codes ; voici ce que dit l’hôte) ──
  'cli.host.seat.no-exercise': 'pas d’exercice « {exercise} » sur cet hôte',
  'cli.host.seat.bad-link': 'ce lien d’accès n’est pas valide (poste inconnu ou révoqué)',
  'cli.host.seat.revoked-now': 'ce poste a été révoqué',
  'cli.host.seat.revoked': 'l’EXCON a révoqué ce poste',
  'cli.host.seat.internal':
    'l’hôte n’a pas pu exécuter cette commande ; l’exercice est tel que son journal le garde',
  'cli.host.seat.journal': 'l’hôte n’a pas pu l’enregistrer ; rien n’a changé',
  'cli.host.seat.rate': 'trop de messages : au plus {perSecond, number} par seconde',
  'cli.host.seat.binary': 'n’envoyez que des trames texte JSON',
  'cli.host.seat.too-large':
    'message de {bytes, number, ::group-off} octets refusé : au plus {max, number, ::group-off}',
  'cli.host.seat.json': 'ce n’est pas du JSON : {why}',
  'cli.host.seat.invalid': '« {type} » : {path} : {issue}',
  'cli.host.seat.unknown': 'type de message inconnu : {type}',
  'cli.host.seat.forbidden':
    'un poste {role, select, excon {EXCON} player {joueur} evaluator {évaluateur} other {projecteur}} ne peut pas envoyer « {type} »',
  'cli.host.seat.ended': 'l’exercice est terminé',
  'cli.host.seat.already':
    'l’exercice est déjà {phase, select, ready {prêt} running {en cours} paused {en pause} other {terminé}}',
  'cli.host.seat.pause':
    'seul un exercice en cours peut être mis en pause (il est {phase, select, ready {prêt} running {en cours} paused {en pause} other {terminé}})',
  'cli.host.seat.resume':
    'seul un exercice en pause peut reprendre (il est {phase, select, ready {prêt} running {en cours} paused {en pause} other {terminé}})',
  'cli.host.seat.move':
    'avancer demande un exercice en cours (il est {phase, select, ready {prêt} running {en cours} paused {en pause} other {terminé}})',
  'cli.host.seat.no-player-seat': 'pas de poste de joueur « {seat} »',
  'cli.host.seat.no-revocable-seat': 'pas de poste « {seat} » qui puisse être révoqué',
  'cli.host.seat.nothing-waiting': 'aucune décision n’est en attente',
  'cli.host.seat.point-not-waiting': 'le point de décision « {decision} » n’est pas en attente',
  'cli.host.seat.question-not-waiting': 'la décision « {decision} » n’est pas en attente',
  'cli.host.seat.not-yours': 'cette décision revient à {actor}, pas à votre poste',
  'cli.host.seat.point-option':
    'le point de décision « {decision} » n’a pas d’option « {option} » ; il a : {options}',
  'cli.host.seat.question-option':
    'la décision « {decision} » n’a pas d’option « {option} » ; elle a : {options}',
  'cli.host.seat.run-ended': 'le scénario est allé jusqu’à sa fin',
  'cli.host.seat.decision-waiting':
    'une décision attend : répondez-y, ou imposez la réponse par défaut',
  'cli.host.seat.entry': 'pas encore d’entrée de journal {seq, number, ::group-off}',
  'cli.host.seat.objective': 'pas d’objectif d’apprentissage « {objective} »',
  'cli.host.seat.plan': 'pas d’action corrective « {action} » dans le plan d’amélioration',
  'cli.host.seat.actor': 'pas d’acteur « {actor} » dans ce scénario',
  'cli.host.seat.area': 'pas de zone « {area} » dans ce scénario',
  'cli.host.seat.time':
    'une injection ne peut pas être livrée avant l’heure actuelle de l’exercice',
  'cli.host.seat.inject':
    'pas d’injection « {inject} » en attente de livraison (une injection livrée ou retirée ne change plus)',
  // ── the exercise host's HTTP answers, PDF printing and the queue worker's own log ──
  'cli.host.refused.package': 'seuls l’EXCON et les évaluateurs peuvent exporter l’exercice',
  'cli.host.refused.debrief':
    'seuls l’EXCON et les évaluateurs peuvent ouvrir le débriefing à chaud',
  'cli.host.refused.report': 'seuls l’EXCON et les évaluateurs peuvent télécharger le rapport',
  'cli.host.report.format': 'pas de format de rapport « {format} » : md, html ou pdf',
  'cli.host.report.language': 'pas de langue de rapport « {lang} » : en ou fr',
  'cli.pdf.no-chromium':
    'le PDF demande Chromium, et il n’y en a pas à {path} : installez le paquet chromium de Debian (apt-get install chromium) ou donnez dans CHROMIUM_PATH le chemin d’un Chromium',
  'cli.pdf.no-chromium.cli':
    '{reason} ; --format html donne le même rapport, imprimable depuis n’importe quel navigateur',
  'cli.pdf.failed.cli': 'Chromium n’a pas pu imprimer le rapport : {message}',
  'cli.pdf.no-chromium.host':
    '{reason}. Téléchargez le rapport HTML et imprimez-le depuis le navigateur.',
  'cli.pdf.failed.host':
    'Chromium n’a pas pu imprimer le rapport ({message}). Téléchargez le rapport HTML et imprimez-le depuis le navigateur.',
  'cli.worker-log.ready':
    'agent {name} (PeaceMesh {version}) : prend les lots de {queue}, {concurrency, number} à la fois',
  'cli.worker-log.started':
    '{run} lot {batch} commencé : déroulements {first, number, ::group-off} à {last, number, ::group-off}',
  'cli.worker-log.done':
    '{run} lot {batch} terminé : {runs, number} déroulements en {seconds, number, ::.0} s',
  'cli.worker-log.queue-error': 'erreur de la file : {message}',
  'cli.worker-log.refused': 'refusé : {why}',
  'cli.worker-log.why.no-sweep': 'le lot {batch} n’appartient à aucun balayage',
  'cli.worker-log.why.sweep-gone': 'le balayage {run} n’est plus dans Redis',
  'cli.worker-log.why.plan': 'impossible de construire le plan du balayage {run} : {why}',
  'cli.worker-log.why.version':
    'cet agent exécute PeaceMesh {version} et le coordinateur du balayage {run} exécute {theirs} ; installez la même version sur chaque machine',
  'cli.worker-log.why.plan-hash':
    'le scénario du balayage {run} se construit autrement ici (plan {hash}, coordinateur {theirs}) ; installez la même version de PeaceMesh sur chaque machine',
  'cli.worker-log.why.runs': 'le lot {batch} demande des déroulements que le plan n’a pas',
  // ── le coordinateur d’une comparaison en file, et la concurrence par défaut d’un agent ──
  'cli.queue.batch-failed':
    'le lot {batch} du balayage {run} a échoué : {why}. Le balayage reste dans Redis : une fois le problème réglé, reprenez-le avec --run-id {run}',
  'cli.queue.batch-other-release':
    'le lot {batch} est revenu de l’agent {worker}, qui exécute PeaceMesh {theirs} avec le plan {theirPlan} (ici {ours}, plan {plan}) ; il n’a pas été utilisé',
  'cli.queue.batch-short':
    'le lot {batch} est revenu avec {got} déroulements au lieu de {expected}',
  'cli.worker.concurrency-default': 'les cœurs disponibles',
  // ── la page en texte brut de l’hôte d’exercice à / quand l’application n’est pas construite ──
  'cli.host.app-not-built':
    'L’application PeaceMesh n’est pas construite ici. Lancez `npm run build:app`, puis redémarrez l’hôte.',
  // Le Redis de la file hors d’atteinte (première vérification du coordinateur et de l’agent).
  'cli.queue.unreachable':
    'impossible de joindre Redis à {url} : {why} ; démarrez-le (redis-server) ou donnez à --queue l’adresse d’un Redis en marche',
};
