/** Fever, pregnancy, infants, diabetes, severity and timing words, and environmental emergencies. */
import { conceptPattern as r, GAP as G, NOT_BY_DAY } from './conceptPattern.ts';
import { PERSON_NOUN } from '../../language/clauseCues.ts';

/** Where a limb's pulse is felt (or named missing). */
const PULSE_SITE = String.raw`(?:foot|feet|pedal|leg|arm|wrist|radial|femoral|popliteal)`;

// A person named by a noun, with the grandparents' pet names the clause cues do not list.
const KIN = String.raw`(?:${PERSON_NOUN}|grandad|granddad|gran|nana)`;

/**
 * "Burning hot", "boiling hot" said of the person is a fever in lay words ("my mum is burning hot then
 * shivering"); said of a room, the weather, water or a pain it is not.
 */
/** Invasive procedures whose infection can reach the blood in the days after (NICE NG51). */
const PROCEDURE = String.raw`(?:(?:took|taken|take) out (?:part of |some of |a bit of )?(?:my|his|her|their|the) (?:bowel|colon|appendix|gallbladder|gall bladder|womb|uterus|ovary|ovaries|spleen|kidney|prostate)|operation|op|surgery|procedure|biopsy|vasectomy|circumcision|c-?section|caesarean|extraction|(?:tooth|teeth) (?:out|pulled|removed|extracted|taken out)|wisdom (?:teeth|tooth)|coil|iud|catheter|stent|colonoscopy|endoscopy|cystoscopy|gastroscopy|scope|lithotripsy|ablation|(?:gallbladder|appendix|tonsils|kidney stones?|stones?|polyps?) (?:out|removed|taken out)|(?:knee|hip|hernia|bowel|back|heart|keyhole|kidney stone) (?:op|operation|surgery|repair|replacement|procedure))`;
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** A gap that tells no procedure still to come ("my op is on Friday", "booked for Monday"). */
const NOT_TO_COME = String.raw`(?:(?!\b(?:is|are|will|booked|scheduled|planned|due|next)\b|'s\b)[^|]){0,30}?`;

const HOT_THING = String.raw`(?:room|house|flat|office|bedroom|weather|water|car|day|sun|it|it's|its|bath|shower|oven|pan|kettle|tea|coffee|food|outside|here|in here|pain)`;
const BURNING_HOT = String.raw`(?<!\b${HOT_THING} )\b(?:is|am|i'm|she's|he's|they're|are|was|were|feels?|felt|feeling) (?:so |really |very |absolutely |all )?(?:burning|boiling|roasting) hot\b(?! (?:water|kettle|tea|coffee|oil|pan|bath|shower|soup|liquid|milk|drink|food|sun|weather|day|room|car|pain|sensation|feeling))`;

// Not a simile: "I feel like I've been hit by a truck" is how flu feels, not a collision.
const NOT_A_SIMILE = String.raw`(?<!\blike (?:i'?ve been|i'd been|i had been|i have been|i was|being|getting|i got|he'?s been|she'?s been|he'd been|she'd been|been) )(?<!\bas if (?:i'?ve been|i'd been|i had been|i was|i got) )(?<!\bas though (?:i'?ve been|i'd been|i had been|i was|i got) )`;
/** Two to five minutes, as a contraction's interval is told. */
const FEW_MINUTES = String.raw`[1-5]|one|two|three|four|five|couple of`;

