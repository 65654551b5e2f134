import { endianness } from 'node:os';

/** Text appended piece by piece, kept as UTF-16 code units in one growing typed array. */
export interface TextBuffer {
  /** In UTF-16 code units, as String#length. */
  readonly length: number;
  append(text: string): void;
  /** The text between two code-unit offsets, each clamped to [0, length] (String#slice for those). */
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

const LITTLE_ENDIAN = endianness() === 'LE';

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
    // Clamped to [0, length]: a negative end must not count back from the end of the capacity.
    const units = this.#units.subarray(Math.max(0, from), Math.max(0, Math.min(to, this.#length)));
    // A long text in one copy: on a little-endian machine the array's bytes are UTF-16LE, which Buffer
    // decodes as they are, lone surrogates included (the cost of the alternatives: BENCHMARKS.md).
    if (units.length > 32 && LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
    let out = '';
    // In slices: an argument list has a length limit. `apply` reads the array as it is (no iterator).
    for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[]);
    return out;
  }

  toString(): string {
    return this.slice(0, this.#length);
  }
}
