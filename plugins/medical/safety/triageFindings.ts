/**
 * Findings that, without being emergencies, mean "see a doctor within days" (non_emergency), and
 * cues that mark a complaint as minor. Phrase families, matched on asserted clause text.
 */
import { SETTLED_AFTER_EXERTION } from './conceptTriageFindings.ts';

export interface TriageFinding {
  readonly id: string;
  readonly reason: string;
  readonly re: RegExp;
  /** A cause told anywhere in the message that explains the finding away ("a lump where the wasp stung"). */
  readonly unless?: RegExp;
}

const G = String.raw`[^|]{0,40}?`;

/** A night's drinking told as the cause of dizziness or spinning. */
const HANGOVER = String.raw`\b(?:hangover|hung ?over)\b`;
/** Motion told as a cause: a fairground ride, a crossing, a car journey's sickness. */
const MOTION_CAUSE = String.raw`\b(?:roller ?coasters?|waltzers|fairground|the fair|(?:fair|fairground|theme park) rides?|merry-go-round|teacups|sea ?sick\w*|car ?sick\w*|travel ?sick\w*|motion sick\w*)\b|\b(?:on|in) (?:a|the) (?:ferry|boat|ship|cruise)\b`;

// A discharge is urinary or genital unless another part owns it ("watery discharge from both eyes").
const OTHER_DISCHARGE_SITE = String.raw`(?:eyes?|ears?|nose|nostrils?|nasal|nipples?|breasts?|wound|cut)`;
const GENITAL_DISCHARGE = String.raw`(?<!\b${OTHER_DISCHARGE_SITE}\b[^|]{0,30})\bdischarge\b(?![^|]{0,25}\b${OTHER_DISCHARGE_SITE}\b)`;

const BLISTER_CAUSE = String.raw`burn\w*|burnt|scald\w*|sunburn\w*|(?:new |tight |my |the )?(?:shoes?|boots?|trainers)|rubb\w*|friction|frostbite`;

