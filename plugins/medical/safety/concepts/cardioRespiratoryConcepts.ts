/** Chest pain, cardiac features and breathing problems (en/es/fr, lay and clinical words). */
import { conceptPattern as r, GAP as G } from './conceptPattern.ts';

// A nose too blocked to breathe through is a cold's congestion, not breathing failing.
const NOT_THROUGH_NOSE = String.raw`(?! (?:in |out )?(?:through|thru|out of|from|via|with) (?:my |his |her |their |your |the |one |either |both )?(?:\w+ )?(?:nose|nostrils?)\b)`;

// "Blue", "bluish", "blueish", "bluey": the inflections a pattern allows do not make "blueish".
const BLUE = String.raw`(?:blue(?:ish|-ish|y)?|bluish)`;
const CHEST_QUALITY = String.raw`(?:pain|pains|pressure|tight|tightness|heavy|heaviness|hurts?|hurting|sore|killing|discomfort|ache|aching|squeez\w*|crush\w*|burn\w*|stabbing)`;

export const cardioRespiratoryConcepts = {
  /** Breathing told as slow or shallow in lay words ("breathing really slowly", "barely breathing"). */
  slowBreathing: r(String.raw`\bbreath\w*${G}\b(?:really |very |so |too |quite )?(?:slow\w*|shallow)\b(?! (?:and deep|down|to calm|in and out))|(?<!\b(?:with|doing|did|tried|try|by|through|some|took) (?:some )?)\b(?:slow|shallow) breath(?:s|e|es|ing)?\b(?! (?:exercises?|techniques?|practice|work))|\b(?:hardly|barely) breathing\b|\b(?:long )?gaps between (?:his|her|their|my) breaths\b`),
  /** A blood pressure told as high now ("her blood pressure is high at home"), no reading given. */
  bloodPressureHigh: r(String.raw`\b(?:blood pressure|bp)${G}\b(?:is|was|has been|reads|reading|came out|went) (?:really |very |quite |so )?(?:high|raised|up|elevated|through the roof|sky ?high)\b`),
  chestPain: r(
    String.raw`\bchest${G}\b${CHEST_QUALITY}`,
    String.raw`\b(?:tight|heavy|constricted)${G}\bchest\b|\b(?:sore|painful|aching|achy) chest\b`,
    // "Like an elephant sitting on my chest", "a weight pressing on my chest".
    String.raw`\b(?:elephant|weight|brick|tonne|ton|someone|something)${G}\b(?:sitting|standing|pressing|pushing|crushing|sat|stood) (?:on|down on) (?:my |his |her |the )?chest\b`,
    // "My chest feels like a vice", "like a band round my chest".
    String.raw`\bchest${G}\blike (?:a |an )?(?:vice|vise|clamp|band|weight|brick|tonne|ton|elephant)\b|\blike (?:a |an )?(?:vice|vise|clamp|band|weight)${G}\b(?:round|around|on|across) (?:my |his |her |the )?chest\b`,
    String.raw`\b(?:pain|pressure|tightness|heaviness|squeezing|crushing|discomfort|ache|weight|hurts?|hurting|aches|aching)${G}\b(?:in|on|across|of|behind) (?:my |his |her |the )?(?:chest|sternum|breastbone)`,
    String.raw`\b(?:angina|heart attack|myocardial|cardiac arrest|retrosternal|substernal|precordial)\b|\bchestpain\b`,
    // French and Spanish with words between the pain and the chest ("une douleur écrasante dans la poitrine"),
    // or the quality alone where "y"/"et" split the clause ("dolor fuerte y opresivo en el pecho").
    String.raw`\b(?:douleurs?|oppression|serrement|poids|mal)${G}\b(?:dans|à|sur|au niveau de) (?:la|ma|sa) poitrine\b|\b(?:dolor|opresión|presión|peso|opresiv[oa]|aplastante|punzante)${G}\b(?:en|sobre) (?:el|mi|su) pecho\b|\b(?:écrasante|oppressante|serrante|serré)${G}\b(?:dans|à|sur) (?:la|ma|sa) poitrine\b`,
    // Someone clutching or holding their chest is showing chest pain.
    String.raw`\b(?:clutch\w*|holding|grabbing|gripping)${G}\bchest\b`,
    String.raw`\b(?:dolor|presión|opresión|peso|ardor)${G}pecho\b|\bduele${G}pecho\b|\bpecho${G}(?:duele|apretado|oprimido)|\bdolor torácico\b|\b(?:infarto|ataque al corazón|ataque cardíaco)\b`,
    String.raw`\bdouleurs? (?:thoracique|à la poitrine|dans la poitrine|au thorax|rétrosternale)|\bmal (?:à|dans) la poitrine|\b(?:oppression|serrement|poids|barre)${G}(?:poitrine|thorax)|\bpoitrine${G}(?:serrée|écrasée|me serre|qui serre|me fait mal|fait mal)|\bcrise cardiaque|\binfarctus\b`,
  ),
  /** A chest that feels tight or heavy, said without a pain word ("my chest feels tight", "a tight chest"). */
  /** A cough, or phlegm brought up: with a tight chest, an airway telling of its cause (see chest_pain_adult). */
  cough: r(String.raw`\bcough\w*|\bchesty\b|\bphlegm\b|\bsputum\b|\btos\b|\btoux\b|\bflema\b|\bcrachats?\b`),
  /** Phlegm coughed up, the airways' infection (not blood, nor the pink froth of fluid on the lungs). */
  productiveCough: r(
    String.raw`\b(?:chesty|productive|wet|mucky|phlegmy) cough\b|\b(?:green|yellow|brown|thick|coloured|colored)${G}\b(?:phlegm|mucus|sputum|snot)\b|\bcough\w* (?:up |out )?(?:(?:lots of|loads of|some|a lot of|thick|green|yellow) )?(?:phlegm|mucus|sputum|gunk)\b`,
  ),
  chestTightness: r(
    String.raw`\bchest${G}\b(?:tight\w*|heav\w*|constrict\w*)|\b(?:tight|heavy|constricted)${G}\bchest\b|\b(?:tightness|heaviness|pressure|squeezing|constriction)${G}\b(?:in|on|across|of|around) (?:my |his |her |the )?chest\b`,
    String.raw`\bpecho${G}(?:apretado|oprimido)\b|\bopresión${G}pecho\b|\bpoitrine${G}(?:serrée|me serre|qui serre)\b|\b(?:oppression|serrement)${G}(?:poitrine|thorax)\b`,
  ),
  cardiacFeature: r(
    String.raw`\b(?:radiat\w*|spread\w*|going down|goes (?:down|into|to)|moving to|shoot\w*)${G}\b(?:arm|jaw|neck|shoulder|back)`,
    String.raw`\b(?:left|right) arm${G}\b(?:numb|tingl\w*|heavy|weak|pain|hurts|ache)|\b(?:numb|tingling|pain in)${G}left arm`,
    String.raw`\b(?:crushing|squeezing|elephant|tearing|ripping|vice)\b|(?<!\b(?:rash|blisters?|blistery|spots?|redness|sores?)\b[^|]{0,25})\bband\b(?![^|]{0,20}\b(?:one side|along|following|ribs?)\b)(?! of (?:\w+ ){0,3}(?:spots?|rash|blisters?|redness|bumps?|vesicles?|lesions?|sores?)\b)|\bpressure\b|\bat rest\b|\ben reposo\b|\bau repos\b`,
    String.raw`\b(?:sweat\w*|diaphore\w*|clammy|cold sweat|grey|gray|ashen)\b|\bsud(?:ando|or)\b|\bsueurs?\b|\bsue\b|\bmoite\b`,
    String.raw`\b(?:nausea|nauseous|sick to my stomach|vomit\w*|throwing up)\b|\bnáuseas\b|\bnausées?\b`,
    String.raw`\b(?:irradi\w*|baja|bajando|se extiende|corre)${G}(?:brazo|mandíbula|cuello|espalda|hombro)\b|\b(?:irradi\w*|descend\w*|part|remonte)${G}(?:bras|mâchoire|cou|dos|épaule)\b`,
    String.raw`\b(?:brazo izquierdo|bras gauche|mandíbula|mâchoire)\b|\bpresión\b|\bapretado\b|\bécras\w*|\bserre\b`,
  ),
  /** A baby's or child's work of breathing as clinicians note it: grunting, flaring, bobbing, a tracheal tug (NICE NG143). */
  childBreathingDistress: r(// Not the grunting of a baby straining to poo or asleep (infant dyschezia, sleep noises): common and harmless.
    String.raw`(?<!\b(?:poo\w*|strain\w*|sleep\w*|asleep|wind|bowels?)\b[^.;!?]{0,40})\bgrunt(?:ing|s|y)?\b(?![^.;!?]{0,50}\b(?:poo\w*|bowel\w*|strain\w*|sleep\w*|asleep|nappy|wind|farts?|lifting)\b)|\bnasal flar\w*|\bflaring (?:of )?(?:the |his |her )?nostrils\b|\bhead bobbing\b|\btracheal tug\w*`),
  severeBreathing: r(
    // Breathless at rest, and the frothy pink sputum of a flooded lung (acute pulmonary oedema).
    String.raw`\b(?:sob|breathless(?:ness)?|short(?:ness)? of breath|dyspn\w*) (?:even )?at rest\b|\bpink,? frothy (?:sputum|spit|phlegm)\b|\bfrothy,? pink (?:sputum|spit|phlegm)\b|\b(?:acute|flash) pulmonary o?edema\b`,
    // Not a deep breath the pain cuts short ("can't take a full breath because of the pain"): pain on breathing in.
    // A nose so blocked the person "can't breathe" is congestion: the words tell the cause before the feeling.
    String.raw`(?<!\b(?:nose|nostrils?)\b[^|]{0,15}\b(?:blocked|stuffed|stuffy|bunged|congested)\b[^|]{0,25})\b(?:can't|cannot|can not|couldn't|unable to|struggling to|fighting to|hard to|(?:hard|difficult|a struggle) for (?:him|her|me|them|the baby|my baby) to|barely)(?! (?:take|get|draw|have) (?:a )?(?:deep|full|big|proper|whole) breath\b[^|]{0,10}?\b(?:because|cos|as|due to|without)\b[^|]{0,25}\b(?:pain|hurts?|hurting|sore|painful)\b)${G}\bbreathe?\b${NOT_THROUGH_NOSE}`,
    // "A feeling of choking" or "a choking sensation" (as in a panic attack) is a sensation told, not a blocked airway seen.
    String.raw`(?<!\b(?:feelings?|sensation|sense) of )\b(?:choking|suffocating)\b(?! (?:sensation|feeling))`,
    // Air, not a breath, the word: "struggling to get air in", "can't get enough air".
    String.raw`\b(?:can't|cannot|can not|couldn't|unable to|struggling to|fighting to|hard to|barely) (?:get|draw|suck|pull|take|gulp) (?:any |enough |some |much )?air\b`,
    String.raw`\b(?:gasping|fighting for (?:breath|air)|struggling for (?:breath|air)|gulping for (?:breath|air)|air hunger)\b|\b(?:not|isn't|isnt|wasn't|wasnt|aren't|is not|was not|are not) breathing\b(?! (?:(?:too |any |very |that |so )?(?:fast|faster|quickly|quicker|rapidly|heavily|hard|harder|noisily|differently)|through (?:his|her|my|their|the) (?:nose|mouth))\b)|\bstop(?:s|ped|ping)? breathing\b|\brespiratory (?:distress|arrest)\b`,
    // Gurgling breath in someone who collapsed is a blocked airway (not a gurgling tummy).
    String.raw`(?<!\b(?:tummy|stomach|belly|bowels?|guts?|intestines?)\b[^|.;!?]{0,60})\bgurgl\w* (?:noises?|sounds?|breath\w*)\b(?! (?:from|in|inside) (?:my |his |her |their |the )?(?:tummy|stomach|belly|bowels?|guts?|intestines?)\b)|\bbreath\w*${G}\bgurgl\w*`,
    // Chest recession: the skin between or under the ribs, or at the neck, sucked in with each breath
    // (not a nipple or a dimple pulled in: a breast sign).
    String.raw`\b(?:ribs|tummy|belly|stomach|chest|skin|neck|throat)${G}(?<!\b(?:nipples?|dimpl\w*|dimples?)\s)\b(?:suck\w*|pull\w*|cav\w*|sink\w*|draw\w*|go|goes|going) in\b(?! and out\b)|\b(?:sucking|pulling|caving|sinking|drawing) in (?:under|between|below|around|at|by) (?:the |his |her |their |my )?(?:ribs|neck|throat|collarbones?|breastbone)\b|\b(?:chest|intercostal|subcostal|sternal) (?:recession|retractions?|indrawing)\b`,
    String.raw`\b(?:se le|se les|se me) (?:hunden|marcan|meten) las costillas\b|\bcostillas${G}(?:se hunden|se meten|se marcan)\b|\bcôtes${G}(?:se creus\w*|creus\w*|s'enfonc\w*|rentr\w*)\b|\btirage\b`,
    // Too breathless or wheezy to talk: "wheezing so hard I can't speak".
    String.raw`\b(?:breath\w*|wheez\w*|gasp\w*)${G}\b(?:can't|cannot|can not|unable to|couldn't) (?:speak|talk)\b`,
    // Words counted out between breaths: "can only get 2 or 3 words out", "talking in single words" (BTS: can't complete sentences).
    String.raw`\b(?:can|could) only (?:say|speak|get out|get|manage|talk in) (?:a |one |two |three |a few |one or two |two or three |\d (?:or \d )?|single |short )?(?:word|words)\b|\b(?:words?|speak\w*|talk\w*) (?:out )?between (?:each )?(?:breaths|gasps)\b|\b(?:speak\w*|talk\w*) in (?:single|one|odd) words\b|\bcan't (?:finish|complete|speak in|talk in) (?:a |full |my |whole )?sentences?`,
    String.raw`\bseverely (?:short of breath|breathless)|\bvery (?:short of breath|breathless)\b|\btoo (?:breathless|out of breath|short of breath|puffed out|wheezy) to (?:talk|speak|eat|feed|finish)\b`,
    String.raw`\bno (?:puedo|puede) respirar\b|\bme ahogo\b|\bse ahoga\b|\bahogándo(?:me|se)\b|\bdificultad (?:grave|severa) para respirar|\bno le (?:entra|llega) (?:el )?aire\b`,
    String.raw`\bn'arrive (?:pas|plus) à respirer\b|\bne (?:peux|peut) (?:pas|plus) respirer\b|\b(?:j'|il |elle )étouffe\b|\bsuffoqu\w*|\bne respire (?:plus|pas)\b`,
  ),
  cyanosis: r(
    // Not a colour put on: "painted his face blue", "dyed her lips purple".
    String.raw`(?<!\b(?:paint\w*|dye\w*|drew|drawn|draws)\b[^|]{0,20})\b(?:lips|face|skin|mouth)${G}\b(?:${BLUE}|grey|gray|purple|violet|dusky)\b|\b(?:going|gone|turning|turned|getting|went) (?:a bit |slightly |very |really )?(?:${BLUE}|grey|gray|purple|dusky) (?:around|round|of|on|in) (?:the |his |her |my |their )?(?:lips|mouth)\b|\blips${G}\b(?:black|blackish|dark|darker)\b(?! (?:from|after|with|because|since (?:eating|drinking)))|\bcyano\w*`,
    // Someone turning blue, the part unsaid ("he goes blue", "she turned blue"); not fingers or toes
    // changing colour (in the cold, white then blue: a circulation sign, not a lack of oxygen).
    String.raw`(?<!\b(?:fingers?|fingertips?|toes?|hands?|feet|foot|nose|ears?)\b[^|]{0,25})\b(?:goes|going|gone|went|turns|turned|turning|becoming|became)${G}\b(?:${BLUE}|dusky|violet)\b(?![^|]{0,25}\b(?:white|the cold)\b)`,
    // The person is the part: "now he's blue and barely breathing"; never a mood ("she's blue about her exams").
    String.raw`\b(?:he's|she's|he is|she is|they're|they are|baby's|baby is|(?:he|she|they|baby) (?:was|were|is) (?:all|completely|totally))(?: (?:all|completely|totally|now))? ${BLUE}\b(?! (?:about|over|since|lately|these days|with (?:sadness|grief))| in the face (?:from|with|after)? ?(?:shouting|yelling|arguing|explaining|telling|asking|talking|complaining|saying|trying))`,
    // The colour before the part: "grey lips", "blue fingertips".
    String.raw`\b(?:${BLUE}|grey|gray|purple|violet|dusky)(?: |-)(?:lips|fingertips|tongue|face)\b`,
    String.raw`\bteint (?:gris|grisâtre|bleu\w*|cyanos\w*)\b|\b(?:lèvres|visage)${G}gris\b|\b(?:color|piel|cara) (?:gris|grisácea|azulada)\b|\blabios${G}(?:morados|azules)\b|\bse (?:está poniendo|puso) (?:morad[oa]|azul)\b|\blèvres${G}bleu\w*|\bdevient bleue?\b`,
  ),
  /**
   * Blue fingers: cyanosis unless the fingers change colour in turns (whiteFingersTurn; see
   * clinicalFacts), as in Raynaud's, white then blue in the cold: a circulation sign, not a lack of oxygen.
   */
  blueFingers: r(String.raw`\b(?:fingers|fingertips)${G}(?<!\bwhite (?:or|then|and) )\b(?:blue|bluish|grey|gray|purple)\b(?![^|]{0,25}\b(?:cold|(?:then|and|or) (?:white|pale))\b)`),
  /**
   * Fingers or toes gone white, white in the cold, or white after another colour ("blue, then white").
   * White only: "pale" and "pale and cold" are the pallor of shock or cold, which must not hide blue fingers.
   */
  whiteFingersTurn: r(
    String.raw`\b(?:fingers|fingertips|toes)${G}\bwhite\b|\bwhite\b[^|]{0,25}\b(?:in|when|with|from) (?:the |it's |it is |its |it gets )?(?:cold|winter|freezing|chilly)\b|\bthen white\b|\braynaud\w*`,
  ),
  breathless: r(
    String.raw`\bshort\w* of breathe?\b|\bout of breath\b|\bbreathless\w*\b|\b(?:difficulty|trouble|problems?|struggling) (?:with )?(?:[a-z]+ing (?:and|or) )?breathing\b|\b(?:difficulty|difficulties|trouble|(?:a )?hard time) (?:of|to|in) (?:breathing|breathe)\b|\b(?:a )?hard time breathing\b|\bdifficult (?:breath\w*|to breathe)\b|\bbreathing (?:is |feels |is getting |has got )?(?:hard|difficult|fast|rapid|laboured|labored|shallow|weak|weaker)\b|\bbreathing (?:oddly|strangely|funny|weird(?:ly)?|abnormally|irregularly|erratically)\b|\b(?:odd|strange|funny|weird|abnormal|irregular|erratic) breathing\b|\bwinded\b|\bdyspn\w*|\btachypn\w*`,
    // Clinical shorthand: SOB (short of breath; not "I sob", crying), SOBOE, DOE (dyspnoea on exertion).
    String.raw`\bsob\b(?= ?(?:at rest|on (?:exertion|minimal|lying)|x ?\d|for\b|since\b|,|and\b|with\b|worse|\.|$))|\bsoboe\b|\bdoe\b`,
    String.raw`\bme falta el aire\b|\bfalta de aire\b|\bdificultad para respirar\b|\b(?:me|le|te|les|nos) cuesta respirar\b|\bessouffl\w*|\bdu mal à respirer\b|\bsouffle court\b|\brespire (?:mal|difficilement)\b|\bdifficultés? (?:à|pour) respirer\b`,
  ),
  /**
   * Breathing told as noisy ("he breath with noise", "noisy breathing"): after a food or sting, the airway
   * narrowing (see anaphylaxis). Alone, a blocked nose makes the same noise.
   */
  noisyBreathing: r(String.raw`\bbreath\w*${G}\bwith (?:a |some )?(?:noise|sound|whistle)s?\b|\bnoisy breath\w*|\bbreath\w* (?:is |are |was |sounds? |got )?(?:very |so |really )?(?:noisy|loud)\b|\b(?:noise|sound)s? when (?:he|she|they|i|you) breath\w*|\b(?:makes?|making|made) (?:a |an )?(?:strange|weird|funny|odd|whistling|squeaky|high[- ]pitched|rattly|rattling|crackly) (?:noise|sound)s? (?:when|while|as) (?:he |she |they |i |you )?breath\w*`),
  /** Wheezing: after a food or sting, an allergic airway (see anaphylaxis). */
  // A whistle when breathing is how many people describe a wheeze.
  wheeze: r(String.raw`\bwheez\w*|\bsibilanc\w*`, String.raw`\bwhistl\w*${G}\bbreath\w*|\bbreath\w*${G}\bwhistl\w*`),
  palpitations: r(
    String.raw`\bpalpitations?\b|\bflutter\w*(?: feeling| sensation)? in (?:my |his |her |the )?chest\b|\b(?:heart(?:beat)?|pulse(?! ?ox))${G}\b(?:racing|pounding|fluttering|flutters|skipping|skips|irregular|irregularly|erratic|erratically|out of rhythm|all over the place|beating (?:fast|really fast|out of my chest|irregularly|erratically))\b|\b(?:racing|pounding) (?:heart(?:beat)?|pulse)\b|\bheart(?:beat)?${G}\b(?:going|beating|running) (?:crazy|mad|wild|like (?:the clappers|mad|crazy|a train)|ten to the dozen|nineteen to the dozen|really fast|so fast|super fast|very fast)\b|\bheart${G}\b(?:going to|gonna|about to|wants? to|trying to) (?:beat|jump|pound|burst) out of (?:my|his|her) chest\b`,
    String.raw`\bpalpitaciones\b|\bcorazón${G}(?:acelerado|late (?:muy )?(?:rápido|fuerte))\b|\bcœur${G}(?:bat (?:trop |très )?vite|s'emballe|irrégulier)\b`,
  ),
  legDvt: r(
    String.raw`\b(?:calf|leg|thigh)${G}\b(?:swollen|swelling|puffy|red|painful|tender|hot)\b|\bdvt\b|\bblood clot\b`,
    // The calf named after its swelling: "pain and swelling in my calf".
    String.raw`\b(?:swollen|swelling|puffy|tender)${G}\bcalf\b`,
  ),
  /**
   * A chest sore, tight or aching because of the coughing ("sore from coughing", "tight when she coughs",
   * "aches after coughing fits"): the cough's strain, told as its cause. "Worse when I cough" only
   * aggravates a pain (pleurisy, a clot, the heart's lining) and is not this.
   */
  coughChestPain: r(
    String.raw`\b(?:chest|ribs?|breastbone|sternum)\b[^|]{0,40}?(?<!\b(?:worse|more|increas\w*|exacerbat\w*|aggravat\w*) )\b(?:when|whenever|after|from|on|with|while) (?:all |a |bad |long )?(?:the |my |his |her |their )?(?:i |he |she |they )?(?:cough\w*|hacking)\b`,
    String.raw`\bcough\w*${G}\b(?:makes?|made|leaves?|left|has left|is making)${G}\b(?:chest|ribs?)${G}\b(?:hurt\w*|sore|ache\w*|aching|tight)\b`,
  ),
  /**
   * Breathlessness told with an ordinary exertion ("short of breath climbing stairs", "a little breathless
   * when he exerts himself", "SOBOE"); not with the least effort (dressing, talking, across a room).
   */
  breathlessOnExertion: r(
    String.raw`\b(?:short\w* of breath|out of breath|breathless\w*|winded|puffed out|dyspn\w*|sob)${G}(?<!\b(?:minimal|slightest|least|any|mild) )\b(?:on (?:exertion|effort|the stairs|stairs|hills?)|(?:when|while|after) (?:i |he |she |they )?(?:climb|walk|exert|go(?:es)? up|run|hurr|exercis|do(?:es)? (?:sport|exercise))\w*|(?:climbing|walking|going|getting) up ?(?:the )?(?:stairs|steps|hills?|upstairs)|walking (?:uphill|upstairs|fast|quickly)|with (?:exercise|exertion|activity))`,
    String.raw`\bexertional (?:dyspn\w*|breathlessness|shortness of breath)\b|\bsoboe\b|\bdoe\b`,
  ),
  /** A chest pain, tightness or pressure that comes with an exertion (the clause tells both): angina's pattern. */
  exertionalChestPain: r(
    String.raw`\b(?:chest|${CHEST_QUALITY})\b[^|]{0,50}?\b(?:on (?:exertion|effort)|(?:when|while|whilst|during|as) (?:i |he |she |they |i'?m |he'?s |she'?s )?(?:walk|climb|run|jog|exercis|exert|go(?:es)? up|hurr|cycl|swim|work(?:s|ing)? out|play)\w*|exertional)`,
    // "Chest tightness walking to the bus stop": the activity told by its participle alone.
    String.raw`\b(?:chest|${CHEST_QUALITY})\b[^|]{0,30}?\b(?:walking|climbing|running|jogging|hurrying|cycling) (?:up|to|uphill|upstairs|fast|quickly|for|around|round|any distance)\b`,
    String.raw`\b(?:walking|climbing|running|exercis\w*|exertion|hurrying|going up (?:stairs|hills?))\b[^|]{0,40}?\bbrings? on (?:the |a |my |his |her )?(?:chest|pain|tightness|pressure)`,
  ),
  /** A chest pain or tightness that rest takes away: "eases within 3 minutes of resting", "goes when I stop". */
  easesWithRest: r(
    String.raw`\b(?:eases?|easing|eased|goes|going|went|settles?|settling|settled|stops?|stopping|stopped|passes|passing|passed|subsides?|subsiding|relieved|better|disappears?|wears off)${G}\b(?:(?:with|on|after|by|of) (?:a )?(?:rest\w*|stopping|sitting down|slowing down)|(?:when|once|if|as soon as) (?:i|he|she|they) (?:rest|stop|sit down|slow down)\w*)\b`,
    String.raw`\b(?:rest|resting|stopping|sitting down)${G}\b(?:eases|relieves|helps|settles|takes away|gets rid of) (?:it|the pain|the tightness)\b`,
  ),
  /** Pain on breathing in (pleuritic): with a swollen leg, a clot in the lung. */
  pleuritic: r(String.raw`\b(?:hurts?|hurting|pain\w*|sharp|stabbing|agony)${G}\b(?:to breathe|when (?:i|he|she|you) (?:breathe|take a (?:deep )?breath|inhale)|on (?:breathing|inspiration)|breathing in)\b|\bbreathing in hurts\b|\bpleuritic\b|\b(?:can't|cannot|unable to) (?:take|get|draw|have) (?:a )?(?:deep|full|big|proper|whole) breath\b[^|]{0,10}?\b(?:because|cos|as|due to|without)\b[^|]{0,25}\b(?:pain|hurts?|hurting|sore|painful)\b`),
  /** A current episode measured in minutes or hours ("for 20 minutes", "depuis une heure"). */
  /** Feeling on the edge of fainting now: "I'm about to pass out". */
  aboutToFaint: r(
    String.raw`\b(?:about to|going to|gonna|could|might|will) (?:pass out|faint|black out|collapse|keel over)\b`,
    // Told as what nearly happened: "keeps nearly fainting", "almost passed out", "close to blacking out".
    String.raw`\b(?:nearly|almost|close to|on the verge of) (?:pass(?:es|ed|ing)? out|faint(?:s|ed|ing)?|black(?:s|ed|ing)? out|collaps(?:e|es|ed|ing)|keel(?:s|ed|ing)? over)\b`,
  ),
  ongoingAcute: r(
    String.raw`\b(?:for|over|in) the (?:last|past) (?:hour|half hour|half an hour|few hours|couple of hours)\b`,
    String.raw`\b(?:for|over|since) (?:the (?:last|past) )?(?:\d+|a few|several|twenty|thirty|forty|half(?: an?)?|an?|one|two|three)\s*(?:min\w*|hours?|hrs?)\b`,
    // "20 minutes of pain", "2 hours now"; not "within 3 minutes of resting", the time a pain takes to ease.
    String.raw`(?<!\b(?:within|after|in|under|about|around|inside) )\b\d+\s*(?:min\w*|hours?|hrs?|h)\s+(?:of|now)\b(?! (?:rest\w*|stopping|sitting|taking|using|spray\w*)\b)`,
    String.raw`\bdesde hace (?:\d+|media|una|un|unos|unas|varias) (?:minutos|hora|horas)\b|\bdepuis (?:\d+|une|un|une demi-|quelques|plusieurs) ?(?:minutes?|heures?)\b|\bdepuis une demi-heure\b`,
  ),
  /** A long-term lung disease whose oxygen target is lower (BTS: 88-92% in COPD with retained carbon dioxide). */
  chronicLungDisease: r(String.raw`\b(?:copd|emphysema|chronic bronchitis|chronic obstructive\w*|pulmonary fibrosis|lung fibrosis|ipf|interstitial lung disease|bronchiectasis)\b`),
  /** A reading told as the person's usual or within their agreed target ("91% which is my normal"). */
  readingUsual: r(
    String.raw`\b(?:which is|that's|thats|it's|its|is|that is) (?:about |around |within |in )?(?:my|his|her|their) (?:normal|usual|baseline|target|range)\b|\b(?:my|his|her|their) (?:target|baseline) (?:is|range|of)\b|\b(?:always|usually|normally) (?:runs?|sits?|is|are) (?:at |around |about )?(?:8[5-9]|9[0-4])\b`,
  ),
} as const;
