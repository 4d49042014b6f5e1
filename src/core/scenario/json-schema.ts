// The JSON Schema of the scenario format, generated from the zod schema so editors (VS Code's
// YAML extension) complete and explain fields. `npm run schema` writes it to
// schema/scenario.schema.json; a test fails when the committed file is stale.
import { z } from 'zod';
import { duration, scenarioSchema, timePoint } from './schema';

/** Same language as parseDuration in ../time: "45m", "2h", "1h30m", "3d", "2d 6h". */
export const DURATION_PATTERN =
  '^\\s*(?:\\d+d\\s*(?:\\d+h)?\\s*(?:\\d+m)?|\\d+h\\s*(?:\\d+m)?|\\d+m)\\s*$';
/** Same language as parseTimePoint in ../time: "T+06:30", "T+49:15". */
export const TIME_POINT_PATTERN = '^\\s*T\\+\\d{1,3}:[0-5]\\d\\s*$';

// The string side of the duration and time transforms; .describe() clones share it.
const DURATION_TEXT = duration._zod.def.in;
const TIME_TEXT = timePoint._zod.def.in;

export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, {
    io: 'input',
    target: 'draft-2020-12',
    // zod cannot see inside the refinements that check durations and times; give editors
    // the same rule as a pattern so they flag "90 minutes" while typing.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === DURATION_TEXT) jsonSchema.pattern = DURATION_PATTERN;
      if (zodSchema === TIME_TEXT) jsonSchema.pattern = TIME_POINT_PATTERN;
    },
  }) as Record<string, unknown>;
}