export const generalConcepts = {
  // "Hay fever" (and its es/fr names) is an allergy, not a temperature.
  // "Has a temp" is the everyday British way to say a fever ("a slight temperature" is left out: a minor word).
  fever: r(String.raw`(?<!\bhay )(?<!\bscratch )\b(?:fever|feverish|febrile|high temp\w*|pyrexi\w*|rigors?|chills)\b|\bburning up\b|${BURNING_HOT}|(?<!\b${HOT_THING}\b[^|]{0,12})\bhot to (?:the )?touch\b|(?<!\b(?:sensitive|sensitivity) to )(?<!\bboth )\bhot and cold\b(?! (?:drinks?|foods?|water|taps?|weather|compress\w*|packs?|therapy|sensitivity|things))|\bhot and shivery\b|\bshivery and hot\b|\b(?:has|have|had|got|running|with|spiking) (?:a )?temp(?:erature)?\b(?! (?:of |is |was |at |around |about )?\d)|\bfiebre\b(?! del heno)|\bcalentura\b|\bfièvre\b|\bfébrile\b`),
  /**
   * Spots told the way NHS advice describes meningitis's first rash: tiny pinpricks, purple dots or specks.
   * Alone they are often a strain's (after vomiting or coughing): read with a fever (see meningitis).
   */
  pinprickSpots: r(String.raw`\b(?:rash|spots|dots|marks)${G}\bpin ?pricks?\b|\bpin ?pricks?${G}\b(?:rash|spots|dots|marks|purple|red)\b|\bpin ?prick (?:spots|rash|marks|dots)\b|\bpurple (?:dots|specks|pin ?pricks?)\b|\b(?:dots|specks|spots|pin ?pricks?)${G}\bpurple\b`),
  nonBlanchingRash: r(
    String.raw`\b(?:rash|spots|blotches|marks|dots)${G}\b(?:doesn't|does not|do not|don't|won't|not|didn't|did not)${G}\b(?:fade|go away when|blanch|disappear)|\b(?:rash|spots|blotches|marks|dots)${G}\b(?:not|never) (?:going|fading|disappearing|vanishing)(?: away)? (?:when|if|on|with|under)${G}\b(?:press\w*|glass|tumbler)\b|\bnon[- ]?blanching\b|\bpurpur\w*|\bpetechi\w*`,
    String.raw`\b(?:taches?|boutons?|plaques?)${G}\b(?:ne s'effacent pas|ne s'efface pas|ne disparaissent pas|ne disparait pas|ne partent pas)\b|\btaches? (?:violett?es?|pourpres?)\b|\bmanchas?${G}\b(?:no desaparecen|no desaparece|no se borran?|no se quitan?)\b|\bmanchas? (?:moradas?|violetas?|púrpuras?)\b`,
    // A glass test is only alarming when the rash stays: "did the glass test, it fades" reassures.
    String.raw`\b(?:purpl\w*|dark red|bruise-like)${G}\b(?:rash|spots|blotches|dots|specks|pin ?pricks)\b|\b(?:rash|spots|blotches|marks)${G}\b(?:looks?|looking|look) like (?:a )?(?:bruis\w*|blood spots)\b|\bbruising rash\b|\bglass${G}\b(?:still (?:see|visible|there)|can still see|doesn't|didn't|does not|did not|don't|do not|won't|not)\b(?! (?:itch|hurt|bother))`,
  ),
  // "Swollen like she's pregnant" is a simile, not a pregnancy.
  pregnant: r(String.raw`(?<!\blike (?:i'm|im|i am|she's|shes|she is|i was|she was|someone|a woman|i'm|she'd been) (?:\w+ )?)\bpregnan\w*|\b(?:in|into|going into|gone into|went into) (?:early |active |premature )?labou?r\b|\bembaraz\w*|\bgrossesse\b|\btrimester\b|\bplacenta\w*|\bweeks? (?:along|gestation|of gestation|of pregnancy|pregnant)\b|\bgestation\w*|\bantenatal\b|\bfetal movements?\b|\bfoetal movements?\b|\bbaby(?:'s)? movements\b|\blabou?r ward\b|\bprimigravida\b|\b(?:i'?m|im|i am|she'?s|shes|she is|(?<!\b(?:born|delivered|arrived|came|induced|birth) )at|now) (?:of )?(?:[4-9]|[1-3]\d|4[0-2])(?:\+\d)? ?(?:weeks?|wks?)\b|\b(?:i have|she has) (?:1[2-9]|[23]\d|4[0-2]) weeks\b(?! (?:of|off|left|to|until|holiday|leave|ago))(?! (?:ago|old|post|after|since|into|in|of|off))|\bmissed (?:my |her |a |two |\d+ )?periods?\b|\b(?:hasn't|has not|haven't|have not|not) had (?:a|my|her|their|any) periods? (?:for|in) (?:\d+|two|three|four|six|eight|a couple of|a few|several) (?:weeks|months?)\b|\bperiods? (?:is |are )?(?:\w+ )?(?:days?|weeks?) late\b|\bperiods? (?:is |was )?late (?:by |of )?(?:\d+|a|one|two|three|four|five|six|seven|eight|a few|a couple of) (?:days?|weeks?)\b|\b(?:i'm|im|i am|i have|she's|she is|she has|my period is) (?:\d+|a|one|two|three|four|five|six|seven|eight|a few|a couple of) (?:days?|weeks?) late\b(?! (?:for|with|on|to|paying|getting|home|back))|\blate period\b|\bpositive (?:pregnancy )?test\b|\+ ?upt\b|\bupt ?(?:\+|positive|pos)\b|\bpositive (?:upt|urine hcg|serum hcg|b?-?hcg|beta[- ]?hcg)\b|\b(?:beta[- ]?|b-?)?hcg (?:positive|\+|raised|elevated)\b|\b(?:[4-9]|[1-3]\d|4[0-2])(?:\+[0-6])?\/40\b|\b(?:last (?:menstrual )?period|lmp)${G}\b(?:[6-9]|1[0-2]|six|seven|eight|nine|ten|eleven|twelve) (?:weeks?|wks?) ago\b|\b(?:last (?:menstrual )?period|lmp)${G}\b(?:2|3|two|three) months? ago\b|\bg\d ?p\d\b|\bembarazada\b|\benceinte\b|\bgrossesse\b`),
  /** Within the weeks after giving birth: bleeding, pre-eclampsia and clots still threaten. */
  // Bare "since birth" is a lifelong state ("a birthmark since birth"); "after birth" and "since the birth" are the mother's.
  postpartum: r(String.raw`\b(?:\d+|a|one|two|three|four|five|six) (?:days?|weeks?) since (?:i|she|my wife|my partner) (?:gave birth|had (?:the|my|her|our) baby|delivered)\b|\bpost-?partum\b|\bpostnatal\w*|\bpuerper\w*|\blochia\b|\bafter birth\b|\b(?:after|since) (?:giving birth|the birth|delivery|my delivery|her delivery|the delivery|my c-?section|her c-?section)\b|\b(?:gave birth|delivered|had (?:my |her |the |a |our )?(?:baby|twins|triplets|c-?section))${G}\b(?:(?:\d+|a|an|one|two|three|four|five|six|few|couple of) (?:days?|weeks?) ago|last (?:week|night)|this week|yesterday|recently)\b|\b(?:recently|just) (?:gave birth|had (?:my |her |a |our )?(?:baby|twins|triplets)|delivered)\b|\bday \d+ (?:post|after) (?:delivery|birth|c-?section)\b|\bpp day \d+\b|\b(?:c-?section|caesarean)${G}\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of) (?:days?|weeks?) ago\b|\b(?:breast ?feeding|breast-feeding|nursing|expressing for) (?:my|our) (?:\d+|one|two|three|four|five|six)[- ](?:days?|weeks?)[- ]old\b`),
  // Bare "bleeding" counts (in a pregnancy story it is the vagina's), but not gums or a nose bleeding.
  vaginalBleeding: r(String.raw`(?<!\b(?:cut|wound|nose|mouth|gums?|finger|hand|leg|arm|head)\b[^|]{0,30})\bgush(?:es|ed)? of (?:bright red |fresh )?blood\b|\bvaginal${G}bleed\w*|\bbleed\w*${G}\bvagina\w*|\bspotting\b|(?<!\b(?:gums?|nose)(?: (?:are|is|keep|keeps|have been|has been|started))? )\bbleeding\b(?! (?:gums|from (?:my |the |her )?(?:gums|nose))\b)|\bsangrado\b|\bsaignement\w*|\bsaigne\b`),
  handFaceSwelling: r(
    String.raw`\b(?:hands?|face|feet|ankles|fingers)${G}\b(?:puffy|puffed|swollen|swelling|swelled|swole)\b|\b(?:puffy|puffed up|swelling of|swollen)${G}\b(?:hands|face|feet)`,
    String.raw`\b(?:manos|cara|dedos)${G}(?:hinchad[oa]s?|inflamad[oa]s?)\b|\b(?:mains|visage|doigts)${G}(?:gonflé\w*|enflé\w*)`,
  ),
  /** The waters broken (membranes ruptured), and a gestation before 37 weeks: together, call the maternity unit now. */
  /** The umbilical cord felt or seen before the baby (cord prolapse): the baby's blood supply is squeezed. */
  cordProlapse: r(String.raw`\b(?:umbilical )?cord${G}\b(?:coming out|hanging out|hanging down|dangling|is out|came out|come out|protruding|sticking out|poking out|visible)\b|\b(?:feel|see|felt|saw|seen)${G}\b(?:the |a )?(?:umbilical )?cord\b(?! of)|\bcord prolapse\b|\b(?:like|maybe|might be|could be|think (?:it'?s|it is|that'?s|that is)|i think) (?:the |a )?(?:umbilical )?cord\b(?![- ]like)`),
  watersBroken: r(
    String.raw`\bwaters?${G}\b(?:broke|broken|breaking|gone|went|leaking|burst)\b|\b(?:ruptured|rupture of) (?:the )?membranes\b|\bpprom\b|\bprom\b`,
    // "Leaking water since this morning", "a gush of fluid": the waters told by what the person noticed.
    String.raw`\b(?:lost|losing) (?:some |a lot of |lots of )?(?:clear )?(?:water|fluid)\b(?=[^|]{0,60}\b(?:leak\w*|running|coming|trickl\w*|gush\w*|pour\w*|clear|suddenly|all at once)\b)|\b(?:leaking|leaked|leak of|dribbling|trickling) (?:clear )?(?:water|fluid|liquid)\b|\b(?:gush|trickle|dribble|leak) of (?:clear )?(?:water|fluid|liquid)\b|\b(?:some |a lot of |lots of |a bit of |a little )?(?:clear )?(?:water|fluid|liquid) (?:came|come|coming|has come|gushed|poured|trickled) (?:out|down)\b(?! of (?:my|his|her|their|the) (?:nose|ears?|mouth|eyes?))`,
  ),
  /**
   * Pregnancy from about 20 weeks (or told by its trimester or the placenta): bleeding then is the
   * placenta's until shown otherwise (praevia, abruption).
   */
  laterPregnancy: r(String.raw`\b(?:2\d|3\d|4[0-2])(?:\+\d)? ?(?:weeks?|wks?)\b(?! (?:ago|old)\b)|\b(?:second|third|2nd|3rd|last) trimester\b|\bplacenta\w*|\bpraevia\b|\bprevia\b`),
  /** Labour felt: contractions or tightenings, or cramps (or the bump going tight or hard) that come every few minutes. */
  // Braxton Hicks tightenings are practice ones, not labour.
  contractions: r(String.raw`(?<!\bbraxton hicks? )\b(?:contractions?|tightenings)\b|\bgo(?:ing)? every (?:few|\d+|two|three|four|five|ten) (?:minutes|mins)\b|\blabou?r pains?\b|\bin labou?r\b|\b(?:cramps?|pains?|tightening|tight|hard)${G}\b(?:come and go|coming and going|every (?:few|\d+|two|three|four|five|ten) (?:minutes|mins))\b`),
  /**
   * Labour well on: contractions five minutes apart or closer, an urge to push, the baby's head showing.
   * Read with a pregnancy or contractions: "need to push" alone may be a bowel.
   */
  labourAdvanced: r(
    String.raw`\b(?:contractions?|tightenings?|pains?|cramps?)${G}\bevery (?:${FEW_MINUTES})(?: ?(?:-|to|or) ?(?:${FEW_MINUTES}))? (?:minutes?|mins?)\b|\b(?:${FEW_MINUTES}|a couple of) (?:minutes?|mins?) apart\b`,
    String.raw`\b(?:urge|need|needs|needing|want|wants|wanting|have|has|feel(?:s|ing)? like (?:i|she) (?:need|needs|have|has)) (?:to )?push\w*\b|\bcrowning\b|\b(?:see|seeing|feel|feeling) (?:the )?(?:baby'?s )?head\b|\b(?:baby'?s )?head${G}\b(?:showing|coming out|is out|visible)\b`,
  ),
  pretermWeeks: r(String.raw`\bbefore 37 weeks\b|\bpre-?term\b|\bpremature labou?r\b|\b(?:[12]\d|3[0-6])(?:\+\d)? ?(?:weeks?|wks?)\b|\b(?:[12]\d|3[0-6])\+[0-6]\b`),
  /** Yellow skin or eyes: with confusion or drowsiness, a liver that is failing. */
  jaundice: r(
    String.raw`\b(?:newborn|new-born|baby|infant)\b[^|]{0,40}\b(?:looks?|looking|is|gone|going|turned|turning) (?:a (?:bit|little) |very |quite |really |all |slightly |more )?yellow\b|\bjaundic\w*|\bicter\w*|\byellow\w* (?:of (?:the |his |her |my )?)?(?:skin|eyes|sclera\w*)\b|\b(?:eyes|skin|sclera\w*|whites of (?:his |her |my |the )?eyes)${G}\b(?:yellow\w*)\b(?! (?:gunk|goo|gloop|gunge|muck|stuff|mucus|discharge|pus|crust\w*|sticky|snot|bogies|boogers|sleep|fluid|liquid))`,
    // A person told yellow ("my grandad is yellow", "she's gone yellow", "I look a bit yellow"): skin
    // and eyes in lay words. Not the yellow of a discharge, a stool, phlegm or urine (no person before it).
    String.raw`\b(?:i|i'm|im|i've|he|he's|she|she's|they|they're|they've|you|baby|baby's|(?:my|our|his|her|their) (?:\w+ )?${KIN}(?:'s)?)(?: (?:is|are|am|was|has|have|had|looks?|looked|looking|seems?|went|gone|turned|turning|going|become|became|been))* (?:a (?:bit|little) |very |quite |really |all |slightly |kind of |sort of |more )?(?:yellow|yellowish|yellowy)\b(?! (?:stuff|mucus|phlegm|snot|discharge|pus|crust\w*|spots?|patch\w*|rash|nails?|teeth|tongue|fluid|liquid|vomit|sick|diarrh\w*|poo|stools?|urine|wee|pee))`,
  ),
  /** Diarrhoea in its lay and clinical words: with no urine and dizziness, dehydration. */
  diarrhoea: r(String.raw`\bdiarrh?o?e\w*|\bwatery (?:stools?|poo\w*)\b|\brice[- ]water\b|\bloose (?:stools?|motions|bowels)\b|\bthe runs\b`),
  /** A stomach bug told by its name: the vomiting and diarrhoea it brings go unsaid. */
  gutBug: r(String.raw`\b(?:tummy|stomach|belly|sickness|winter vomiting|vomiting) (?:bug|virus)\b|\bgastro(?:enteritis)?\b|\bstomach flu\b|\bnorovirus\b|\brotavirus\b|\bd ?(?:&|and) ?v\b`),
  // Wet nappies counted as few ("only one wet nappy in 12 hours", "fewer wet nappies") are the NICE sign too.
  infantDehydration: r(String.raw`\b(?:hardly|barely|no longer|not) (?:wets?|wetting)(?: (?:his|her|their|the|any))? (?:nappies|nappy|diapers?)\b|\bno (?:wet )?(?:nappies|nappy|diapers?)\b|\b(?:only|just)(?: had| done)? (?:one|1|a single|two|2) wet (?:nappy|nappies|diapers?)\b|\b(?:fewer|reduced|less|very few|hardly any) wet (?:nappies|diapers)\b|\b(?:hasn't|has not|haven't|have not|not|didn't) (?:had|done|made|produced) (?:a |any )?(?:wet |dirty )?(?:nappies|nappy|diapers?)\b|\b(?:nappies|nappy|diapers?) (?:are |is |has been |have been )?dry\b|\bdry (?:nappies|nappy|diapers?)\b|\bhasn't (?:peed|wee'?d|urinated)\b|\b(?:doesn't|does not|isn't|is not|hasn't|has not) (?:wet|wetting) (?:his |her |the |their |a )?(?:nappy|nappies|diapers?)\b|\bno (?:pee|wee|urine)\b|\b(?:passing|peeing|weeing|producing|making) (?:very )?(?:little|hardly any|barely any|almost no) (?:urine|pee|wee)\b|\b(?:hardly|barely) (?:peeing|weeing|passing urine)\b|\bsunken (?:fontanel+e?|soft spot|eyes)\b|\b(?:fontanel+e?|soft spot|eyes) (?:is |are |look |looks |looking |has |have |gone |went )*(?:sunken|sunk|hollow)\b|\b(?:isn't|is not|not|hasn't been|stopped) (?:peeing|weeing|wetting (?:his|her|the|their) (?:nappy|nappies|diapers?))\b|\bno tears\b`),
  floppy: r(
    String.raw`\bfloppy\b|\blimp\b|\bunusually (?:sleepy|drowsy)${NOT_BY_DAY}|\bvery (?:sleepy|drowsy|lethargic)${NOT_BY_DAY}|\blethargic\b|\bwon't feed\b|\bnot feeding\b|\b(?:not|won't|isn't|doesn't|refus\w*(?: to)?) (?:drink|drinking|take|taking) (?:(?:his|her|their|any|the) )?(?:milk|feeds?|bottles?|formula|breast ?milk)\b`,
    // A baby too sleepy to feed: "isn't waking for feeds", "won't wake up for her bottle".
    String.raw`\b(?:very|really|so|extremely) listless\b|\bno longer wants? to (?:drink|feed|eat|suck|take (?:his|her|the) (?:bottle|breast|milk))\b|\bwon't (?:breastfeed|latch(?: on)?|take (?:the|his|her) (?:breast|bottle))\b|\b(?:isn't|is not|not|won't|doesn't|does not|hardly|barely|never) (?:wak\w*|woken)(?: up)? (?:for|to) (?:\w+ )?(?:feeds?|feeding|bottles?|breast|milk)\b|\btoo (?:sleepy|tired|drowsy) to (?:feed|eat|drink|suck)\b`,
    String.raw`\btout mou\b|\btoute molle\b|\bmou comme une poupée de chiffon\b|\bhypotoni\w*|\bflasque\b|\b(?:muy )?flojit?[oa]\b|\bcomo (?:un )?trapo\b|\bsin fuerzas?\b`,
  ),
  /**
   * An injury by a mechanism that can hurt what cannot be seen: a blade or a bullet, a vehicle hitting
   * a person, a fall from a height. Named by mechanism, since the wound itself may look small.
   */
  /** An object through a hand or foot ("a nail through my foot, right through my trainer"): a deep puncture. */
  punctureThrough: r(String.raw`\b(?:nail|spike|rod|skewer|pitchfork|garden fork|fork|arrow|bolt|screw|screwdriver|stick|branch|metal)${G}\b(?:went |gone |go |goes |right |straight |all the way )*through (?:my|his|her|their|the) (?:foot|feet|hand|palm|leg|arm|thigh|calf|finger|thumb|toe|shoe|trainer|boot|welly)\b`),
  penetratingInjury: r(
    String.raw`\b(?:stabbed|stab wound|knifed|been shot|got shot|was shot|gunshot|shot (?:in|through) (?:the|his|her|my)|impaled)\b`,
    // A sharp thing driven into the trunk or neck, however it happened ("the screwdriver slipped and went into my
    // side between my ribs"): a wound there may reach the lung, heart or gut whatever its size outside.
    String.raw`\b(?:knife|screwdriver|blade|chisel|spike|skewer|scissors|rod|pole|stake|bolt|arrow|shard|metal)\b[^.;!?]{0,30}?\b(?:went|gone|going|goes|stuck|got stuck|sank|sunk|plunged|pierced|punctured)(?: (?:right|straight|deep|half way|all the way))?(?: (?:in|into|through))?\b[^|.;!?]{0,40}?\b(?:chest|side|ribs|belly|tummy|abdomen|stomach|back|neck|groin|armpit)\b`,
  ),
  highEnergyInjury: r(
    String.raw`${NOT_A_SIMILE}\b(?:hit|knocked (?:down|over)|run over|struck|mown down|mowed down|dragged) by (?:a |an |the )?(?:car|van|lorry|truck|bus|vehicle|motorbike|motorcycle|train|tram)\b|\bgot run over\b|\bwas run over\b`,
    String.raw`\bfell${G}\b(?:off|from|out of) (?:a |an |the |our |my |his |her )?(?:(?:first|second|third|upper|top|upstairs|bedroom)[- ]floor |upstairs |bedroom )?(?:roof|balcony|scaffold\w*|building|window|cliff|bridge|first floor|second floor|upstairs window)\b|\b(?:thrown|ejected) from (?:a |the |his |her |my )?(?:car|vehicle|motorbike|motorcycle|horse)\b`,
    // A fall told by its height: 3 metres or 10 feet and more (a trauma team's threshold), or "from a height".
    String.raw`\b(?:fell|fallen|falling|fall|dropped)${G}\b(?:about |around |roughly |nearly |almost |over |more than |at least |some )?(?:[3-9]|[1-9]\d+)(?:\.\d+)? ?(?:m|metres?|meters?)\b|\b(?:fell|fallen|falling|fall|dropped)${G}\b(?:about |around |roughly |nearly |almost |over |more than |at least |some )?(?:[1-9]\d+) ?(?:ft|feet|foot)\b|\bfell from (?:a )?height\b|\bfall from (?:a )?height\b`,
  ),
  /** A crash the person was in (as driver, passenger or rider), not only one that hit them. */
  vehicleCollision: r(
    // Not one watched or played ("a car crash film").
    String.raw`\b(?:car|road|traffic|motorway|motorbike|motorcycle|bike|cycling|scooter|moped|bus|quad ?bike) (?:accident|crash|collision|smash|wreck|pile-?up)\b(?! (?:film|movie|video|game|scene|show|programme|program|test|dummy))|\b(?:rtc|rta|mvc|mva)\b`,
    // "Had an accident" alone can mean wetting oneself: only a crash, a collision or a pile-up.
    String.raw`\b(?:had|were in|was in|been in|involved in|got in) (?:a |an )?(?:bad |big |serious |minor |small |little )?(?:crash|collision|smash|pile-?up)\b`,
    String.raw`\b(?:crashed|rolled|wrote off|totalled|totaled|came off) (?:my|his|her|our|the|their|a) (?:car|van|motorbike|motorcycle|bike|scooter|moped|quad ?bike)\b|\b(?:car|van|lorry|truck|someone|somebody|a driver|he|she|they) (?:hit|crashed into|ran into|went into|drove into|ploughed into|plowed into|smashed into|rear-?ended) (?:the (?:back|side|front) of )?(?:us|me|him|her|them|our car|my car|his car|her car)\b|\b(?:we|i|he|she|they) (?:were|was|got) (?:rear-?ended|shunted|t-?boned)\b|\bhead-?on (?:collision|crash)\b`,
    // Thrown from a vehicle: "knocked off his motorbike", "fell off her horse" is a fall's.
    String.raw`\b(?:knocked|thrown|flung) off (?:my|his|her|their|a|the) (?:motorbike|motorcycle|bike|scooter|moped|quad ?bike)\b|${NOT_A_SIMILE}\b(?:hit|knocked (?:down|over)|run over) by (?:a |the )?(?:car|van|lorry|truck|bus|motorbike)\b`,
  ),
  /** A broken bone through the skin (an open fracture): infection of the bone follows within hours. */
  openFracture: r(String.raw`\bbones?${G}\b(?:sticking|poking|coming|jutting|protruding|stuck|showing|that (?:comes|goes|came|went|sticks|pokes)|(?:comes|came|goes|went)) (?:out|through)\b|\bbones?${G}\b(?:through|out of) (?:the |my |his |her |their )?skin\b|\bcan see (?:the |a )?bone\b|\b(?:open|compound) fracture\b`),
  /** Tingling, numbness or weakness in both arms, both legs or all four limbs: the spinal cord's sign. */
  limbsBothSides: r(
    String.raw`\b(?:tingl\w*|numb\w*|pins and needles|weak\w*|can't (?:feel|move))${G}\b(?:both (?:of )?(?:my |his |her |their )?(?:arms|legs|hands|feet)|(?:arms|hands) and (?:legs|feet)|(?:legs|feet) and (?:arms|hands)|all (?:four )?limbs|all over)\b`,
    // Both legs or both arms told as plural: "my legs went weak", "her arms are numb".
    String.raw`\b(?:my|his|her|their) (?:legs|arms)${G}\b(?:went |gone |going |are |feel |felt )?(?:weak|numb|tingl\w*|dead|floppy)\b`,
    // The limbs first: "both my arms are tingling", "his arms and legs feel weak".
    String.raw`\b(?:both (?:of )?(?:my |his |her |their )?(?:arms|legs|hands|feet)|(?:arms|hands) and (?:legs|feet)|(?:legs|feet) and (?:arms|hands)|all (?:four )?limbs)${G}\b(?:tingl\w*|numb\w*|pins and needles|weak\w*|gone dead|won't move)\b`,
  ),
  /** A dive into shallow water or a landing on the head: the neck takes the blow. */
  neckBlow: r(
    String.raw`\b(?:dived|dove|diving|jumped) (?:in|into) (?:the )?(?:shallow|shallow end|pool|water|lake|river|sea)\b|\bwhiplash\b`,
    // Coming down on the head or neck, from anything: "landed on my head", "came off the trampoline onto my neck".
    String.raw`\b(?:landed|land|fell|came down|came off|thrown|flipped|dropped)${G}\b(?:on|onto) (?:the (?:back|top) of )?(?:my|his|her|their) (?:head|neck)\b`,
  ),
  /** A fall that has happened (not "falling asleep", "fell ill", "fell pregnant"). */
  hadFall: r(
    String.raw`\b(?:fell|fallen|had a fall|took a fall|tripped|slipped)\b(?! (?:asleep|ill|pregnant|apart|behind|in love|for|out with))|\b(?:est|suis|s'est|était) tomb(?:é|ée|és|ées)\b|\bfait une chute\b|\bse (?:cayó|ha caído)\b|\bme (?:caí|he caído)\b|\btuvo una caída\b|\bfalls? (?:at home|in the|on the|down)\b|\ba fall (?:from|off|down)\b`,
    // The verb's base form for the past, as learners of English write it: "he fall from the ladder".
    String.raw`\b(?:he|she|they|i|(?:my|his|her|our) \w+) fall (?:down )?(?:from|off) (?:the |a |an |his |her |my |their |our )?(?:\w+ )?(?:ladder|stairs?|roof|bed|bike|motorbike|motorcycle|tree|chair|horse|wall|window|balcony|scaffold\w*|steps?|table|bunk)\b`,
    // A baby or sleeper who rolled off what they lay on: "rolled off the bed", "rolled off the changing table".
    String.raw`\b(?:rolled|rolling|tumbled|toppled) (?:off|out of) (?:my|his|her|their|the|a|an|our) (?:\w+ )?(?:bed|sofa|couch|settee|table|changing table|changing mat|cot|chair|bunk)\b`,
    // Thrown from what one rides or stands on: "came off my bike", "came off the trampoline".
    String.raw`\b(?:came|come|coming|thrown|flew) off (?:my|his|her|their|the|a|an) (?:\w+ )?(?:bike|bicycle|horse|pony|scooter|motorbike|skateboard|trampoline|ladder|wall|roof|swing|slide|climbing frame)\b`,
    // Knocked over by someone or something is a fall too ("the dog knocked grandad over"); a glass knocked over is not.
    String.raw`\b(?:was|got|been|being|gets) knocked (?:over|down|off (?:his|her|my|their) feet|to the (?:ground|floor))\b|\bknocked (?:me|him|her|them|us|(?:my|our|his|her|their) (?:\w+ )?${KIN}|${KIN}) (?:over|down|flying|to the (?:ground|floor)|off (?:my|his|her|their) feet)\b`,
  ),
  /**
   * Pain, a hurt or an injury in the same story, or a limb slept or lain on: a limb that will not move
   * because it hurts, was hurt or was pressed on, not a stroke's painless weakness.
   */
  limbExplained: r(String.raw`\b(?:slept|sleeping|lay|lying|laid) (?:on|awkwardly on) (?:it|them|(?:my|his|her|their) (?:arm|hand|leg|side))\b|\bslept (?:funny|funnily|awkwardly|badly|in a (?:funny|weird|strange|bad) position)\b|\b(?:pain\w*|hurts?|hurting|hurt it|ache|aching|agony|sore|swollen|swelling|bruis\w*|sprain\w*|strain\w*|injur\w*|pulled|twisted|dislocat\w*|broken|broke|fractur\w*|cramp\w*|stiff\w*|frozen shoulder|arthritis|gout|tendon\w*|tendinitis|after (?:the |a )?(?:gym|workout|match|game|training|session|run))\b`),
  /** Cannot get up, stand or put weight on a leg. */
  cannotBearWeight: r(
    String.raw`\b(?:can't|cannot|can not|can no longer|could no longer|couldn't|unable to|not able to|won't|refus\w*(?: to)?)${G}\b(?:stand|get up|get off the floor|walk|put (?:any )?weight|bear (?:any )?weight|weight[- ]bear)\b`,
    String.raw`\bne (?:peut|peux|pouvait|pourrait) (?:plus |pas )?(?:se lever|me lever|marcher|poser le pied|tenir debout)\b|\bno (?:puede|puedo|podía) (?:levantarse|levantarme|caminar|andar|apoyar|ponerse de pie)\b`,
  ),
  /** A painful hip (or the top of the thigh, the groin at the hip). */
  hipPain: r(
    String.raw`\bhip${G}\b(?:pain\w*|hurts?|hurting|sore|agony|ache\w*|aching|bruised)\b|\b(?:pain|hurts?|hurting|agony|aching)${G}\bhip\b`,
    String.raw`\bhanche${G}\b(?:mal|douleur\w*|douloureuse)\b|\b(?:mal|douleur\w*)${G}\bhanche\b|\bcadera${G}\b(?:duele|dolor)\b|\b(?:duele|dolor)${G}\bcadera\b`,
  ),
  /** A part cut or torn off, or caught and crushed in machinery. */
  amputation: r(
    String.raw`\b(?:fingers?|fingertips?|thumbs?|toes?|hand|foot|arm|leg|ear|nose)${G}\b(?:hanging off|cut off|severed|chopped off|sliced off|torn off|ripped off|amputated|hanging by)\b|\b(?:severed|amputated|cut off|chopped off|sliced off|torn off|ripped off) (?:the (?:tip|end|top|part) of )?(?:my |his |her |their |the |a |an |two |three |both )?(?:\w+ )?(?:fingers?|fingertips?|thumbs?|toes?|hand|foot|arm|leg|ear)\b`,
    // "The saw took the end of my finger off", "sliced the tip of my thumb clean off".
    String.raw`\b(?:took|taken|cut|sliced|chopped|ripped|tore|torn|sheared|lopped|came)\b (?:the (?:tip|end|top|part) of )?(?:my|his|her|their|the) (?:\w+ )?(?:fingers?|fingertips?|thumbs?|toes?)\b (?:clean |right |completely )?off\b`,
    // A part lost or blown off: "a firework went off in my hand, I've lost part of my finger".
    String.raw`\b(?:lost|blown off|blew off|blown away)(?: (?:part|half|the (?:tip|end|top)) of)? (?:my|his|her|their|a|two|three) (?:fingers?|fingertips?|thumbs?|toes?|hand|ear)\b|\b(?:fingers?|thumbs?|toes?|hand)${G}\b(?:blown off|blown away)\b`,
    // The tip or end of a part left hanging, or a part nearly cut off: a partial amputation.
    String.raw`\b(?:tip|end|top)${G}\b(?:hanging off|hanging by|nearly off|half off|almost off|partly off)\b|\b(?:nearly|half|almost|partly|partially) (?:cut|chopped|sliced|torn|ripped) off (?:the (?:tip|end|top) of )?(?:my |his |her |their |the )?(?:fingers?|fingertips?|thumbs?|toes?|ear|nose)\b(?! to spite)`,
    String.raw`\b(?:caught|trapped|crushed|stuck|pulled) in (?:a |an |the )?(?:machine|machinery|press|mower|lawnmower|wood ?chipper|chipper|conveyor|blender|roller|mangle)\b`,
  ),
  /** Something flew, went or was poked into the eye, or hit it. */
  eyeHit: r(String.raw`\b(?:flew|went|shot|flicked|got|poked|stabbed|pierced|hit|struck|caught)(?! (?:black|dark|blank|blurry|blurred|grey|gray|blind|funny|weird|red|dim|fuzzy|white|misty|cloudy)\b)${G}\b(?:in|into|on) (?:my|his|her|their|the) (?:left |right )?eye(?:ball)?\b|\b(?:hit|struck|poked|stabbed|pierced|scratched) (?:me |him |her |them )?in the (?:left |right )?eye\b|\b(?:poked|stabbed|pierced|jabbed|scratched|speared)(?: (?:herself|himself|myself|themselves))? (?:in )?(?:my|his|her|their|the) (?:left |right )?eye(?:ball)?\b(?=[^|]{0,30}\b(?:with|on) (?:a|an|the|his|her|my) )`,
    // Told in the passive, the eye first: "my eye got hit by a squash ball", "his eye was poked with a stick".
    String.raw`\beye(?:ball)?\b(?: (?:got|was|has been|had been|been|gets|is) (?:hit|struck|poked|smacked|whacked|punched|kicked|elbowed|caught|jabbed))\b`,
    // A blow to the eye told by its mechanism, before or after the eye: "punched in the face, now my eye...", "a swollen eye after being punched".
    String.raw`\b(?:punched|kicked|elbowed|head-?butted|smacked|whacked|thumped)${G}\b(?:eyes?|eye socket|cheek(?:bone)?)\b|\beyes?\b[^|]{0,50}\bafter (?:being |getting |he was |she was |i was )?(?:punched|kicked|elbowed|head-?butted|hit|struck|smacked|whacked|thumped)\b`),
  /** Work or play that throws bits at speed: hammering, drilling, grinding metal, a power tool, a pellet or firework. */
  highSpeedDebris: r(String.raw`\b(?:hammer\w*|drill\w*|grind\w*|chisel\w*|power tools?|angle grinder|strimmer|lawn ?mower|chainsaw|metal|glass|firework\w*|pellet|bb gun|air ?(?:rifle|gun)|airsoft|nail gun|squash ball)\b`),
  /** A chemical in the eye: bleach, oven or drain cleaner, cement, an acid or an alkali. */
  chemicalEye: r(
    String.raw`\b(?:bleach|oven cleaner|drain (?:cleaner|unblocker)|(?:sink|toilet|plughole) unblocker|chemicals?|acid|alkali|lime|cement|ammonia|caustic|detergent|cleaning (?:spray|product|fluid|liquid)|dishwasher (?:tablet|liquid)|washing (?:powder|liquid)|pepper spray|hair dye|relaxer)${G}\b(?:in|into|on) (?:my|his|her|their|the|both|one) (?:left |right )?eyes?\b|\beyes?${G}\b(?:bleach|oven cleaner|drain cleaner|chemicals?|acid|alkali|cement|ammonia|caustic)\b`,
  ),
  /** Green or bile-stained vomit. */
  /** Vomit that looks or smells like faeces: a low bowel obstruction. */
  feculentVomit: r(
    String.raw`\b(?:vomit\w*|throw\w* up|threw up|being sick|been sick|bringing up|brought up|puk\w*)${G}\b(?:poo|poop|faeces|feces|stool|shit|sewage)\b|\bfa?eculent\b|\b(?:vomit|sick) (?:that )?(?:looks|smells|smelt|smelled) like (?:poo|poop|faeces|feces|sewage)\b`,
    // Told by its look and smell, as a nurse or relative sees it: "vomiting brown foul smelling fluid".
    String.raw`\b(?:vomit\w*|throw\w* up|threw up|being sick|bringing up|brought up)${G}\bbrown\b[^|.;]{0,12}\b(?:foul|smelly|stinking|offensive|putrid)\b|\b(?:foul|offensive|putrid)[- ]smelling brown (?:vomit|fluid|liquid|sick)\b`,
  ),
  /**
   * Something told as looking or smelling like faeces, in a clause of its own ("bringing up what looks and
   * smells like poo", cut at "and"): with vomiting, feculent vomit.
   */
  faecalLooking: r(String.raw`\b(?:looks?|looked|smells?|smelt|smelled) like (?:poo|poop|faeces|feces|sewage|shit)\b`),
  /** Someone who does not talk or answer now (after a fall, a sign of a head injury or a stroke). */
  notTalking: r(String.raw`\b(?:not|isn't|is not|won't|can't|cannot|doesn't|stopped) (?:talk|talking|speak|speaking|answer|answering|respond|responding)\b(?! (?:to (?:me|us|him|her|anyone|them)|about|english|much|(?:my|our|his|her|the|their|any) (?:texts?|calls?|messages?|emails?|phone|door|questions? about)|(?:texts?|calls?|messages?|emails?|the phone|the door))\b)`),
  /** Someone lying on the floor: with an older age or no answer, a collapse or a long lie. */
  onTheFloor: r(String.raw`\b(?:lying|lies|laid|lay|collapsed|(?:see|saw|found) (?:him|her|them|(?:my|our|his|her) [a-z]+(?: [a-z]+)?)|found|is|was|still|been) on (?:the )?(?:[a-z]+ )?(?:floor|ground)\b(?! with\b)`),
  /** A recent operation: a wound infection after it with a fever needs the surgical team the same day. */
  afterOperation: r(String.raw`\b(?:after|since) (?:my |the |his |her |their |an )?(?:operation|surgery|op|c-?section|caesarean)\b|\bpost-?op\w*|\b(?:operation|op|surgery|c-?section|caesarean|section) (?:was )?(?:\d+|a|one|two|three|four|five|six) (?:days?|weeks?) ago\b`),
  /** Gas in the soft tissues, felt as crackling (crepitus) in the skin, a wound or the perineum: not a joint's crepitus. */
  gasInTissue: r(String.raw`\bsubcutaneous (?:emphysema|crepitus|gas)\b|\bgas in the (?:soft )?tissues?\b|\b(?:crepitus|crackl\w*)${G}\b(?:skin|wound|perine\w*|scrot\w*|groin|swelling|soft tissue|buttock)\b|\b(?:skin|wound|perine\w*|scrot\w*|groin|swelling|buttock)${G}\b(?:crepitus|crackl\w*)\b`),
  /** Tonsils taken out: bleeding in the two weeks after is an emergency. */
  tonsillectomy: r(String.raw`\b(?:tonsils?|adenoids?)${G}\b(?:out|removed|taken out)\b|\b(?:adeno)?tonsillectom\w*`),
  /** Dehydration told as such: "she seems dehydrated", "looks very dehydrated". */
  dehydratedWord: r(String.raw`\b(?:seems?|looks?|is|getting|gets|got|gone|become|very|really|severely|badly|quite) dehydrated\b|\bsigns of dehydration\b`),
  /** Pain in the joints (after a dive, decompression illness's commonest sign). */
  jointPain: r(String.raw`\b(?:joints?|elbows?|shoulders?|knees?|hips?|wrists?)${G}\b(?:pain\w*|ache|aches|aching|hurt\w*|sore)\b|\b(?:pain|pains|ache|aches|aching)${G}\b(?:joints?|elbows?|shoulders?|knees?|hips?|wrists?)\b|\barthralgia\b`),
  /** A scuba dive in the last day: with joint pain, tingling, weakness, a rash or breathlessness, decompression illness. */
  scubaDive: r(String.raw`\bscuba\b|\b(?:went|been|was|were|go|going|after|from|been out) (?:scuba |deep |wreck )?diving\b|\b(?:a|my|his|her|the|our) (?:scuba |deep |wreck )?dive\b|\bdived (?:to )?\d+ ?(?:m|metres|meters|ft|feet)\b|\b(?:\d+|two|three|four|first|second|third|last) dives?\b[^|]{0,40}\b(?:deep\w*|\d+ ?(?:m|metres|meters|ft|feet)\b|came up|ascen\w*|surfac\w*|depth|bottom time)|\bdeepest (?:was |dive )?\d+ ?(?:m|metres|meters|ft|feet)\b|\bdecompression (?:sickness|illness)\b|\bthe bends\b`),
  biliousVomit: r(
    String.raw`\b(?:vomit\w*|throw\w* up|threw up|being sick|been sick|sick|puk\w*|bringing up|brought up|brings up)${G}\b(?:green|greenish|bile|bilious)\b|\bgreen (?:vomit|sick|bile)\b|\bbilious\b|\bbile[- ]stained\b`,
    // The colour told of "it" after the vomit, however qualified: "sick again and it looked kind of dark green".
    String.raw`\b(?:vomit\w*|throw\w* up|threw up|being sick|been sick|puk\w*)\b[^|]{0,40}?\b(?:it|it's|its)\b[^|]{0,30}?\bgreen(?:ish)?\b`,
    // The colour told of the last vomits, a clause on in the same sentence: "sick 3 times, the last two were bright green".
    String.raw`\b(?:vomit\w*|throw\w* up|threw up|being sick|been sick|sick|puk\w*)\b[^.;!?]{0,60}?\b(?:the (?:last|latest|second|third|next) (?:one|two|three|few|couple|time|lot)s?|(?:two|three|both|some|all) of them)\b[^.;!?|]{0,20}?\b(?:were|was|are|is|looked|looks|came up|been)\b[^.;!?|]{0,15}?\bgreen(?:ish)?\b`,
  ),
  hypoSymptoms: r(String.raw`\b(?:shak\w*|shaking|trembl\w*|sweat\w*|clammy|dizzy|lightheaded|light-headed|faint\w*|confus\w*|drowsy|blurred|pal(?:e|ing))\b|\btembl\w*|\bsudor\w*|\bmareado\b|\btremble\w*`),
  // Ketones given a low reading ("ketones 0.4", "ketones negative") are not a sign: below 1.5 mmol/L.
  dkaSigns: r(String.raw`\b(?:is |was )?breathing (?:very |really )?deeply\b|\bketones?\b(?!\s*(?:of |was |were |is |are |at |:|=)?\s*(?:0(?:\.\d+)?|1(?:\.[0-4]\d*)?|neg\w*|nil|normal|trace)\b(?![.,]?\d))|\bfruity\b|\bdeep (?:and )?(?:rapid|fast|sighing) breath\w*|\bdeep breathing\b(?! exercises)|\bbreathing (?:fast and deep|deep and fast|deeply)\b|\bkussmaul\b|\bvery thirsty\b|\bbreathing${G}\b(?:is |was |has been |got |gone )?(?:really |very )?(?:deep|deeper|deep and (?:fast|rapid)|fast and deep)\b`),
  /** A glucose meter's "HI": the reading is above what it can measure. */
  meterReadsHigh: r(String.raw`\b(?:meter|reading|monitor|sugars?|glucose|bm|libre|dexcom|sensor|machine)${G}\b(?:says|said|shows|showed|reads|read|saying|showing|flashing|displays?|displaying) ["']?hi["']?(?![a-z])`),
  /** Passing a lot of urine and drinking a lot: high blood sugar (with being sick, possibly ketoacidosis in undiagnosed diabetes). */
  polyuria: r(String.raw`\b(?:peeing|weeing|urinating|going to the toilet|wees|pees)${G}\b(?:loads|lots|a lot|all the time|constantly|non-?stop|every hour|more than usual|so much)\b|\bpolyuri\w*|\bwetting the bed again\b|\b(?:frequent|excessive) urination\b|\bpass(?:ing|es)? (?:large amounts|lots|a lot|large volumes) of (?:urine|water)\b|\b(?:urinat\w*|passing urine|peeing|weeing) (?:very )?(?:frequently|often)\b`),
  /** Weight lost without trying: with thirst, new diabetes's third classic sign (as peeing a lot is). */
  weightLoss: r(String.raw`\b(?:lost|losing|dropped|dropping) (?:a lot of |so much |loads of |lots of |some |a bit of )?weight\b|\bweight loss\b|\bweight (?:has )?(?:dropped|fallen) off\b`),
  thirst: r(String.raw`\b(?:drinks|drank|takes|took|drinking|taking) (?:loads|lots|a lot|so much|litres|liters|gallons) of (?:water|juice|fluids?|drinks)\b|\b(?:drinking|thirsty|thirst)${G}\b(?:loads|lots|a lot|all the time|constantly|non-?stop|so much|more than usual)\b|\b(?:very|really|always|so|constantly|extremely) thirsty\b|\bpolydipsi\w*|\b(?:excessive|extreme|increased|intense|great) thirst\b`),
  // Breathing told as normal is a reassurance, not a body-wide symptom ("breathing is normal for him").
  systemic: r(String.raw`\b(?:headache|chest|breath\w*\b(?!(?: is| was| seems| feels| sounds)? (?:completely |totally |perfectly |absolutely )?(?:normal|fine|ok|okay|easy|easily|unaffected)\b)|dizz\w*|faint\w*|confus\w*|vision|blurr\w*|weak\w*|nose ?bleed|palpitations?|lightheaded|light-headed)\b`),
  // "Nearly blacking out" is a near-faint (a blackout that happened is `syncope`).
  faint: r(String.raw`\b(?:faint\w*|passed out|pass(?:ing)? out|black(?:ing)? out|lightheaded|light-headed|dizzy|dizziness|woozy|wooziness)\b|\bmareo\w*|\bmaread[oa]\b|\bdesmay\w*|\bvertige\w*|\bétourdi\w*|\bmalaise\b`),
  /** Signs of shock or blood loss: pale and clammy, cold, grey. */
  shockSigns: r(String.raw`\b(?:pale and (?:clammy|sweaty|cold)|cold and clammy|clammy|gr[ae]y and (?:sweaty|sweating|clammy)|sweat(?:y|ing) and gr[ae]y|mottled)\b|\bpálid[oa] y (?:sudoros[oa]|fría?o?)\b|\bpâle et (?:moite|en sueur)\b`),
  suddenOnset: r(String.raw`\bsudden\w*|\babrupt\w*|\ball of a sudden\b|\b(?:came on|started|hit|struck) (?:me )?(?:all at once|in (?:a |one |a few )?seconds?|like a (?:bang|bolt|thunderclap))\b|\bout of nowhere\b|\bout of the blue\b|\bjust now\b|\bde repente\b|\bde golpe\b|\brepentin\w*|\bsúbit\w*|\bsoudain\w*|\bbrusque\w*|\bbrutalement\b|\btout à coup\b|\bd'un coup\b|\bsubit\w*|\bminutes ago\b|\ban hour ago\b|\b\d+ (?:minutes?|mins?) ago\b|\bhace (?:\d+|unos) minutos\b|\bil y a (?:\d+|quelques) minutes\b`),
  baby: r(String.raw`\b(?:baby|infant|newborn|bebé|bébé|nourrisson)\b`),
  /** A child told as a toddler: under five by the word, when no age is given. */
  toddlerWord: r(String.raw`\b(?:toddlers?|tots?|preschooler)\b`),
  /** Words that make the patient a child when no age is given. */
  // What only a baby or small child has or does: nappies, feeds, teething, the legs drawn up in pain.
  childWord: r(String.raw`\b(?:napp(?:y|ies)|diapers?|(?:drawing|drawn|pulling|pulls|draws) (?:his|her|their|the) (?:legs|knees) up|(?:his|her|their) feeds|teething)\b|\b(?:baby|infant|toddler|child|kid|little one|newborn|preschooler|niñ[oa]|bebé|pequeñ[oa]|enfant|bébé|tout-petit|petite? (?:fille|garçon))\b`),
  severeWord: r(String.raw`\bserious(?:ly)? (?:pain|headache|stomach ?ache|belly ?ache|chest pain)\b|\b(?:hurting|aching|paining)(?: me| him| her| them)? seriously\b|\b(?:[89]|10) ?(?:out of|\/) ?10\b|\b(?:severe|severely|worst|unbearable|excruciating|agony|agonising|agonizing|intense|terrible|horrible|crushing|extreme|really bad|very bad|so bad|mucho|muy fuerte|fuerte|intens[oa]|insoportable|atroz|tremend[oa]|intense|atroce|très fort|forte?|violente?|insupportable|épouvantable)\b|\b(?:hurts?|hurting|pains?|aches?|aching|sore|throbs?|throbbing|stings?|burns?)${G}\ba lot\b`),
  /** A body overheating, told as a whole ("he's really hot", "overheating"), not the weather, a room or a drink. */
  overheated: r(String.raw`\boverheat\w*|\bhyperthermi\w*|(?<!\b(?:it|it's|its|weather|day|today|room|house|car|outside|sun|bath|shower|water|drink|tea|food|curry)(?: (?:is|was|feels|felt|got|getting))? )\b(?:really|very|so|too|burning|boiling|roasting) hot\b(?! (?:weather|day|days|room|bath|shower|drinks?|water|tea|coffee|food|curry|sauce|tub|car|outside|in here|today))`),
  /** A parent's touch for a fever ("she feels really hot"): counted as a fever in a child only (an adult who "feels hot" may not have one). */
  // "Crying and very hot": a list item with its subject left out (at its clause's start) counts as told of the child.
  feelsHot: r(String.raw`(?:\b(?:feels?|felt|is|was) |(?<=(?:^|[^a-z0-9\s'])\s*)(?:and )?(?=really |very |so |quite |too ))(?:really |very |so |quite |too )?(?:hot|boiling|roasting)\b(?! (?:to the touch|and swollen|in (?:the|this) (?:heat|weather|room|sun)))`),
  /** An eye or eyelid swollen (shut): with a fever, an infection spreading round the eye. */
  eyeSwelling: r(String.raw`\b(?:eye|eyes|eyelids?)${G}\b(?:swollen|swelling|puffy|puffed up|swollen shut|closed up)\b|\bswollen${G}\beye(?:lid)?s?\b|\bcan't open (?:his|her|my|their) eye\b`),
  /** Redness, heat or swelling told as spreading, however fast: with a fever and feeling very unwell, a spreading infection. */
  skinSpreading: r(String.raw`\b(?:red|redness|hot|swollen|swelling|infected|infection|inflamed)\b[^.;!?]{0,25}\bspreading\b|\bspreading (?:redness|infection|red patch)\b`),
  /** Feeling very unwell, in those words ("she's very unwell", "really poorly"); not "sick of" something. */
  veryUnwell: r(String.raw`\b(?:very|really|extremely|seriously|so|terribly) (?:unwell|poorly|ill)\b`),
  /** Something sharp stuck in an eye ("a fishhook stuck in my eyeball"): the eye is pierced. */
  objectInEye: r(String.raw`\b(?:hook|fish ?hook|nail|needle|pin|glass|metal|splinter|pencil|stick|wire|dart|thorn|shard|staple|screw)${G}\b(?:stuck|lodged|embedded|sticking out|sticking)${G}\b(?:in|into|of|from) (?:my|his|her|their|the) (?:left |right )?eye(?:ball)?\b`),
  /** Eczema named: with blisters or punched-out sores and a fever, the herpes virus in it (eczema herpeticum). */
  eczemaWord: r(String.raw`\beczema\b|\batopic dermatitis\b`),
  blisterSores: r(String.raw`\bblisters?\b|\bpunched[- ]out\b|\b(?:weeping|open|crusted|crusty|raw) sores\b|\blittle (?:holes|craters|pits)\b`),
  /** The whole skin red ("my whole body has gone red and hot"): with peeling, erythroderma. */
  wholeSkinRed: r(String.raw`\b(?:whole body|all (?:of )?(?:my|his|her) (?:skin|body)|(?:my|his|her) skin all over)${G}\b(?:red|bright red|scarlet|hot and red|red and hot)\b|\b(?:gone|turned|is|went) (?:bright )?red (?:all over|everywhere|from head to toe)\b`),
  skinPeeling: r(String.raw`\b(?:skin|it)${G}\b(?:peeling|flaking|shedding|coming off|falling off)\b`),
  /** Shingles on the forehead, by the eye or at the tip of the nose: the eye's nerve is involved. */
  shinglesNearEye: r(String.raw`\bshingles\b[^.;!?]{0,80}\b(?:eye|eyes|eyelid|forehead|tip of (?:my|his|her) nose)\b|\b(?:eye|eyelid|forehead)\b[^.;!?]{0,60}\bshingles\b|\b(?:herpes zoster ophthalmicus|ophthalmic shingles)\b`),
  redPainfulEye: r(String.raw`\beyes?${G}\b(?:red and (?:painful|sore)|painful and red|(?:is |are |gone |looks )?(?:red|bloodshot)${G}\b(?:painful|hurts?|sore|aching))\b|\b(?:painful|sore) red eyes?\b`),
  /** Pain at an ovary: sudden and severe with vomiting, a twisted ovary. */
  ovaryPain: r(String.raw`\b(?:pain|ache|agony|cramp\w*)${G}\b(?:ovary|ovaries|ovarian)\b|\b(?:ovary|ovaries|ovarian)${G}\b(?:pain|hurts?|agony|area|region)\b`),
  /** A pregnancy lost or ended days ago: retained tissue can infect, as after a birth. */
  afterPregnancyLoss: r(String.raw`\b(?:miscarriage|miscarried|termination|abortion|erpc|lost (?:the|my|her|our) baby)\b`),
  /** An operation or procedure in the last days. */
  /**
   * An invasive procedure in the last six weeks (NICE NG51's sepsis risk factor): an operation, a tooth
   * out, a coil, a catheter, a scope or biopsy, told with when ("on Monday", "3 days ago", "since my
   * c-section") or as the days after it ("three days after my knee operation").
   */
  recentInvasiveProcedure: r(
    String.raw`\b${PROCEDURE}${NOT_TO_COME}\b(?:yesterday|today|this morning|last night|on (?:the )?(?:${WEEKDAYS}|weekend)|last week|(?:\d|a|one|two|three|four|five|six|a few|few|couple of|a couple of) (?:days?|weeks?) ago)\b`,
    // Home from hospital after it: "discharged Monday after they took out part of my bowel".
    String.raw`\b(?:discharged|sent home|came home|got home|home from hospital|out of hospital)\b[^|]{0,30}?\bafter (?:my |his |her |the |an? |they |having |i had |he had |she had )?(?:\w+ ){0,3}?${PROCEDURE}\b`,
    String.raw`\b(?:\d+|a|one|two|three|four|five|six|seven|ten|a few|few|couple of|a couple of) (?:days?|weeks?) (?:after|since) (?:my|his|her|their|the|an?) (?:\w+ )?${PROCEDURE}\b|\bsince (?:my|his|her|their|the) (?:\w+ )?${PROCEDURE}\b(?! (?:in (?:19|20)\d\d|(?:years?|months?) ago|last year))`,
  ),
  /** A heart beating fast, told as its rate, its pulse or its thump: with a fever, NICE NG51's raised heart rate. */
  fastHeart: r(String.raw`\b(?:fast|rapid|racing|quick|high|pounding|thumping) (?:heart ?beat|heart ?rate|pulse)\b|\b(?:heart ?beat|heart ?rate|pulse)${G}\b(?:fast|rapid|quick|high|racing|through the roof)\b|\bheart${G}\b(?:thumping|thudding|hammering|pounding|racing)\b`),
  recentProcedure: r(String.raw`\b(?:vasectomy|operation|op|surgery|procedure|biopsy|circumcision|c-?section|caesarean|tooth out|extraction)${G}\b(?:yesterday|today|this morning|last night|(?:\d+|a|one|two|three|four|five|few|couple of) days? ago)\b|\b(?:had|having|got) (?:my|his|her|their|the) (?:[a-z]+ ){1,2}(?:out|removed|taken out|operated on|repaired|replaced|done)\b[^|.!?]{0,20}\b(?:yesterday|today|last week|this week|(?:\d+|a|one|two|three|few|couple of) (?:days?|weeks?) ago)\b|\bpost-?op\b`),
  swellingGrowing: r(String.raw`\b(?:swollen|swelling|swelled)(?: up)?${G}\b(?:getting bigger|growing|keeps growing|like an? (?:grapefruit|balloon|orange|melon|tennis ball))\b`),
  /** Muscles gone rigid: with a high temperature and confusion, NMS or a stopped Parkinson's medicine. */
  muscleRigidity: r(String.raw`\b(?:muscles?|body|limbs?|arms|legs)${G}\b(?:rigid|really stiff|very stiff|so stiff|stiff as a board)\b|\b(?:he's|she's|he has|she has|they've|has|have|i've) (?:gone|become|went) (?:all |completely |totally |really |very )?(?:rigid|stiff)\b`),
  /** Glands or lymph nodes swollen: the body's answer to an infection nearby, not the wound's own swelling. */
  swollenGland: r(String.raw`\b(?:swollen|enlarged|painful|tender|sore|big) (?:lymph )?(?:glands?|nodes?)\b|\b(?:glands?|lymph nodes?)${G}\b(?:swollen|swelling|up|enlarged|tender)\b`),
  /** A jump that landed: the mechanism of a landing injury ("jumped off a wall", "landed awkwardly"). */
  jumpLanding: r(String.raw`\bjump\w*${G}\b(?:off|from|down from|out of)\b|\blanded (?:badly|awkwardly|wrong|funny|on (?:it|his|her|my) (?:ankle|foot|leg|arm|wrist|knee))\b`),
  /** Pain far worse than a wound looks: necrotising fasciitis. */
  painOutOfProportion: r(String.raw`\bpain${G}\b(?:way |much |far |a lot )?worse than (?:the |a |my |his |her |that )?(?:little |small |tiny )?(?:cut|wound|scratch|graze|bite|scrape|sore|bump|bruise)\b|\bpain out of proportion\b|\bpain${G}\b(?:way |much |far |a lot )?worse than when (?:i|he|she|they|we) (?:first )?(?:broke|did|hurt|injured|fractured|snapped|cracked) (?:it|my \w+|his \w+|her \w+)\b|(?<=\b(?:pain|hurts?|hurting|agony|sore)\b[^.!?]{0,50})\bworse than (?:it|the (?:cut|wound|skin|scratch|graze|bite)) (?:looks|appears|seems)\b(?! on (?:the |an? |my |his |her )?(?:x-?rays?|scans?|mri|ultrasounds?|pictures?|photos?))|\b(?:(?:hardly|barely|only|just) (?:a mark|a scratch|anything to see|visible)|(?:a |only a |just a )?(?:tiny|small|little|wee) (?:mark|scratch|cut|graze|nick|prick|wound|puncture))\b[^.;!?]{0,40}\b(?:pain|hurts?|agony)\b[^.;!?]{0,25}\b(?:unbearable|excruciating|agony|agonising|terrible|severe|spreading)\b|\b(?:pain|hurts?|hurting|agony)${G}\b(?:much |far |way |a lot )?(?:worse|more) than (?:it|the (?:skin|redness|rash|wound|swelling)) (?:looks|appears|seems)\b(?! on (?:the |an? |my |his |her )?(?:x-?rays?|scans?|mri|ultrasound|images?|films?)\b)`),
  /** Redness or swelling said to spread fast: a skin infection outrunning the body (cellulitis, necrotising fasciitis). */
  spreadingFast: r(
    String.raw`\b(?:red\w*|swell\w*|swollen|infection|rash|area|patch|streaks?)${G}\b(?:spread\w*|grow\w*|getting bigger|moving up|tracking up)${G}\b(?:fast|quickly|rapidly|by the hour|within hours|every hour|over hours)\b|\b(?:rapidly|quickly|fast)[- ](?:spreading|growing|expanding)\b`,
    // "red and swollen, and it is spreading fast": the redness named earlier in the sentence (not a rash of spots).
    String.raw`(?<=\b(?:red|redness|swollen|swelling|infection|infected|cellulitis)\b[^.;:!?]{0,80})\bspread\w* (?:very |really |so )?(?:fast|quickly|rapidly)\b`,
    // Red streaks running up a limb from a wound or bite (lymphangitis): the infection is spreading along it.
    String.raw`\bred (?:streaks?|lines?)${G}\b(?:spread\w*|going|moving|tracking|running|creeping) up\b|\blymphangitis\b`,
  ),
  /** Nearly drowned, or pulled from the water. */
  nearDrowning: r(String.raw`(?<!\b(?:dry|secondary|delayed) )\b(?:nearly|almost|near) drown\w*|\bdrowned (?:in|at) (?:the )?(?:pool|sea|river|lake|bath|water|pond)\b|\b(?:was|went|got) under (?:the )?water for\b|\bpulled (?:out of|from) the (?:water|pool|sea|river|lake|bath)\b|(?<!\b(?:dry|secondary|delayed) |\b(?:dry|secondary|delayed)' )\bdrowning\b(?!')(?! in (?:work|debt|paperwork|emails?|admin|bills|stress|sorrow|tears|homework|assignments|deadlines|responsibilit\w*|problems|it all|washing|laundry)\b)`),
  /** A bite or sting from a venomous animal. */
  venomousBite: r(String.raw`\bsnake ?bite|\b(?:bitten|bit|stung) by an? (?:\w+ )?(?:snake|adder|viper|rattlesnake|scorpion)\b|\b(?:snake|adder|viper|rattlesnake)${G}\b(?:bit|bites|has bitten|bitten|got)\b(?! (?:of|more)\b)|\badder bite\b|\bscorpion sting\b|\b(?:bit|bitten|bite)\b[^.!?]{0,80}?\b(?:was|were|been|be|like|probably|maybe) (?:an? )?(?:snake|adder|viper|rattlesnake|rattler|copperhead|cottonmouth|cobra)\b|\b(?:black widow|redback|funnel[- ]web)\b`),
  /** Heat exposure that can cause heat stroke. */
  heatExposure: r(String.raw`\b(?:heat ?stroke|sun ?stroke|heat exhaustion|in the (?:heat|sun)|heatwave|heat wave|hot (?:car|weather|day|sun)|sauna)\b|\bgolpe de calor\b|\binsolación\b|\bcoup de chaleur\b|\binsolation\b|\bcanicule\b`),
  /** A limb that suddenly went cold and pale (arterial blockage), not cold fingers in winter. */
  coldLimb: r(String.raw`\b${PULSE_SITE}(?: pulses?)? (?:pulses? )?(?:absent|not (?:felt|palpable)|impalpable)\b|\bno (?:pulses? in (?:my |his |her |the )?(?:foot|feet|leg|arm|wrist|ankle)|(?:${PULSE_SITE}|ankle) pulses?)\b|\b(?:leg|foot|arm|hand)${G}\b(?:went|turned|gone|going|has gone|became|become|becomes|has become|is|looks|feels) (?:all |really |very |so )?(?:ice |freezing |icy )?(?:cold|white|pale|blue|mottled)\b|\bcold${G}\b(?:white|pale)${G}\b(?:leg|foot|arm|hand)\b|\b(?:leg|foot|arm|hand)\b[^.;!?]{0,80}?\b(?:it's|it is|its|it has gone|it's gone|it went|it looks|it feels|and) (?:all |really |very |so )?(?:pale|white|blue|mottled) and (?:ice |icy |freezing )?cold\b|\b(?:fingers|toes)${G}\b(?:cold and (?:numb|white|blue)|(?:ice |freezing )?cold and numb|white and cold|blue and cold)\b`),
  /** A parent's son or daughter, of an age not told: a child more often than not. */
  offspring: r(String.raw`\b(?:my|our) (?:son|daughter|boy|girl|lad|lass|kids?|twins?)\b|\bthe (?:kids|children|little ones|twins)\b`),
  /** Feeling lost or changed in a limb, hand or foot: numb, tingling, "can't feel my toes". */
  lostFeeling: r(String.raw`\b(?:numb\w*|tingl\w*|pins and needles|(?:reduced|no|lost|less|decreased|little|altered) (?:feeling|sensation)|can(?:'t|not| not) feel)\b`),
  /** A limb that will not move, told of by a pronoun after it is named: "he can't lift it". */
  cantMoveIt: r(String.raw`\b(?:can't|cannot|can not|unable to|won't|couldn't) (?:move|lift|use|bend|wiggle|raise) (?:it|them)\b|\b(?:fingers|toes|hand|foot|arm|leg)${G}\b(?:won't|will not|can't|cannot|don't|do not) (?:move|bend|work|straighten|grip)\b`),
  /** A limb or long bone out of its shape ("his thigh looks bent in the middle", "wrist at a funny angle"). */
  /** A leg turned outwards and shorter after a fall: a broken hip's posture, told lay or clinically. */
  hipFractureSign: r(
    String.raw`\b(?:leg|foot)${G}\b(?:turned|turns|turning|twisted|rolled|pointing|points|sticking|flopped) (?:out|outwards?|to the side)\b|\b(?:leg|foot)${G}\b(?:looks |is |seems )?shorter\b|\bshort(?:ened)?,? (?:and )?(?:externally )?rotated\b|\bexternally rotated\b`,
  ),
  limbDeformity: r(String.raw`\b(?:leg|arm|thigh|shin|forearm|wrist|ankle|femur|bone|foot|elbow|knee|shoulder|finger)${G}\b(?:(?:is )?pointing (?:the )?wrong way|facing (?:the )?wrong way|looks? bent|bent in the middle|bent the wrong way|at an? (?:funny|weird|strange|odd|wrong|awkward|unnatural) angle|pointing (?:the )?wrong way|the wrong way round|deformed|out of shape|misshapen|like a dinner fork|like a fork)\b`),
  /** A lump, bump or swelling on the head (after a fall it is a head injury told by its sign). */
  headLump: r(String.raw`\b(?:lump|bump|swelling|egg|bruise|gash|cut)${G}\b(?:on|to) (?:the )?(?:side |back |front |top )?(?:of )?(?:his|her|my|their|the|its) (?:head|forehead|skull)\b`),
  /** A limb in a cast or splint (a sticking plaster is not one). */
  castOrSplint: r(String.raw`\b(?:cast|plaster cast|backslab|back-slab|splint)\b(?! iron| of (?:the|a) (?:show|film|play|series))|\bin (?:a |the )?plaster\b|\bput in plaster\b|\b(?:leg|arm|wrist|ankle|shin|foot|hand|elbow|knee|thumb|fingers?)${G}\b(?:plastered|plastered up)\b`),
  /** Toes or fingers gone blue, white, grey or mottled: the blood supply of a hand or foot. */
  digitsDiscoloured: r(String.raw`\b(?:toes?|fingers?|fingertips?|toenails?|fingernails?)${G}\b(?:blue|bluish|blueish|white|pale|purple|grey|gray|black|mottled|dusky)\b`),
  /** A broken or crushed limb, or one in a cast: what a compartment syndrome follows. */
  limbInjured: r(
    String.raw`\b(?:broke|broken|fractur\w*|crush\w*|snapped)${G}\b(?:leg|shin|tibia|fibula|ankle|arm|forearm|wrist|elbow|femur|thigh|bone)s?\b|\b(?:leg|shin|tibia|fibula|ankle|arm|forearm|wrist|elbow|femur|thigh)${G}\b(?:broke|broken|fractur\w*|crush\w*)\b|\b(?:in|into) (?:a |the |his |her |my )?(?:cast|plaster)\b|\bplaster cast\b`,
  ),
  /** A limb tense or tight under the skin, or a cast gone too tight: pressure inside the limb. */
  tenseLimb: r(
    String.raw`\b(?:calf|calves|leg|shin|forearm|arm|thigh|foot|hand)${G}\b(?:tense|tight|rock hard|hard as (?:a )?(?:rock|wood)|shiny and swollen)\b|\b(?:tense|tight|rock hard)${G}\b(?:calf|calves|leg|shin|forearm|arm|thigh)\b|\b(?:cast|plaster)${G}\b(?:too tight|tight|digging in|cutting in)\b|\b(?:it|the cast|the plaster|my cast|his cast|her cast) (?:feels?|felt|is|has got|got|getting|seems) (?:really |very |so |far )?too tight\b`,
  ),
  painWord: r(String.raw`\b(?:pain\w*|hurts?|hurting|ache|aching|agony|sore|numb\w*)\b|\bdolor\b|\bduele\b|\bdouleur\b|\bmal\b`),
} as const;
