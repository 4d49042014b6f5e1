// What a broadcast serialises, serialised once. The host sends every seat of an exercise its
// state after each command; the items of its lists (processes, each actor's knowledge, staged
// injects, seats, observations) are the same objects for every seat whose role may see them
// (`frameNow` in views.ts builds them once per broadcast), so each item's JSON is made once and
// reused: to tell what changed since a connection's last state, and in the frame sent to it.
// One per broadcast: its objects are not changed while it lasts, and it is dropped after it.

/** An object's JSON. */
export type Serialise = (value: object) => string;

export class JsonOnce {
  private readonly made = new WeakMap<object, string>();
  /** How many objects were serialised (the others' JSON was reused). */
  serialised = 0;

  /** `value`'s JSON, made the first time this broadcast asks for it. */
  readonly of: Serialise = (value) => {
    let json = this.made.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      this.made.set(value, json);
      this.serialised++;
    }
    return json;
  };
}
