/**
 * Concepts for emergencies that single trigger words miss (a heart attack felt in the jaw, sepsis
 * without the word fever, cauda equina in lay words, indirect carbon monoxide, button batteries),
 * findings people phrase negatively, and reassuring findings that lower the level. Phrase families,
 * matched on folded clause text like every other concept.
 */
import { PERSON_NOUN } from '../../language/clauseCues.ts';
import { EN_STOPPED_NEGATOR_PATTERN } from '../../language/negationLexicon.ts';
import { conceptPattern as r, GAP as G, GAP_START, LIST_ITEM_GAP, NOT_AS_A_HABIT, NOT_BY_DAY, SENTENCE_GAP } from './conceptPattern.ts';

// A whole word: "no" must not open "normally" ("passing wind normally and had a poo" stopped nothing).
// What may stand between "hot, swollen" and the joint: "a hot, swollen, very painful left knee".
const JOINT_WORD = String.raw`(?:painful|tender|sore|stiff|aching|throbbing|angry|inflamed|puffy|very|really|big|whole|right|left|red|hot|warm)`;
const NEG = String.raw`${EN_STOPPED_NEGATOR_PATTERN}\b`;
/** Who moves or presses: the writer, or the person they tell of ("when my husband twists"). */
const WHO = String.raw`(?:i|you|he|she|they|(?:my|his|her|their|our) [a-z]+)`;

/** A hot pan, kettle or drink pulled or spilled over a person: a scald, and a wide one. */
const spilledOverSomeone = (what: string, parts: string): string =>
  String.raw`\b(?:pulled|spilled|spilt|knocked|tipped|poured)${G}\b(?:${what})\b[^|]{0,25}?\b(?:over|onto|down|on) (?:himself|herself|themselves|myself|yourself|him|her|them|me|(?:his|her|their|my) (?:${parts}))\b`;
/** Where a spill lands: any part for a scald; the trunk for a wide one (a hand or a foot may be a small burn). */
const ANY_PART = String.raw`chest|tummy|belly|arms?|legs?|face|neck|back|hands?|lap|body|feet|foot|shoulders?`;
const TRUNK = String.raw`chest|tummy|belly|back|lap|body|shoulders`;
// Tea and coffee are hot by nature: "pulled a cup of tea over himself" is a scald.
const HOT_SPILL_OVER_SOMEONE = spilledOverSomeone('hot|boiling|scalding|tea|coffee|cuppa', ANY_PART);
/** A burn larger than the person's hand or palm: a spill over a body part, a size told, a whole limb. */
const BURN_SIZE = [
  // A pan, kettle, pot or its oil or boiling water over a person is a wide scald; a drink spilled down an adult need not be.
  spilledOverSomeone(String.raw`pan|pot|saucepan|kettle|fryer|oil|fat|boiling(?: \w+)? water`, TRUNK),
  String.raw`\b(?:boiling|scalding|hot) (?:water|oil|fat|milk|soup|tea|coffee)${G}\b(?:over|on|onto|down) (?:his |her |their |my |the )?(?:face|neck|chest|tummy|belly|back(?! of (?:my |his |her |their |your |the )?(?:left |right )?(?:hands?|fingers?|wrists?|head|ears?|heels?|knees?|neck)\b)|arms?|legs?|whole)\b`,
  // "boiling pasta water down my 4 year old's legs": a word before the liquid, the owner told at length.
  String.raw`\b(?:boiling|scalding) \w+ (?:water|oil|fat|milk|soup)\b[^|]{0,20}?\b(?:over|onto|down)\b[^|]{0,30}?\b(?:face|neck|chest|tummy|belly|back(?! of (?:my |his |her |their |your |the )?(?:left |right )?(?:hands?|fingers?|wrists?|head|ears?|heels?|knees?|neck)\b)|arms|legs)\b`,
  String.raw`\b(?:bigger|larger|wider|more) than (?:his|her|their|my|your|the (?:child's|baby's)|a) (?:hand|palm|hands)\b|\b(?:whole|entire|most of (?:the|his|her|my))${G}\b(?:arm|leg|chest|back|tummy|belly|face|hand|side)\b`,
  String.raw`\b(?:size of|as big as) (?:a |his |her |my )?(?:dinner plate|plate|saucer|tennis ball|hand)\b`,
  // A span from one landmark of a limb or the body to another ("blisters from wrist to elbow"): wider than a palm.
  String.raw`\bfrom (?:the |his |her |my |their )?(?:wrist|elbow|shoulder|hand|knee|ankle|hip|waist|neck|foot|feet|fingers?|toes?|chest|armpit)s? (?:to|up to|down to|all the way (?:up |down )?to) (?:the |his |her |my |their )?(?:elbow|shoulder|wrist|knee|ankle|hip|waist|foot|feet|hand|armpit|neck|thigh)s?\b`,
  // Full thickness told by its look: white or charred skin that is leathery, waxy or numb (NHS: A&E).
  String.raw`\b(?:white|charred|blackened|black|waxy)\b[^|.;]{0,12}\b(?:leathery|waxy|charred|numb|painless)\b|\b(?:skin|burn)${G}\b(?:charred|leathery)\b`,
  // A burn told as severe or deep by the person ("severe burns on his arm", "badly burnt"): they saw it.
  String.raw`\b(?:severe|serious|major|extensive|deep|full[- ]thickness|third[- ]degree|3rd[- ]degree)\s+(?:burns?|scalds?)\b|\b(?:badly|severely|seriously) (?:burn(?:ed|t)|scalded)\b|\b(?:burn(?:ed|t)|scalded)${G}\b(?:badly|severely|seriously)\b`,
];
/** A burn on the face, neck, hands, feet, genitals or trunk: the site makes it a hospital's, unless it is small and shallow. */
const BURN_SITE = String.raw`\b(?:burns?|burnt|burned|scald\w*)${G}\b(?:face|neck|hands?|feet|genitals?|groin|chest|tummy|belly|back)\b|\b(?:face|neck|hands?|feet|genitals?|chest)${G}\b(?:blister\w*)\b`;

