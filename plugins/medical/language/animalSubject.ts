/**
 * A clause about an animal: "my dog ate a dishwasher tablet", "the cat got into the lilies", "our
 * puppy keeps being sick". The person is not the patient there, so the clause is never anyone's
 * finding (urgency and ranking skip it, as they skip a relative's history); it carries on to the next
 * clauses that name nobody else ("... and keeps being sick"). An animal that did something to the
 * person ("my dog bit me", "the cat scratched my hand") leaves the clause the person's.
 */
import { PERSON_NOUN } from './clauseCues.ts';

const ANIMAL = String.raw`(?:dogs?|puppy|puppies|pup|cats?|kitten|kitty|horse|pony|rabbit|bunny|hamster|guinea pig|gerbil|ferret|parrot|budgie|bird|tortoise|turtle|lizard|snake|rat|mouse|pet|pets|cow|sheep|goat|chickens?|hen)`;
/** The animal as the clause's subject, at its start ("and my dog", "i think the cat"). */
const ANIMAL_SUBJECT = new RegExp(
  String.raw`^\W*(?:(?:and|but|so|then|now|also|i think|i'm worried|i am worried|worried|apparently|maybe)\W+)*(?:(?:my|our|the|his|her|their|a|neighbou?r's)\s+)(?:\w+\s+)?${ANIMAL}(?:'s)?\b`,
);
/**
 * The writer or another person named after the animal, by pronoun, kin word or body part: the clause is
 * about a person ("the dog attacked her", "knocked grandad over", "bit him on the face"). A pronoun
 * may also mean the pet ("she's being sick"); read as a person, that costs at most an alert the pet
 * did not need, where reading a person as the pet would lose one.
 */
const PERSON_AFTER = new RegExp(
  [
    String.raw`\b(?:i|i'm|im|i've|ive|me|myself|we|we're|us|he|he's|hes|him|himself|she|she's|shes|her|herself|they|they're|them|themselves)\b`,
    String.raw`\b(?:${PERSON_NOUN}|grandad|granddad|nana|children|man|woman|person|people|everyone)\b`,
    // A child told by age: "bit my 2 yr old on the face", "scratched our 6-month-old".
    String.raw`\b(?:my|our|his|her|their|a|the) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?(?:yrs?|years?|months?|mths?|weeks?|wks?)?[- ]?old\b|\b(?:my|our|his|her|their|a|the) \d{1,2} ?(?:yo|y\/o)\b`,
    String.raw`\b(?:my|your|our) (?:\w+ )?(?:hand|arm|leg|finger|thumb|face|foot|feet|ankle|wrist|calf|thigh|nose|ear|lip|cheek|neck|eye|skin|toe|knee|elbow|shoulder|back|chest|head)s?\b`,
  ].join('|'),
);
/** Someone other than the animal, named in a clause that follows it: the animal's story ends there. */
const PERSON_NAMED = new RegExp(`${PERSON_AFTER.source}|\\b(?:someone|somebody)\\b`);

/** Whether each clause is about an animal, in order; `texts` are the clauses' texts, lower-cased. */
export function animalClauses(texts: readonly string[]): boolean[] {
  let animal = false;
  return texts.map((text) => {
    const subject = ANIMAL_SUBJECT.exec(text);
    if (subject) animal = !PERSON_AFTER.test(text.slice(subject[0].length));
    else if (PERSON_NAMED.test(text)) animal = false;
    return animal;
  });
}
