/** Text appended piece by piece, kept as UTF-16 code units in one growing typed array. */
export interface TextBuffer {
  /** In UTF-16 code units, as String#length. */
  readonly length: number;
  append(text: string): void;
  /** The text between two code-unit offsets (as String#slice with both given). */
  slice(from: number, to: number): string;
  toString(): string;
}

/**
 * For text that grows a few characters at a time and lives for seconds: a streamed answer, a run of
 * tokens. `+=` would build a tree of one string per piece, every one of them kept alive until the
 * end, so each scavenge copies them and most end up in the old generation; here the pieces are
 * copied outside the JS heap and the string is built once, when it is read.
 */
export function createTextBuffer(capacity = 256): TextBuffer {
  return new PackedText(capacity);
}

// A class, so every buffer shares one hidden class (the reads on the per-token path stay monomorphic).
class PackedText implements TextBuffer {
  #units: Uint16Array;
  #length = 0;

  constructor(capacity: number) {
    this.#units = new Uint16Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.#length;
  }

  append(text: string): void {
    const from = this.#length;
    const to = from + text.length;
    if (to > this.#units.length) {
      const grown = new Uint16Array(Math.max(to, this.#units.length * 2));
      grown.set(this.#units.subarray(0, from));
      this.#units = grown;
    }
    // A typed-array store per code unit: cheaper than Buffer#write's call into C++ for a few characters.
    const units = this.#units;
    for (let i = 0; i < text.length; i++) units[from + i] = text.charCodeAt(i);
    this.#length = to;
  }

  slice(from: number, to: number): string {
    const units = this.#units.subarray(Math.max(0, from), Math.min(to, this.#length));
    let out = '';
    // In slices: an argument list has a length limit.
    for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.subarray(i, i + 4096));
    return out;
  }

  toString(): string {
    return this.slice(0, this.#length);
  }
}