export const urgencyConcepts = {
  /**
   * A chest pain that follows the ribs (a nerve's band around the chest wall), and the skin signs of
   * a nerve or shingles along it: together, a chest-wall pattern (see chestWallOnly in redFlagRules).
   */
  ribCourse: r(
    String.raw`\b(?:along|between|around|following|follows|under|beneath|in between)${G}\b(?:ribs?|rib ?cage|intercostal)\b|\bintercostal\b|\b(?:band|strip|stripe)${G}\b(?:around|along|across) (?:my |his |her |the |one )?(?:side|ribs?|chest)\b`,
    // A band or stripe on one side only, in either order: "burning strip on one side of my chest".
    String.raw`\b(?:band|strip|stripe|belt)\b[^|]{0,30}?\b(?:one|(?:the |my |his |her )?(?:r|l|right|left)) side\b|\bone side\b[^|]{0,40}?\b(?:band|strip|stripe|belt)\b|\b(?:wrap\w*|curl\w*|going|goes|spreading) (?:a)?round (?:to )?(?:my |his |her |the )?(?:back|side)\b`,
  ),
  nerveSkinSigns: r(
    String.raw`\b(?:tingl\w*|numb\w*|pins and needles|prickl\w*|skin (?:is )?(?:sensitive|sore|tender)|sensitive to (?:the )?touch|hypersensitiv\w*|blisters?|blistery|blistering|vesic\w*|shingles|allodyni\w*)\b`,
  ),
  /** Heart-attack pain felt outside the chest: jaw, arm, "the worst indigestion", central pain spreading to an arm. */
  anginaEquivalent: r(
    String.raw`\b(?:jaw|left arm|both arms|arms and jaw|jaw and (?:left )?arm|arm and jaw|upper arm)${G}\b(?:pain|ache|aching|heavy|heaviness|tight\w*|hurts?|hurting|pressure|discomfort|sore)\b`,
    String.raw`\b(?:pain|ache|aching|heavy|heaviness|tight|tightness|pressure|discomfort)${G}\b(?:in|into|down|to) (?:my |his |her |the )?(?:jaw|left arm|both arms)\b`,
    // "My heart hurts": chest pain in lay words, counted with the alarm signs only ("my heart hurts since she left" is grief).
    String.raw`\bheart\b${G}\b(?:hurts?|hurting|aches|aching|pain\w*)\b|\bpain${G}\b(?:in|around) (?:my |his |her |the )?heart\b`,
    String.raw`\b(?:worst|terrible|awful|really bad|severe|crushing)${G}\bindigestion\b|\bindigestion${G}\b(?:sweat\w*|clammy|grey|gray|pale|breathless|arm|jaw)`,
    // Spread into either arm from the centre of the body (not from the neck or a shoulder: a nerve).
    String.raw`\b(?:chest|ribs?|rib ?cage|breastbone|sternum|upper (?:belly|stomach|abdomen|tummy)|stomach|epigastri\w*|indigestion|heartburn)\b${G}\b(?:spread\w*|radiat\w*|going|goes|moving|moves|travel\w*|shoot\w*)${G}\b(?:to|into|down) (?:my |his |her |the |both )?(?:right |left )?arms?\b`,
  ),
  /**
   * An ache, pressure or heaviness where a heart attack is felt outside the chest: the jaw, the upper back,
   * between the shoulder blades, either arm or both shoulders (read with age or diabetes, a companion
   * sign and a recent start in cardiac_pain_elsewhere_at_risk).
   */
  anginaSite: r(
    String.raw`\b(?:pain|ache|aching|pressure|heaviness|heavy|tight\w*|discomfort|squeez\w*)${G}\b(?:jaw|upper back|between (?:my |his |her |the )?shoulder ?blades|(?:left|right|both) arms?|both shoulders|across (?:my |his |her |their |the |both )?shoulders)\b`,
    String.raw`\b(?:jaw|upper back|shoulder ?blades?|(?:left|right|both) arms?|both shoulders)${G}\b(?:pain|ache|ached|aching|aches|pressure|heav\w*|tight\w*|discomfort|hurts?|hurting|sore)\b`,
  ),
  /** Indigestion named (not heartburn): with the body's alarm signs, a heart attack may be felt so. */
  indigestion: r(String.raw`\bindigestion\b|\bdyspepsia\b`),
  /** A tooth, the teeth or the dentist named: a jaw ache with a dental cause. */
  dentalCause: r(String.raw`\b(?:tooth\w*|teeth|dentist|dental|gums?|wisdom tooth|grind\w* (?:my |his |her )?teeth|abscess)\b`),
  /** A jab in the arm (a vaccine's sore arm and tiredness are its own). */
  vaccineJab: r(String.raw`\b(?:jab|vaccin\w*|booster|flu shot|covid shot|immuni[sz]\w*)\b`),
  /** Feeling sick (without vomiting): with an ache where a heart attack is felt, one of its companions. */
  nausea: r(String.raw`\b(?:nause\w*|queasy|feel(?:s|ing)? (?:a bit |very |really )?sick|felt sick|sick to (?:my|his|her|the) stomach)\b|\bnáuseas?\b|\bnausées?\b`),
  /** Unusual tiredness or weakness told as exhaustion: older people's and women's heart attacks often come with it. */
  unusualFatigue: r(String.raw`\b(?:exhausted|exhaustion|wiped out|drained|washed out|fatigue|tiredness|no energy|(?:very|unusually|extremely|really|so|completely|suddenly) (?:tired|weak|fatigued)|feel(?:s|ing)? (?:weak|faint and weak))\b`),
  /** Woken by a pain, or woke up with it (testicular torsion often starts in sleep). */
  wokeWithPain: r(String.raw`\bwoke (?:up )?(?:with|in|from|screaming|crying|howling|shouting)${G}\b(?:pain|agony|hurting)\b|\b(?:pain|agony)${G}\bwoke (?:him|her|me) up\b`),
  /** Sweating, clamminess, a grey colour: the body's alarm signs. */
  autonomic: r(String.raw`\b(?:sweat\w*|clammy|diaphore\w*|grey|gray|ashen|cold sweat|drenched)\b|\blook\w* (?:grey|gray|awful|terrible|like death)\b`),
  /** A named or implied infection source, for sepsis without the word fever. */
  infection: r(
    String.raw`\b(?:infect\w*|uti|utis|water infection|urine infection|bladder infection|kidney infection|pyelo\w*|pneumonia|chest infection|cellulitis|abscess|septic|sepsis|antibiotics?|wound (?:is )?(?:red|hot|oozing|smells)|pus)\b`,
    // A surgical wound gone red, hot or weeping: the infection told by its site ("the scar is red and weeping").
    String.raw`\b(?:scar|incision|stitches|staples|op site|operation site|(?:c-?section|caesarean|surgery|operation|op) (?:wound|scar|site))${G}\b(?:red|hot|inflamed|angry|oozing|weeping|leaking|discharging|pus|smells? (?:bad|off|awful))\b`,
  ),
  /** Mottled, blotchy or bluish skin, a sign of poor circulation in sepsis. */
  mottled: r(String.raw`\bmottl\w*|\b(?:skin|legs|knees)${G}\b(?:blotchy|marbled|purple patches|blue patches)\b|\bblotchy (?:purple|blue)\b`),
  /** Fast or laboured breathing, as a sign rather than a complaint. */
  fastBreathing: r(
    String.raw`\bbreathing (?:very |really |so )?(?:fast|rapid\w*|quick\w*|hard)\b|\b(?:fast|rapid|quick) breathing\b|\bpanting\b|\btachypn\w*`,
    String.raw`\brespira(?:ción)? (?:muy |demasiado )?(?:rápid[oa]|agitad[oa])\b|\brespira muy rápido\b|\brespire (?:très |trop )?(?:vite|rapidement)\b|\brespiration (?:très )?(?:rapide|accélérée)\b`,
  ),
  /** Type 1 diabetes named without the word "diabetic". */
  type1: r(String.raw`\b(?:type ?(?:1|one|i)|t1d|t1dm|iddm)\b|\bon insulin\b|\binsulin pump\b`),
  /** A low blood sugar named as diabetics name it. */
  hypoWord: r(String.raw`\bhypos?\b|\bhypoglyc\w*|\blow (?:blood )?sugar\b|\bsugars? (?:went|dropped|was|were) (?:low|down)\b`),
  /** Sugar taken for a hypo: glucose tablets or gel, sweets, juice, a sugary drink. */
  hypoTreated: r(String.raw`\b(?:took|taken|had|ate|eaten|drank|drunk|gave (?:him|her|me|them)|given)${G}\b(?:glucose|dextrose|glucotabs|glucogel|dextrogel|hypostop|jelly babies|jelly beans|sweets|sugar|sugary|juice|lucozade|coke|cola|fizzy drink|honey)\b`),
  /** Glucagon injected by someone else: a hypo too deep to treat by mouth. */
  glucagonGiven: r(String.raw`\bglucagon\b|\bgluca ?gen\b|\bbaqsimi\b`),
  /** Older adults named by their place in the family or as elderly. */
  olderWord: r(String.raw`\b(?:grandma|grandmother|grandpa|grandfather|granny|grandad|granddad|nan|nana|elderly|pensioner|(?<!year[- ])old (?:man|lady|woman)|(?:[6-9]\d|1[01]\d)[- ]?(?:year[- ]old|yo|y/o|yrs?))\b`),
  /** Confusion that is new: "suddenly confused", "not herself today". */
  newConfusion: r(String.raw`\b(?:suddenly|new|newly|acute\w*|since (?:this morning|yesterday|today|last night)|today|this morning|overnight)${G}\b(?:confus\w*|muddled|disorient\w*|not making sense|talking nonsense)\b|\b(?:confus\w*|muddled|disorient\w*)${G}\b(?:today|this morning|since|suddenly|all of a sudden|overnight)\b|\bnot (?:him|her)self\b|\bdoesn't (?:know|recogni[sz]e) (?:where|who|me|us)\b|\baltered mental status\b|\bacute(?:ly)? confus\w*|\bdelirium\b`,
    // A change told by its verb: "he's become confused", "she's gone very drowsy" (a drowsiness only when
    // marked, and not the side effect of a medicine started or a long shift's tiredness).
    String.raw`\b(?:gone|become|became|turned|grown) (?:(?:very|really|quite|more|increasingly|so|a lot more|much more) )?(?:confus\w*|muddled|disorient\w*|delirious)\b|\b(?:gone|become|became|turned) (?:very|really|so|extremely|unusually) (?:drowsy|sleepy)\b${NOT_BY_DAY}(?! (?:since|after|from) (?:starting|taking|beginning)\b| on (?:the|my|his|her|these|this|a) (?:new )?(?:tablets?|pills?|medicines?|medications?|meds)\b| after (?:(?:a|the|his|her|my|their|work|a long|the long|a late|a busy) )*(?:night shifts?|shifts?|work|day|night|nights? out|party|run|workout|gym|meal|lunch|dinner|nap|flight|drive|journey)\b)`),
  /** Cold exposure that can cause hypothermia: a night outside, icy water, snow, no heating, a long lie on the floor. */
  coldExposure: r(
    String.raw`\b(?:outside|out|outdoors|in the (?:garden|street|car|cold|snow)|(?:lost|stranded) (?:on|in|up) (?:the |a )?(?:hills?|mountains?|moors?|fells?|woods?|forest|sea))${G}\b(?:all night|overnight|for hours)\b|\b(?:in|into|through) (?:the )?(?:snow|ice)\b|\bicy (?:water|river|lake|sea|pond|canal)\b`,
    String.raw`\b(?:fell|fallen|went|gone) (?:in|into|through)${G}\b(?:river|lake|sea|canal|pond|reservoir|quarry|loch|harbou?r|dock|stream|ice|freezing water|cold water)\b|\b(?:heating|boiler|heater)${G}\b(?:broke|broken|off|not working|went off|gone off|packed up)\b|\bno heating\b`,
    String.raw`\bfound${G}\b(?:on the floor|on the ground|lying (?:on|in))\b|\b(?:on the floor|on the ground) (?:all night|overnight|for hours)\b|\bhypotherm\w*`,
  ),
  /** Very cold to the touch, or shivering that has stopped. */
  veryCold: r(String.raw`\b(?:freezing|ice|icy|stone|very|really|so|abnormally|unusually) cold\b|\bcold to (?:the )?touch\b|\b(?:stopped shivering|shivering (?:has |had )?stopped)\b|\bcold and (?:pale|blue|grey|gray|clammy)\b`),
  /**
   * Hypothermia's middle signs after cold: the shivering has stopped, or the body has gone clumsy and
   * slow (not cold fingers fumbling, which any cold day brings).
   */
  hypothermiaSigns: r(String.raw`\b(?:stopped shivering|no longer shivering|shivering (?:has |had )?stopped)\b|(?<!\b(?:fingers?|hands?|thumbs?)\b[^|]{0,30})\bclumsy\b(?![^|]{0,20}\b(?:fingers?|hands?|gloves?)\b)|\b(?:stumbling|staggering)\b`),
  /** The lay signs of sepsis (UK Sepsis Trust): extreme shivering, feeling one is going to die. */
  /** Muscles in agony (a sign of sepsis in an infection, UK Sepsis Trust). */
  severeMusclePain: r(String.raw`\bmuscles?${G}\b(?:agony|agonising|agonizing|excruciating|killing me|unbearable)\b|\b(?:agonising|agonizing|excruciating|unbearable|severe) muscle (?:pain|aches?)\b`),
  /** Bruises told as many or from nothing ("bruises everywhere", "bruising for no reason"). */
  unexplainedBruising: r(String.raw`\bbruis\w*${G}\b(?:everywhere|all over|for no reason|without (?:any )?(?:reason|knocks?|injury|banging)|out of nowhere|appearing)\b|\bbruis\w*\b[^.;!?]{0,60}?\b(?:(?:i|he|she|they) (?:can't|cannot|don't|doesn't|can not) (?:remember|recall) (?:getting|how)|no idea (?:how|where) (?:i|he|she|they) got)\b|\bcovered in bruises\b|\b(?:lots of|loads of|big) (?:new )?bruises\b(?=[^.;!?]{0,30}\b(?:appear\w*|everywhere|all over|no reason)\b)`),
  /** Urine told red or pink, or with blood: read with a blood thinner. */
  // Not after beetroot, which colours urine pink.
  redUrine: r(String.raw`(?<!\bbeet\w*\b[^.;!?]{0,80})\b(?:pee|wee|urine|piss)${G}\b(?:has gone|is|was|turned|went|looks?|gone) (?:bright |dark |really |very )?(?:red|pink|bloody|the colour of (?:blood|cola|tea))\b|\bblood in (?:my |his |her |the )?(?:pee|wee|urine)\b|\b(?:red|pink|bloody) (?:pee|wee|urine)\b`),
  // Shivering under a duvet or with chattering teeth is a rigor told as it looks (UK Sepsis Trust's lay signs).
  extremeShivering: r(String.raw`\b(?:shiver\w*|shaking|shakes|trembling)${G}\b(?:uncontrollabl\w*|violent\w*|non-?stop|can't stop|teeth chattering|under (?:a |the |my |two |three )?(?:duvets?|blankets?|covers))\b|\bteeth (?:are )?chattering\b|\b(?:uncontrollabl\w*|violent\w*|non-?stop) (?:shiver\w*|shaking|shakes)\b|\brigors?\b`),
  /** Shivering of any degree ("hot and shivery", "the chills"): with yellow skin, a bile duct infection's fever. */
  shivery: r(String.raw`\bshiver\w*|\bthe (?:shakes|chills)\b|\bchills\b|\brigou?rs\b`),
  impendingDoom: r(String.raw`\bfeel\w* (?:like|as if|as though) (?:i'?m|im|i am|he'?s|hes|she'?s|shes|i'?m going to|i) (?:going to |gonna |about to )?(?:die|dying)\b|\bsense of (?:impending )?doom\b|\b(?:feel\w* (?:like |that )?)?something (?:is|'s|was) (?:really|seriously|very|terribly|badly|properly) wrong\b`),
  /** A pain that comes during exertion (angina), not after it. */
  duringExertion: r(
    String.raw`\b(?:while|whilst|when|during|as) (?:i'?m |i am |i was |he'?s |she'?s |he was |she was )?(?:running|jogging|exercis\w*|climbing|walking|cycling|working out|training|playing|swimming|doing (?:exercise|sport)|at the gym|going up|exert\w*)\b`,
    String.raw`\bwhen (?:i|he|she|you) (?:run|jog|exercise|climb|walk|cycle|work out|exert|swim|go up|do anything)\b|\bon (?:exertion|effort)\b|\bexertional\b`,
  ),
  /** Tearing or ripping pain: aortic dissection. */
  tearingPain: r(String.raw`\b(?:tearing|ripping|torn)${G}\b(?:pain|chest|back|sensation|feeling)\b|\b(?:pain|chest|back)${G}\b(?:tearing|ripping)\b|\bdescribed as (?:a )?(?:tearing|ripping)\b|\blike (?:something|a knife) (?:is )?(?:tearing|ripping)\b|(?<!\beyes?\b[^|]{0,15})\b(?:feels?|felt|like) (?:like )?(?:it'?s |it is |it was )?(?:tearing|ripping)\b`,
    // Told as a sensation or a likeness, not a torn muscle ("un desgarro muscular", "une déchirure musculaire").
    String.raw`\bdolor${G}(?:desgarrador|como (?:un )?desgarro)\b|\bcomo si (?:me|le|se|te) (?:desgarr|rompier|rasgar|arrancar)\w*|\bsensación de desgarro\b|\bdouleur${G}(?:déchirante|comme (?:une )?déchirure)\b|\bcomme si (?:on|quelque chose) (?:me |lui |m'|l')?(?:déchir|arrach)\w*|\bsensation de déchirure\b`,
  ),
  /** Pain between the shoulder blades (where the descending aorta runs), not a pain that moved there from the chest. */
  interscapularPain: r(String.raw`\bbetween (?:my |his |her |the )?shoulder ?blades\b|\binterscapular\b|\bentre (?:les|mes|ses) omoplates\b|\bentre (?:los|mis|sus) omóplatos\b|\bentre las paletillas\b`),
  /** Pain that goes straight through to the back or sits between the shoulder blades. */
  throughToBack: r(String.raw`\b(?:through|straight through|going through|goes through|radiat\w* to|into) (?:to )?(?:my |his |her |the )?back\b|\bbetween (?:my |his |her |the )?shoulder ?blades\b`),
  /** Pain words (chest tightness alone is as often the airways as the heart). */
  painQuality: r(String.raw`\b(?:pain|pains|painful|hurts?|hurting|ache|aching|pressure|heavy|heaviness|sore|crush\w*|squeez\w*|discomfort|burn\w*|stabbing|killing|agony)\b|\bdolor\b|\bduele\b|\bdouleurs?\b|\bmal\b`),
  /** Words that call a complaint small ("a mild twinge"). */
  minorWord: r(String.raw`\b(?:mild|mildly|slight|slightly|minor|tiny|a bit of|a little|twinges?|niggle|niggling)\b|\ba (?:bit|touch) (?:tight|sore|achy|tender|uncomfortable|stiff)\b`),
  /** A battery of any kind (with `swallowed`, always an emergency in a child). */
  batteryWord: r(String.raw`\bbatter(?:y|ies)\b|\bmagnet(?:s|ic)?\b`),
  /** A nosebleed, named so or told as blood from the nose. */
  noseBleed: r(
    String.raw`\bnose ?bleeds?\b|\bnose ?bleeding\b|\bepistaxis\b|\bnose${G}\b(?:bleed\w*|pouring|gushing|streaming)\b|\bblood${G}\b(?:from|out of|pouring from|pouring out of) (?:my |his |her |their |the )?(?:nose|nostrils?)\b`,
  ),
  /** Vomiting told as repeated: a count of times, or "keeps being sick". */
  vomitedRepeatedly: r(
    String.raw`\b(?:sick|vomit\w*|threw up|thrown up|throwing up)${G}\b(?:(?:two|three|four|five|six|several|many|a few|[2-9]) times|again and again|over and over|repeatedly)\b|\b(?:keeps?|kept) (?:being sick|vomiting|throwing up)\b`,
  ),
  /** Something small pushed up a nose and still there (not a finger, not one already out). */
  objectUpNose: r(
    String.raw`\b(?:pushed|put|stuck|shoved|poked|inserted|got)${G}\b(?:beads?|peanuts?|nuts?|peas?|raisins?|buttons?|sweets?|stones?|pebbles?|lego|toys?|crayons?|rubbers?|erasers?|seeds?|beans?|popcorn|tissue|paper|foam|sponge|something|an object|a bit of \w+) (?:up|in|into) (?:his|her|their|my|the|a) (?:nose|nostrils?)\b(?![^.;!?]{0,40}\b(?:got it out|came out|blew it out|removed|sneezed it out|pulled it out)\b)`,
  ),
  /** A battery or magnet pushed into a nose or an ear: it burns the lining there as it does the gullet. */
  batteryInNoseOrEar: r(
    String.raw`\b(?:batter(?:y|ies)|magnet(?:s|ic)?)${G}\b(?:up|in|into|inside|stuck in) (?:his|her|their|my|the|your|a|one) (?:nose|nostrils?|ears?)\b`,
  ),
  /** The words carbon monoxide, or its alarm. */
  coWord: r(String.raw`\bcarbon monoxide\b|\bco (?:alarm|detector|poisoning)\b`),
  /** Drooling or unable to swallow saliva (airway). */
  // British "dribbling" is drooling too, unless it is urine, water or a ball that dribbles.
  drooling: r(String.raw`\bdrool\w*|\b(?:can't|cannot) swallow (?:his|her|my|their) (?:own )?(?:spit|saliva)\b|\bdribbl(?:ing|es)\b(?! (?:of |some |a (?:bit|little) of )?(?:urine|pee|wee|water|fluid|liquid|blood|the ball|a ball|when|after|on the toilet))(?<!\b(?:pee|wee|urine|water|fluid|bladder|still|and|ball|football)\W{1,3}dribbl(?:ing|es))`),
  /** Trouble swallowing (not pain on swallowing): with trouble breathing, an airway closing. */
  cannotSwallow: r(String.raw`\b(?:difficulty|trouble|problems?|struggl\w*|can't|unable to|hard to|hardly able to|can (?:hardly|barely)) (?:to |with )?swallow\w*|\bdysphagi\w*`),
  /** A swollen neck or floor of the mouth (not the glands of a cold, which the rule reads with trouble swallowing). */
  // Swollen glands ("glands swollen under my jaw", "swollen glands in my neck") are a sore throat's, not a
  // deep infection's; nor is the "hard" of "hard to swallow" a hard neck.
  neckSwelling: r(
    String.raw`(?<!\b(?:glands?|nodes?|lymph)\b[^|]{0,25})(?:\b(?:neck|floor of (?:the|my|his|her) mouth|under (?:the|my|his|her) (?:tongue|jaw|chin))${G}\b(?:swollen|swelling|swelled|hard(?! to)|tense)\b|\b(?:swollen|swelling of the|swelling under the) (?:neck|floor of the mouth|tongue base)\b)`,
    String.raw`(?<!\b(?:glands?|nodes?|lymph)\b[^|]{0,25})\b(?:swelling|swollen)(?! (?:glands?|lymph|nodes?)\b)(?:[^.;!?]{0,40}?\b(?:going |spreading |spread |moving |gone |goes |travell?ing )?(?:down|into|in|under|to) (?:my|his|her|their|the) (?:neck|throat)\b| under (?:my|his|her|their|the) (?:jaw|chin|tongue)\b)`,
  ),
  /** Pain in the jaw brought on by chewing or talking (jaw claudication). */
  jawClaudication: r(String.raw`\bjaw${G}\b(?:pain|ache|aching|hurts?|tired|cramp\w*)${G}\b(?:when|on|while|after) (?:(?:i|he|she|they) )?(?:chew\w*|eat\w*|talk\w*)\b|\b(?:pain|ache|aching|cramp\w*)${G}\bjaw${G}\b(?:when|on|while|after) (?:(?:i|he|she|they) )?(?:chew\w*|eat\w*)\b|\bjaw claudication\b|\b(?:chewing|eating) (?:makes|gives) (?:my|his|her) jaw (?:ache|hurt)\b`),
  /** A tender scalp or temple (hurts to brush the hair). */
  scalpTender: r(String.raw`\b(?:scalp|temples?|temporal artery)${G}\b(?:tender\w*|sore|hurts?|painful|thickened)\b|\btender (?:scalp|temples?)\b|\bhurts to (?:brush|comb) (?:my|his|her) hair\b`),
  /** A discharge that smells (after a birth, an infection of the womb). */
  smellyDischarge: r(String.raw`\b(?:smelly|foul|offensive|bad[- ]smelling|foul[- ]smelling|green)${G}\bdischarge\b|\bdischarge${G}\b(?:smells?|stinks?|smelly|offensive)\b|\blochia${G}\b(?:smell\w*|offensive|foul)\b`),
  /** A blow to the tummy: a handlebar, a kick, a fall onto something, a seat belt. */
  abdominalBlow: r(String.raw`(?<!\b(?:baby|babies|he|she|it) (?:has |had |just |really )?)\b(?:hit|kicked|punched|struck|winded|landed|fell|thumped|elbowed|kneed)${G}\b(?:on|in|onto|into)? ?(?:the |my |his |her |their )?(?:tummy|stomach|belly|abdomen)\b|\bhandlebars?\b|\bseat ?belt (?:injury|bruis\w*|mark)\b|(?<!\bbaby\b[^|]{0,20})\b(?:a|an) (?:knee|kick|punch|blow|elbow|boot|fist|football|ball) (?:to|in|into) (?:the |my |his |her |their )?(?:tummy|stomach|belly|abdomen|gut)\b`),
  /** A blow to the lower ribs, the side or the flank: over the spleen, the liver and the kidneys. */
  sideBlow: r(String.raw`\b(?:hit|kicked|punched|struck|tackled|kneed|elbowed|landed|fell)${G}\b(?:on|in|onto|into)? ?(?:the |my |his |her |their )?(?:(?:left|right|lower) )*(?:side of (?:my |his |her |their |the )?(?:ribs|chest|body|tummy)|ribs|rib cage|flank|side)\b`),
  /** Pale or pallor said alone. */
  pale: r(String.raw`\b(?:pale|pallor|pallid|white as a sheet|ashen)\b`),
  /** Fluids or food that will not stay down. */
  cantKeepDown: r(String.raw`\b(?:can't|cannot|couldn't|unable to|not able to) (?:even |seem to |really )?keep${G}\b(?:anything|fluids?|water|liquids?|food|drinks?)${G}\bdown\b|\b(?:can't|cannot|couldn't) (?:even )?hold (?:anything |water |fluids |food )?down\b|\b(?:vomit\w*|being sick|been sick|throwing up) (?:everything|all fluids|every drink|non-?stop|constantly|all night|all day)\b|\bkeeps? vomiting\b`),
  /** A symptom that will not settle or stop ("won't slow down", "won't stop"). */
  wontSettle: r(String.raw`\b(?:won't|will not|doesn't|does not|isn't|not) (?:slow\w* down|stop\w*|settl\w*|go away|calm\w* down)\b`),
  /** A hoarse or changed voice (after an allergen, the larynx swelling). */
  hoarseVoice: r(String.raw`\bhoarse\w*|\b(?:croaky|raspy|husky|gravelly)\b|\bvoice${G}\b(?:changed|different|strange|gone funny|gone croaky)\b`),
  /** Clinical prose's way of dating an episode as new: "new onset of", "an episode of", "transient". */
  newOnset: r(String.raw`\bnew[- ]onset\b|\b(?:an?|one|single|brief|short|transient) episodes? of\b|\btransient\b`),
  /** Back pain, lay and clinical. */
  backPain: r(String.raw`\b(?:back|spine|lumbar|sciatic\w*)${G}\b(?:pain|ache|aching|hurts?|agony|sore|gave out|went)\b|\b(?:pain|ache|aching)${G}\bback\b|\bbackache\b|\bsciatica\b|\bslipped disc\b|\bbad back\b|\bput (?:my|his|her|their) back out\b`),
  /** Numbness around the bottom, genitals or inner thighs (saddle area). */
  saddleNumbness: r(
    String.raw`\bsaddle\b|\b(?:numb\w*|no feeling|can't feel|(?:don't|doesn't|can no longer|cannot) feel (?:anything|a thing)(?: anymore| any more)?|pins and needles|tingl\w*|feels? (?:strange|weird|dead))${G}\b(?:bottom|bum|buttocks?|backside|anus|back passage|genitals?|privates|groin|between (?:my|his|her|the) (?:legs|buttocks|bum cheeks)|inner thighs?|down below|private parts|perineum|vagina|penis)\b`,
    String.raw`\b(?:bottom|bum|buttocks?|backside|genitals?|privates|groin|inner thighs?|down below|between (?:my|his|her) legs)${G}\b(?:numb\w*|no feeling|tingl\w*|feels? (?:strange|weird|dead))\b|\bcan't feel (?:myself )?(?:wiping|the toilet paper|when i wipe)\b`,
  ),
  /**
   * A sore, blister, rash or itch of the genitals or bottom, or an infection named there (herpes, warts,
   * thrush): a local cause that explains tingling or numbness of the same skin (see cauda_equina).
   */
  genitalSkinSign: r(
    String.raw`\b(?:blisters?|sores?|ulcers?|rash\w*|spots?|warts?|lesions?|bumps?|itch\w*|discharge|redness|cracks?|splits?)${G}\b(?:penis|foreskin|vagina|vulva|labia|genitals?|genital area|privates|private parts|down below|groin|bottom|bum|anus|back passage|perineum)\b`,
    String.raw`\b(?:penis|foreskin|vagina|vulva|labia|genitals?|genital area|privates|private parts|down below|groin|bottom|bum|anus|back passage|perineum)${G}\b(?:blisters?|sores?|ulcers?|rash\w*|spots?|warts?|itch\w*|discharge|red and sore)\b`,
    String.raw`\b(?:genital|anal) (?:herpes|warts|sores?|ulcers?)\b|\bherpes\b|\bhsv\b|\bthrush\b|\bcold sores? (?:down below|on my (?:penis|vagina|genitals|bottom))\b`,
  ),
  /** Lost control of bladder or bowel. */
  incontinence: r(String.raw`\b(?:wet (?:myself|himself|herself)|lost control of (?:my |his |her )?(?:bladder|bowels?)|incontinen\w*|leaking (?:urine|wee)|soiled (?:myself|himself|herself)|pee(?:d|ing)? (?:myself|himself|herself))\b`),
  /** A scald or burn. */
  // "Burning pain" is a quality of pain, not a burn.
  // A kettle, pan or fryer pulled over is a scald however the water is told after it ("pulled the kettle over").
  burn: r(String.raw`\b(?:boiling|scalding)(?: \w+)? (?:water|oil|fat|milk|soup|kettle)\b|\b(?:water|oil|fat|milk|soup) (?:that was |that's |still )?(?:boiling|scalding)\b|\b(?:pulled|knocked|tipped|spilled|spilt)${G}\b(?:kettle|saucepan|pan of|pot of|chip pan|deep fat fryer|fryer|teapot)\b|\b(?:spilt|spilled|knocked|tipped|poured)${G}\b(?:hot|boiling|scalding) (?:\w+ )?(?:water|tea|coffee|oil|fat|milk|soup|drink)\b|${HOT_SPILL_OVER_SOMEONE}|\b(?:scald\w*|burns?|burnt|burned)\b(?! when (?:i |you )?(?:pee|wee|urinat))`),
  /** A burn larger than the person's hand or palm, or one on the face, hands, feet or genitals. */
  largeBurn: r(...BURN_SIZE, BURN_SITE),
  /** A burn large by its size alone, whatever its site. */
  largeBurnSize: r(...BURN_SIZE),
  /** A burn told as small ("the size of a 10p coin", "a small burn"). */
  smallBurn: r(
    String.raw`\b(?:size of|as big as|smaller than|no bigger than) (?:a |an )?(?:\d+p|\d+ ?(?:pence|cents?)|penny|coin|pea|fingernail|fingertip|thumbnail|stamp|button|grape)\b`,
    String.raw`\b(?:small|tiny|minor|little|superficial)${G}\b(?:burns?|scalds?)\b|\b(?:burns?|scalds?) (?:is |was |looks )?(?:small|tiny|minor|superficial)\b`,
  ),
  /** A burn the sun made ("sunburnt", "burnt in the sun", a sunbed): sunburn, not a burn from heat or a chemical. */
  sunburnCause: r(String.raw`\bsun ?burn\w*|\b(?:burns?|burnt|burned)${G}\b(?:in|by|from) the (?:sun|sunshine)\b|\bsun ?beds?\b|\bsun ?lamps?\b`),
  /** What burns by heat, a flame, electricity or a chemical (not the sun). */
  heatBurnSource: r(String.raw`\b(?:boiling|scald\w*|kettle|oven|hob|stove|iron|pan|grill|barbecue|bbq|fire|flames?|bonfire|fireworks?|candle|hair straighteners|radiator|exhaust|steam|hot (?:water|oil|fat|tea|coffee|drink|metal|plate|tray))\b|\belectric\w*|\bchemical\w*|(?<!\bstomach )\bacid\b(?! (?:reflux|brash|indigestion|coming up|taste))|\bbleach\b|\balkali\w*`),
  /** What makes a burn deep or dangerous whatever its size: blisters, white, charred or painless skin, electricity, a chemical. */
  burnDepthSigns: r(String.raw`\bblister\w*|\bskin (?:is |has |was )?(?:peeling|peeled|coming off|come off|came off)\b|\b(?:white|charred|black(?:ened)?|leathery|waxy|painless|numb)\b|\bdeep\b|\belectric\w*|\bchemical\w*|\bacid\b|\bbleach\b|\balkali\w*`),
  /** A fuel-burning appliance or exhaust indoors, the source of carbon monoxide. */
  coSource: r(String.raw`\b(?:boiler|gas (?:fire|heater|stove|cooker|leak)|heater|furnace|generator|log burner|wood ?stove|fireplace|chimney|paraffin|kerosene|bbq indoors|barbecue indoors|(?:disposable )?(?:bbq|barbecue|grill|camping stove|stove|heater|brazier) (?:inside|in) (?:the|a|our|my) (?:tent|caravan|camper|campervan|van|car|garage|cabin|room|awning)|charcoal|car (?:running|engine) in (?:the )?garage|exhaust fumes?|fumes|carbon monoxide|co alarm|co detector)\b`),
  /** A joint hot, red or swollen: "my knee is swollen, red and hot". */
  hotSwollenJoint: r(
    String.raw`\b(?:knee|hip|ankle|elbow|wrist|shoulder|joint)s?${G}\b(?:swollen|swelling|puffed up|puffy)\b${G}\b(?:red|hot|warm)\b|\b(?:knee|ankle|elbow|wrist|toe|knuckle|joint)s?${G}\b(?:red,? (?:and )?hot|hot,? (?:and )?red)\b|\b(?:knee|hip|ankle|elbow|wrist|shoulder|joint)s?${G}\b(?:red|hot|warm)\b${G}\b(?:swollen|swelling|puffed up|puffy)\b`,
    // The words before the joint, in either order, with up to three more ("a hot, swollen, painful right knee").
    String.raw`\b(?:hot|red|warm),? (?:and )?swollen,? (?:and )?(?:${JOINT_WORD},? (?:and )?){0,3}(?:knee|hip|ankle|elbow|wrist|shoulder|joint)\b|\bswollen,? (?:and )?(?:hot|red|warm),? (?:and )?(?:${JOINT_WORD},? (?:and )?){0,3}(?:knee|hip|ankle|elbow|wrist|shoulder|joint)\b`,
  ),
  /** A joint told swollen, whether or not hot ("a swollen, painful knee"). */
  swollenJoint: r(
    String.raw`\b(?:knee|hip|ankle|elbow|wrist|shoulder|joint)s?${G}\b(?:swollen|swelling|puffed up|puffy)\b|\bswollen,? (?:and )?(?:[a-z]+,? (?:and )?){0,3}(?:knee|hip|ankle|elbow|wrist|shoulder|joint)s?\b`,
  ),
  /**
   * A person under water: a near drowning, told as what happened ("was under the water for a minute",
   * "fell into the pond"); not "drowning in work".
   */
  submersion: r(
    String.raw`\b(?:nearly|almost) drowned\b|\bnear[- ]drowning\b|\bdrowning (?:incident|accident)\b|\b(?:was|went|been|stayed|got|slipped|sank) (?:under|underwater|under the water|submerged)\b|\bunder (?:the )?water for\b|\b(?:stayed|was|been|went|spent|remained|kept)\b[^|]{0,20}\bunder (?:the )?water\b(?=[^|]{0,30}\b(?:pool|bath|sea|river|lake|pond|canal|we|pulled|got (?:him|her|them) out|took (?:him|her|them) out)\b)`,
    String.raw`\b(?:fell|fallen|slipped|tumbled|went|was pulled|pulled (?:him|her|them)) (?:in|into|out of) (?:the |a |our |their )?(?:pond|pool|swimming pool|river|lake|canal|sea|reservoir|quarry|loch|harbou?r|dock|bath|water|paddling pool)\b`,
    // Through ice into the water beneath: cold shock and drowning together.
    String.raw`\b(?:fell|fallen|went|gone|broke|crashed|slipped) (?:through|into) (?:the |thin )?ice\b|\bthrough the ice\b|\b(?:fell|fallen|slipped|went) (?:in|into) (?:the )?(?:icy|freezing|ice[- ]cold|frozen) (?:water|pond|lake|river|canal|sea)\b`,
  ),
  /** Blood from the ear, or clear fluid from the nose or ear, after a head injury: a broken skull base. */
  skullBaseSign: r(
    String.raw`\b(?:blood|bleeding)${G}\b(?:from|out of|coming out of|leaking from|in) (?:my |his |her |their |the )?ears?\b|\bears?${G}\b(?:bleeding|bled)\b`,
    String.raw`\bclear (?:fluid|liquid|water|watery fluid)${G}\b(?:from|out of|coming out of|coming from|leaking from|dripping from|running from) (?:my |his |her |their |the )?(?:nose|ears?)\b|\b(?:panda|raccoon) eyes\b|\bbattle'?s sign\b|\bbruis\w* behind (?:the |my |his |her )?ears?\b`,
  ),
  /** Eyes that flick or will not move together: with confusion and a stagger, the brainstem or Wernicke's. */
  eyeMovementSign: r(String.raw`\b(?:abnormal|jerky|flicking|odd|strange|unusual) eye movements?\b|\bnystagmus\b|\bophthalmoplegia\b|\beyes? (?:are |keep |kept )?(?:flicking|jerking|not moving together)\b`),
  /** Thoughts, urges or voices to hurt other people. */
  /** Chest tightness told as what anxiety brings on ("when I'm anxious", "before presentations"). */
  anxietyTrigger: r(String.raw`\bwhen (?:i'm|i am|im|i get|i feel|i'm feeling|he's|she's|he gets|she gets) (?:really |very |so |a bit )?(?:anxious|stressed|nervous|panicky|worried|upset|wound up)\b|\b(?:before|during|while (?:doing|sitting|revising for)|in the middle of) (?:my |a |an |the )?(?:job |school |driving |university |uni |court |work )?(?:presentations?|exams?|exam revision|revision|revising|interviews?|meetings?|tests?|performances?)\b`),
  /**
   * A known panic or anxiety disorder's usual attack, told as such ("I have panic disorder, one of my usual
   * attacks", "anxiety ... racing like it usually does when I panic"): the person knows the pattern.
   */
  usualPanic: r(
    String.raw`\b(?:panic (?:disorder|attacks)|anxiety(?: disorder)?|gad|health anxiety)\b[^.!?]{0,80}?\b(?:(?:my|the|a) (?:usual|normal|typical|regular)|like (?:it|they|i) (?:usually|always|normally) (?:does?|get|feel)|like always|as usual|same as always)\b`,
    String.raw`\b(?:one of )?my (?:usual|normal|typical|regular) (?:panic )?attacks?\b(?=[^.!?]{0,80}\b(?:panic|anxiety|anxious)\b)|\b(?:usual|normal|typical) panic attacks?\b`,
  ),
  /** A recurring symptom told as passing each time ("it passes", "then it goes away"). */
  passesEachTime: r(String.raw`(?<!\b(?:never|doesn't|does not|won't|will not|not) )\b(?:passes|goes away|goes off|settles(?: down)?|eases off|wears off|calms down)\b`),
  /**
   * Hearing or seeing what is not there ("I'm hearing things" is the everyday idiom for it; its "that aren't
   * there" is cut off as a clause of its own).
   */
  /** Voices that tell the person to hurt or kill themselves or others (command hallucinations). */
  commandVoices: r(String.raw`\bvoices?${G}\b(?:telling|tell|tells|told|ordering|order|orders|saying (?:to|he should|she should|i should))${G}\b(?:hurt|kill|harm|cut|attack|stab|end|jump|burn|die(?! (?:my|his|her|their|your|our|the|it|them|a|an|some)\b)|drown|hang)\b`),
  /**
   * Mania's signs ("not slept for 4 days", "talking very fast", "thinks she's God"): with danger to
   * life (walking into traffic), a psychiatric emergency.
   */
  maniaSigns: r(
    String.raw`\b(?:not|hasn't|haven't|hardly|barely|no) (?:slept|sleeping|had any sleep|sleep)${G}\b(?:for|in) (?:\d+|two|three|four|five|six|several|a few) (?:days|nights)\b|\bno sleep (?:for|in) (?:\d+|two|three|four|five|several|a few) (?:days|nights)\b`,
    String.raw`\btalking (?:very |really |so |super )?(?:fast|quickly|non-?stop|a mile a minute)\b|\bracing thoughts\b|\bpressured speech\b|\b(?:thinks|believes|says) (?:s?he'?s|(?:s?he|they) (?:is|are)|i'?m) (?:god|jesus|the messiah|a prophet|invincible|immortal|chosen)\b|\bgrandios\w*|\bmanic\b|\bmania\b`,
  ),
  /**
   * Breathless lying flat (orthopnoea): "can't lie flat", "has to sleep sitting up", "propped up on
   * pillows to breathe". With breathlessness, a failing heart's fluid on the lungs.
   */
  orthopnoea: r(
    String.raw`\b(?:can't|cannot|unable to|not able to) (?:lie|lay|sleep) (?:flat|down)\b|\b(?:has|have|had|needs?) to (?:sleep|sit) (?:sitting )?(?:up|upright)\b|\bsleep\w* (?:sitting up|upright|in (?:a|the|his|her|my) chair)\b|\bpropped up on (?:\d+|two|three|four|lots of|several|many) pillows\b|\borthopn\w*|\bparoxysmal nocturnal dyspn\w*|\bwakes? (?:up )?(?:at night )?(?:gasping|fighting for breath|breathless)\b`,
  ),
  /**
   * Someone who walked yesterday and now cannot stand or walk ("suddenly stopped being able to stand",
   * "gone off her legs"): in an older person, an infection, a stroke, a fracture or dehydration until shown otherwise.
   */
  offLegs: r(
    String.raw`\b(?:stopped|stop) being able to (?:stand|walk|get up|weight ?bear)\b|\bgone off (?:her|his|their|my) legs\b|\boff (?:her|his|their|my) legs\b|\b(?:can't|cannot|unable to|not able to) (?:stand|walk|stand up|get up)(?: or (?:walk|stand))? (?:any ?more|at all|today|suddenly|since)\b|\bsuddenly (?:can't|cannot|unable to|not able to) (?:stand|walk|get up)\b`,
  ),
  /** A known heart condition or device: a faint in such a heart is a rhythm or a valve until shown otherwise. */
  heartDisease: r(String.raw`\bheart (?:valve|condition|problem|failure|disease|defect|rhythm problem)s?\b|\b(?:valve|aortic) (?:problem|disease|stenosis|replacement|narrowing)\b|\bpacemaker\b|\b(?:icd|defibrillator)\b|\bcardiomyopath\w*|\bheart attack (?:before|in the past|last year|\d+ years ago)\b|\bstents?\b`),
  /** More of a medicine than prescribed, told as a multiple ("took double my amitriptyline", "an extra dose by mistake"). */
  extraDose: r(String.raw`\b(?:took|taken|had|given|gave (?:him|her|them|myself))${G}\b(?:meds|medication|medicine|tablets?|pills?|dose|insulin|(?!vitamin)\w+(?:ine|ol|am|ate|ide|one|in)s?) (?:twice|two times|double|again) (?:today|this morning|tonight|this evening|by (?:mistake|accident)|in (?:one|a|the same) (?:day|go|morning))\b|\b(?:took|taken|had|given|gave (?:him|her|them|myself))${G}\b(?:double|twice|triple|three times|an extra|extra)\b(?: (?:my|his|her|their|the|a))? (?:dose|doses|lot|amount|\w+(?:ine|ol|am|ate|ide|one|in)s?)\b|\b(?:double|extra) dos(?:e|ed|ing)\b(?! (?:of )?vitamin)`),
  /** A sore throat or mouth ulcers: on a medicine that can stop white cells being made, the first sign of it. */
  soreThroatOrUlcers: r(String.raw`\bsore (?:throat|mouth)\b|\bthroat${G}\bsore\b|\bmouth ulcers?\b|\bulcers? (?:in|on) (?:my |his |her |their |the )?mouth\b|\bpainful (?:throat|mouth)\b`),
  /** A blow to a pregnant belly: "landed on my bump", "kicked in the stomach", "fell onto her tummy". */
  bumpTrauma: r(String.raw`\b(?:landed|fell|falling|hit|kicked|punched|knocked|bumped|banged|thumped)${G}\b(?:on|onto|in|into) (?:my|her|the) (?:bump|baby bump|pregnant (?:belly|tummy|stomach))\b|\b(?:landed|fell) (?:on|onto) (?:my|her) (?:tummy|stomach|belly)\b|\b(?:kicked|punched|hit) in the (?:bump|tummy|stomach|belly)\b|\b(?:seat ?belt|steering wheel|airbag)${G}\b(?:across|into|against|over) (?:my|her|the) (?:bump|belly|tummy|stomach|abdomen)\b`),
  /** Itching of the palms and soles (obstetric cholestasis in pregnancy, not a rash). */
  palmSoleItch: r(String.raw`\bitch\w*\b[^.;!?]{0,40}\b(?:hands|palms|feet|soles)\b|\b(?:hands|palms|feet|soles)${G}\bitch\w*|\bcholestasis\b`),
  /** A jaw out of line after a blow: broken or dislocated ("his jaw is crooked", "can't close her mouth"). */
  jawDeformity: r(String.raw`\bjaw${G}\b(?:crooked|out of place|dislocated|broken|wonky|locked open|stuck open|won't close|doesn't line up|off to one side)\b|\b(?:can't|cannot) (?:close|shut) (?:his|her|my|their) mouth\b|\bbroken jaw\b`),
  /** Crushed under or run over by something heavy, or caught in a machine: tissue dies behind the crush. */
  crushInjury: r(String.raw`\b(?:car|van|lorry|truck|tractor|bus|forklift|motorbike|quad bike|vehicle|wheel)${G}\b(?:ran|run|rolled|drove|went) over\b|\b(?:run|ran) over by (?:a |the )?(?:car|van|lorry|truck|tractor|bus|forklift|motorbike|vehicle)\b|\bcrushed${G}\b(?:by|under|between) (?:a |the )?(?:car|van|lorry|truck|tractor|forklift|machine|wall|rubble|tree|horse|cow|heavy|gate|pallet)\b|\b(?:trapped|pinned|stuck) under (?:a |the )?(?:car|van|lorry|truck|tractor|machine|wall|rubble|tree|heavy)\b|\bcrush injur\w*|\bcaught in (?:a |the )?(?:machine|machinery|press|roller|conveyor|mangle)\b`),
  /** Believing a new baby is evil, possessed or not theirs: a psychosis after birth. */
  babyDelusion: r(String.raw`\bbaby${G}\b(?:is|isn't|is not) (?:evil|possessed|the devil|not (?:mine|hers|ours|real|my baby|her baby)|an imposter|swapped|cursed)\b|\b(?:thinks|says|believes|convinced)${G}\bbaby (?:has been|was|is) (?:swapped|replaced|possessed)\b`),
  /** Tightenings told as harmless: painless, occasional, easing with rest (Braxton Hicks). */
  harmlessTightenings: r(String.raw`\b(?:painless|occasional|irregular|mild) (?:tightenings|contractions|braxton)\b|\b(?:tightenings|contractions)${G}\b(?:go|goes|went) away (?:when|if|with|after) (?:i )?(?:rest|lie down|sit down|change position|drink)\b|\bbraxton[- ]hicks?\b`),
  /** Someone walking into traffic, onto a railway or off a height, or running out in the road: danger now. */
  dangerToLife: r(String.raw`\b(?:walked|walking|walks|went|going|ran|running|runs|stepped|stepping|wandered|wandering) (?:out )?(?:in|into|onto|on) (?:the )?(?:traffic|road|motorway|railway|train tracks|tracks)\b|\bin front of (?:a |the )?(?:cars?|bus|lorry|truck|train|traffic)\b`),
  hallucinating: r(String.raw`\b(?:hearing|seeing|hear|see) (?:things|voices|people|noises)${G}\b(?:aren't|are not|isn't|is not|not|that aren't|that are not|no one else|nobody else) (?:there|real|can hear|can see|hears|sees)\b|\bhallucinat\w*|\bhearing voices\b|\b(?:hearing|seeing) (?:things|voices|noises)\b(?! (?:clearly|properly|fine|ok|okay|well|better|muffled|quieter|louder|blurr\w*|double|in the corner|differently|more clearly|in a new way))`),
  /**
   * Creatures seen or felt that may not be there ("seeing spiders on the wall", "bugs crawling on his
   * skin"): read only beside a withdrawal or a drug, where they are delirium's; alone they may be real.
   */
  seesCreatures: r(String.raw`\b(?:seeing|sees|saw|see) (?:spiders|insects|bugs|snakes|rats|mice|animals|creatures|ants)\b|\b(?:insects|bugs|spiders|ants|things) crawling (?:on|under|over|all over) (?:his|her|my|their|the) skin\b`),
  /** The belief that people mean to kill, poison or harm the person ("they're trying to kill me"). */
  persecuted: r(String.raw`\b(?:people|they|someone|somebody|everyone|everybody|the neighbours|neighbors|the police|the government|my family)${G}\b(?:trying|want|wants|going|are out|is out|plotting) to (?:kill|poison|hurt|harm) (?:me|him|her|us)\b|\b(?:people|they|someone|somebody|the neighbours|the neighbors|neighbours|neighbors|the police|the government)${G}\b(?:are |is )?(?:putting|put|puts|adding|slipping) (?:poison|something|chemicals|drugs) in(?:to)? (?:our|my|his|her|the) (?:water|food|drinks?|tea|air)\b|\b(?:people|they|someone|somebody|neighbours|neighbors|aliens|(?:the|my|his|her|their|our) \w+)${G}\b(?:are |is )?(?:putting|put|puts|sending|beaming|planting) (?:voices|thoughts|things|messages) in(?:to)? (?:my|his|her|their) (?:head|mind|brain)\b|\bout to get (?:me|him|her)\b|\bbeing (?:watched|followed|poisoned|spied on)\b(?! (?:closely |carefully )?by (?:my |the |a )?(?:doctors?|gp|midwife|midwives|nurses?|team|hospital|consultant|specialist))`),
  /** A weapon carried or held ("he's got a kitchen knife in his pocket"): beside a belief of being persecuted, a danger to others. */
  armed: r(String.raw`\b(?:has|have|got|carrying|carries|carried|holding|holds|held|grabbed|keeps|kept|took|taken)${G}\b(?:a |the |his |her |my |their )?(?:kitchen |big |sharp |bread )?(?:knife|knives|gun|machete|blade|axe|hammer|baseball bat|weapon)\b(?! (?:block|drawer|set|sharpener|skills?|crime))`),
  /**
   * Violence done or threatened to the writer now: threatened with a weapon, strangled or choked by
   * someone. Strangulation harms the neck's arteries and airway hours later, whatever shows at first.
   * Not "my mum is going to kill me when she sees my grades": a weapon or a hand on the throat is told.
   */
  /** Something sharp, magnetic or a battery swallowed: it can tear, pinch or burn the gut on its way through. */
  // Not a likeness: a sore throat "like swallowing razor blades".
  sharpSwallowed: r(String.raw`(?<!\b(?:like|as if|as though|feels like|felt like)(?: (?:i'?m|i am|i was|i'd|i had|i've|ive|i've been|been))? )\b(?:swallowed|swallowing|swallow|ate|eaten|gulped)${G}\b(?:a |an |some |the |two |three |several |\d+ )?(?:razor ?blades?|blades?|(?:sewing )?needles?|pins?|drawing pins?|nails?|screws?|tacks?|broken glass|(?:a )?piece of glass|shards? of glass|magnets?|magnetic balls?)\b`),
  attackedOrThreatened: r(
    // Someone armed and out of their mind in the home: "walking round with a kitchen knife shouting", "grabbed a knife, raging".
    String.raw`\b(?:walking|running|wandering|going|pacing|storming) (?:round|around|about|up and down)(?: (?:the|our|my) (?:house|flat|home|street|garden|kitchen))? with (?:a |the |his |her )?(?:kitchen |big |sharp )?(?:knife|knives|machete|axe|gun|hammer|blade|bat|baseball bat)\b|\b(?:has|got|holding|grabbed|picked up|waving|brandishing) (?:a |the |his |her )?(?:kitchen |big |sharp )?(?:knife|machete|axe|gun)\b[^.!?]{0,30}\b(?:shouting|screaming|threatening|raging|paranoid|hallucinating|out of (?:his|her) mind)\b`,
    String.raw`\b(?:threaten\w*|came at|comes at|coming at|chased|chasing|attacked|attacking|went for|going for|pointed|pointing|waving|waved|pulled)${G}\b(?:me|us|my (?:kids|children|son|daughter|mum|mom|dad))\b[^|]{0,20}\bwith (?:a |his |her |the |their )?(?:kitchen |big |sharp )?(?:knife|gun|machete|blade|axe|hammer|baseball bat|bat|weapon)\b`,
    String.raw`\b(?:strangled|strangling|strangles|choked|choking|chokes|throttled|throttling)\b (?:me|her|him|my (?:wife|girlfriend|partner|husband|boyfriend|mum|mom|sister|daughter|son))\b(?! (?:up|on|with))|\b(?:put|had|got|wrapped|grabbed|squeezed)\b[^|]{0,12}\b(?:hands?|arms?) (?:round|around) (?:my|her) (?:throat|neck)\b`,
  ),
  harmOthers: r(
    // Thoughts told as unwanted or intrusive are OCD's or a new parent's, feared and resisted, not an intent
    // (NHS: OCD); voices, urges and impulses, and a wish or a plan, still alert.
    String.raw`\b(?:voices?|urges?|(?<!\b(?:unwanted|intrusive|unwelcome|obsessive|disturbing|horrible|horrid|scary|upsetting|awful) )thoughts?|impulses?)${G}\b(?:to |of |about )?(?:hurt|hurting|harm|harming|kill|killing|attack|attacking|stab|stabbing) (?:people|someone|somebody|others|other people|my (?:wife|husband|partner|kids|children|baby|son|daughter|mum|mom|dad|family))\b`,
    String.raw`\b(?:i|i'm|i am|he|she|he's|she's)${G}\b(?:going|gonna|about|want|wants|wanna|plan|planning|intend|intending|mean) to (?:hurt|harm|kill|attack|stab|shoot|strangle|batter) (?:someone|somebody|people|others|him|her|them|(?:my|his|her|the|our|their) (?:${PERSON_NOUN}s?|children|family|boss|teacher|man|woman|guy|ex|parents))\b`,
  ),
  /** Skin swollen, puffy or red: the area a skin or soft-tissue infection makes. */
  inflamedSkin: r(String.raw`\b(?:swollen|swelling|swelled|puffy|puffed up|redness|inflamed)\b`),
  /** Skin dying: turning black, dead skin, gangrene. */
  skinNecrosis: r(String.raw`\bskin${G}\b(?:going|turning|gone|turned|is|looks) (?:black|dusky|purple-black|dark purple)\b|(?<=\b(?:skin|wound|cut|bite|area|toes?|fingers?|scrotum|foot|leg)\b[^|.;]{0,60})\b(?:going|turning|gone|turned) (?:black|dusky|purple-black)\b|\b(?:groin|bottom|buttocks?|perineum|penis|scrotum|genitals)${G}\b(?:is|are|has gone|have gone|gone|turned|going|turning) (?:black|dusky|purple-black)\b|\bblack(?:ened)? (?:skin|patch|area)\b|\bgangren\w*|\bnecrotis\w*|\bnecrotiz\w*|\bnecrosis\b|\bflesh[- ]eating\b`),
  /** A wound deep or gaping: fat, tendon or bone seen, edges apart. */
  /** An operation's wound come open ("the scar burst open", "my stitches split"): what lies under it may come through. */
  woundBurstOpen: r(
    String.raw`\b(?:scar|wound|incision|stitches|staples|sutures|section|c-?section cut)${G}\b(?:burst|split|came|come|coming|popped|ripped|torn|tore|gaped|broke|broken|pulled) (?:open|apart)\b|\bwound dehiscence\b|\bdehisced\b`,
  ),
  gapingWound: r(String.raw`\bgaping\b|\b(?:cut|wound|gash|laceration)${G}\b(?:gapes|won't close|wide open|pulled apart|edges apart)\b|\bcan see (?:the )?(?:fat|bone|tendon|muscle)\b|\b(?:very |really )?deep (?:cut|gash|wound|laceration|bite)\b`),
  /** Smoke breathed in: a house fire, a burning room. Not a throat "on fire", nor a gas or electric fire (a heater). */
  smokeExposure: r(String.raw`(?<!\b(?:on|gas|electric|log|open|coal|wood|real|camp) )\b(?:house |kitchen |chip pan |flat |car |building |bedroom )?fire\b(?! (?:alarm|drill|brigade|extinguisher|exit|door|place|fighter|work|heater)\b)|\bsmoke (?:inhalation|filled)\b|\b(?:breathed|inhaled|breathing in|inhaling|swallowed) (?:in )?(?:the |a lot of |lots of |thick |black )?smoke\b|\bsmoky (?:room|house|flat)\b|\bflames?\b|\bburning (?:house|building|room|car)\b`),
  /** Soot around the nose or mouth: smoke was breathed in, whether or not the message names a fire. */
  sootOnFace: r(String.raw`\bsoot(?:y|ed)?\b[^.;!?|]{0,25}\b(?:nose|nostrils|mouth|lips|face|tongue|throat)\b|\b(?:nose|nostrils|mouth|lips|face|tongue|throat)${G}\b(?:sooty|soot)\b`),
  /** What smoke does to the airway: soot, singed nose hairs, black spit. */
  airwayBurnSigns: r(String.raw`\bsinged\b|\bsoot\w*|\bcough\w*(?: up)? (?:black|sooty|dark grey|grey-black)\b|\bblack (?:spit|phlegm|snot|mucus|sputum|stuff (?:when i|when he|when she) cough\w*)\b|\b(?:spit|phlegm|snot|mucus|sputum)${G}\bblack\b|\bburnt (?:nose hairs?|eyebrows)\b`),
  /** A shock from electricity strong enough to matter: the mains, a high voltage (a hundred volts or more told with the shock), lightning. */
  electricShock: r(String.raw`\b(?:got|had|received|took|get|gets|getting|gave (?:me|him|her)) (?:a |an )?(?:bad |big |nasty |massive |huge )?electric(?:al)? shock\b(?! (?:pains?|feelings?|sensations?|like)\b)|\belectrocut\w*|\b(?:shocked|zapped|shock) (?:by|from|off) (?:of )?(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:socket|plug|wire|cable|mains|appliance|fence|power ?line|line|light (?:switch|fitting)|transformer|substation|pylon)\b|\bmains (?:electricity|voltage|socket|shock|power)\b|\bhigh[- ]voltage\b|\b(?:shock\w*|electrocut\w*|zapped)${G}\b(?:[1-9]\d{2,5} ?(?:v|volts?)|\d{1,3}(?:\.\d)? ?kv)\b|\b(?:[1-9]\d{2,5} ?(?:v|volts?)|\d{1,3}(?:\.\d)? ?kv)\b${G}\bshock\w*|\bstruck by lightning\b|\blightning strike\b`),
  /** The chest felt as odd, without the word pain: "my chest feels weird". */
  chestFeeling: r(String.raw`\bchest${G}\b(?:feels?|felt|feeling) (?:weird|funny|strange|odd|wrong|fluttery|tight|heavy)\b`),
  /** Symptoms that lift away from home and return there: what carbon monoxide from a home appliance does. */
  betterAwayFromHome: r(
    String.raw`\b(?:better|fine|okay|ok|normal|goes? away|went away|clears? up|clears?|eases?|improves?|disappears?|lifts?)${G}\b(?:when|once|after|whenever|as soon as) (?:i|we|he|she|they) (?:leave|left|go out|went out|get out|got out|step outside|go outside|(?:am|is|are|was|were) (?:out|away)|go to work|get to work|open (?:a|the) windows?)\b`,
    String.raw`\b(?:better|fine|ok|okay|gone) (?:outside|outdoors|at work|at school|away from (?:home|the house|the flat))\b|\bworse (?:at home|indoors|in the house|in the flat|inside the house)\b|\bworse (?:when|once|whenever|as soon as) (?:i|we|he|she|they) (?:get|come|go|are|am|is) (?:back )?(?:home|indoors|inside|in the house)\b|\bcomes? back when (?:i|we|he|she|they) (?:get|come|go) (?:back )?home\b`,
  ),
  /** The body cannot make its own steroid (Addison's disease, adrenal or pituitary failure): a risk, not a finding. */
  adrenalInsufficiency: r(
    String.raw`\baddison'?s\b|\baddison (?:disease|crisis)\b|\badrenal (?:insufficiency|failure)\b|\bhypopituitar\w*|\bhypoadrenal\w*|\bcongenital adrenal hyperplasia\b|\bsteroid[- ]dependent\b|\bsteroid (?:emergency )?card\b|\b(?:on|take|takes|taking|taken|been on|been taking)${G}\b(?:prednisolone|prednisone|dexamethasone|steroids?)\b[^|.]{0,30}?\b(?:for (?:\d+|a few|several|many|two|three|four|five|ten) (?:years?|yrs?|months?)|for years|long[- ]term)\b|\b(?:on|take|takes|taking|taken)${G}\b(?:hydrocortisone|fludrocortisone)\b(?! (?:cream|ointment|1 ?%))`,
  ),
  /** A wound tetanus can follow: a puncture from a nail or thorn, soil or manure in it, no jab. */
  tetanusProne: r(
    String.raw`\brusty\b|\b(?:stood|stepped|trod|treading) on (?:a |an |some )?(?:nail|tack|thorn|garden fork|rake)\b|\bpuncture wound\b|\b(?:soil|manure|dirt) (?:in|into) (?:the |a |my |his |her )?(?:wound|cut)\b|\b(?:dirty|muddy|filthy) (?:wound|cut|graze|gash)\b|\b(?:missed|out of date) (?:a |my |his |her |the )?tetanus\b`,
  ),
  /** Lockjaw and spasms: tetanus's signs. */
  tetanusSigns: r(
    String.raw`\block ?jaw\b|\btrismus\b|\bjaw${G}\b(?:stiff\w*|locked|locking|clenched|clamped|won't open|tight)\b|\b(?:can't|cannot|can not|unable to) open (?:my|his|her|their) (?:mouth|jaw)\b|\bmuscle spasms?\b|\bspasms?${G}\b(?:jaw|neck|back|stomach|face|whole body)\b`,
  ),
  /** Weakness or tingling climbing the limbs, or a face weak on both sides: Guillain-Barré's pattern. */
  ascendingWeakness: r(
    String.raw`\b(?:spreading|creeping|moving|working its way|going|travell?ing|climbing|rising|crept|spread|moved) up (?:into |to )?(?:my |his |her |their |the |both )?(?:legs|arms|body|thighs|knees|chest|hands|fingers|hips|waist|trunk|tummy|stomach)\b|\b(?:weak\w*|numb\w*|tingl\w*|pins and needles|paralys\w*)\b[^.;!?|]{0,40}?\b(?:spreading|creeping|moving|working its way|going|travell?ing|climbing|rising|crept|spread|moved|went|gone|started)(?: up)? from (?:my |his |her |their |the |both )?(?:feet|toes|legs|ankles|calves|shins)(?: up)? (?:in)?to (?:my |his |her |their |the |both )?(?:arms|hands|fingers|thighs|knees|hips|waist|chest|body|trunk|belly|stomach|face)\b|\bascending (?:weakness|paralysis|numbness)\b|\b(?:now|then|and now) (?:my |his |her |their |both )?(?:arms|hands)${G}\b(?:weak|numb|tingl\w*|going weak|too)\b`,
    // The legs named first and the spread told after them: "weakness in my legs that is now spreading to my arms".
    String.raw`\b(?:weak\w*|numb\w*|tingl\w*|pins and needles|paralys\w*)\b[^.;!?|]{0,30}?\b(?:legs|feet|calves|toes)\b[^.;!?|]{0,25}?\b(?:spreading|spread|moving|moved|going|gone|travell?ing|creeping|climbing|rising)(?: up)? (?:in)?to (?:my |his |her |their |the |both )?(?:arms|hands|fingers|chest|body|trunk|face)\b`,
    // Weakness told as growing over hours or days: "progressive weakness", "legs getting weaker and weaker".
    String.raw`\bprogressive(?:ly worsening)? (?:weakness|numbness|paralysis)\b|\b(?:legs|arms)${G}\b(?:getting|growing|becoming|gone) (?:weaker|more (?:and more )?(?:weak|numb))\b`,
    String.raw`\bboth sides of (?:my|his|her|their|the) face${G}\b(?:weak|droo?p\w*|numb|not moving|won't move|paralys\w*|fallen)\b|\b(?:face|facial)${G}\b(?:weak|weakness|droo?p\w*|paralys\w*)${G}\bboth sides\b|\b(?:bilateral|both-sided) (?:facial )?(?:weakness|palsy|droop)\b|\bweak face on both sides\b`,
  ),
  /** Dialysis missed (its sessions, not a bus): the potassium and the fluid it removes build up. */
  // "Haemodialysis" and "hemodialysis" are dialysis too.
  missedDialysis: r(String.raw`\b(?:haemo|hemo)?dialysis\b[^.!?]{0,60}?\b(?:missed|skipped)\b(?= (?:[\w']+ ){0,3}(?:sessions?|treatments?|runs?|it|them|dialysis|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thurs?|fri|sat|sun)s?)\b)|\b(?:missed|skipped|couldn't get to|didn't go to|haven't been to|not been to)${G}\b(?:(?:haemo|hemo)?dialysis|sessions? of (?:haemo|hemo)?dialysis)\b`),
  /** Several people of one household ill at once. */
  household: r(String.raw`\b(?:all (?:\d+|two|three|four|five|six) of us|we (?:have|'ve) all|we all|we've all|whole (?:family|household|house)|everyone (?:in|at) (?:the|our) (?:house|home|flat)|both of us|the kids and i|me and (?:my|the) (?:wife|husband|partner|kids)|the (?:dog|cat|pets?)${G}\b(?:too|as well|also)|(?:my|our) (?:wife|husband|partner|kids|children) (?:too|also|as well))\b|\ball (?:got|have|had|getting) (?:headaches?|dizzy|sick)\b`),
  /** A baby's high-pitched, weak or shrill cry: a red feature in an unwell child (NICE NG143). */
  highPitchedCry: r(
    String.raw`\b(?:high[- ]pitched|shrill|weak|whimpering) (?:cry|crying|scream\w*|wail\w*)\b|\b(?:cry|crying) (?:is |was |sounds? )?(?:high[- ]pitched|shrill|weak and high)\b`,
    // The cry told by a likeness: "his cry sounds weird, like a high pitched squeal".
    String.raw`\b(?:cry|crying)${G}\b(?:high[- ]pitched|shrill|piercing)\b|\b(?:cry|crying)\b[^.;!?]{0,30}\blike a (?:squeal|shriek|screech)\b|\b(?:high[- ]pitched|shrill|piercing) (?:squeal|shriek|screech)\w*`,
  ),
  /** Skin that mottles only when a baby is cold (cutis marmorata): harmless, unlike the mottling of an unwell child. */
  mottledWhenCold: r(String.raw`\bmottl\w*${G}\b(?:when|if|after) (?:(?:he|she|they)(?:'s| is| gets?) )?(?:cold|undressed|out of (?:the |a )?bath|bath\w*|nappy change)\b|\bcutis marmorata\b`),
  /** Jaundice in a baby's first day of life, or from birth. */
  jaundiceFirstDay: r(String.raw`\byellow\b[^.!?]{0,80}\b(?:(?:only|just|barely) )?(?:[1-9]|1\d|2[0-3]) (?:hours?|hrs?) old\b|\b(?:[1-9]|1\d|2[0-3]) (?:hours?|hrs?) old\b[^.!?]{0,80}\byellow\b|\b(?:born|had (?:him|her|the baby)) (?:yesterday|today|last night|this morning)\b[^.!?]{0,60}\b(?:yellow|jaundic\w*)|\b(?:yellow|jaundic\w*)${G}\b(?:within|in) (?:the |his |her )?first (?:24 hours|day)\b|\b(?:yellow|jaundic\w*)${G}\b(?:since|from) (?:birth|day one|day 1)\b|\b(?:yellow|jaundic\w*) at (?:birth|day (?:one|1))\b|\b(?:within|in) (?:the )?first (?:24 hours|day)${G}\b(?:yellow|jaundic\w*)`),
  /** Stridor: a harsh high-pitched sound on breathing in. */
  stridor: r(String.raw`\bstridor\b|\b(?:high[- ]pitched|harsh|squeaky|crowing|whooping)${G}\b(?:noise|sound|breath\w*)\b|\bnoisy breathing\b|\b(?:noise|sound)${G}\bbreath\w* in\b`),
  /** Stridor named in a clinician's words: in an adult it is always the airway narrowing. */
  stridorNamed: r(String.raw`\bstridor\w*|\binspiratory (?:noise|wheeze|stridor)\b`),
  /**
   * Cold the skin met: cold water, a swim, the weather. Lips or skin gone blue from it, in someone who
   * is not an infant and breathes well, is the skin's circulation, not a lack of oxygen.
   */
  coldSkinExposure: r(String.raw`\b(?:cold|freezing|icy|chilly|cool)${G}\b(?:sea|water|lake|river|pool|loch|weather|wind|outside)\b|\b(?:after|from) (?:a |an |the |my |his |her |our )?(?:(?:cold|lake|sea|river|open[- ]water|wild|winter|morning|long|outdoor) )?(?:swim|swimming|dip|wild swim\w*|ice bath|cold shower|cold plunge|sea swim\w*)\b|\bin the cold\b|\b(?:after|from) (?:an? |the |half an? )?(?:hour|while|afternoon|morning|day|ages)s? (?:in|at) (?:the |a )?(?:outdoor |cold |open[- ]air )?(?:pool|sea|lake|river|lido|water)\b`),
  /** At rest, calm or asleep (for stridor or breathlessness). */
  // "Resting" after "with", "after" or "of" is what relieves ("eases within minutes of resting"), not a state it comes in.
  atRest: r(String.raw`\b(?:at rest|(?<!\b(?:with|after|of|by|on) )resting|while (?:(?:he|she|they|it|baby|the baby)(?:'s|'re| is| are) )?(?:calm|quiet|sitting|sleeping|asleep|lying)|when (?:(?:he|she|they|it|baby|the baby)(?:'s|'re| is| are) )?(?:calm|resting|sitting still|asleep)|even (?:when|while) (?:(?:he|she|they|i|it|baby|the baby)(?:'s|'re|'m| is| are| am)? )?(?:resting|calm|sitting|asleep|sleeping|quiet|lying|still)|sitting quietly|sitting still|not crying)\b`),
  /** A swollen or distended belly. */
  distension: r(
    String.raw`\b(?:belly|tummy|stomach|abdomen)${G}\b(?:swollen|bloated|distended|huge|hard|blown (?:right |all )?up|puffed (?:right )?up|swelling(?: up)?|swelled(?: up)?)\b|\bdistend\w*|\bdistension\b`,
    // Its size told as what it is now ("my belly is massive"), not as a word before another noun ("massive stomach ache").
    String.raw`\b(?:belly|tummy|stomach|abdomen) (?:is|was|looks|has gone|has got|gone|got|getting|went) (?:so |really |absolutely )?(?:massive|enormous|ballooned|like a balloon|tight as a drum)\b|\b(?:belly|tummy|stomach|abdomen) (?:has |is )?ballooned\b`,
  ),
  /** A baby gone quiet or still: fewer movements when the mother is pregnant (see reduced_fetal_movement). */
  babyQuiet: r(String.raw`\bbaby(?:'s| is| has| has been| was)? (?:(?:gone|been|very|really|much|so|a lot) )*(?:quiet|quieter|still|not as active|less active)\b(?! birth)`),
  /** Upper tummy pain under the ribs (pre-eclampsia's liver pain, or gallbladder). */
  /** The right upper belly, where the gallbladder and liver sit. */
  rightUpperAbdomen: r(
    String.raw`\bruq\b|\bright upper (?:quadrant|abdomen|tummy|belly|stomach|side)\b|\bupper right (?:abdomen|tummy|belly|stomach|side)\b|\bunder (?:my |his |her |their |the )?right (?:ribs|rib ?cage)\b|\bright hypochondri\w*|\bgall ?bladder\b|\bmurphy'?s sign\b`,
  ),
  /** Very little urine passed (told with a word of scarcity), or a low output named clinically. */
  littleUrine: r(
    String.raw`\b(?:barely|hardly|scarcely)${G}\b(?:passed|passing|peed|peeing|weed|weeing|urinated|urinating|been to the toilet|any (?:urine|wee|pee))\b|\b(?:passed|passing|producing|made|making) (?:very )?(?:little|hardly any|barely any) (?:urine|wee|pee|water)\b|\b(?:peeing|weeing) (?:very )?(?:little|hardly)\b|\boligur\w*|\b(?:urine|wee|pee) output${G}\b(?:low|dropped|falling|fallen|reduced|down)\b|\b(?:low|reduced|poor|falling) urine output\b`,
  ),
  upperAbdominalPain: r(
    String.raw`\bepigastri\w*|\bruq\b|\bright upper (?:quadrant|abdomen|tummy)\b|\bunder (?:my |his |her |their |the )?(?:right )?ribs\b`,
    String.raw`\bupper (?:abdominal|abdomen|belly|stomach|tummy)${G}\b(?:pain|discomfort|ache|aching|pressure|burning|tight\w*|heav\w*)\b|\b(?:pain|discomfort|ache|pressure|tight\w*|heav\w*|burning(?: feeling| sensation)?|(?:funny|strange|odd|weird) feeling)${G}\b(?:upper |top of (?:my |his |her |their |the )?)(?:abdomen|belly|stomach|tummy)\b`,
  ),
  /** Travel to a place with malaria or other tropical fevers. */
  tropicalTravel: r(String.raw`\b(?:travel\w*|trip|holiday|returned|back|came back|visit\w*|flew|flight)${G}\b(?:africa\w*|nigeria|ghana|kenya|uganda|tanzania|congo|cameroon|sierra leone|malawi|mozambique|zambia|sudan|ethiopia|india|pakistan|bangladesh|indonesia|papua|amazon|brazil|tropic\w*|sub-saharan)\b|\bmalaria\b`),
  /** A child less active or responsive than usual (a NICE red or amber feature with fever). */
  /** Dengue told as the illness now ("she has dengue day 5", "diagnosed with dengue"), not a test that was negative. */
  dengue: r(String.raw`(?<!\b(?:negative for|ruled out|not|no|isn't|wasn't) (?:\w+ )?)\bdengue\b(?! (?:test (?:was |came back )?negative|negative|ruled out|vaccine|vaccination|jab|shot))`),
  /** Pink or frothy spit with breathlessness: fluid on the lungs (heart failure, high altitude). */
  frothySputum: r(String.raw`\b(?:pink(?:ish)?|blood[- ]tinged|bloody) (?:and )?frothy\b|\bfrothy,? (?:and )?pink(?:ish)?\b|\bfrothy (?:spit|sputum|phlegm|mucus|saliva)\b`),
  /** Out of breath with no exertion at all: "even lying still", "at rest". */
  breathlessAtRest: r(String.raw`\b(?:out of breath|breathless|short of breath|can't catch (?:my|his|her) breath)\b[^|]{0,20}\b(?:at rest|lying (?:still|down)|sitting (?:still|down)|doing nothing|resting)\b|\b(?:breathless|out of breath|short of breath) even at rest\b`),
  /** Being high up: a trek or a city at altitude. */
  highAltitude: r(String.raw`\b(?:altitude|base camp|everest|kilimanjaro|annapurna|himalaya\w*|aconcagua|machu picchu|cusco|la paz)\b|\b(?:at|above|over|reached) \d{1,2},?\d{3} ?(?:m|metres|meters|ft|feet)\b`),
  /** Mushrooms picked wild and eaten: the deadly ones make people sick only six or more hours later. */
  wildMushrooms: r(String.raw`\b(?:wild|foraged|picked|forest|garden) (?:mushrooms?|fungi|toadstools?)\b|\b(?:mushrooms?|fungi|toadstools?) (?:we|i|he|she|they|my \w+) (?:picked|found|foraged|gathered|collected)\b|\b(?:ate|eaten|eating|cooked|tried) (?:a |some )?(?:mushrooms?|fungi|toadstools?) (?:from|in|off) (?:the )?(?:woods|forest|garden|field|park|lawn)\b`),
  /** A blood pressure taken in each arm: "190/110 in the right arm and 140/85 in the left". */
  pressureInEachArm: r(String.raw`\b(?:right|left) arm\b.{0,80}?\b(?:left|right)(?: arm)?\b`),
  reducedActivity: r(String.raw`\bless active\b|\bnot (?:as )?active\b|\blistless\b|\bnot (?:him|her)self\b|\bnot responding (?:normally|as usual)\b|\b(?:refus\w*|won't|not taking|stopped) (?:feeds?|feeding|to feed|the bottle|breast|drinks?|drinking|fluids)\b|\binconsolable\b|\bweak cry\b|\bhigh[- ]pitched cry\b|(?<!\b(?:always|usually|often|normally|generally|typically) )\bhard to wake\b${NOT_AS_A_HABIT}`),
  /** A muffled, thick or "hot potato" voice. */
  voiceChange: r(String.raw`\b(?:voice|speech)${G}\b(?:thick|muffled|changed|strange|hoarse|hot potato|different)\b|\bmuffled voice\b|\bhot potato\b|\btalking strangely\b`),
  /** Risk factors for a blood clot: recent surgery, hospital stay, long travel, pregnancy or the pill, cancer. */
  /** A heart valve that infection settles on: a replaced or diseased valve, endocarditis before, injecting drugs. */
  valveRisk: r(String.raw`\b(?:artificial|prosthetic|replaced|mechanical|metal|pig|tissue) (?:heart )?valves?\b|\bvalve (?:replacement|repair|disease|surgery)\b|\b(?:aortic|mitral) (?:valve|stenosis|regurgitation)\b|\brheumatic (?:heart|fever)\b|\b(?:previous|prior|history of|had) (?:infective )?endocarditis\b|\b(?:injects?|injecting|intravenous|iv) (?:drugs?|drug use|heroin)\b|\bivdu\b|\bpwid\b`),
  clotRisk: r(String.raw`\b(?:recent(?:ly)?|just)${G}\b(?:surgery|operation|hospitali[sz]\w*|admission|admitted|bed ?rest|immobil\w*|gave birth|given birth|delivered|c-?section)\b|\b(?:surgery|operation)${G}\b(?:recently|last week|(?:a|one|two|three|four|\d+) (?:days?|weeks?) ago)\b|\b(?:long|\d+[- ]hours?) (?:haul )?(?:flight|plane|airplane|bus|car) (?:ride|journey|trip)?\b|\b(?:after|since|following) (?:my|his|her|their|the|a|an) (?:\w+ )?(?:operation|surgery|flight|long (?:drive|journey|trip)|hip replacement|knee replacement)\b|\bgave birth\b|\b(?:after|since) (?:giving birth|having (?:the|my|a|her) baby|the birth|my c-?section)\b|\bpostpartum\b|\b(?:oral contraceptives?|the pill|combined pill|contraceptive pill|ocps?|hrt)\b|\bcancer\b|\bchemo\w*|\bplaster cast\b|\bprevious (?:dvt|clot|pe)\b`),
  /** A coin or button battery, by name or described. */
  buttonBattery: r(
    String.raw`\b(?:button|coin|disc|disk|lithium|watch|hearing aid|cr ?20\d\d|lr ?\d+)${G}\bbatter(?:y|ies)\b`,
    String.raw`\b(?:little|small|tiny) (?:round|flat|silver|shiny)${G}\bbatter(?:y|ies)\b|\bbatter(?:y|ies)${G}\b(?:from|out of|in) (?:the |a |his |her |my )?(?:remote|watch|key ?fob|car key|scales|toy|calculator|hearing aid|greeting card|thermometer)\b`,
  ),
  /**
   * Something went down the wrong way: choked on, inhaled or breathed in a thing (not smoke, steam, dust
   * or fumes, which other concepts read).
   */
  /** An object or a lump of food swallowed ("swallowed a marble", "ate a chicken bone"), not swallowing as an act. */
  swallowedObject: r(
    String.raw`\b(?:swallowed|ate|eaten|gulped)${G}\b(?:coins?|marbles?|toys?|lego|beads?|buttons?|batter(?:y|ies)|magnets?|(?:fish |chicken )?bones?|stones?|pebbles?|pins?|nails?|screws?|keys?|rings?|earrings?|bottle tops?|caps?|(?:piece|lump|chunk|bit) of (?:meat|steak|food|toy|plastic|lego|bread|apple|carrot))\b`,
    // Food told stuck on the way down ("a bit of steak stuck in my throat"): a bolus in the gullet.
    String.raw`\b(?:food|meat|steak|chicken|bread|(?:fish |chicken )?bones?|(?:piece|lump|chunk|bit) of (?:meat|steak|food|chicken|bread|apple|carrot|sausage|potato))${G}\bstuck\b(?=[^|]{0,30}\b(?:throat|gullet|oesophagus|esophagus|chest|neck)\b)`,
  ),
  /** Gagging or retching on something swallowed. */
  gagging: r(String.raw`\bgag(?:s|ged|ging)\b|\bretch(?:es|ed|ing)\b`),
  chokedOnSomething: r(
    String.raw`\b(?:choked|choking|gagged|gagging) on\b|\b(?:went|go|gone|going|goes) down the wrong (?:way|hole|pipe)\b`,
    String.raw`\b(?:inhaled|breathed in|aspirated|sucked in)\b(?! (?:smoke|steam|fumes?|dust|gas|air|deeply|deep|sharply|through|slowly|some (?:smoke|steam|fumes|dust|air)))(?= (?:a |an |some |the |part of |half |bits? of |pieces? of |his |her |my )?(?:\w+ )?(?:peanuts?|nuts?|grapes?|seeds?|beads?|coins?|popcorn|sweets?|candy|toys?|lego|pen (?:lid|cap)|marbles?|food|crumbs?|piece|bit|something|small))`,
  ),
  /** Swallowed or put in the mouth. */
  // An ingestion denied right before the verb ("he didn't swallow anything") did not happen; not being able
  // to swallow is cannotSwallow's. The negations are listed: a word ending in -nt is not one ("the patient swallowed").
  swallowed: r(String.raw`(?<!\b(?:not|never|didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|hadn'?t|wasn'?t|weren'?t|won'?t|can'?t|couldn'?t) )\b(?:swallow\w*|ate|eaten|eating|gulped|put (?:it |one |them )?in (?:his|her|their|my) mouth|in (?:his|her|their) mouth|choked on)\b`),
  /** Too weak to stand or sit up: with blood lost, the circulation failing. */
  prostrated: r(String.raw`\b(?:too|so) weak to (?:stand|get up|sit up|walk|stand up|get out of bed)\b|\b(?:can't|unable to) (?:stand|sit up|get up) (?:because|as|he's|she's|i'm|for) (?:he is |she is |i am |being )?(?:so |too )?weak\b`),
  /** Froth at the mouth, or a person told as foaming (not urine or milk): after something drunk or swallowed, a poison until shown otherwise. */
  foamingMouth: r(String.raw`\b(?:foam|froth)\w*${G}\b(?:at|from|in) (?:the |his |her |my |their )?mouth\b|\b(?:he|she|they|he's|she's|they're)(?: is| was| are| were| has been| have been| started| keeps?)? (?:foaming|frothing)\b`),
  /** Something drunk or swallowed, whatever it was (a brand name the lexicons do not know). */
  ingestedSomething: r(String.raw`\b(?:drank|drunk|swallowed|ingested|took|taken|downed)\b`),
  /**
   * Something drunk or swallowed, not "taken" (a child "took" to the park, or took a medicine): the base
   * form too, as learners of English tell the past ("my son drink something from the bottle").
   */
  drankSomething: r(String.raw`\b(?:drank|drunk|swallowed|ingested|downed|gulped)\b|\b(?:drink|drinks|eat|eats|swallow|swallows) (?:something|some of it|from (?:the|a|that) (?:bottle|tub|container|can))\b`),
  /** Sudden loss of sight in one eye, like a curtain: a stroke warning. */
  transientMonocular: r(String.raw`\b(?:curtain|shade|veil)${G}\b(?:eye|vision|sight)\b|\b(?:like a|a) blind${G}\b(?:eye|vision|sight)\b|\b(?:curtain|shade|blind|veil) (?:(?:has|had|is|was|'s) )?(?:being |just )?(?:came|coming|come|pulled|drawn|going|falling|fell|dropping|dropped|closing|closed) (?:down|over|across)\b|\b(?:lost|loss of) (?:the )?(?:sight|vision) in (?:one|my (?:left|right)|his (?:left|right)|her (?:left|right)) eye\b|\b(?:one|left|right) eye${G}\b(?:went|gone|going|turned) (?:black|dark|blind|grey|gray|blank)\b|\b(?:vision|sight|everything)${G}\b(?:went|gone|going|turned) (?:black|dark|blind|grey|gray|blank)\b (?:in|from|out of) (?:one|(?:my|his|her|their|the) (?:left|right)) eye\b|\bamaurosis\b`),
  /** Symptoms that came and went: "it passed", "back to normal after 10 minutes". */
  resolved: r(String.raw`\b(?:passed|went away|gone away|lifted|cleared|came back|back to normal|resolved|settled (?:down )?(?:in|after|within) (?:about |around |a few |\d+ )?(?:seconds|minutes|mins|min)|wore off|only lasted|lasted (?:about |around |a few |\d+ )?(?:seconds|minutes|mins|min)|for (?:a few|\d+|ten|twenty|five) (?:minutes|mins)|fine now|normal now|ok now|okay now|better now|recovered)\b|\btia\b|\bmini[- ]?stroke\b|\btransient ischaemic\b|\btransient ischemic\b`),
  /** Recent: today, this morning, an hour ago. */
  /** Found on waking, a single morning ("woke up and can't see out of my left eye"): it began overnight. */
  onWaking: r(String.raw`\b(?:woke|awoke)(?: up)?(?: this morning| today)?(?: (?:with|and|to find|to)\b|(?= *(?:[^a-z\s']|$)))`),
  recent: r(String.raw`\b(?:today|this (?:morning|afternoon|evening)|tonight|last night|yesterday|an? (?:hour|few hours|couple of hours) ago|\d+ (?:hours?|minutes?|mins?) ago|earlier|just now|at breakfast|at lunch|at dinner)\b|\b(?:woke|waking) (?:up )?at \d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?`),
  /**
   * Started at a point today and still going: "since 10am", "since 09:00", "since breakfast", "since she
   * woke up" (not "since 3 days", a duration; not "today" alone, which may be one moment that passed).
   */
  startedToday: r(
    String.raw`\bsince (?:about |around |roughly |half )?(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|h)?|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)|\d{1,2} (?:this|last) (?:morning|afternoon|evening|night))(?![a-z0-9])`,
    String.raw`\bsince (?:this (?:morning|afternoon|evening)|earlier(?: today)?|last night|breakfast|lunch\w*|dinner|teatime|(?:i|he|she|they|we) (?:woke|got up)|waking|getting up)\b`,
  ),
  /** Clinical examination phrases for a low blood pressure or racing heart. */
  hypotensive: r(String.raw`\bhypotensi\w*|\b(?:went|going|gone|go|goes|slipping|slipped) into (?:anaphylactic |septic )?shock\b|\b(?:signs?|symptoms?) of shock\b|\b(?:septic|anaphylactic|hypovolaemic|hypovolemic|cardiogenic|haemorrhagic|hemorrhagic|circulatory) shock\b|\b(?:clinically |peripherally )?shocked (?:patient|and|with)\b|\bclinically shocked\b|\bin shock\b(?! (?:after|about|at|over|that|because|from|when|since|hearing|reading|seeing|by|of)\b)|\bpoor (?:capillary )?refill\b|\bcap(?:illary)? refill (?:time )?(?:of )?(?:[3-9]|\d\d) ?s|\bthready pulse\b|\bweak pulse\b`,
    // Clinical shorthand: a capillary refill time of 3 s or more, a pulse told thready, a systolic under 90 given alone.
    String.raw`\bcrt (?:of |was |is |:|=)?\s*(?:[3-9]|\d\d)(?:\.\d)? ?(?:s|secs?|seconds)\b|\bpulse (?:is |was )?(?:thready|weak and thready)\b|\b(?:systolic|sbp)(?: bp| blood pressure)? (?:of |was |is |at |:|=)?\s*(?:[4-8]\d)\b(?!\s*\/)|\b(?:bp|blood pressure) (?:of |was |is )?(?:[4-8]\d) systolic\b`,
  ),
  tachycardic: r(String.raw`\btachycardi\w*`),
  /** A pupil told blown, fixed or unreactive, or unequal pupils: pressure on the brain (unequal needs a head injury or drowsiness with it). */
  pupilFixed: r(String.raw`\bpupils?${G}\b(?:blown|fixed|unreactive|non-?reactive|not reacting|sluggish)\b|\bblown pupils?\b|\bfixed (?:and )?dilated pupils?\b`),
  pupilsUnequal: r(String.raw`\bpupils?${G}\b(?:unequal|different sizes?|not the same size)\b|\bunequal pupils?\b|\banisocori\w*|\bone pupil (?:is |looks |seems |has gone |went )?(?:much |a lot |way )?(?:bigger|larger|smaller|wider) than the other\b`),
  /** Swollen optic discs: raised pressure inside the skull. */
  papilloedema: r(String.raw`\bpapill?o?edema\b|\bswollen optic (?:discs?|disks?|nerves?)\b|\boptic dis[ck] swelling\b`),
  /** An ECG that shows a heart attack or a dangerous rhythm, as clinicians write it. */
  ecgEmergency: r(String.raw`\b(?:st[- ]?segment|st)[- ](?:elevation|depression)\b|\b(?:new|dynamic|ischa?emic) (?:t[- ]wave inversions?|st[- ](?:segment )?changes)\b|\bn?stemi\b|\bnew (?:onset )?(?:left bundle branch block|lbbb)\b|\b(?:complete|third[- ]degree) heart block\b|\bventricular (?:tachycardia|fibrillation)\b|\bacute coronary syndrome\b`),
  /** Examination signs of an acute abdomen. */
  peritonealSigns: r(String.raw`\brebound (?:tenderness)?\b|\bguarding\b|\brigid (?:abdomen|belly|tummy)\b|\bperitoni\w*|\bboard[- ]like\b|\babsent bowel sounds\b`),
  /** Meningism and a non-blanching rash, as written in clinical prose. */
  meningism: r(String.raw`\bneck stiffness\b|\bnuchal rigidity\b|\bmeningism\w*|\bkernig\w*|\bbrudzinski\w*`),
  /** A stiff or sore neck with a mechanical cause or pattern: slept on it, a strain, posture, worse on turning. */
  mechanicalNeck: r(
    String.raw`\b(?:after|from|since) (?:sleeping|slept|a night)(?: on (?:it|my neck|his neck|her neck))? (?:awkward\w*|funny|wrong\w*|badly|in an? (?:awkward|odd|bad) position)\b|\bslept (?:awkward\w*|funny|wrong\w*|badly|on it)\b|\bwhiplash\b|\b(?:poor|bad) posture\b|\b(?:desk|computer|screen) (?:work|job|all day)\b|\bat a (?:desk|computer|screen) all day\b`,
    String.raw`\b(?:worse|hurts|pain\w*|sore|stiff\w*) (?:on|when|with) (?:turning|moving|rotating|tilting|looking)${G}\b(?:head|neck|over (?:my|his|her) shoulder)\b|\bwhen (?:i|he|she) (?:turn|move|tilt) (?:my|his|her) (?:head|neck)\b|\bpain on (?:neck )?movement\b|\bmuscle spasm\w*|\btrapezius\b|\btender (?:neck )?muscles\b|\bcrick in (?:my|his|her|the) neck\b`,
  ),
} as const;

