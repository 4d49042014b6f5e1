// A short, stable fingerprint of a log (cyrb53), identical in Node and the browser, so two
// runs can be compared at a glance. Not cryptographic: it detects change, not tampering.
export function hashText(text: string, seed = 0): string {
  return new TextHasher(seed).update(text).digest();
}

/**
 * The same fingerprint fed in pieces: `update(a).update(b)` equals `hashText(a + b)`, so a
 * long log can be hashed entry by entry while it is written out, never as one giant string.
 */
export class TextHasher {
  private h1: number;
  private h2: number;

  constructor(seed = 0) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }

  update(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** An independent hasher in the same state: a running hash can be read without ending it. */
  copy(): TextHasher {
    const twin = new TextHasher();
    twin.h1 = this.h1;
    twin.h2 = this.h2;
    return twin;
  }

  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  }
}
