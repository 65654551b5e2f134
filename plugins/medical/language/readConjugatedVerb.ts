/**
 * A Spanish or French verb form the glossary lacks, read from its ending: "transpirando" is the gerund of
 * "transpirar", "se empapó" its third person past, "déchirée" the participle of "déchirer". The glossary
 * holds the phrases people type; no table of phrases holds every form of every verb, and the forms of
 * less common verbs ("botaba", "grognait") passed into the English reading untranslated. The verb list
 * (glossary/<language>-verbs.json) gives each infinitive's English; the endings below are the regular
 * conjugations, with the stem changes Spanish spells ("duerme", "pide") undone. An ending only counts
 * when its stem makes a listed infinitive, so a noun is not read as a verb by its last letters.
 */
import { inflectEnglishVerb, type EnglishForm, type IrregularVerbs } from './inflectEnglishVerb.ts';
import { loadVerbList } from './loadVerbList.ts';

/** Who and when, as English puts it around the verb. */
type Reading =
  | 'base'
  | 'i'
  | 'you'
  | 'we'
  | 'they'
  | 'third'
  | 'iPast'
  | 'past'
  | 'youPast'
  | 'theyPast'
  | 'wasDoing'
  | 'wereDoing'
  | 'weWereDoing'
  | 'theyWereDoing'
  | 'ing'
  | 'participle'
  | 'will'
  | 'would';

/** A conjugation: ending → reading, tried longest ending first, for infinitives with this ending. */
interface Conjugation {
  readonly infinitive: string;
  readonly endings: readonly (readonly [string, Reading])[];
}

/** -er and -ir verbs conjugate alike but for the vowel of a few endings ("comemos", "vivimos"). */
function erOrIr(vowel: 'e' | 'i'): Conjugation {
  return {
    infinitive: `${vowel}r`,
    endings: [
      ['iendo', 'ing'], ['yendo', 'ing'], ['iamos', 'weWereDoing'], ['ian', 'theyWereDoing'], ['ias', 'wasDoing'], ['ia', 'wasDoing'],
      ['idos', 'participle'], ['idas', 'participle'], ['ido', 'participle'], ['ida', 'participle'],
      ['ieron', 'theyPast'], ['yeron', 'theyPast'], ['iste', 'youPast'], ['io', 'past'], ['yo', 'past'], [`${vowel}mos`, 'we'],
      [`${vowel}rian`, 'would'], [`${vowel}ria`, 'would'],
      ['es', 'you'], ['en', 'they'], [`${vowel}r`, 'base'], ['o', 'i'], ['e', 'third'], ['i', 'iPast'], ['a', 'base'], ['an', 'base'],
    ],
  };
}

// Accents are folded away before this reads (foldForGloss); a final accented vowel is told apart by
// the caller ("sudó" is the past, "sudo" the present), see `accented`.
const SPANISH: readonly Conjugation[] = [
  {
    infinitive: 'ar',
    endings: [
      ['ando', 'ing'], ['abamos', 'weWereDoing'], ['aban', 'theyWereDoing'], ['abas', 'wasDoing'], ['aba', 'wasDoing'],
      ['ados', 'participle'], ['adas', 'participle'], ['ado', 'participle'], ['ada', 'participle'],
      ['aron', 'theyPast'], ['aste', 'youPast'], ['amos', 'we'], ['ariamos', 'would'], ['arian', 'would'], ['aria', 'would'],
      ['aremos', 'will'], ['aran', 'will'],
      ['as', 'you'], ['an', 'they'], ['ar', 'base'], ['o', 'i'], ['a', 'third'], ['e', 'iPast'], ['en', 'base'], ['es', 'base'],
    ],
  },
  erOrIr('e'),
  erOrIr('i'),
];

// French puts the subject before the verb ("il", "je"), glossed on its own: the verb gives no person
// of its own but the third ("il transpire": "he sweats"), or the bare verb after "je", "tu" and plurals.
const FRENCH: readonly Conjugation[] = [
  {
    infinitive: 'er',
    endings: [
      ['aient', 'wereDoing'], ['ions', 'wereDoing'], ['iez', 'wereDoing'], ['ais', 'wasDoing'], ['ait', 'wasDoing'],
      ['eraient', 'would'], ['erais', 'would'], ['erait', 'would'], ['erai', 'will'], ['era', 'will'], ['eront', 'will'],
      ['ees', 'participle'], ['ee', 'participle'], ['ant', 'ing'],
      ['ent', 'base'], ['ons', 'base'], ['ez', 'base'], ['es', 'base'], ['er', 'base'], ['e', 'third'],
    ],
  },
  {
    infinitive: 'ir',
    endings: [
      ['issaient', 'wereDoing'], ['issions', 'wereDoing'], ['issiez', 'wereDoing'], ['issais', 'wasDoing'], ['issait', 'wasDoing'],
      ['issant', 'ing'], ['issent', 'base'], ['issons', 'base'], ['issez', 'base'],
      ['ies', 'participle'], ['ie', 'participle'], ['ir', 'base'], ['it', 'third'], ['is', 'base'], ['i', 'participle'],
    ],
  },
  {
    infinitive: 're',
    endings: [
      ['aient', 'wereDoing'], ['ais', 'wasDoing'], ['ait', 'wasDoing'], ['ant', 'ing'],
      ['ues', 'participle'], ['ue', 'participle'], ['us', 'participle'], ['u', 'participle'],
      ['ent', 'base'], ['ons', 'base'], ['ez', 'base'], ['re', 'base'],
    ],
  },
];