/**
 * Findings people phrase negatively ("haven't pooed", "can't pee", "can't feel my legs"). The
 * language layer marks a whole clause negated, so these are matched over negated clauses as well,
 * whose text keeps its sentence ends: their gaps stay in one sentence (SENTENCE_GAP).
 */
export const negativelyPhrasedConcepts = {
  /** Dialysis not gone to, told with its own negation ("has dialysis Mondays but didn't go"): read as missedDialysis. */
  dialysisNotAttended: r(String.raw`\bdialy\w*\b[^.!?]{0,80}?\b(?:wasn't|didn't go|did not go|hasn't been|has not been|haven't been|hasn't gone|didn't turn up|refused to go)\b`),
  /**
   * Nothing drunk at all, told with its own negation ("hasn't eaten or drunk anything", "not had a drink"):
   * with the days it has lasted, dangerous dehydration (see no_fluids_for_days).
   */
  /** Nothing drunk for a day or more, the time told with it ("hasn't drunk anything for two days"). */
  noFluidsForDays: r(
    String.raw`\b(?:hasn't|has not|haven't|have not|hadn't|not|hasnt|havent)\b (?:been )?(?:eaten (?:or|and|nor) drunk|drunk|drank|drinking|had (?:anything|a thing|a drop|any fluids?) to drink) (?:anything|a thing|a drop)?\s*(?:at all )?(?:for|in|over) (?:the (?:last|past) )?(?:\d+|two|three|four|five|a couple of|a few|several) days\b|\b(?:hasn't|has not|haven't|have not|not) (?:drunk|drank|had) (?:anything|a drop|a thing)(?: to drink)? since (?:yesterday|the day before|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  ),
  noFluids: r(
    String.raw`\b(?:hasn't|has not|haven't|have not|hadn't|had not|not|hasnt|havent|isn't|is not|won't|wont)\b (?:been )?(?:eaten (?:or|and|nor) drunk|drunk|drank|drinking) (?:anything|a thing|a drop|any(?:thing)? (?:at all|to speak of))\b|\b(?:hasn't|has not|haven't|have not|not) had (?:anything|a thing|a drop|any fluids?) to drink\b`,
  ),
  /**
   * A reliever that does not help (its negation its own), told in its clause or a sentence on, across a
   * clause's joint: "used her inhaler 10 times in the last hour and it's not helping".
   */
  wheezeRefractory: r(
    String.raw`\b(?:\d+|many|several|loads of|lots of|ten|twelve|twenty) (?:puffs?|doses|sprays)\b[^.;!?]{0,30}?\b(?:not|isn't|isnt|doesn't|doesnt|no longer|didn't|didnt)${G}(?:help\w*|work\w*|doing (?:anything|much))`,
    String.raw`\b(?:inhaler|puffer|ventolin|salbutamol|albuterol)${GAP_START}[^.;!?]{0,60}?\b(?:not|isn't|isnt|doesn't|doesnt|no longer|didn't|didnt)${G}(?:help\w*|work\w*|doing (?:anything|much|a thing)|do (?:anything|much|a thing)|making (?:a |any |much )?difference)`,
  ),
  /** A finger, thumb or wrist that will not bend or straighten: after a cut, a tendon cut through (its negation its own). */
  digitWontMove: r(String.raw`\b(?:fingers?|thumbs?|fingertip|tip)\b[^.]{0,60}\b(?:can't|cannot|won't|unable to) (?:bend|straighten) it\b(?![^|.]{0,30}\b(?:arthritis|for years|since (?:birth|childhood)|always|trigger finger)\b)|\b(?:can't|cannot|can not|unable to|won't|couldn't) (?:bend|straighten|move|flex|extend|lift) (?:my |his |her |their |the )?(?:(?:index|middle|ring|little|first|second) )?(?:fingers?|thumbs?|wrist|toes?)\b(?![^|.]{0,30}\b(?:arthritis|for years|since (?:birth|childhood)|always|trigger finger)\b)|\b(?:fingers?|thumbs?)${G}\b(?:won't|doesn't|will not|does not) (?:bend|straighten|move)\b(?![^|.]{0,30}\b(?:arthritis|for years|since (?:birth|childhood)|always|trigger finger)\b)`),
  /** A new mother disowning her baby ("she's saying the baby isn't hers"): a delusion, its negation its own. */
  babyDisowned: r(String.raw`\bbaby (?:isn't|is not|wasn't|was not)(?: really)? (?:mine|hers|ours|real|her own|my own)\b|\b(?:isn't|is not|not) (?:her|my) (?:own )?baby\b`),
  /** No tetanus vaccine or booster ("no tetanus jab", "never had a tetanus shot"): read with a wound, in negated clauses too. */
  tetanusUnprotected: r(String.raw`\b(?:no|never had|not had|haven't had|hasn't had|without|not up to date with) (?:a |my |his |her |the |any )?tetanus\b|\btetanus (?:jab|shot|vaccine|booster|vaccination)s? (?:is |are )?(?:not up to date|out of date|overdue)\b`),
  /** Fewer or weaker baby movements in pregnancy ("the baby hasn't moved since last night": read in negated clauses too). */
  reducedFetalMovement: r(
    String.raw`\b(?:reduced|decreased|fewer|less|no|stopped|not felt)${LIST_ITEM_GAP}\b(?:fetal|foetal|baby(?:'s)?) (?:movements?|moving|kicks?|kicking)\b|\bbaby (?:hasn't|has not|isn't|is not|stopped|not) (?:moved|moving|kicked|kicking)\b`,
    // "The baby is moving less than usual", "haven't felt the baby move since last night", "baby's gone quiet".
    // Not less only while the mother is busy: a baby is felt less then, and as much as ever at rest.
    String.raw`\bbaby(?:'s| is| has been| has| was)? (?:moving|kicking|wriggling) (?:less|much less|a lot less|hardly|barely)\b(?! (?:when|while) (?:i'm|i am|i was|i'm at|at) (?:busy|active|walking|working|moving|on my feet|out|work))`,
    // "The baby's movements have slowed down", "kicks are fewer today": the movements told with their change.
    String.raw`\b(?:baby'?s?|fetal|foetal) (?:movements?|kicks?|kicking)${LIST_ITEM_GAP}\b(?:slowed|slowing|slower|reduced|less|fewer|decreased|stopped|changed|quieter|gone quiet)\b`,
    String.raw`\b(?:haven't|have not|hasn't|not|didn't|can't|cannot) (?:felt|feel|noticed) (?:the |my |her )?baby (?:move|moving|kick|kicking)\b|\b(?:haven't|not|can't) felt (?:him|her|them|it) (?:move|moving|kick)\b`,
  ),
  /**
   * Movements barely felt, told of the baby by a pronoun or of nothing at all ("she's normally kicky but
   * I've barely felt anything all day"): read only with a pregnancy of 24 weeks or more (redFlagRules).
   */
  movementsBarelyFelt: r(
    String.raw`\b(?:barely|hardly|not|haven't|hasn't|didn't|not really|can't|cannot|couldn't) (?:felt|feel|feeling|noticed) (?:anything|much|her|him|it|them|any (?:movements?|kicks?|kicking|wriggling))\b(?! (?:like|else|wrong|bad|different|unusual|from the|about)\b)`,
    String.raw`\b(?:she|he|baby|bump)(?:'s| is| has been| has| was)? (?:been )?(?:really |very )?(?:quiet|not moving|barely moving|hardly moving|not kicking|barely kicking|hardly kicking|stopped moving|stopped kicking)\b`,
  ),
  /**
   * A person who does not move is not responding: "he's not moving", "she fell down the stairs and
   * isn't moving", "my son stopped moving". Not a part of the body ("his arm isn't moving" is weakness),
   * a baby in pregnancy (reducedFetalMovement), the bowels, a pain or lump that stays put, a thing, the
   * writer or a household ("I'm not moving much", "we're not moving house"), nor moving much or around.
   */
  /**
   * Someone who has not come round ("still hasn't woken up", "hasn't come to"): read in negated clauses
   * too, and counted only after a faint, a fit, a fall, a blow or something taken (redFlagRules).
   */
  /**
   * Confusion told with its own negation ("isn't making any sense", "doesn't know where she is"): read in a
   * negated clause too, and counted as confusion (clinicalFacts).
   */
  senseLost: r(
    String.raw`\b(?:isn't|is not|wasn't|was not|not|stopped|no longer) making (?:any |much )?sense\b|\b(?:doesn't|does not|didn't|did not|don't) (?:know|recogni[sz]e) (?:where (?:he|she|they|i) (?:is|are|am|was|were)|what day it is|who (?:i|we) (?:am|are)|(?:me|us|his own|her own))\b|\b(?:isn't|is not|not) (?:answering|responding) (?:me |us |him |her )?(?:properly|normally|sensibly|right)\b`,
  ),
  notComeRound: r(
    String.raw`\b(?:hasn't|has not|haven't|have not|didn't|did not|still not|not yet|never) (?:woken|woke|waked|come round|come around|come to|regained consciousness)(?: up)?\b`,
    // Without the auxiliary, as many learners of English say it: "now he not wake up", "he sleep and not answer".
    String.raw`\b(?:not|no) (?:wake|wakes|waking) up\b|\bnot (?:answer|respond)\b(?! (?:the|my|his|her|their|your|a|an|any|to|texts?|calls?|messages?|emails?|phone)\b)`,
  ),
  personNotMoving: r(
    String.raw`(?<!\b(?:i'm|im|i am|i|we're|we are|we|you're|you|it|it's|its|baby|baby's|bump|arms?|legs?|hands?|foot|feet|fingers?|thumbs?|toes?|face|eyes?|eyeballs?|side|bowels?|bowel|stools?|neck|jaw|joints?|knees?|hips?|shoulders?|wrists?|ankles?|elbows?|back|tongue|pain|lump|clot|food|wind|gas|stone|splinter|mucus|phlegm|car|traffic|queue|line|things?)(?:'s| is| are| was| has| have)? ?)\b(?:(?:is|are|was|were) not|isn't|aren't|wasn't|weren't|not|stopped|has stopped|had stopped) mov(?:ing|e)\b(?! (?:much|a lot|around|about|as much|enough|well|properly|very|so|too|my|his|her|their|the|it|in|into|out|house|home|forward|on|away|fast|quickly|slowly))`,
  ),
  /**
   * An arm, leg or hand that does not move or work, told negatively ("his arm is not moving properly",
   * "her leg won't move", "my hand stopped working"): weakness in lay words, which the words' own
   * negation would otherwise mark as denied. Not "moving much" or "as well", which is stiffness.
   */
  limbNotMoving: r(
    String.raw`\b(?:arms?|legs?|hands?|foot|feet|fingers|side of (?:my|his|her|their|the) body)(?:'s| is| are| was| were| has| have| just| suddenly)* ?(?:(?:is|are|was|were|has|have) not|isn't|aren't|wasn't|weren't|hasn't|haven't|not|won't|wouldn't|doesn't|does not|didn't|can't|stopped|has stopped|suddenly stopped) (?:mov(?:e|ing)|work(?:ing)?|respond\w*|do(?:ing)? (?:anything|what (?:i|he|she|they) (?:tell|want)\w*))\b(?! (?:much|a lot|as (?:much|well)|so well|as freely|very far|fully))`,
  ),
  /** Pain that will not settle: "pain not controlled", "the pain isn't easing". */
  painNotSettling: r(
    String.raw`\b(?:pain|agony)\b[^|]{0,20}?(?:(?:is|still|and|but)\s+)?(?:not|isn't|is not|won't|not being) (?:controlled|settling|easing|going away|getting better)\b`,
  ),
  noBowelOutput: r(
    // Not "poor" or "poorly" ("no poor feeding").
    String.raw`\b${NEG}${SENTENCE_GAP}\b(?:poo(?!r)\w*|pooped|pass(?:ed|ing)? (?:any )?(?:wind|gas|stools?|a stool|motion)|(?:had|opened) (?:a |my |his |her )?(?:poo|bowel movement|bowels|movement)|fart\w*|been to the toilet for a number two)\b`,
    String.raw`\bno (?:bowel movements?|stools?|flatus|wind|poo)${SENTENCE_GAP}\b(?:for|in|since)\b|\bobstipation\b|\b(?:constipated|no bowel movement) and (?:vomit\w*|being sick|swollen)`,
  ),
  /** Wind still passed: the bowel is not blocked ("still passing wind", "farting fine"). */
  passingWind: r(String.raw`(?<!\b(?:not|never|no|n't|haven't|hasn't|isn't|aren't|without) (?:\w+ )?)\b(?:passing|passed|breaking) (?:wind|gas)\b|(?<!\b(?:not|n't|no) )\bfarting\b`),
  /** A bladder felt full or named as retained: retention whether or not pain is told. */
  bladderDistended: r(String.raw`\bbladder${G}\b(?:feels?|is|looks?) (?:so |really |absolutely )?(?:massive|huge|enormous|full to bursting|like it'?s? (?:going to|gonna|about to) (?:burst|explode|pop)|about to burst|fit to burst)\b|\b(?:palpable|distended|tense) bladder\b|\bbladder (?:is |was )?(?:palpable|distended|enlarged)\b|\bacute (?:urinary )?retention\b`),
  /** No urine made at all: the kidneys have stopped or the way out is blocked. */
  anuria: r(String.raw`\banuri[ac]\b|\bno urine output\b|\bnil urine output\b`),
  /** Coughing up blood in quantity: a cupful, clots, or told massive. */
  largeHaemoptysis: r(String.raw`\bcough\w*(?: up)? (?:so much|a lot of|lots of|loads of|much) blood\b|\bcough\w*(?: up)? blood (?:so much|a lot|much|lots|loads)\b|\bcough\w*(?: up)?${G}\b(?:a (?:cup|cupful|mug|mugful|lot|large amount)|cups|cupfuls|mouthfuls|clots) (?:of )?blood\b|\bcough\w*(?: up)?\b[^.;!?]{0,30}\b(?:tablespoons?|spoonfuls?|mouthfuls?|cupfuls?|handfuls?|a cup|a mug)\b[^.;!?]{0,25}\bblood\b|\bcough\w*(?: up)?\b[^.;!?]{0,50}\bblood\b[^.;!?]{0,30}\b(?:more|it) (?:keeps|is still|won't stop) (?:coming|pouring)\b|\b(?:massive|large[- ]volume|significant|major) ha?emoptysis\b|\bha?emoptysis\b[^.;!?]{0,25}?\b(?:a )?(?:cup|cupful|mugful|mouthfuls?|> ?100 ?ml|[1-9]\d\d ?ml)\b`),
  urinaryRetention: r(
    String.raw`\b(?:can't|cannot|can not|can no longer|unable to|couldn't|not able to|haven't been able to|hasn't been able to)${SENTENCE_GAP}\b(?:pee|wee|urinate|void|pass (?:any |a drop of )?(?:urine|water)|empty (?:my|his|her) bladder)\b`,
    String.raw`\b(?:haven't|hasn't|not) (?:peed|weed|urinated|passed (?:urine|water)|had a (?:pee|wee))${SENTENCE_GAP}\b(?:since|for|all day|in \d+|today)\b|\burinary retention\b|\bretention of urine\b`,
  ),
  /** Not a drop passed: a bladder that cannot empty at all, whatever the stream was like before. */
  noUrineAtAll: r(
    String.raw`\b(?:pass|passed|passing|pee|peed|wee|weed|urinate|urinated)\b (?:any (?:urine|water|pee|wee)?|anything|at all|a (?:single )?drop)\b|\bnot (?:a|one) (?:single )?drop\b`,
  ),
  /** Passing urine that burns or stings, or a stream that is only weak: a UTI or a prostate, not a bladder that cannot empty. */
  voidingOnlyHard: r(
    String.raw`\b(?:burn\w*|sting\w*|hurts?|painful|pain)${SENTENCE_GAP}\b(?:pee\w*|wee\w*|urinat\w*|pass(?:ing)? (?:urine|water))\b|\b(?:pee\w*|wee\w*|urinat\w*|passing urine)${SENTENCE_GAP}\b(?:burn\w*|sting\w*|hurts?)\b|\bdysuria\b`,
    String.raw`\b(?:pee|wee|urinate|pass urine) (?:properly|fully|well|much|easily)\b|\bweak (?:stream|flow)\b|\bdribbl\w*`,
  ),
  /** Urine the colour of cola, tea or blood: muscle breakdown (rhabdomyolysis) with a high CK, or bleeding in the urinary tract. */
  darkUrine: r(
    String.raw`\b(?:urine|pee|wee)${G}\b(?:like|looks? like|the colou?r of|colou?red like) (?:cola|coke|coca[- ]cola|tea|black tea|coffee|dark beer)\b|\b(?:cola|coke|tea|coffee)[- ]colou?red (?:urine|pee|wee)\b`,
    String.raw`\b(?:very |really )?dark (?:brown|red|black) (?:urine|pee|wee)\b|\b(?:brown|black) (?:urine|pee|wee)\b|\bmyoglobinuria\b`,
  ),
  /** A rash that stays under pressure: "the spots don't fade under a glass". */
  rashStays: r(
    String.raw`\b(?:rash|spots|blotches|marks|dots)${SENTENCE_GAP}\b(?:doesn't|does not|do not|don't|won't|not|didn't|did not)${SENTENCE_GAP}\b(?:fade|go away (?:when|with|under)|blanch|disappear)`,
    // The glass test, told as a test or after the rash: not a broken glass ("cut my palm on a broken glass, my thumb will not bend").
    String.raw`(?:(?<=\b(?:rash|spots?|blotches|marks|dots)\b[^.;!?]{0,80})\bglass|\b(?:glass|tumbler) test|\b(?:press\w*|roll\w*|put|held|holding|push\w*) (?:a |the )?(?:glass|tumbler))${SENTENCE_GAP}\b(?:still (?:see|visible|there)|can still see|doesn't|didn't|does not|did not|won't|not)\b`,
  ),
  /** Both legs weak or numb (not one leg: sciatica), or a weakness of both legs named clinically. */
  bothLegsWeak: r(
    String.raw`\b(?:both (?:my |his |her |their )?legs|(?:my|his|her|their) legs)${SENTENCE_GAP}\b(?:weak\w*|numb\w*|giving way|gave way|keep giving way|like jelly|not working)\b`,
    String.raw`\b(?:weakness|numbness) (?:in|of) both legs\b|\bbilateral (?:leg|lower limb) (?:weakness|numbness)\b|\bparapar\w*|\bparaplegi\w*`,
  ),
  cantFeelLegs: r(
    String.raw`\b(?:can't|cannot|unable to|couldn't)${SENTENCE_GAP}\b(?:feel|move|lift|stand on)${SENTENCE_GAP}\b(?:my |his |her |both )?(?:legs|feet)\b`,
    String.raw`\b(?:both legs|legs)${SENTENCE_GAP}\b(?:won't|don't) (?:work|move|hold)\b`,
    String.raw`\bno (?:puede |podía |pude |puedo )?(?:mueve|mover|movía|muevo|siente|sentir|siento) (?:las|sus|mis) piernas\b|\bne (?:peut|peux|pouvait|pourrait) (?:plus |pas )?(?:bouger|sentir) (?:les|ses|mes) jambes\b|\bne (?:bouge|sent) plus (?:les|ses|mes) jambes\b`,
  ),
} as const;

/** Reassuring findings: they lower the level instead of raising it. */
export const reassuringConcepts = {
  /** A rash that fades when pressed or under a glass. */
  blanchingRash: r(
    String.raw`(?<!n't |not |no |won't )\b(?:fades?|faded|fading|disappears?|disappeared|goes (?:away|white|pale)|went (?:away|white|pale)|blanch\w*|vanish\w*)\b${G}\b(?:glass|press\w*|push\w*)\b`,
    String.raw`\b(?:glass|tumbler)(?: test)?${G}(?<!n't |not |no |won't )\b(?:fades?|faded|fading|disappears?|disappeared|goes away|went away|blanch\w*|vanish\w*)\b`,
    String.raw`\b(?:press\w*|push\w*)${G}(?<!n't |not |no |won't )\b(?:fades?|faded|disappears?|disappeared|goes (?:away|white|pale)|went (?:away|white|pale)|blanch\w*)\b|(?<!non[- ]?)\bblanching\b`,
  ),
  /**
   * What tells a burning chest of acid reflux: a sour, bitter or acid taste, food or acid coming back up,
   * or the pain brought on by meals, lying flat or bending over.
   */
  refluxFeatures: r(
    String.raw`\b(?:sour|bitter|acid\w*|nasty) (?:taste|fluid|liquid|burps?)\b|\bacid (?:reflux|brash|coming up)\b|\bregurgitat\w*|\b(?:food|acid|fluid|liquid)${G}\b(?:comes?|coming|came) (?:back )?up\b|\bwater ?brash\b`,
    String.raw`\b(?:after|with|following) (?:(?:a|my|the) )?(?:large |big |heavy |spicy |fatty |rich |late )?(?:meals?|eating|food|dinner|lunch|supper|curry|curries)\b|\b(?:when|while|on|after) (?:i'?m |he'?s |she'?s |i |he |she )?(?:lying (?:down|flat)|lie (?:down|flat)|lies (?:down|flat)|bending (?:over|down)|bend (?:over|down)|bends (?:over|down)|going to bed)\b`,
  ),
  /** Chest pain reproduced by pressing on the chest wall, or by twisting, turning or moving the arms. */
  chestWallTender: r(
    // A pain a movement of the trunk or arms brings on is the chest wall's (not breathing in, lying flat or leaning: those are the lungs' and the heart's lining).
    String.raw`\b(?:hurts|pain\w*|sore|tender\w*|ache\w*|aching|worse\w*|twinges?)${G}\b(?:when|if|on|as|whenever) (?:${WHO} )?(?:twist\w*|rotat\w*|turn(?:s|ing)?(?! (?:blue|grey|gray|pale|white))|turn\w* over|roll\w* over|mov\w* (?:my |his |her |the )?(?:arms?|shoulders?|upper body|torso)|(?:lift|rais)\w* (?:my |his |her |the |both )?arms?|reach\w*|stretch\w*|bend\w*)\b`,
    String.raw`\b(?:hurts|pain\w*|sore|tender\w*|ache\w*|worse\w*)${G}\b(?:when ${WHO} (?:press|push|touch|poke|squeez)\w*|to (?:the )?(?:touch|press|pressure)|when pressed|on (?:pressing|palpation|pressure)|pressing on|reproduc\w*)\b`,
    // Sore from coughing, or only when coughing: the muscles between the ribs, strained by a cough.
    String.raw`\b(?:hurts|pain\w*|sore\w*|ache\w*|aching)${G}\b(?:from (?:all (?:the|my) |the |my )?cough\w*|when (?:${WHO} )?cough\w*)\b`,
    String.raw`\b(?:press\w*|push\w*|touch\w*|poke\w*)${G}\b(?:chest|ribs?|breastbone|sternum)${G}\b(?:hurts|pain\w*|sore|tender|reproduc\w*)\b|\breproduc\w*${G}\b(?:palpation|pressure|pressing)\b`,
    String.raw`\bonly (?:hurts |sore |painful |tender )?(?:when|if) ${WHO} (?:press|push|touch|poke)\w*|\bwhen ${WHO} (?:press|push)\w* on (?:my |his |her |the )?(?:chest|ribs?|breastbone|sternum)\b|\bstrained (?:it|a muscle|my chest)\b`,
    String.raw`\bchest wall\b|\bcostochondr\w*|\btietze\b|\btender (?:over|on) (?:the |my )?(?:ribs?|sternum|breastbone|chest)\b|\bpulled a muscle\b`,
  ),
  /** Breathing told as normal ("he is breathing normally", "my breathing is fine"). */
  breathingNormal: r(
    String.raw`(?<!\b(?:not|n't|never|isn't|wasn't|can't|cannot) )\b(?:breathing|breathe|breathes)(?: is| was| seems| feels)? (?:completely |totally |perfectly |absolutely )?(?:normal|normally|fine|ok|okay|easily|comfortabl\w*|unaffected)\b`,
  ),
  /** A bleed that has stopped. */
  bleedingStopped: r(
    String.raw`\b(?:nose ?bleed|bleed\w*|bled|blood)${G}\b(?:has |had |now |finally )?(?:stopped|settled|eased off|dried up)\b|\bstopped bleeding\b|\bno longer bleeding\b|\bnot bleeding (?:any ?more|now)\b`,
    // Stopped by what stops a bleed: pressure, pinching the nose, a plaster ("it stopped with pressure").
    String.raw`\bstopped${G}\b(?:with|after|when|once|by|under) (?:i |we |he |she |they )?(?:some |firm |a |the )?(?:pressure|press\w*|pinch\w*|squeez\w*|plasters?|bandag\w*|dressings?|towel|cloth|tissues?|gauze|held|holding)\b`,
    // The pressure told first: "I pressed on it for 5 min and it's stopped".
    String.raw`\b(?:pressed|pressing|pinched|pinching|squeezed|held|applied pressure|put pressure)\b[^|]{0,45}?\band (?:it's|its|it has|it|that's|that has|the bleeding has|the bleeding) (?:now |finally |completely )?(?:stopped|settled|dried up)\b`,
  ),
} as const;