export const SEE_DOCTOR_FINDINGS: readonly TriageFinding[] = [
  {
    id: 'sting_reaction',
    reason: 'A reaction of the whole body after a sting, or many stings at once, should be assessed soon (it can turn into anaphylaxis)',
    // The sting and the body-wide sign are often told in clauses of their own ("stung by a wasp, | now I'm itchy all over").
    re: /\b(?:stung|(?:bee|wasp|hornet|jellyfish) stings?)\b.{0,120}?(?:\b(?:all over|everywhere)\b(?! (?:my|his|her|their|the) (?:legs?|arms?|hands?|feet|foot|face|back|neck|ankles?)\b)|\bwhole body\b|\bcovered in (?:hives|welts|blotches|a rash|spots)\b)|\bstung${G}\b(?:loads of|lots of|many|dozens of|several|\d{2,}|twenty|thirty|forty|fifty) times\b|\b(?:\d{2,}|twenty|thirty|dozens of|loads of|lots of) (?:wasp |bee |hornet )?stings\b|\bswarm\b/,
  },
  {
    id: 'head_injury_symptoms',
    reason: 'A headache, sickness, dizziness or memory trouble after a head injury, or a baby who hit their head, should be checked by a doctor',
    // A bump alone is looked after at home (NHS); what follows it, or a baby's age, asks for a check. The
    // injury and what followed are often told in clauses of their own.
    re: /\b(?:(?:hit|banged|bumped|knocked|bashed|smacked) (?:my|his|her|their|the back of (?:my|his|her|their)) head|head injury|concuss\w*)\b.{0,160}?\b(?:headache|head (?:hurts|is (?:pounding|throbbing|sore))|feel(?:s|ing)? sick|nause\w*|vomit\w*|been sick|threw up|thrown up|dizz\w*|blurr\w*|double vision|memory|forgetful|can't remember|drowsy|sleepy)\b|\b(?:baby|newborn|infant|\d+ (?:week|month)s? old)\b.{0,120}?\b(?:hit|banged|bumped|knocked|bashed) (?:his|her|their|its) head\b/,
  },
  {
    id: 'lump',
    reason: 'A new lump or swelling should be examined',
    re: /\b(?:lump|mass|growth|nodule)\b|\bbulto\b|\bboule\b|\bbosse\b/,
    // The lump to examine is an unexplained one: a bite's or sting's swelling, a bump's egg or a stye is its cause's.
    unless: /\b(?:bit|bitten|bites?|stung|stings?|insect|mosquito|midge|horsefly|spider|bump(?:ed)?|banged|knocked|whack\w*|smacked|bashed|stye|chalazion)\b|\b(?:fell|rolled|tumbled) (?:off|down|from|onto)\b|\b(?:walked|stood up|ran) into\b/,
  },
  {
    id: 'coloured_urine',
    reason: 'Red, pink or cola-coloured urine can be blood and needs a urine test',
    // Beetroot told as eaten explains it (beeturia); denied ("haven't eaten beetroot") it does not.
    re: /\b(?:pink\w*|red|reddish|pinkish-red|cola[- ]coloured|cola[- ]colored|rosy)\b[^|]{0,15}\b(?:pee|wee|urine|water)\b|\b(?:pee|wee|urine)\b[^|]{0,20}\b(?:is|was|looks|looked|went|gone|came out|turned)\b[^|]{0,12}\b(?:pink\w*|red|reddish|pinkish-red|cola[- ]coloured)\b/,
    unless: /\bbeetroot\b/,
  },
  {
    id: 'blood_loss_minor',
    reason: 'Blood in stool, urine, phlegm or vomit needs a medical check',
    re: new RegExp(String.raw`\bblood${G}\b(?:stool|poo|poop|urine|pee|wee|phlegm|sputum|mucus)|\b(?:bloody|black|tarry)${G}(?:stool|poo|urine|diarrh\w*)|\brectal bleed\w*|\bsangre en${G}(?:heces|orina)|\bsang dans${G}(?:selles|urines)`),
  },
  { id: 'weight_loss', reason: 'Unexplained weight loss', re: /\b(?:losing weight|weight loss|lost (?:a lot of )?weight|lost (?:about |around |nearly |almost |over |roughly )?(?:a|half a|\d+) ?(?:kg|kilos|pounds|lbs|stone|st))\b|\bclothes (?:are )?(?:hanging off|falling off|loose)\b|\bperd\w* (?:de )?peso\b|\bperte de poids\b/ },
  {
    id: 'urinary',
    reason: 'Urinary symptoms that may need testing and treatment',
    re: new RegExp(
      String.raw`\b(?:burn\w*|sting\w*|pain\w*|hurts?)[^|]{0,25}\b(?:pee|peeing|urinat\w*|wee)\b|\bdysuria\b|${GENITAL_DISCHARGE}|\barde al orinar\b|\bbrûl\w* en urinant\b|\bpainful urination\b`,
    ),
  },
  {
    id: 'spreading',
    reason: 'A skin problem that is spreading or growing',
    // A pain or a tingling that spreads to the back or down a leg is where it is felt, not skin growing.
    re: /(?<!\b(?:pain|pains|ache|aches|aching|cramps?|crampy|discomfort|tingling|numbness)\b[^|]{0,25})(?:\b(?:spreading|getting bigger|(?:got|gotten|grown|become|becoming|getting) (?:a (?:bit|little|lot) |slightly |much )?(?:bigger|larger|wider)|growing|expanding|red streaks?)\b|\b(?:has|have|it's|its|had) spread\b)|\b(?:redness|rash|red area|red patch) spreads\b/,
  },
  {
    id: 'blisters',
    reason: 'A blistering rash may need antiviral treatment',
    // A blister a burn, a scald or a rubbing shoe made, told anywhere in the message, is not a rash (a
    // burn's size and depth have their own rule).
    re: new RegExp(String.raw`(?<!\b(?:${BLISTER_CAUSE})\b.{0,100})\bblisters?\b(?!.{0,80}\b(?:${BLISTER_CAUSE})\b)|\bshingles\b|\bzona\b`),
  },
  { id: 'throat_signs', reason: 'Throat findings that suggest a bacterial infection', re: /\b(?:white (?:spots|patches)|pus)\b(?![^|]{0,20}\b(?:nose|face|cheeks?|forehead|chin|skin|nails?|arms?|legs?|back|chest|scalp|feet|hands?)\b)|\btonsils?\b/ },
  { id: 'mole_change', reason: 'A changing mole should be checked', re: new RegExp(String.raw`\b(?:mole|freckle|spot)${G}\b(?:chang\w*|bleed\w*|grow\w*|darker|irregular)|\b(?:lunar|mancha|peca)${G}(?:cambi|crec|sangr|oscur)|\b(?:grain de beauté|tache)${G}(?:chang|grossi|saign|fonc)`) },
  { id: 'weight_bearing', reason: 'Difficulty bearing weight after an injury (possible fracture)', re: /\b(?:barely|can't|cannot|unable to|hardly)\b[^|]{0,15}\b(?:put|bear|take) weight\b|\bdeformed\b|\bbone[^|]{0,20}(?:sticking|broken)|\bbroken\b|\bfractur\w*/ },
  {
    id: 'vertigo',
    reason: 'Recurrent spinning dizziness',
    re: /\broom spins\b|\bspinning\b|\bvertigo\b|\bvértigo\b|\bvertiges?\b/,
    // Motion or drink told as the cause: a fairground ride, a rough crossing, a night's drinking.
    unless: new RegExp(`${MOTION_CAUSE}|${HANGOVER}|\\bdrunk\\b`),
  },
  { id: 'thirst', reason: 'Excessive thirst or urination (blood sugar should be checked)', re: /\b(?:thirsty all the time|always thirsty|constantly thirsty|(?:very|really|so|extremely) thirsty|peeing (?:a lot|all the time)|urinating (?:a lot|frequently))\b/ },
  {
    id: 'faltering_growth',
    reason: 'A baby or child not gaining weight, or dropping across the centile lines, should be weighed and seen by a doctor',
    re: /\b(?:dropped|dropping|fallen|falling|gone down|crossed|crossing)\b[^|]{0,40}\b(?:centiles?|percentiles?|centile lines)\b|\bnot (?:gaining|putting on|piling on) (?:any )?weight\b|\b(?:isn't|hasn't been|hasn't|not been) gaining\b|\bfaltering (?:growth|weight)\b|\bfailure to thrive\b/,
  },
  {
    id: 'pressure_sore',
    reason: 'A pressure sore, or a red patch over a bony point that stays red when pressed, needs the district nurse or doctor to assess and relieve pressure',
    re: /\b(?:pressure (?:sore|ulcer|damage)|bed ?sores?|decubitus)\b/,
  },
  {
    id: 'chest_signs',
    reason: 'Crackles or other signs in the chest on examination can mean pneumonia and need a doctor',
    re: /\b(?:crackles|crepitations|creps|bronchial breathing|dull(?:ness)? (?:to|on) percussion|reduced (?:air ?entry|breath sounds))\b/,
  },
  { id: 'night_symptoms', reason: 'Symptoms that wake you at night', re: /\bwakes? (?:me|him|her) (?:up )?at night\b|\bnight sweats\b/ },
  { id: 'palpitations', reason: 'Palpitations should be assessed', re: /\bpalpitations?\b|\bheart[^|]{0,15}(?:racing|pounding|skipping|fluttering|irregular)\b/, unless: SETTLED_AFTER_EXERTION },
  { id: 'low_mood', reason: 'Low mood or anxiety that is affecting you deserves support from a doctor', re: /\b(?:depress\w*|feeling (?:down|low|hopeless)|hopeless|anxious all the time|panic attacks?|can't cope|cannot cope)\b/ },
  {
    id: 'neuro_minor',
    reason: 'Numbness, tingling or weakness should be assessed',
    re: /\b(?:numb\w*|tingl\w*|pins and needles|weakness)\b/,
    // A nerve pressed or knocked, told as the cause: the funny bone, a limb slept or sat on.
    // A cold sore's tingle comes before the blister: the sore is the cause.
    unless: /\bfunny bone\b|\bcold sores?\b|\b(?:slept|sleeping|lay|lying|sat|sitting|leaning|knelt|kneeling) (?:on|with) (?:my|his|her|their|it|them)\b|\bcross[- ]legged\b|\b(?:hit|whacked|banged|knocked|bumped|bashed) (?:my|his|her|their) elbow\b/,
  },
  // NHS: nosebleeds that keep coming back are for the GP, even when each one stops.
  {
    id: 'recurrent_nosebleeds',
    reason: 'Nosebleeds that keep coming back should be checked by a doctor',
    re: /\bnose ?bleeds?\b[^|]{0,40}\b(?:\d+|two|three|four|five|several|a few|few) times (?:a|per|each|every) (?:week|day)\b|\b(?:keeps? getting|kept getting|frequent|recurr\w*|regular|constant) nose ?bleeds?\b|\bnose ?bleeds? (?:every day|all the time|most days|every other day)\b/,
  },
  // NICE NG100: joints stiff for over half an hour each morning, or small joints swollen, for weeks is inflammatory arthritis until shown otherwise.
  {
    id: 'inflammatory_joints',
    reason: 'Joints stiff for a long time every morning, or swollen knuckles, should be checked by a doctor (an inflammatory arthritis)',
    re: /\bstiff\w*\b[^|]{0,40}\b(?:for |lasting |over )?(?:over |more than |about |at least )?(?:an? |\d+ |two |a couple of )?(?:hours?|hrs?|half an hour|\d{2} ?min\w*)\b[^|]{0,30}\bmornings?\b|\bmornings?\b[^|]{0,30}\bstiff\w*\b[^|]{0,30}\b(?:for |lasting |over )(?:over |more than |about |at least )?(?:an? |\d+ |two |a couple of )?(?:hours?|hrs?|half an hour|\d{2} ?min\w*)\b|\bmorning stiffness\b/,
  },
  { id: 'persistent', reason: 'Symptoms that are persistent or getting worse', re: /\b(?:persistent|won't go away|doesn't go away|not getting better|isn't getting better|not improving|getting worse|worsening|keeps coming back|no se quita|no mejora|ne passe pas|ne s'améliore pas|s'aggrave)\b/ },
  // Lips or tongue swollen without an airway sign (angioedema) need a doctor the same day, not home care.
  {
    id: 'lip_tongue_swelling',
    reason: 'Swelling of the lips or tongue should be checked by a doctor',
    re: /\b(?:lips?|tongue)\b[^|]{0,20}\b(?:swell\w*|swollen|puffy)\b|\b(?:swell\w*|swollen|puffy)\b[^|]{0,20}\b(?:lips?|tongue)\b/,
  },
  {
    id: 'swallowing',
    reason: 'Difficulty swallowing',
    // Food that sticks on the way down is the swallowing trouble people feel (dysphagia), however they tell it.
    re: /\b(?:difficulty|trouble|pain(?:ful)?) (?:when )?swallow\w*\b|\b(?:food|bread|meat|it|things|tablets?)\b[^|]{0,25}\b(?:sticks?|sticking|stuck|gets stuck|catch\w*)\b[^|]{0,30}\b(?:halfway|on the way down|in my (?:throat|chest|gullet)|down|when i swallow)\b/,
  },
  {
    id: 'postmenopausal_bleeding',
    reason: 'Bleeding after the menopause should be checked by a doctor soon',
    // Any bleeding or spotting a year or more after the last period (NHS: see a GP).
    re: /\b(?:bleed\w*|spotting|blood)\b.{0,120}?\b(?:periods? (?:stopped|finished|ended)|menopause|post-?menopaus\w*|(?:no|not had a) periods? (?:for|in) (?:\d+|a|two|three|several|many) (?:years?|months?))\b|\b(?:post-?menopaus\w*|after (?:the|my) menopause|since (?:the|my) menopause|periods? (?:stopped|finished|ended) (?:\d+|a|two|three|several|many|ten) years? ago)\b.{0,120}?\b(?:bleed\w*|spotting|blood)\b/,
  },
  { id: 'breathless', reason: 'Shortness of breath should be assessed', re: /\bshort(?:ness)? of breath\b|\bbreathless\b|\bwheez\w*|\b(?:difficulty|trouble) breathing\b/ },
  {
    id: 'breath_pain',
    reason: 'Pain that stops a full breath should be checked by a doctor',
    re: /\bcan't (?:take|get|draw) (?:a )?(?:deep|full|big|proper) breath\b|\b(?:hurts?|painful) to breathe\b/,
  },
  { id: 'chest_pain', reason: 'Chest pain should be assessed by a doctor', re: /\bchest (?:pain|tightness|pressure)\b|\bpain in (?:my |the )?chest\b/ },
  {
    id: 'faint',
    reason: 'Fainting or unexplained dizziness',
    re: /\b(?:faint\w*|passed out|blacked out|dizzy|dizziness|lightheaded)\b|\bmareo\w*|\bétourdi\w*/,
    // Dizziness explained: standing up too fast, a hangover, a missed meal, motion. A faint itself is the
    // syncope concept's, which raises whatever the cause.
    unless: new RegExp(
      `${MOTION_CAUSE}|${HANGOVER}|\\b(?:stood|stand|standing|got|get|getting|sat|sit|sitting) up (?:too |very |really )?(?:fast|quick\\w*|suddenly)\\b|\\bdrank (?:way |far )?(?:too much|a lot)\\b|\\bskipped (?:my )?(?:lunch|breakfast|dinner|tea|a meal|meals)\\b|\\b(?:hadn't|haven't|had not|have not|not) eaten\\b`,
    ),
  },
  { id: 'vision', reason: 'Changes in vision', re: /\b(?:blurr\w*|double) vision\b|\bvision[^|]{0,15}(?:chang\w*|loss)\b|\beye pain\b/ },
  {
    id: 'jaundice',
    reason: 'Yellowing of the skin or eyes, or pale stools with dark urine (the liver should be checked)',
    re: /\b(?:jaundice|yellow (?:skin|eyes)|(?:eyes|skin) (?:are |look |looks |is |turning |going )?yellow)\b|\bpale (?:stools?|poo|poop)\b|\b(?:stools?|poo|poop)[^|]{0,20}\bpale\b|\bictericia\b|\bojos amarillos\b|\bictère\b|\byeux jaunes\b/,
  },
  {
    id: 'bite',
    reason: 'Animal or human bites often need cleaning, antibiotics or a tetanus check',
    re: /\b(?:dog|cat|human|animal|bat|fox|monkey|rat|horse|snake) ?bites?\b|\bbitten by\b(?![^|]{0,30}\b(?:mosquito|mozzie|midge|gnat|insect|bug|flea|ant|horsefly|horse fly|bedbug|bed bug|spider|false widow|mite)s?\b)|\b(?:dog|cat|bat|fox|monkey|rat|snake)[^|]{0,20}\bbit (?:me|my|him|her)\b|\bmordid\w*|\bmordu\w*/,
  },
  {
    id: 'injury_function',
    reason: 'An injury that makes it painful to walk or move may need an X-ray',
    re: /\b(?:hurts|painful|pain|agony) (?:to|when (?:i|he|she|walking|standing)) (?:walk|stand|bear weight|put weight|move it|use it)\b|\bcan't (?:walk|move) on it\b|\bcan (?:barely|hardly) (?:walk|stand|move|put weight)\b|\blimping\b/,
  },
  {
    // Injury, swelling and point tenderness together suggest a fracture, across clauses.
    id: 'injury_swelling',
    reason: 'A swollen, tender injury may be a fracture',
    re: /^(?=.*\b(?:fell|fall|falling|slipped|tripped|rolled|twist\w*|injur\w*|sprain\w*|landed on|hurt (?:my|his|her)|trapped|crushed|banged|knocked)\b)(?=.*\b(?:swollen|swelling)\b)(?=.*\b(?:tender|really painful|very painful|extremely painful|bruis\w*)\b)/,
  },
  {
    id: 'drug_rash',
    reason: 'A rash after starting a medicine may be a drug reaction',
    re: /\b(?:rash|spots|hives|itch\w*|blotches)\b[^|]{0,30}\b(?:after|since) (?:taking|starting|i started)\b|\b(?:antibiotics?|amoxi\w*|penicillin|new (?:medicine|medication|tablets?|pills?))\b.*\b(?:rash|spots|hives|itchy)\b/,
  },
  {
    id: 'memory',
    reason: 'Memory problems or getting lost should be assessed by a doctor',
    re: /\b(?:keeps?|kept|been|always) (?:forgetting|losing track|getting lost)\b|\bforgetting things\b|\bmemory (?:is )?(?:getting worse|going|problems?|loss|lapses)\b|\b(?:gets?|getting|got) lost (?:in|on|going|coming|walking|driving)\b|\bgetting lost\b/,
  },
  { id: 'ear_infection', reason: 'Ear pain with other symptoms may be an infection', re: /\bear[^|]{0,10}(?:hurts|pain|ache|discharge)\b|\bearache\b|\bpulling at (?:his|her|their) ear/ },
];

/** Cues that a complaint is minor and manageable at home. */
export const MINOR_CUES =
  /\b(?:mild|mildly|slight|slightly|a bit|a little|small|minor|tiny|just|only|little)\b|\bleve\b|\bun poco\b|\bpetit\w*\b|\bléger\w*\b/;

/** Words that make an otherwise minor complaint need a doctor. */
export const SEVERITY_CUES =
  /\b(?:severe|severely|worst|unbearable|excruciating|agony|intense|terrible|horrible|extreme|really bad|very bad|so bad|very painful|can't sleep|cannot sleep)\b|\b(?:hurts?|hurting|aches?|aching|pain\w*|throbb\w*|sore|bleed\w*) (?:really |so )?(?:a lot|loads)\b|\ba lot of (?:pain|bleeding)\b|\bmucho dolor\b|\binsoportable\b|\btrès (?:mal|fort)\b|\batroce\b/;
