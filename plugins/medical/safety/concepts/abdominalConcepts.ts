/** Abdominal and pelvic pain: where it is, how it behaves, and what comes with it. */
import { conceptPattern as r, GAP as G } from './conceptPattern.ts';

/**
 * "Side" names the belly only when no other body part owns it: "left-sided chest pain", "pain on the
 * right side of my head", "the left side of my neck" are not abdominal or pelvic.
 */
const OTHER_SITE = String.raw`(?:chest|head|neck|throat|jaw|face|arm|armpit|leg|knee|shoulder|eye|ear|ribs?|breast)`;
const SIDE = String.raw`side(?!d?[^|]{0,15}\b${OTHER_SITE}\b)(?<!\b${OTHER_SITE}\b[^|]{0,25}side)`;

export const abdominalConcepts = {
  /**
   * A pain the writer calls severe: the severity word qualifies a pain, not something else in the
   * sentence ("cramps and severe vomiting" is not severe pain). Rules pair it with where the pain is.
   */
  severePain: r(
    String.raw`\b(?:severe|severely|worst|unbearable|excruciating|agonising|agonizing|intense|terrible|horrible|awful|extreme|really bad|very bad|so bad)(?:,? +[a-z]+){0,3},? (?:pain|pains|ache|cramps?|cramping|agony|tenderness)\b`,
    String.raw`\b(?:pain|pains|ache|cramps?|cramping|tenderness)(?: [a-z]+){0,4}? (?:is|was|are|were|has been|have been|got|gets|getting|became|becoming|feels?)(?: (?:very|really|so|extremely|now|more))? (?:severe|unbearable|excruciating|agoni[sz]ing|intense|terrible|horrible|extreme)\b`,
    String.raw`\b(?:abdominal|abdomen|abdo|stomach|belly|tummy|pelvic|flank) (?:pain|ache|cramps?)[^|]{0,45}?\b(?:[89]|10) ?(?:out of|\/) ?10\b|\bin agony\b|\bdoubled over\b|\bwrithing\b`,
    String.raw`\bdolor${G}(?:muy fuerte|fuerte|intens[oa]|insoportable|atroz)\b|\b(?:fuerte|intenso|insoportable) dolor\b`,
    String.raw`\bdouleurs?${G}(?:très forte|forte|intense|violente|insupportable|atroce)\b|\b(?:forte|intense|violente|atroce) douleur\b|\bmal au ventre${G}(?:très fort|insupportable)\b`,
  ),
  /** A pain scored 8 to 10 out of 10: in a message about one pain, the score is that pain's. */
  highPainScore: r(String.raw`\b(?:[89]|10) ?(?:out of|\/|sur|de) ?10\b`),
  abdominalPain: r(
    String.raw`\b(?:abdominal|abdomen|abdo|stomach|belly|tummy|tum|pelvic|groin|${SIDE}|flank|loin|lower right|right lower|appendix|epigastri\w*|periumbilical|suprapubic|rif|rlq|lif|llq|iliac fossa)${G}\b(?:pain|painful|ache|achy|sore|hurts?|hurting|cramp\w*|agony|tender\w*|killing (?:me|him|her|them|us))\b`,
    String.raw`\b(?:pain|ache|cramp\w*|tenderness|hurts?|hurting|aching)${G}\b(?:abdom\w*|stomach|belly|tummy|pelvis|lower (?:right|left)|right lower|${SIDE}|rif|rlq|lif|llq|epigastri\w*|periumbilical|umbilic\w*)\b`,
    String.raw`\bdolor${G}(?:estómago|abdomen|abdominal|barriga|vientre|panza|tripa|fosa ilíaca)\b|\bme duele${G}(?:estómago|barriga|panza|vientre|tripa)\b`,
    String.raw`\bmal au ventre\b|\bmal à l'estomac\b|\bdouleurs?${G}(?:ventre|abdomen|abdominale|fosse iliaque)\b`,
  ),
  peritonism: r(String.raw`\b(?:rigid|hard as a board|board-like|guarding|rebound)\b|\b(?:hurts|pain) (?:to|when i|when he|when she) (?:move|walk|cough|breathe in)|\b(?:walking|moving|coughing) (?:is|was) (?:very |so |really )?(?:painful|agony|sore)\b|\bcan't (?:stand up|stand straight|straighten|move|walk)`,
    // Lying still because any movement hurts: the peritoneum is inflamed.
    String.raw`\b(?:have to|has to|had to|need to|needs to|can only|only able to|only) (?:lie|lay|stay|keep) (?:totally |completely |really |very |dead |perfectly )?still\b|\b(?:lie|lying|lay|laying|stay|staying|keep|keeping) (?:totally|completely|dead|perfectly) still\b|\b(?:every|any|the slightest|the smallest|each) (?:movement|bump|jolt)${G}\b(?:hurts|agony|unbearable|worse|kills)\b|\b(?:bumps in the road|going over (?:a |the )?bumps?|speed bumps?)\b|\b(?:goes|go|went|drives?|drove|driving) over (?:a |the |any )?(?:bumps?|pothole)\b`),
  /** Right lower abdomen including the navel (used with severity or sudden onset). */
  rightLower: r(String.raw`\bright lower\b|\blower right\b|\b(?:right bottom|bottom right|right low) (?:of (?:my |his |her |the )?)?(?:belly|tummy|abdomen|stomach|side)\b|\bright side of (?:my |the )?(?:belly|abdomen|stomach|tummy)|\bnavel\b|\bbelly button\b`),
  /** Strictly the right iliac fossa, where appendicitis settles. */
  rightIliacFossa: r(
    String.raw`\b(?:rif|rlq|right iliac fossa|right lower quadrant|mcburney\w*)\b|\b(?:lower right|right lower|bottom right)${G}\b(?:side|belly|abdomen|stomach|tummy|tum|quadrant)\b|\bright side of (?:my |his |her |the )?(?:lower )?(?:belly|abdomen|stomach|tummy)\b`,
    // Not another part's lower right: "right lower extremity", "right lower lobe", "lower right molar".
    String.raw`\b(?:lower right|right lower)\b(?! (?:extremit\w*|limbs?|legs?|lobes?|back|teeth|tooth|molars?|wisdom|jaw|eyelids?|lids?|lip|gum|ribs?))|\b(?:low|lower) down on the right\b|\bdown (?:low )?on the right(?: side)?\b(?=[^.]{0,40}\b(?:tummy|belly|stomach|abdomen|pain|hurts?)\b)|(?<=\b(?:tummy|belly|stomach|abdomen|pain)\b[^.]{0,60})\b(?:low|lower) down on the right\b`,
    // Pain moving from the middle to the right, the way appendicitis does.
    String.raw`\b(?:mov\w*|went|gone|shifted|spread\w*|travel\w*|settled) (?:down )?(?:to|into) (?:the |his |her |my )?(?:right side|right|bottom right|lower right)\b`,
    // The position told after the part: "my lower belly on the right", "low down in my tummy on the right".
    String.raw`\b(?:lower |low down in (?:my |his |her |the )?|bottom of (?:my |his |her |the )?)(?:belly|abdomen|stomach|tummy|tum)\b[^|]{0,12}\b(?:on|to) the right\b`,
    String.raw`\bfosa ilíaca derecha\b|\blado derecho${G}(?:abajo|bajo vientre|barriga|abdomen)\b|\bparte baja derecha\b|\bfosse iliaque droite\b|\bbas du ventre à droite\b|\ben bas à droite\b|\bcôté droit${G}(?:ventre|abdomen)\b`,
  ),
  /** Pain that has moved or is building over hours. */
  painProgressing: r(
    String.raw`\b(?:moved|migrat\w*|shifted|went|travell?ed|now localis\w*|now localiz\w*|localis\w*|localiz\w*|settled)${G}\b(?:to|in|into)\b|\b(?:getting|got|gets|growing) (?:worse|stronger|more intense)\b|\bworse and worse\b|\bworsening\b|\bincreasing(?:ly)?\b|\bmore and more (?:painful|sore)\b`,
    String.raw`\bempeora\w*|\bcada vez (?:más|peor)\b|\bse ha movido\b|\bs'aggrave\b|\bempire\b|\bde plus en plus\b|\bs'est déplacée?\b`,
  ),
  /** Loss of appetite, a classic companion of appendicitis. */
  anorexia: r(String.raw`\banorexi\w*|\boff (?:my|his|her|their) food\b|\bnot (?:hungry|eating)\b|\blost (?:my |his |her )?appetite\b|\bwon't eat\b|\bsin apetito\b|\bpas faim\b|\bperte d'appétit\b`),
  /** Pain at the tip of the shoulder: blood under the diaphragm (a ruptured ectopic pregnancy, a spleen). */
  shoulderTip: r(
    String.raw`\bshoulder[- ]tip\b|\btip of (?:the |my |her )?(?:left |right )?shoulder\b`,
    // A tummy pain felt up in the shoulder, told in lay words: "it hurts up to my shoulder", "even my shoulder hurts".
    String.raw`\b(?:hurts|pain\w*|goes|going|spreads?|spreading|radiat\w*) (?:right |all the way |even )?(?:up )?(?:to|into) (?:my|her|the) (?:left |right )?shoulder\b|\beven (?:my|her|the) (?:left |right )?shoulder (?:hurts|aches|is sore)\b`,
  ),
  oneSidedPelvic: r(String.raw`\bone ${SIDE}\b|\b(?:left|right) ${SIDE}\b|\b(?:low|lower|low down|down low|down) (?:on|in) the (?:left|right)\b|\b(?:lower|bottom) (?:left|right)\b(?! (?:arm|hand|leg|foot|knee|ankle|eye|ear|tooth|teeth|molar|wrist|shoulder|elbow|hip|back|chest|side of (?:the |my )?(?:head|face|neck|chest|back)))|\blow${G}\b(?:tummy|belly|abdomen|pelvis)|\bpelvic\b|\bshoulder tip`),
  /** A kidney stone named, or its pain: from the loin or flank round or down to the groin, in waves. */
  renalColic: r(
    String.raw`\b(?:kidney|renal|ureteric|ureteral|urinary) (?:stones?|colic|calculi|calculus)\b|\bnephrolithiasis\b|\burolithiasis\b|\bloin to groin\b`,
    String.raw`\b(?:loin|flank|kidney|side|back)${G}\b(?:to|into|down to|down into|round to|towards|radiat\w* to|spreading to|moving to|going to|goes to)${G}\bgroin\b`,
    String.raw`\b(?:flank|loin|kidney)\b[^|]{0,40}\bwaves?\b|\bwaves?\b[^|]{0,40}\b(?:flank|loin|kidney)\b`,
  ),
  /** Pain that painkillers do not hold, or that will not let the person keep still. */
  painUncontrolled: r(
    String.raw`\b(?:painkillers?|pain relief|ibuprofen|paracetamol|co-?codamol|morphine|tablets)${G}\b(?:not|aren't|don't|isn't|haven't|didn't) (?:help\w*|work\w*|touch\w*|do\w*)\b`,
    String.raw`\b(?:can't|cannot|unable to) (?:keep|sit|stay|lie) still\b|\brolling (?:around|about)\b|\bpacing (?:around|about|up and down)\b`,
  ),
  /** A baby's bowel folding in on itself: redcurrant-jelly stools, bouts of screaming with the legs drawn up. */
  redcurrantStool: r(String.raw`\b(?:poo\w*|pooped|stools?|nappy|diaper|caca)\b[^|]{0,30}\b(?:strawberry|redcurrant|raspberry|red) (?:jam|jelly)\b|\bred ?currant jelly\b|\bjelly[- ]like (?:blood|poo|stools?)\b|\bintussuscept\w*`),
  /** Drawing the legs up while crying: colic too, so it counts only with vomiting, blood or floppiness. */
  legsDrawnUp: r(String.raw`\b(?:pull\w*|draw\w*|bring\w*) (?:his|her|their|the) (?:legs|knees) up\b`),
  // "Killing me" is how many tell a bad pain ("my ball suddenly started killing me").
  // A ball or nut is a testicle when it is someone's or a side's ("my left nut"), not a snack ("ate some nuts and it hurts").
  testicularPain: r(String.raw`\b(?:testic\w*|testes|testis|scrot\w*|(?:my|his|your|left|right|one|both) (?:balls?|nuts?))\b${G}(?:pain|hurts|swollen|swelling|killing (?:me|him))|\b(?:pain|hurts?|hurting|agony|aches?|aching)${G}\b(?:testic\w*|testis|scrot\w*|balls?)\b|\btesticul\w*|\btesticles?\b|\b(?:pain|hurts?|hurting|agony|aches?|aching|sore|swollen)${G}\b(?:in |of )?(?:his|my) (?:privates|private parts|balls|nuts|bits|scrotum)\b|\b(?:his|my) (?:privates|private parts|balls|nuts)${G}\b(?:hurt\w*|pain\w*|swollen|sore|agony)\b`),
  /** A hernia, or a lump or bulge in the groin or at the navel (where hernias come through). */
  herniaLump: r(
    String.raw`(?<!\bhiatus )\bhernia\b|\b(?:lump|bulge|swelling)${G}\b(?:groin|belly button|navel|umbilicus)\b|\b(?:groin|belly button|navel)${G}\b(?:lump|bulge)\b`,
  ),
  /** A lump that has become stuck (it will not go back in) or tense: what strangulation does to a hernia. */
  lumpStuck: r(
    String.raw`\b(?:won't|wont|will not|doesn't|does not|can't|cannot|couldn't|not) (?:go(?:ing)?|push(?:ing)? (?:it )?|pop(?:ping)?|slip(?:ping)?) back(?: in)?\b|\birreducible\b|\b(?:gone|went|turned|become|became|got|getting|is|feels|that's|thats|which is) (?:really |very |rock |all )?(?:hard|tense|tight|firm|dark|purple|red)\b`,
  ),
  /** A blow to the testicles: kicked, kneed or hit there. */
  testicularBlow: r(
    String.raw`\b(?:kicked|kneed|hit|struck|whacked|punched|smacked|booted|elbowed) (?:him |me |her )?(?:in|on|between) (?:the |my |his )?(?:nuts|balls|testicles?|testes|scrotum|groin|privates|crotch|family jewels)\b`,
  ),
  /**
   * An erection, named so or told as the penis staying stiff ("his willy has been stiff"); a hard lump or
   * spot on it is a lump, not an erection.
   */
  erection: r(
    // Not the erection that cannot be got or kept (erectile dysfunction's words).
    String.raw`(?<!\b(?:get|keep|maintain|getting|keeping|maintaining|lost|losing|lose|weak|no|soft) (?:an |my |his |any |the )?)\b(?:erections?|erect|hard-?ons?|boners?|stiffy|stiffies)\b(?! (?:problems?|issues?|difficult\w*|dysfunction|troubles?))|\bpriapism\b`,
    String.raw`\b(?:penis|willy|willie|dick|cock|todger|winkie)${G}\b(?:stiff|rigid|erect|hard(?! (?:lump|bump|spot|patch|area|bit|swelling))|standing up)\b`,
    // "Still hard" after an erection medicine, the erection not named: "took some blue pills ... it's still hard".
    String.raw`\b(?:viagra|sildenafil|cialis|tadalafil|levitra|vardenafil|blue pills?|trimix|caverject)\b.{0,120}?\b(?:it's|its|it is|is|still|been|stayed|staying|stays) (?:still )?(?:rock |really |so )?hard\b`,
  ),
  /** An erection that outlasts its cause: hours told without a count, or one that will not go down. */
  erectionPersisting: r(
    String.raw`\b(?:won't|wont|will not|doesn't|does not|isn't|is not|hasn't|has not|not) (?:go(?:ne|ing)? (?:down|away|soft)|soften\w*|subsid\w*)\b`,
    String.raw`\b(?:for|lasting|all) (?:(?:several|a few|many|over \w+|more than \w+) )?hours\b|\ball night\b|\b(?:been|lasted|for) (?:about |around |over |nearly |almost |like )?(?:[3-9]|1\d|three|four|five|six|seven|eight|several) (?:hours|hrs)\b`,
    // Taken hours ago and still hard: "took a viagra 6 hours ago and it is still hard".
    String.raw`\b(?:[3-9]|1\d|three|four|five|six|seven|eight|several) (?:hours|hrs) ago\b.{0,60}?\bstill (?:rock |really |so )?(?:hard|erect|up|stiff)\b`,
  ),
  /**
   * Pain that comes with every period, as it has for years ("on the first day of her period, every
   * month since age 14"): period pain told as its pattern, not a new acute abdomen.
   */
  cyclicPeriodPain: r(
    String.raw`\b(?:with|during|on the first (?:day|two days|days) of|before|at the start of) (?:each|every|my|her|their|the) (?:periods?|menstruation|menses|cycle)\b[^.;!?]{0,80}?\b(?:every (?:month|period|cycle)|each (?:month|period|cycle)|since (?:age|the age of) \d+|since (?:menarche|her periods started|my periods started)|for years|same every month)\b`,
    String.raw`\b(?:every|each) (?:month|period|cycle)\b[^.;!?]{0,60}?\b(?:with|during|on the first (?:day|days) of) (?:each|every|my|her|the) (?:periods?|menstruation|menses)\b`,
  ),
  /**
   * A pain told as the period's: named so ("period pain", "menstrual cramps", "painful periods") or tied
   * to its start ("started with her period this morning", "a few hours before her period began").
   */
  periodTimedPain: r(
    String.raw`\b(?:period|menstrual|menses) (?:pains?|cramps?|cramping)\b|\bdysmenorrh\w*|\bpainful (?:periods|menstruation)\b`,
    String.raw`\b(?:pains?|cramp\w*|ache|aching)\b[^|]{0,60}?\b(?:with|during|before|at the start of|on the first (?:day|two days|days) of|when) (?:each |every |my |her |their |the )?(?:periods?|menstruation|menses)\b`,
  ),
  /** The period's pain told as recurring ("this happens with most periods", "similar painful periods since she was 13"). */
  recursWithPeriods: r(
    String.raw`\b(?:with|during|on) (?:most|every|each|all) (?:of )?(?:her |my |their )?(?:periods|cycles)\b|\b(?:every|each) (?:month|period|cycle)\b`,
    String.raw`\b(?:similar|same|usual|typical) (?:painful |heavy |bad )?periods\b|\blike (?:her|my|their) (?:usual|normal|other|previous) periods?\b|\b(?:painful|bad) periods since\b`,
    String.raw`\bsince (?:age \d+|the age of \d+|(?:she|i) was \d+|menarche|(?:her|my) periods (?:started|began))\b`,
  ),
  /** A pain said to be unlike what the person knows ("different from her usual periods", "never had pain like this"). */
  unlikeUsual: r(
    String.raw`\b(?:unlike|different (?:from|to|than)|worse than) (?:her |my |his |their |the )?(?:usual|normal|previous|other|any|ever)\b|\bnever (?:had|felt|known) (?:anything|pain|a pain|this|it|one) like\b|\b(?:first time|never before)\b|\bworst (?:ever|pain (?:of|in) (?:her|my|his) life)\b`,
  ),
  /** Blood in the stool or diarrhoea (dysentery): never a simple stomach bug. */
  bloodInStool: r(String.raw`\bbloody (?:diarrh\w*|stools?|poo\w*|motions|bowel movements?)\b|\bblood${G}\b(?:stools?|poo\w*|diarrh\w*|motions|bowel movements?)\b|\b(?:diarrh\w*|stools?|poos?|motions)\b(?: (?:that|which) (?:is|are|has|have|had))? (?:mixed )?with (?:some |bits of |streaks of |lots of |a lot of |fresh |red )?blood\b|\bdysentery\b`),
  /**
   * A stomach upset told with its food source or its company: others who ate the same meal are ill too,
   * it came on hours after a meal named, or the writer names food poisoning or a stomach bug.
   */
  foodborneCluster: r(
    String.raw`\b(?:who|that) (?:also )?(?:ate|had|shared) (?:the same|the|that) (?:meal|food|dish|takeaway|buffet|barbecue|bbq)\b|\b(?:same|similar) symptoms\b|\b(?:everyone|others|family|friends|colleagues|husband|wife|partner|kids|children|people)${G}\b(?:also |are |is |were |was )?(?:also )?(?:ill|unwell|sick|affected|got it|have it|has it)\b`,
    String.raw`\b(?:\d+|a few|several|some|two|three|four|five|six) hours? after (?:eating|a meal|dinner|lunch|breakfast|the meal|the party|the buffet|the barbecue)\b|\bafter eating (?:leftover|reheated|undercooked|raw|old|out of date|a takeaway|takeaway|street food|at a)\b|\bafter (?:a |the )?(?:buffet|barbecue|bbq|takeaway|picnic|kebab|street food|seafood|oysters|leftovers|reheated rice)\b|\b(?:food poisoning|stomach bug|tummy bug|gastro(?:enteritis)?|norovirus|winter vomiting)\b`,
  ),
  vomiting: r(String.raw`\b(?:vomit\w*|throwing up|threw up|been sick|being sick|keeps being sick|puking|can't keep anything down|sick (?:twice|three times|several times|\d+ times))\b|\bvómit\w*|\bvomit\w*|\bvomis\w*|\bvomi\b`),
  /** Blood or red jelly in a baby's nappy (redcurrant-jelly stool: a telescoped bowel with colic). */
  // Jelly told of the nappy or the stool: red jelly eaten at a party is pudding.
  bloodyNappy: r(String.raw`\b(?:red|redcurrant|blood\w*) jelly\b(?=[^|]{0,30}\b(?:napp(?:y|ies)|diapers?|poo\w*|stools?|bottom)\b)|\b(?:napp(?:y|ies)|diapers?|poo\w*|stools?)${G}\b(?:red|redcurrant|blood\w*) jelly\b|\bredcurrant(?:[- ]jelly)? (?:stools?|poo\w*)\b|\b(?:blood|bloody)${G}\bnapp(?:y|ies)\b|\bnapp(?:y|ies)${G}\b(?:blood|bloody)\b`),
  /** Cancer in the spine or its bones ("cancer that's spread to her spine"). */
  spinalCancer: r(String.raw`\b(?:cancer|tumou?r|myeloma|lymphoma|secondaries|mets|metastas\w*)${G}\b(?:spine|spinal|vertebra\w*|backbone|bones)\b|\bspinal (?:mets|metastas\w*|tumou?r)\b`),
  /** An aortic aneurysm the person is known to have (a brain aneurysm is another matter). */
  // "AAA" only as a thing had ("an AAA", "my triple A"): "aaa it hurts" is a cry.
  aorticAneurysm: r(String.raw`(?<!\b(?:brain|cerebral|berry|intracranial|head) )\baneurysm\b|\b(?:a|an|my|his|her|their|the|known|small|large) (?:aaa|triple a)\b`),
  /** A lump in the belly that beats with the pulse: an aortic aneurysm until shown otherwise. */
  pulsatileMass: r(String.raw`\b(?:pulsat\w*|throbbing|beating)${G}\b(?:mass|lump|swelling)\b|\b(?:mass|lump|swelling)${G}\b(?:pulsat\w*|throbs|beats)\b`),
} as const;
