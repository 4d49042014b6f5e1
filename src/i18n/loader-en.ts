// The scenario loader's own problems in English (core/scenario/loader-problems.ts): the file,
// its YAML, the schema's own messages, cross-references and measures.
import type { LoaderProblemKind } from '../core/index.ts';

const GUESS = '{has_guess, select, yes { did you mean "{guess}"?} other {}}';
const THING =
  '{thing, select, actor {actor} area {area} structure {structure} objective {objective} decision {decision} inject {inject} meeting {meeting} event {event} option {option} other {{thing}}}';
const FIRST = '{first, select, actor {actor} meeting {meeting} event {event} other {{first}}}';
const KIND =
  '{kind_key, select, military {military} police {police} humanitarian {humanitarian} civilian {civilian} host_police {host-police} other {{kind}}}';

export const LOADER_EN: Readonly<Record<LoaderProblemKind, string>> = {
  // ── the schema's own messages ──
  'problem.schema.id-too-long': 'ids are at most 64 characters',
  'problem.schema.id-pattern':
    'ids are short lower-case words joined by hyphens, like "bn-east" or "ocha-hub"',
  'problem.schema.duration':
    'a duration is written like "45m", "2h", "1h30m" or "3d", and is at most 366d',
  'problem.schema.time':
    'a time is written "T+hh:mm" from the start of the exercise, like "T+06:30" or "T+49:15"',
  'problem.schema.probability': 'a probability is between 0 and 1',
  'problem.schema.text-empty': 'this text may not be empty',
  'problem.schema.support-min': 'name at least one kind of support the measures allow',
  'problem.schema.invitee-min': 'a meeting needs at least one invitee besides the chair',
  'problem.schema.quorum':
    'a quorum is a share of the invitees from 0 to 1, like 0.5, or a head count of invitees from 2, like 4',
  'problem.schema.link-min': 'a structure needs at least one link',
  'problem.schema.inject-at-or-when':
    'an inject needs exactly one of "at" (a time) or "when" (a condition)',
  'problem.schema.options-min': 'a decision point needs at least two options',
  'problem.schema.objectives-min': 'list at least one learning objective',
  'problem.schema.actors-min': 'a mesh needs at least two actors',
  'problem.schema.structures-min': 'define at least one coordination structure',
  // ── the file ──
  'problem.file.utf16':
    'this file is UTF-16 text: save it as UTF-8 (under "Save as" or "Encoding")',
  'problem.file.binary':
    'this is not a text file (it contains a NUL byte): a scenario is YAML text — is this the right file?',
  'problem.file.not-utf8':
    'this file is not UTF-8 text: save it as UTF-8 (most editors offer "UTF-8" under "Save as" or "Encoding")',
  'problem.file.too-large':
    'this file is too large for a scenario ({size, number, ::.0} MiB; the limit is {limit, number, ::.0} MiB): is this the right file?',
  'problem.file.empty':
    'the file is empty: a scenario starts with `version: 1`, then `id:`, `title:`, `summary:`, `duration:`, `objectives:`, `actors:` and `structures:` (see scenarios/ for examples)',
  'problem.file.not-mapping':
    'a scenario is a mapping of keys to values, like `version: 1` and `id: my-exercise` on their own lines, but this file holds {list, select, true {a list (lines starting with "- ")} other {only the value "{value}"}}',
  'problem.file.too-deep':
    'lists and mappings are nested too deeply here (more than {nesting} brackets inside each other, or a line indented past column {indent}): a scenario needs only a few levels; is a "]" or "\'}\'" missing, or a line indented too far?',
  'problem.file.bug':
    'the scenario could not be checked because of a bug in PeaceMesh ({why}); please report it with this file',
  // ── YAML ──
  'problem.yaml.more':
    'and {more} more lines with YAML errors, often echoes of the ones above: fix those first',
  'problem.yaml.key-not-scalar':
    'a key must be a single word or text, like `id:`, not a list or mapping',
  'problem.yaml.alias-unknown':
    '*{alias} refers to no anchor: define "&{alias}" earlier in the file, or remove the "*"',
  'problem.yaml.unreadable':
    'the YAML could not be read: {aliases, select, true {its aliases ("*name") expand to too much text: a scenario repeats an anchor at most a few hundred times} other {it could not be turned into data (a key or value YAML allows but a scenario cannot hold)}}',
  'problem.yaml.duplicate-key':
    'duplicate key "{key}": it is already set on line {line} of the same mapping; keep only one',
  'problem.yaml.duplicate': 'this key appears twice in the same mapping: keep only one',
  'problem.yaml.tab': 'a tab is used for indentation: YAML indents with spaces only',
  'problem.yaml.two-pairs':
    'two "key: value" pairs on one line: if this is text containing ": ", put the whole text in quotes; otherwise put the inner key on its own, more indented line',
  'problem.yaml.multiline-key':
    'a key must fit on one line and end with ":" (is a ":" missing, or a text not indented enough?)',
  'problem.yaml.documents':
    'a scenario file holds one YAML document: remove this "---" and what follows, or move it to its own file',
  'problem.yaml.tag': 'YAML: {original}; scenarios use no "!" tags: remove it, or quote the value',
  'problem.yaml.unclosed': 'YAML syntax: {original} (a quote, bracket or brace is not closed)',
  'problem.yaml.indent': 'YAML syntax: {original} (check how far this line is indented)',
  'problem.yaml.token':
    'YAML syntax: "{token}" is not expected here (check the indentation and the ":" on this line and the one above)',
  'problem.yaml.other': 'YAML syntax: {original}',
  'problem.yaml.unclosed-quote':
    'this quoted text is never closed: add the closing {quote} where the text ends',
  'problem.yaml.unclosed-bracket':
    'this "{open}" is never closed: add "{close}" at the end of the line (or indent the lines that continue it further)',
  // ── cross-references ──
  'problem.ref.duplicate-id': `duplicate ${THING} id "{id}": the ${THING} on line {line} already has it; give each ${THING} its own id`,
  'problem.ref.duplicate-serial':
    'duplicate inject serial {serial}: the inject on line {line} already has it; give each inject its own serial',
  'problem.ref.actor-unknown': `unknown actor "{actor}" in "{field}";${GUESS} known actors: {actors}`,
  'problem.ref.no-areas':
    '"area" names "{area}", but this scenario defines no areas: add it under "areas:"',
  'problem.ref.area-unknown': `unknown area "{area}" in "area";${GUESS} known areas: {areas}`,
  'problem.ref.after-end':
    '"{field}": {time} is after the end of this {hours, plural, =0 {{length}} other {#h}} exercise; use a time up to {end} or make "duration" longer',
  'problem.ref.not-positive':
    '"{field}" must be longer than 0m: {why, select, exercise {the exercise needs time to run} recur {a meeting cannot recur without a pause} postpone {a postponed session must move to a later time} reassess {a district found not ready is assessed again later} phase {each phase of a handover takes some time} review {monitoring reviews recur} patrol {a patrol takes some time} other {{why}}}',
  'problem.ref.covers': `"covers" is for host-state police units (kind: host-police); "{actor}" is ${KIND}`,
  'problem.ref.fact-unit': `a host-police fact names "{unit}", which is ${KIND}: name a host-police unit`,
  'problem.ref.kind': `"{field}" must be {wanted_key, select, host_police_hrddp {a host-state police unit (HRDDP concerns UN support to non-UN security forces)} host_police {a host-state police unit} un_unit {a UN unit (military or police)} other {{wanted}}}, but "{actor}" is ${KIND}`,
  'problem.ref.structure-unknown': `unknown structure "{structure}" in "defaultStructure";${GUESS} known structures: {structures}`,
  'problem.ref.link-nowhere': `link to nowhere: unknown actor "{actor}" in "{end}";${GUESS} known actors: {actors}`,
  'problem.ref.jitter':
    '"jitter" {jitter} is far above this link\'s latency of {latency}: a jitter is the spread of the delay, at most {times} times the latency or {floor} (here {maxJitter}); raise "latency" if messages are really that slow',
  'problem.ref.link-itself': 'a link from "{actor}" to itself: "to" must name another actor',
  'problem.ref.chair-invited':
    '"{actor}" chairs this meeting and is also listed as an invitee: remove it from "invitees"',
  'problem.ref.changes-nothing':
    'this capacity-change changes nothing: give the new "capacity", "teams", "certified" or "respond" of "{actor}"',
  'problem.ref.default-option': `"default" must be one of this decision's options, not "{option}";${GUESS} options: {options}`,
  'problem.ref.objective-unknown': `unknown learning objective "{objective}" in "objective";${GUESS} known objectives: {objectives}`,
  'problem.ref.handover-unknown': `"handover" names "{handover}", but no handover event has that id;${GUESS} handovers: {has_handovers, select, yes {{handovers}} other {none}}`,
  'problem.ref.shared-id': `{thing, select, actor {actor} meeting {meeting} event {event} other {{thing}}} id "{id}" is already the id of the ${FIRST} on line {line}: actors, meetings and the events a run sets in motion each need their own id`,
  // ── measures ──
  'problem.measure.no-kind': 'this measure says nothing to compute: give it one of {kinds}',
  'problem.measure.two-kinds':
    'this measure is of two kinds at once ({kinds}): split it into one measure each',
  'problem.measure.mark-unknown': `unknown log mark "{mark}" in "{field}";${GUESS} marks: {marks}`,
  'problem.measure.not-applicable': '"{field}" does not apply to a "{kind}" measure: remove it',
  'problem.measure.no-bound': 'a "{kind}" measure needs a bound: "atMost", "atLeast" or both',
  'problem.measure.bound':
    '"{field}": {bound, select, minutes {a time bound is a duration, like "45m", "6h" or "1h30m"} share {a share is a percentage like "75%" or a number from 0 to 1} other {a count is a whole number, like 0 or 3}} (got {value})',
  'problem.measure.no-then': 'an "each" measure needs "then": the mark that must follow',
  'problem.measure.no-within': 'an "each" measure needs "within": how soon, like "6h"',
  'problem.measure.no-decisions':
    '"decision" names "{decision}", but this scenario has no decision points',
  'problem.measure.decision-unknown': `unknown decision point "{decision}";${GUESS} decision points: {decisions}`,
  'problem.measure.no-is': 'a "decision" measure needs "is": the option expected, one of {options}',
  'problem.measure.option-unknown': `"{option}" is not an option of {decision};${GUESS} options: {options}`,
  'problem.measure.process-unknown': `unknown process "{ref}" in "ref";${GUESS} event ids: {has_ids, select, yes {{ids}} other {none}}`,
  'problem.measure.by-unknown': `"by" must name an actor or an authority role, not "{by}";${GUESS} roles: {roles}; actors: {actors}`,
};
