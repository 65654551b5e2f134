/** Heavy bleeding and signs of bleeding from the gut (black stools, coffee-ground vomit, rectal blood). */
import { conceptPattern as r, GAP as G } from './conceptPattern.ts';

export const bleedingConcepts = {
  heavyBleeding: r(
    String.raw`\b(?:bleeding|blood)${G}\b(?:won't|will not|doesn't|isn't|not|can't|never) ?(?:stop|stopping|slow)`,
    // Blood coming through what is pressed on it: "pressing a towel on it and it's still soaking through".
    String.raw`\b(?:soak\w*|bleed\w*|bled|blood (?:coming|came|seeping)) (?:right )?through (?:the |a |my |his |her |two |three )?(?:towels?|bandages?|dressings?|tea ?towels?|cloths?|tissues?|t-?shirts?|clothes|gauze|pads?)\b|\b(?:still|keeps?|kept) soaking (?:it )?through\b|\b(?:won't|doesn't|can't|not) stop bleeding\b|\bkeeps? (?:on )?bleeding\b(?! (?:a (?:bit|little)|slightly|lightly|on and off|now and (?:then|again)|every (?:time|now)|whenever|when i|sometimes|after (?:sex|intercourse|brushing|i brush|pooing|i poo|going to the toilet|wiping|i wipe)))|\bstill bleeding after\b`,
    String.raw`\b(?:heavy|heavily|severe|profuse\w*|massive|uncontrol\w*|spurting|pouring|gushing|gush|soaking)${G}\b(?:bleed\w*|blood)|\bbleed\w*${G}\b(?:heavily|a lot|badly|everywhere|loads|lots|like mad|like crazy|profusely|so much|too much|very much|non-?stop)\b|\b(?:too much|very much|so much|serious|plenty (?:of )?) ?(?:bleeding|blood)\b|\bbleed\w*${G}\b(?:seriously|plenty)\b`,
    String.raw`\b(?:sangr\w*) (?:mucho|muchísimo|bastante|sin parar|a chorros)\b|\bmucha sangre\b|\bsangre${G}(?:a chorros|a borbotones|sin parar|no (?:para|se detiene|deja de salir))\b|\bsang${G}(?:gicle|jaillit|pisse|coule (?:beaucoup|à flots)|ne s'arrête pas)\b|\bsaign\w* (?:beaucoup|énormément|abondamment|sans arrêt)\b|\bbeaucoup de sang\b`,
    String.raw`\bblood${G}\b(?:pouring|gushing|spurting|everywhere|soaking)\b|\bsoaked${G}\b(?:towels?|pads?|bandages?|cloths?)\b|\bsoak\w* (?:through )?(?:a |one |\d+ |several |multiple )?(?:pads?|sanitary (?:towels?|pads?)|maternity pads?)\b`,
    // A cut that spurts or pumps is an artery's, "blood" named or not; a towel or dressing bled through has not stopped it.
    String.raw`\b(?:cut(?:s|ting)?|gash\w*|slash\w*|wound(?:s|ed)?|knife|blade|sliced|slit|stabbed|glass)\b[^|]{0,60}?\b(?:spurt\w*|pumping out|squirt\w*)\b`,
    String.raw`\b(?:soak\w*|bled|bleed\w*|blood\w*) (?:right )?through (?:the |a |my |his |her |their )?(?:towels?|tea towels?|bandages?|dressings?|cloths?|t-?shirts?|tops?)\b|\b(?:towels?|tea towels?|bandages?|dressings?)${G}\b(?:soak\w* through|soaked through|drenched)\b`,
    String.raw`\b(?:lots of|loads of|tons of|a lot of|so much|losing|cups? of|half a cup of)${G}\bblood\b|\bhemorrhag\w*|\bhaemorrhag\w*`,
    String.raw`\bsangrado (?:abundante|fuerte|masivo|que no para)|\bsangra (?:mucho|sin parar)\b|\bno (?:para|deja) de sangrar\b|\bmucha sangre\b|\bhemorragia\b`,
    String.raw`\bhémorragie\b|\bsaigne (?:beaucoup|abondamment|sans arrêt|énormément)|\bsaignement (?:abondant|important|qui ne s'arrête pas)|\bne s'arrête pas de saigner\b|\bbeaucoup de sang\b`,
  ),
  /**
   * Clots bigger than about 2.5 cm (a 10p coin): heavy bleeding after a birth or in pregnancy; with a
   * period, a heavy period (a doctor's appointment), so not part of `heavyBleeding`.
   */
  largeClots: r(
    String.raw`\b(?:large|big|huge|massive|golf ?ball|plum|lemon|egg|fist)(?:[- ]sized)? (?:blood )?clots?\b|\bclots?${G}\b(?:bigger|larger|the size of|as (?:big|large) as) (?:than )?(?:a |an |my )?(?:plum|golf ?ball|lemon|egg|fist|orange|satsuma|50p|coin|palm|walnut|grape)s?\b`,
  ),
  /**
   * Heavy bleeding told as a heavy period ("heavy periods for months", "menorrhagia", "bleeding heavily
   * with my period"): heavy menstrual bleeding is a doctor's appointment unless blood loss shows.
   */
  menstrualHeavy: r(
    String.raw`\bmenorrhagia\b|\bheavy (?:menstrual|monthly) (?:bleed\w*|periods?|flow)\b|\bheavy periods?\b`,
    String.raw`\b(?:periods?|menstrua\w*|menses)${G}\b(?:heavy|heavier|heavily|profuse\w*|flooding)\b|\b(?:heavy|heavier|heavily|profuse\w*)${G}\b(?:periods?(?! of\b)|menstrua\w*|menses)\b`,
  ),
  /**
   * The person's period named ("on my period", "her periods", "menstruating"), not a span of time ("a
   * period of three days", "periods of dizziness"): the context that tells heavy bleeding is menstrual.
   */
  periodMention: r(
    String.raw`\b(?:my|her|your|their|the|this|last|first|next|monthly)(?: \w+)? periods?\b(?! of\b)|\bon (?:my|her) period\b|\bmenstrua\w*|\bmenses\b|\btime of the month\b`,
  ),
  /** A wound or another place that bleeds, named beside a period: the bleeding may be its, not the period's. */
  bleedingElsewhere: r(
    String.raw`\b(?:cut|cuts|cutting|gash\w*|slash\w*|wound\w*|knife|blade|sliced|slit|stabbed|lacerat\w*|nose ?bleed\w*|epistaxis|gums?|nose|mouth|ears?|head|scalp|arm|leg|hand|finger|foot|toe|face|lips?|bum|bottom|rectum|anus|back passage|poo|stool|pee|urine|wee)\b`,
  ),
  /** A wound named: what tetanus enters by when no vaccine covers it. */
  woundNamed: r(String.raw`\b(?:cut|cuts|gash\w*|wound\w*|lacerat\w*|graze\w*|grazed|scrape\w*|puncture\w*|stabbed|sliced|splinter|bitten|barbed wire|nail|thorn)\b`),
  /** Soaking through a pad or tampon every hour: the threshold at which heavy vaginal bleeding is urgent. */
  hourlySoaking: r(
    String.raw`\bsoak\w*(?: through)?${G}\b(?:pads?|tampons?|sanitary towels?)${G}\b(?:every|each|an|in an|within an|within the) (?:hour|hr)\b`,
    String.raw`\b(?:pads?|tampons?)${G}\b(?:soaked|full)${G}\b(?:every|each|within an|in an|in under an) (?:hour|hr)\b`,
  ),
  /** Something bleeding, in any amount, for rules that combine it with "won't stop". */
  bleedingAny: r(String.raw`\b(?:bleed\w*|bled|blood|nose ?bleed\w*|epistaxis|haemorrhag\w*|hemorrhag\w*)\b|\bsangr\w*|\bsaign\w*`),
  /** "it won't stop", "no para", "ne s'arrête pas": a process that continues despite attempts. */
  // A case note's "despite pressure" ("epistaxis for 45 minutes despite pressure") says the same.
  wontStop: r(String.raw`\b(?:won't|will not|doesn't|isn't|not) (?:stop|stopping|slowing)\b|\b(?:despite|in spite of) (?:\w+ )?(?:pressure|compression|pinching|packing)\b|\bno (?:para|se detiene)\b|\bne s'arrête pas\b`),
  vomitBlood: r(
    // "Being sick" is the everyday British word for vomiting: "being sick with bright red blood in it".
    String.raw`\b(?:vomit\w*|throwing up|threw up|coughing up|coughed up|coughing|coughed|bringing up|brought up|brings up|puking|(?:being|been|was|is|keeps?|kept|got) sick)${G}\bblood\b|\bblood${G}\b(?:vomit|sick)\b|\bhaematemesis|\bhematemesis`,
    String.raw`\bcoffee[- ](?:grounds?|granules?)\b|\bvomit\w*${G}\b(?:black|dark brown)\b`,
    String.raw`\bvomit\w*${G}sangre\b|\bposos de café\b|\bvomis\w*${G}sang\b|\bmarc de café\b|\bcrach\w*${G}sang\b|\btos\w*${G}sangre\b`,
  ),
  /** Black/tarry or maroon stools and rectal bleeding. */
  giBleed: r(
    String.raw`\b(?:black|tarry|tar-like|maroon|dark red|plum)(?: colou?r(?:ed)?)?${G}\b(?:stools?|poo|poop|bowel motions?|bowel movements?|diarrh\w*)\b|\b(?:stools?|poo|poop)${G}\b(?:black|like tar|tarry|maroon)\b|\bmela?ena\b|\bstool(?:ing|ed|s)?(?: out)? blood\b`,
    String.raw`\brectal bleed\w*|\bbleeding (?:from|out of) (?:my |his |her |the )?(?:bottom|back passage|rectum|anus|bum|butt)\b|\bpr bleed\w*|\bhaematochezia\b|\bhematochezia\b`,
    String.raw`\bblood${G}\b(?:stools?|poo|poop|toilet bowl|bowel movement)\b|\bpassing (?:blood|clots) (?:from|through|out of)\b`,
    String.raw`\b(?:blood|clots)${G}\b(?:from|out of) (?:my |his |her |the )?(?:bottom|back passage|rectum|anus|bum|butt)\b`,
    String.raw`\b(?:heces|deposiciones|caca)${G}negras?\b|\bsangre en${G}(?:heces|caca)\b|\bsangr\w* por el (?:recto|ano)\b`,
    String.raw`\bselles${G}noires\b|\bsang dans${G}selles\b|\brectorragie\b|\bméléna\b`,
  ),
  /**
   * Stools like tar (melaena: blood digested on its way down from the stomach). Read with giBleed,
   * which names the stool, so "black and sticky like tar" counts and black stools on iron do not.
   */
  tarryStool: r(String.raw`\btarry\b|\btar[- ]like\b|\b(?:like|as) (?:\w+ )?tar\b|\bmela?ena\b|\bmelaena\b|\bsticky${G}\bblack\b|\bblack${G}\bsticky\b|\bselles${G}goudron\w*|\bméléna\b`),
} as const;
