/**
 * Exposures that need a vaccine soon though nothing hurts yet: contact with an animal that may carry
 * rabies (a bat, a wild or stray animal, a dog or cat bite abroad). Told indirectly more often than
 * named ("there was a bat in his room when he woke").
 */
import { conceptPattern as r, GAP as G } from './conceptPattern.ts';

// "Hit with a cricket bat" is an injury, not a bat.
const BAT = String.raw`(?<!\b(?:baseball|cricket|softball|rounders|wooden|metal|aluminium|aluminum|tennis|ping pong) )\bbats?\b`;
const BITE = String.raw`(?:bit|bites?|biting|bitten|scratch\w*|nipped|attacked)`;
const WILD = String.raw`(?:fox|foxes|raccoons?|racoons?|skunks?|monkeys?|macaques?|jackals?|wolf|wolves|coyotes?|mongooses?)`;
const PET = String.raw`(?:dog|dogs|puppy|cat|cats|kitten|animal)`;

export const exposureConcepts = {
  /** A bat that touched someone, or was in the room where someone slept (a bite can go unnoticed). */
  batExposure: r(
    String.raw`${BAT}${G}\b(?:in|into|inside|around|about) (?:the|my|his|her|our|their|a) (?:\w+(?:'s)? )?(?:bedroom|room|nursery|bed|cot|tent|house|flat)\b|${BAT}${G}\b(?:${BITE}|touched|landed on|flew into)\b`,
    String.raw`\b(?:${BITE}|touched) by (?:a |an )?bat\b|\b(?:woke|waking|asleep|sleeping|bedroom|nursery)${G}${BAT}`,
  ),
  /** A bite or scratch from a wild mammal that carries rabies where rabies is found at all (not a pet or a stray: see animalBite). */
  wildAnimalBite: r(String.raw`\b${WILD}${G}\b${BITE}\b|\b${BITE}${G}\bby (?:a |an |some )?(?:\w+ )?${WILD}\b`),
  /**
   * A bite or scratch from a dog, cat or other animal, stray or not, that is not the household's own (a
   * pet at home is known): a rabies risk only where rabies is common (see abroad).
   */
  animalBite: r(String.raw`(?<!\b(?:my|our|his|her|their|your) (?:\w+ )?)\b${PET}${G}\b${BITE}\b|\b${BITE}${G}\bby (?:a |an |the |some )?(?:\w+ )?${PET}\b|\b(?<!(?:my|our) )(?:dog|cat|animal) (?:bite|scratch)e?s?\b`),
  /**
   * An animal's bite to the face, whoever owns the animal ("our friend's dog bit my 2 yr old on the face"):
   * NHS, A&E for a bite to the face; a child's face is where dogs bite children worst.
   */
  faceBite: r(
    String.raw`\b(?:dog|dogs|puppy|cat|horse|fox|animal|it)\b[^.;!?]{0,30}?\b(?:bit|bitten|biting|bites|savaged|mauled|attacked)\b[^.;!?]{0,30}?\b(?:on|in|across) (?:the |his |her |my |their |your )?(?:face|lips?|cheeks?|nose|eyes?|ears?|eyelids?)\b`,
    String.raw`\b(?:bitten|bit|savaged|mauled) (?:on|in|across) (?:the |his |her |my |their )?(?:face|lips?|cheeks?|nose|eyes?)\b[^.;!?]{0,30}?\bby (?:(?:a|an|the|our|my|his|her|their) )?(?:[a-z]+'?s )?(?:dog|puppy|cat|horse|fox|animal)\b`,
  ),
  /** Away from home, where rabies may be common. */
  abroad: r(
    String.raw`\babroad\b|\bwhile (?:travel\w*|backpacking|on holiday|on vacation|away)\b|\bon (?:holiday|vacation|a gap year)\b`,
    String.raw`\b(?:in|to|from|around|through) (?:thailand|india|bali|indonesia|vietnam|cambodia|laos|myanmar|philippines|nepal|sri lanka|china|pakistan|bangladesh|africa|kenya|tanzania|morocco|egypt|turkey|mexico|peru|bolivia|brazil|colombia|guatemala)\b`,
  ),
} as const;