// After these the form is the past participle ("il s'est gratté", "a déchiré"): the auxiliary is glossed on its own.
const FRENCH_AUXILIARY = new Set(['ai', 'as', 'a', 'avons', 'avez', 'ont', 'avais', 'avait', 'avaient', 'suis', 'es', 'est', 'sommes', 'etes', 'sont', 'etais', 'etait', 'etaient', 'ete', "s'est", "m'est", "t'est", "s'etait", "m'etait", 'pas', 'jamais', 'deja', 'bien', 'tout', 'trop']);
// Subjects whose verb takes no English -s; clitics and "ne" between subject and verb are skipped.
const FRENCH_PLAIN_SUBJECT = new Set(['je', "j'", 'tu', 'nous', 'vous', 'ils', 'elles']);
const FRENCH_CLITIC = new Set(['me', 'te', 'se', "m'", "t'", "s'", 'le', 'la', 'les', "l'", 'lui', 'leur', 'en', 'y', 'ne', "n'"]);

/** Spanish stems as spelt before some endings, back to the infinitive's: e→ie, o→ue, e→i, c→qu, g→gu, z→c, g→j, c→zc. */
function spanishStems(stem: string): string[] {
  const stems = [stem];
  const swap = (from: RegExp, to: string) => {
    const changed = stem.replace(from, to);
    if (changed !== stem) stems.push(changed);
  };
  swap(/ie(?=[^aeiou]*$)/, 'e');
  swap(/ue(?=[^aeiou]*$)/, 'o');
  swap(/ue(?=[^aeiou]*$)/, 'u');
  swap(/i(?=[^aeiou]*$)/, 'e');
  swap(/qu$/, 'c');
  swap(/gu$/, 'g');
  swap(/c$/, 'z');
  swap(/j$/, 'g');
  swap(/zc$/, 'c');
  swap(/g$/, '');
  return stems;
}

export interface VerbReader {
  /**
   * The English of a folded word (see foldForGloss) read as a verb form, or undefined. `previous` is the
   * folded word before it (French person and auxiliaries); `accented` says the written word ended on an
   * accented vowel (Spanish "sudó", French "déchiré"), which folding removed.
   */
  read(word: string, previous: string | undefined, accented: boolean): string | undefined;
}

const readers = new Map<'es' | 'fr', VerbReader>();

export function getVerbReader(language: 'es' | 'fr'): VerbReader {
  let reader = readers.get(language);
  if (!reader) {
    const list = loadVerbList(language);
    reader = createVerbReader(language, list.verbs, list.irregular);
    readers.set(language, reader);
  }
  return reader;
}

export function createVerbReader(language: 'es' | 'fr', verbs: ReadonlyMap<string, string>, irregular: IrregularVerbs): VerbReader {
  const conjugations = language === 'es' ? SPANISH : FRENCH;
  const english = (verb: string, reading: Reading): string => {
    const form = (f: EnglishForm) => inflectEnglishVerb(verb, f, irregular);
    switch (reading) {
      case 'base': return verb;
      case 'i': return `i ${verb}`;
      case 'you': return `you ${verb}`;
      case 'we': return `we ${verb}`;
      case 'they': return `they ${verb}`;
      case 'third': return form('third');
      case 'iPast': return `i ${form('past')}`;
      case 'past': return form('past');
      case 'youPast': return `you ${form('past')}`;
      case 'theyPast': return `they ${form('past')}`;
      case 'wasDoing': return `was ${form('ing')}`;
      case 'wereDoing': return `were ${form('ing')}`;
      case 'weWereDoing': return `we were ${form('ing')}`;
      case 'theyWereDoing': return `they were ${form('ing')}`;
      case 'ing': return form('ing');
      case 'participle': return form('participle');
      case 'will': return `will ${verb}`;
      case 'would': return `would ${verb}`;
    }
  };
  /** The reading of the word as the verb with this infinitive ending, or undefined. */
  const readAs = (word: string, { infinitive, endings }: Conjugation): Found | undefined => {
    for (const [ending, reading] of endings) {
      if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
      const stem = word.slice(0, word.length - ending.length);
      for (const s of language === 'es' ? spanishStems(stem) : [stem]) {
        const verb = verbs.get(s + infinitive);
        if (verb !== undefined) return { verb, reading, infinitive: ending === infinitive };
      }
    }
    return undefined;
  };
  return {
    read(word, previous, accented) {
      if (word.length < 4 || !/^[a-zñ]+$/.test(word)) return undefined;
      for (const conjugation of conjugations) {
        const found = readAs(word, conjugation);
        if (!found) continue;
        return english(found.verb, adjust(language, found, word, previous, accented));
      }
      return undefined;
    },
  };
}

interface Found {
  readonly verb: string;
  readonly reading: Reading;
  /** The word is the infinitive itself. */
  readonly infinitive: boolean;
}

/** The reading the person, the auxiliary or the written accent decides. */
function adjust(language: 'es' | 'fr', { reading, infinitive }: Found, word: string, previous: string | undefined, accented: boolean): Reading {
  if (language === 'es') {
    // "sudó" (he sweated), not "sudo" (I sweat); "sudé" (I sweated) is the ending's own reading.
    if (accented && reading === 'i') return 'past';
    return reading;
  }
  if (infinitive) return reading;
  if ((reading === 'third' || reading === 'base') && previous !== undefined && FRENCH_AUXILIARY.has(previous)) return 'participle';
  // "déchiré" folded is "dechire": the accent tells the participle from the present.
  if (accented && (reading === 'third' || reading === 'base') && word.endsWith('e')) return 'participle';
  if (reading === 'third' && previous !== undefined && FRENCH_PLAIN_SUBJECT.has(previous)) return 'base';
  return reading;
}

/** The word before position `i` that says who does the verb: clitics and "ne" skipped. */
export function frenchSubjectBefore(tokens: readonly string[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k] as string;
    if (!FRENCH_CLITIC.has(t)) return t;
  }
  return undefined;
}
