/**
 * Clinical concepts as phrase families in English, Spanish and French. Rules combine concepts; they
 * never match sentences. Patterns run on asserted clause text joined by " | ", so gaps use [^|] to
 * stay inside one clause.
 */
const G = String.raw`[^|]{0,30}?`;
const r = (...parts: string[]): RegExp => new RegExp(parts.join('|'));

export const CONCEPTS = {
  chestPain: r(
    String.raw`\bchest${G}\b(?:pain|pains|pressure|tight|tightness|heavy|heaviness|hurts?|hurting|discomfort|ache|aching|squeez\w*|crush\w*|burn\w*)`,
    String.raw`\b(?:pain|pressure|tightness|heaviness|squeezing|crushing|discomfort|ache|weight)${G}\b(?:in|on|across|of) (?:my |his |her |the )?(?:chest|sternum)`,
    String.raw`\b(?:angina|heart attack|myocardial|cardiac arrest)\b`,
    String.raw`\b(?:dolor|presión|opresión|peso)${G}pecho\b|\bduele${G}pecho\b|\bpecho${G}(?:duele|apretado)`,
    String.raw`\bdouleurs? (?:thoracique|à la poitrine|dans la poitrine)|\bmal à la poitrine|\b(?:oppression|serrement|poids)${G}poitrine|\bpoitrine${G}(?:serrée|écrasée)|\bcrise cardiaque`,
  ),
  cardiacFeature: r(
    String.raw`\b(?:radiat\w*|spread\w*|going down|goes (?:down|into|to)|moving to|shoot\w*)${G}\b(?:arm|jaw|neck|shoulder|back)`,
    String.raw`\b(?:left|right) arm${G}\b(?:numb|tingl\w*|heavy|weak|pain|hurts|ache)|\b(?:numb|tingling|pain in)${G}left arm`,
    String.raw`\b(?:crushing|squeezing|elephant|tearing|ripping|vice|band)\b|\bpressure\b`,
    String.raw`\b(?:sweat\w*|diaphore\w*|clammy|cold sweat)\b|\bsud(?:ando|or)\b|\bsueurs?\b|\bsue\b`,
    String.raw`\b(?:nausea|nauseous|sick to my stomach|vomit\w*|throwing up)\b|\bnáuseas\b|\bnausées?\b`,
    String.raw`\b(?:brazo izquierdo|bras gauche|mandíbula|mâchoire)\b|\bpresión\b|\bapretado\b|\bécras\w*`,
  ),
  severeBreathing: r(
    String.raw`\b(?:can't|cant|cannot|can not|couldn't|unable to|struggling to|fighting to|hard to|barely)${G}\bbreathe?\b`,
    String.raw`\b(?:gasping|choking|suffocating|fighting for (?:breath|air))\b|\bnot breathing\b|\bstopped breathing\b`,
    String.raw`\bcan only (?:say|speak|get out|manage) (?:a |one |two |a few |one or two )?(?:word|words)\b|\bcan'?t (?:finish|complete|speak in|talk in) (?:a |full |my )?sentences?`,
    String.raw`\bseverely (?:short of breath|breathless)|\bvery (?:short of breath|breathless)\b`,
    String.raw`\bno (?:puedo|puede) respirar\b|\bme ahogo\b|\bse ahoga\b|\bdificultad (?:grave|severa) para respirar`,
    String.raw`\bn'arrive (?:pas|plus) à respirer\b|\bne (?:peux|peut) (?:pas|plus) respirer\b|\bj'étouffe\b|\bil étouffe\b|\belle étouffe\b`,
  ),
  cyanosis: r(
    String.raw`\b(?:lips|face|skin|fingers|fingertips|mouth)${G}\b(?:blue|bluish|grey|gray|purple)\b|\bcyano\w*`,
    String.raw`\blabios${G}(?:morados|azules)\b|\blèvres${G}bleues\b`,
  ),
  breathless: r(
    String.raw`\bshort(?:ness)? of breath\b|\bbreathless\w*\b|\b(?:difficulty|trouble|problems?) breathing\b|\bbreathing (?:is )?(?:hard|difficult|fast|rapid|laboured|labored)\b|\bwinded\b|\bdyspn\w*`,
    String.raw`\bme falta el aire\b|\bfalta de aire\b|\bdificultad para respirar\b|\bessoufflé\w*|\bdu mal à respirer\b|\bsouffle court\b`,
  ),
  wheezeRefractory: r(String.raw`\b(?:inhaler|puffer|ventolin|salbutamol|albuterol)${G}\b(?:not|isn't|isnt|doesn't|doesnt|no longer|didn't|didnt)${G}(?:help\w*|work\w*)`),
  faceDroop: r(
    String.raw`\b(?:face|mouth|smile|lip)${G}\b(?:droop\w*|drooping|lopsided|sagging|fallen|uneven|twisted|crooked)`,
    String.raw`\b(?:droop\w*|lopsided|sagging|uneven|crooked)${G}\b(?:face|mouth|smile)\b|\bfacial (?:droop|asymmetry|weakness|palsy)\b`,
    String.raw`\bcara${G}(?:caída|caida|torcida|paralizada)\b|\bse le (?:cae|cayó|cayo|ha caído)${G}(?:cara|boca)\b|\bboca (?:torcida|caída)\b`,
    String.raw`\bvisage${G}(?:qui tombe|tombe|affaissé|paralysé|de travers|tordu)\b|\bbouche (?:de travers|tordue)\b`,
  ),
  limbWeakness: r(
    String.raw`\b(?:can't|cant|cannot|unable to)${G}\b(?:lift|move|raise|feel|use)${G}\b(?:arm|leg|hand|side)\b`,
    String.raw`\b(?:arm|leg|hand|side of (?:my|his|her|the) body)${G}\b(?:weak|numb|limp|heavy|paralys\w*|dead)\b`,
    String.raw`\b(?:weakness|numbness|paralysis)${G}\b(?:arm|leg|one side|left side|right side)\b|\bhemipar\w*`,
    String.raw`\bno (?:puede|puedo) mover${G}(?:brazo|pierna)\b|\b(?:brazo|pierna)${G}(?:débil|dormid[oa]|paralizad[oa])`,
    String.raw`\bne (?:peut|peux) (?:plus|pas) bouger${G}(?:bras|jambe)\b|\b(?:bras|jambe)${G}(?:faible|paralysé\w*|engourdi\w*)`,
  ),
  speechProblem: r(
    String.raw`\b(?:speech|words|talking|speaking)${G}\b(?:slurr\w*|jumbled|garbled|mixed up|wrong|strange|nonsense)`,
    String.raw`\bslurr\w*\b|\b(?:can't|cant|cannot|unable to|trouble|difficulty)${G}(?:speak|talk|get (?:the |my |his |her )?words out)\b|\baphasi\w*|\bdysarthri\w*`,
    String.raw`\bhabla arrastrada\b|\barrastra las palabras\b|\bno (?:puede|puedo) hablar\b|\bdificultad para hablar\b`,
    String.raw`\bn'arrive (?:plus|pas) à parler\b|\bne (?:peut|peux) (?:plus|pas) parler\b|\b(?:difficulté|troubles?) (?:à|de la) parol\w*|\bparle mal\b`,
  ),
  strokeWord: r(String.raw`\b(?:having|had|is having|think\w*[^|]{0,20}) (?:a )?stroke\b|\bderrame\b|\bictus\b|\bavc\b`),
  airwaySwelling: r(
    String.raw`\bthroat${G}\b(?:closing|tight\w*|swell\w*|swollen|constrict\w*)|\b(?:tongue|lips?|mouth)${G}\b(?:swell\w*|swollen|puffy)`,
    String.raw`\bcan'?t swallow\b|\bgarganta${G}(?:cerrando|cierra|hinchad\w*)|\blengua hinchada\b|\bgorge${G}(?:serrée|gonfl\w*|ferme)|\blangue gonflée\b`,
  ),
  faceSwelling: r(String.raw`\b(?:face|eyes?|eyelids?)${G}\b(?:swell\w*|swollen|puff\w*)|\b(?:swell\w*|swollen)${G}\bface\b`),
  hives: r(String.raw`\b(?:hives|welts|urticaria|wheals)\b|\bronchas\b|\burticaire\b`),
  allergenExposure: r(
    String.raw`\b(?:stung|sting|bee|wasp|hornet|peanuts?|nuts?|shellfish|allergic|allergy|anaphyla\w*|epipen)\b|\bpicadura\b|\balérgic\w*|\bpiqûre\b|\ballergi\w*`,
  ),
  heavyBleeding: r(
    String.raw`\b(?:bleeding|blood)${G}\b(?:won't|wont|will not|doesn't|doesnt|isn't|isnt|not|can't|cant|never) ?(?:stop|stopping|slow)`,
    String.raw`\b(?:heavy|heavily|severe|profuse\w*|massive|uncontrol\w*|spurting|pouring|gushing|soaking)${G}\b(?:bleed\w*|blood)|\bbleed\w*${G}\b(?:heavily|a lot|badly|everywhere)`,
    String.raw`\bblood${G}\b(?:pouring|gushing|spurting|everywhere|soaking)\b`,
    String.raw`\b(?:lots of|a lot of|so much|losing)${G}\bblood\b|\bhemorrhag\w*|\bhaemorrhag\w*`,
    String.raw`\bsangrado (?:abundante|fuerte|que no para)|\bsangra mucho\b|\bhémorragie\b|\bsaigne (?:beaucoup|abondamment)|\bsaignement (?:abondant|important)`,
  ),
  vomitBlood: r(
    String.raw`\b(?:vomit\w*|throwing up|threw up|coughing up|coughed up|puking)${G}\bblood\b|\bblood${G}\b(?:vomit|sick)\b|\bhaematemesis|\bhematemesis`,
    String.raw`\bvomit\w*${G}sangre\b|\bvomis\w*${G}sang\b|\bcrach\w*${G}sang\b|\btos\w*${G}sangre\b`,
  ),
  unresponsive: r(
    String.raw`\b(?:unconscious|unresponsive|collapsed|not responding|isn't responding|isnt responding|won't respond|wont respond|not waking|won't wake|wont wake|can't wake|cant wake|hard to wake|difficult to wake|impossible to wake|no pulse|passed out and|blacked out and|knocked out)\b`,
    String.raw`\binconsciente\b|\bno responde\b|\bperdió el conocimiento\b|\bse desmayó\b|\binconscient\w*|\bne répond (?:plus|pas)\b|\ba perdu connaissance\b`,
  ),
  seizure: r(String.raw`\b(?:seizure|seizing|convuls\w*|fitting|epileptic fit|having a fit|had a fit)\b|\bconvulsi\w*|\bcrise (?:d'épilepsie|convulsive)`),
  fever: r(String.raw`\b(?:fever|feverish|febrile|high temp\w*|pyrexi\w*|rigors?|chills)\b|\bfiebre\b|\bfièvre\b|\bcalentura\b`),
  stiffNeck: r(String.raw`\b(?:stiff|rigid|sore)${G}\bneck\b|\bneck${G}\b(?:stiff\w*|rigid)|\bcan't (?:bend|touch|move) (?:my |his |her )?(?:neck|chin)|\bcuello rígido\b|\brigidez${G}(?:nuca|cuello)|\bnuque raide\b`),
  photophobia: r(String.raw`\b(?:light|bright)${G}\b(?:hurts|hurting|painful|bothers)\b|\bphotophob\w*|\bsensitiv\w* to light|\bla luz me molesta|\bla lumière${G}(?:fait mal|gêne)`),
  nonBlanchingRash: r(
    String.raw`\brash${G}\b(?:doesn't|doesnt|does not|won't|wont|not|didn't)${G}\b(?:fade|go away when|blanch)|\bnon[- ]?blanching\b|\bpurpur\w*|\bpetechi\w*`,
    String.raw`\b(?:purple|dark red|bruise-like)${G}\b(?:rash|spots|blotches)\b|\bglass test`,
  ),
  confusion: r(String.raw`\b(?:confused|confusion|disoriented|disorientated|delirious|not making sense|doesn't know where|agitated and|drowsy|very sleepy|lethargic)\b|\bconfundid\w*|\bdesorientad\w*|\bconfus\w*|\bdésorienté\w*`),
  suicidal: r(
    String.raw`\b(?:kill|killing|hang|hanging|shoot|drown) (?:myself|himself|herself)\b|\bsuicid\w*|\b(?:end|ending|take|taking) (?:my|his|her) (?:own )?life\b|\bend it all\b|\bend things\b`,
    String.raw`\b(?:don't|dont|do not) (?:want|wanna) to (?:be alive|live|exist|wake up|be here)\b|\b(?:want|wanna) to die\b|\bbetter off dead\b|\bno reason to live\b`,
    String.raw`\bgoodbye (?:letters?|notes?|messages?)\b|\b(?:hurt|harm|cut|cutting|harming|hurting) (?:myself|himself|herself)\b|\bself[- ]harm\w*`,
    String.raw`\bsuicidarme\b|\bmatarme\b|\bquitarme la vida\b|\bacabar con (?:mi vida|todo)\b|\bquiero morir\w*|\bno quiero (?:vivir|seguir viviendo)\b|\bme quiero morir\b`,
    String.raw`\bme suicider\b|\bme tuer\b|\bmettre fin à mes jours\b|\ben finir\b|\bveux mourir\b|\benvie de mourir\b|\bme faire du mal\b`,
  ),
  overdose: r(
    String.raw`\boverdos\w*`,
    String.raw`\b(?:took|taken|swallowed|swallowing|ate|ingested|drank|downed)${G}\b(?:\d{2,}|a whole|the whole|an entire|all (?:of )?(?:my|the|her|his)|too many|lots of|a handful|handful|bottle|box|packet|pack)\b${G}(?:pills?|tablets?|capsules?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|meds|medication|antidepressants?|insulin)?`,
    String.raw`\bsobredosis\b|\bme tomé${G}(?:pastillas|caja)|\bsurdose\b|\bj'ai (?:pris|avalé)${G}(?:boîte|comprimés|cachets)`,
  ),
  poisonIngestion: r(
    String.raw`\b(?:drank|swallowed|ate|ingested|drinking|licked|eaten)${G}\b(?:bleach|antifreeze|detergent|pods?|battery|batteries|magnets?|drain cleaner|cleaning|poison\w*|pesticide|weed ?killer|rat poison|mushrooms?|lamp oil|paraffin|kerosene|gasoline|petrol|button)`,
    String.raw`\bpoison(?:ed|ing)\b|\bcarbon monoxide\b|\bingested\b|\blejía\b|\bveneno\b|\bintoxica\w*|\bjavel\b|\bempoisonn\w*`,
  ),
  abdominalPain: r(
    String.raw`\b(?:abdominal|abdomen|stomach|belly|tummy|tum|pelvic|groin|side|flank|lower right|right lower|appendix)${G}\b(?:pain|ache|hurts?|hurting|cramp\w*|agony)\b`,
    String.raw`\b(?:pain|ache|cramp\w*)${G}\b(?:abdom\w*|stomach|belly|tummy|pelvis|lower (?:right|left)|right lower|side)\b|\bdolor (?:de|en el) (?:estómago|abdomen|barriga|vientre)|\bmal au ventre\b|\bdouleur${G}ventre`,
  ),
  peritonism: r(String.raw`\b(?:rigid|hard as a board|board-like|guarding)\b|\b(?:hurts|pain) (?:to|when i|when he|when she) (?:move|walk|cough|breathe in)|\bcan'?t (?:stand up|stand straight|straighten|move|walk)`),
  rightLower: r(String.raw`\bright lower\b|\blower right\b|\bright side of (?:my |the )?(?:belly|abdomen|stomach|tummy)|\bnavel\b|\bbelly button\b`),
  oneSidedPelvic: r(String.raw`\bone side\b|\b(?:left|right) side\b|\blow${G}\b(?:tummy|belly|abdomen|pelvis)|\bpelvic\b|\bshoulder tip`),
  testicularPain: r(String.raw`\b(?:testic\w*|testes|testis|scrot\w*|balls?|nuts)\b${G}(?:pain|hurts|swollen|swelling)|\bpain${G}\b(?:testic\w*|testis|scrot\w*|balls?)\b|\btesticul\w*|\btesticles?\b`),
  headInjury: r(
    String.raw`\b(?:hit|hitting|bang\w*|bump\w*|struck|knock\w*|smash\w*|fell (?:on|onto)|landed on)${G}\bhead\b|\bhead (?:injury|trauma|wound)\b|\bconcuss\w*`,
    String.raw`\bgolpe${G}cabeza\b|\bse golpeó la cabeza\b|\b(?:cogné|tapé)${G}tête\b|\bcoup${G}tête\b|\btraumatisme crânien\b`,
  ),
  vomiting: r(String.raw`\b(?:vomit\w*|throwing up|threw up|been sick|being sick|keeps being sick|puking|can't keep anything down)\b|\bvómit\w*|\bvomis\w*`),
  thunderclap: r(
    String.raw`\bworst headache\b|\bthunderclap\b|\b(?:sudden|suddenly)${G}\b(?:severe|excruciating|explosive|worst|terrible)${G}headache|\bheadache${G}\b(?:came on|started) (?:suddenly|in seconds|like)`,
    String.raw`\bpeor dolor de cabeza\b|\bpire mal de tête\b|\bcéphalée en coup de tonnerre\b`,
  ),
  legDvt: r(String.raw`\b(?:calf|leg|thigh)${G}\b(?:swollen|swelling|red|painful|tender|hot)\b|\bdvt\b|\bblood clot\b`),
  pregnant: r(String.raw`\bpregnan\w*|\bweeks? (?:along|gestation)\b|\bembarazada\b|\benceinte\b|\bgrossesse\b`),
  vaginalBleeding: r(String.raw`\bvaginal${G}bleed\w*|\bbleed\w*${G}\bvagina\w*|\bspotting\b|\bbleeding\b|\bsangrado\b|\bsaignement\w*|\bsaigne\b`),
  severeHeadache: r(String.raw`\b(?:severe|terrible|awful|bad|worst|pounding|splitting|intense|excruciating|blinding)${G}\bheadache|\bheadache${G}\b(?:severe|terrible|won't go)`),
  headache: r(String.raw`\bheadache|\bhead (?:hurts|pain)|\bmigraine|\bdolor de cabeza\b|\bmal (?:à la|de) tête\b|\bcéphalée`),
  visualDisturbance: r(String.raw`\b(?:blurr\w*|blurry|double) vision\b|\bvision${G}\b(?:blurr\w*|loss|lost|dim|gone|changes?)\b|\bflashing lights\b|\bseeing (?:spots|stars|flashes)\b|\blost (?:my |the )?sight\b|\bcan'?t see\b|\bvisión borrosa\b|\bvision floue\b`),
  handFaceSwelling: r(String.raw`\b(?:hands?|face|feet|ankles|fingers)${G}\b(?:puffy|swollen|swelling)\b|\bpuffy${G}\b(?:hands|face|feet)`),
  infantDehydration: r(String.raw`\bno (?:wet )?(?:nappies|nappy|diapers?)\b|\b(?:nappies|nappy|diapers?) (?:are )?dry\b|\bhasn'?t (?:peed|wee'?d|urinated)\b|\bno (?:pee|wee|urine)\b|\bsunken (?:fontanel+e?|soft spot|eyes)\b|\bno tears\b`),
  floppy: r(String.raw`\bfloppy\b|\blimp\b|\bunusually (?:sleepy|drowsy)|\bvery (?:sleepy|drowsy|lethargic)|\blethargic\b|\bwon'?t feed\b|\bnot feeding\b`),
  hypoSymptoms: r(String.raw`\b(?:shak\w*|shaking|trembl\w*|sweat\w*|clammy|dizzy|lightheaded|light-headed|faint\w*|confus\w*|drowsy|blurred|pal(?:e|ing))\b|\btembl\w*|\bsudor\w*|\bmareado\b|\btremble\w*`),
  dkaSigns: r(String.raw`\bketones?\b|\bfruity\b|\bdeep (?:rapid )?breath\w*|\bkussmaul\b|\bvery thirsty\b`),
  systemic: r(String.raw`\b(?:headache|chest|breath\w*|dizz\w*|faint\w*|confus\w*|vision|blurr\w*|weak\w*|nose ?bleed|palpitations?|lightheaded|light-headed)\b`),
  faint: r(String.raw`\b(?:faint\w*|passed out|lightheaded|light-headed|dizzy|dizziness)\b|\bmareo\w*|\bdesmay\w*|\bvertige\w*|\bétourdi\w*`),
  suddenOnset: r(String.raw`\bsudden\w*|\babrupt\w*|\ball of a sudden\b|\bout of nowhere\b|\bde repente\b|\bsoudain\w*|\bbrusque\w*|\bminutes ago\b|\ban hour ago\b|\b\d+ (?:minutes?|mins?) ago\b`),
  baby: r(String.raw`\b(?:baby|infant|newborn|bebé|bébé|nourrisson)\b`),
  severeWord: r(String.raw`\b(?:severe|severely|worst|unbearable|excruciating|agony|agonising|agonizing|intense|terrible|horrible|crushing|extreme|really bad|very bad|so bad|a lot|mucho|muy fuerte|insoportable|intense|atroce|très fort)\b`),
} as const;

export type Concept = keyof typeof CONCEPTS;

/** Which concepts occur in the given text. */
export function findConcepts(text: string): Set<Concept> {
  const found = new Set<Concept>();
  for (const [name, re] of Object.entries(CONCEPTS) as [Concept, RegExp][]) {
    if (re.test(text)) found.add(name);
  }
  return found;
}
