/** Stroke signs, seizures, consciousness, headache and head injury (en/es/fr, common misspellings). */
import { conceptPattern as r, GAP as G, NOT_AS_A_HABIT, NOT_BY_DAY } from './conceptPattern.ts';
import { UNSURE_ABOUT } from '../../language/uncertainSense.ts';

const LIMB = String.raw`(?:arm|leg|hand|foot|side of (?:my|his|her|the) body)`;

/**
 * "Collapsed" said of a person. Furniture, buildings, a lung (pneumothorax has its own finding) and
 * plans collapse too: "my old sofa collapsed when I sat on it" alerted as an unresponsive person.
 */
const THINGS_THAT_COLLAPSE = String.raw`(?:sofa|couch|chair|bed|tent|shelf|shelves|table|roof|ceiling|wall|building|bridge|ladder|stool|deck|bench|fence|trampoline|scaffolding|shed|lung|vein|veins|tower|pile|stack|cake|business|company|market|deal|plan|plans|marriage)`;
const PERSON_COLLAPSED = String.raw`(?<!\b${THINGS_THAT_COLLAPSE}(?: (?:has|had|have|just|suddenly|completely|partly|partially|finally))* )collapsed`;

/** A limb that cannot be moved or used, or has gone weak, limp or paralysed (weakness without numbness). */
const MOTOR_LOSS = [
  String.raw`\b(?:can't|cannot|unable to|couldn't|could not|(?:not|n't|never) (?:been )?able to|can no longer|no longer able to)${G}\b(?:lift|move|raise|use|grip)${G}\b(?:arm|leg|hand|side)\b`,
  String.raw`\b${LIMB}${G}\b(?:weak|limp|paralys\w*|paralyz\w*|useless|floppy|gave way)\b|\bhemipar\w*|\bhemipleg\w*`,
  // "His right hand no power", "no strength in her leg": the words of many Englishes for a weak limb.
  String.raw`\b${LIMB}s?${G}\b(?:no|has no|have no|got no|without|lost (?:its |all )?|losing (?:its |all )?)(?:power|strength|force)\b|\bno (?:power|strength|force) in (?:my|his|her|their|the) (?:left |right )?${LIMB}s?\b`,
];

/** An arm and a leg of the same side, in English, French or Spanish. */
const SIDE_PAIR = [
  String.raw`left (?:arm|hand)[^.;!?]{0,20}\bleft (?:leg|foot)|left (?:leg|foot)[^.;!?]{0,20}\bleft (?:arm|hand)`,
  String.raw`right (?:arm|hand)[^.;!?]{0,20}\bright (?:leg|foot)|right (?:leg|foot)[^.;!?]{0,20}\bright (?:arm|hand)`,
  String.raw`bras gauche[^.;!?]{0,20}\bjambe gauche|bras droit[^.;!?]{0,20}\bjambe droite|brazo izquierdo[^.;!?]{0,20}\bpierna izquierda|brazo derecho[^.;!?]{0,20}\bpierna derecha`,
].join('|');
/** Numb, weak or not felt, in the same three languages. */
const HALF_NUMB = String.raw`numb\w*|weak\w*|heavy|dead|paralys\w*|paralyz\w*|tingl\w*|can't (?:feel|move|lift)|ne sent (?:plus|pas)|engourdi\w*|paralysé\w*|faibles?|no (?:siente|siento|puede mover)|dormid[oa]s?|entumid[oa]s?|débil(?:es)?`;

export const neuroConcepts = {
  /** A face's look told as lifelong ("has always been like that", "since birth"): the person's own face, not a new droop. */
  faceLifelong: r(
    String.raw`\balways (?:been|was|looked|looks|had) (?:like (?:that|this)|that way|this way|uneven|lopsided|crooked|wonky|a (?:lopsided|crooked|wonky) (?:smile|face|mouth))\b(?! (?:until|till|up to|before)\b)`,
    String.raw`\b(?:been|looked|had it) like (?:that|this) (?:for (?:years|decades|ages)|all (?:my|his|her|their) li(?:fe|ves)|forever)\b|\bsince (?:birth|childhood|(?:i|he|she|they) (?:was|were) (?:born|a baby|a child|a kid|little))\b|\bborn (?:with|like) (?:it|that|this)\b`,
  ),
  faceDroop: r(
    String.raw`\b(?:face|mouth|smile|lip)${G}\b(?:droo?p\w*|dropped|lopsided|sagging|fallen|uneven|twisted|crooked|slanted)`,
    String.raw`\b(?:droo?p\w*|lopsided|sagging|uneven|crooked)${G}\b(?:face|mouth|smile)\b|\bfacial (?:droop|asymmetry|weakness|palsy)\b`,
    String.raw`\bone side of (?:(?:my|his|her|the|their) )?face${G}\b(?:numb|weak|droo?p\w*|sagging|not moving|won't move|fallen|falls? down|falling down|fell down)`,
    // "Face going to one side", "mouth is bent": the droop told as a pull to one side.
    String.raw`\b(?:face|mouth|lips?)${G}\b(?:going|gone|pulled|pulling|bent|deviated|shifted) (?:to|towards) (?:one|the (?:left|right)|a) side\b|\b(?:mouth|lips?) (?:is |are |has )?(?:become |gone |got )?(?:bent|deviated)\b`,
    String.raw`\bcan't smile (?:properly|on one side|evenly)\b`,
    // "His face has gone all funny on one side": an odd face is a droop when one side is named.
    String.raw`\bface${G}\b(?:funny|weird|strange|odd|wonky|droopy|not right)\b[^|]{0,12}\bone side\b|\bone side of (?:my|his|her|the|their) face${G}\b(?:funny|weird|strange|odd|wonky|droopy)\b|\bwonky (?:face|smile|mouth)\b`,
    String.raw`\bcara${G}(?:caída|caida|torcida|chueca|paralizada|de lado)\b|\bse le (?:cae|cayó|cayo|ha caído|va)${G}(?:cara|boca)\b|\bboca (?:torcida|caída|chueca|de lado)\b|\bparálisis facial\b`,
    String.raw`\bvisage${G}(?:qui tombe|tombe|affaissé|paralysé|de travers|tordu|déformé)\b|\bbouche (?:de travers|tordue|qui tombe)\b|\bparalysie faciale\b`,
  ),
  /** Weakness without numbness: a limb that cannot be moved or used, or has gone weak, limp or paralysed. */
  limbMotorLoss: r(...MOTOR_LOSS),
  limbWeakness: r(
    ...MOTOR_LOSS,
    String.raw`\b(?:can't|cannot|unable to)${G}\bfeel${G}\b(?:arm|leg|hand|side)\b`,
    // A hand or leg gone clumsy (it will not do what it is told) is weakness told in lay words.
    String.raw`\b${LIMB}${G}\b(?:numb|heavy|dead|clumsy)\b|\bclumsy (?:left |right )?${LIMB}\b`,
    String.raw`\b(?:weakness|numbness|paralysis)${G}\b(?:arm|leg|one side|left side|right side)\b|\bone[- ]sided (?:weakness|numbness)\b`,
    String.raw`\b(?:hand|fingers)${G}\b(?:keeps? )?dro+p+\w* (?:things|stuff|everything|objects|his|her|my)`,
    String.raw`\bno (?:puede|puedo) (?:mover|levantar)${G}(?:brazo|pierna|mano)\b|\b(?:brazo|pierna|mano)${G}(?:débil|dormid[oa]|paralizad[oa]|sin fuerza|floj[oa])|\bdebilidad${G}(?:brazo|pierna|lado)\b`,
    String.raw`\bne (?:peut|peux|arrive) (?:plus|pas) (?:à )?(?:bouger|lever)${G}(?:bras|jambe|main)\b|\b(?:bras|jambe|main)${G}(?:faible|paralysé\w*|engourdi\w*|sans force|lourd\w*)|\bfaiblesse${G}(?:bras|jambe|côté)\b`,
    String.raw`\bne sent (?:plus|pas)${G}(?:bras|jambe|main|côté)\b|\bno (?:siente|siento)${G}(?:brazo|pierna|mano|lado)\b`,
  ),
  /**
   * Half the body gone weak, heavy or numb ("one side of my body feels heavy", "numb all down my left
   * side"): a whole side is a stroke's pattern, never a limb lain on in the night.
   */
  hemibodySign: r(
    String.raw`\b(?:one|left|right|the (?:left|right)|(?:my|his|her|their|your) (?:left|right)) side of (?:my|his|her|their|your|the) body(?![^|]{0,12}\bstill\b)${G}\b(?:heavy|weak|numb|dead|limp|floppy|paralys\w*|paralyz\w*|not working|won't work|useless)\b`,
    String.raw`\b(?:weak|numb|heavy|dead|paralys\w*|paralyz\w*)${G}\b(?:all )?down (?:one|the (?:left|right)|(?:my|his|her|their|your) (?:left|right)) side\b|\b(?:weak|numb|heavy|dead)${G}\bone side of (?:my|his|her|their|your|the) body\b`,
    // Half the body: "half of his body went numb", "went numb down half of the body".
    String.raw`\b(?:weak|numb|heavy|dead|paralys\w*|paralyz\w*)${G}\bhalf (?:of )?(?:my|his|her|their|your|the) body\b|\bhalf (?:of )?(?:my|his|her|their|your|the) body${G}\b(?:weak|numb|heavy|dead|paralys\w*|paralyz\w*|not working)\b`,
    String.raw`\bse (?:le|me|te) (?:durmió|paralizó|adormeció|entumió|quedó (?:dormid[oa]|paralizad[oa]))${G}(?:la mitad|el lado|un lado|medio cuerpo)\b`,
    String.raw`\b(?:mitad|lado) (?:izquierdo |derecho )?del cuerpo${G}(?:dormid[oa]|paralizad[oa]|débil|sin fuerza|entumid[oa]|adormecid[oa]|no (?:responde|funciona|se mueve))\b|\b(?:moitié|côté) (?:gauche |droit )?du corps${G}(?:paralysé\w*|engourdi\w*|faible|lourd\w*|ne (?:répond|bouge) plus)\b`,
    // An arm and a leg of one side numb or weak together ("can't feel his left arm and left leg"): half the
    // body. Told across a joint ("numb in her left arm, | and her left leg"), so read on the joined text.
    String.raw`\b(?:${HALF_NUMB})\b[^.;!?]{0,30}\b(?:${SIDE_PAIR})\b|\b(?:${SIDE_PAIR})\b[^.;!?]{0,30}\b(?:${HALF_NUMB})\b`,
    // "Her one side is not working": the body unsaid.
    String.raw`\b(?:my|his|her|their|your|(?:his|her|my) (?:whole )?)?one side${G}\b(?:not working|won't work|stopped working|gone dead|gone weak|paralys\w*|paralyz\w*)\b`,
    // A limb and the face told "on the same side": one side of the body, told in two clauses.
    String.raw`\b(?:arm|leg|hand)s?\b[^.;!?]{0,60}?\b(?:face|cheek|mouth|leg|arm|hand)${G}\b(?:on )?the same side\b`,
  ),
  speechProblem: r(
    String.raw`\b(?:speech|words|talking|talkin|speaking)${G}\b(?:slurr\w*|jumbled|garbled|mixed up|wrong|strange|nonsense|gibberish|weird|funny|off|thick)`,
    // The words told before the speaking: "he speak strange words", "saying wrong words".
    String.raw`\b(?:speak|speaks|speaking|spoke|talk|talks|talking|say|says|saying|said)${G}\b(?:strange|weird|wrong|funny|nonsense|mixed[- ]up|jumbled) words\b`,
    // The manner told of the speaking itself: "she talks strangely", "he's speaking funny since lunch".
    String.raw`\b(?:speaks?|speaking|spoke|talks?|talking|talked) (?:really |very |all |so )?(?:strange(?:ly)?|weird(?:ly)?|funny|funnily|oddly|odd|slow(?:ly)?|drunk|like (?:he|she|they)(?:'s| is| are|'re) drunk)\b`,
    String.raw`\bslurr\w*\b|\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to|struggl\w* to|trouble|difficulty)${G}(?:speak(?:ing)?|talk(?:ing)?|get(?:ting)? (?:the |my |his |her |their )?words out|find(?:ing)? (?:the |my |his |her |their )?words)\b|\b(?:dys|a)phasi\w*|\bdysarthri\w*|\bgibberish\b`,
    String.raw`\bhabla (?:arrastrada|rara|raro|mal|extraño|incoherente|enredada)\b|\barrastra las palabras\b|\bno (?:puede|puedo) hablar\b|\bdificultad para hablar\b|\bno se le entiende\b|\bya no habla (?:bien|claro|normal)\b`,
    String.raw`\bn'arrive (?:plus|pas) à parler\b|\bne (?:peut|peux) (?:plus|pas) parler\b|\b(?:difficulté|troubles?) (?:à|de la) parol\w*|\bparle (?:mal|bizarrement|difficilement|de façon bizarre|bizarre)\b|\bne trouve (?:plus|pas) ses mots\b|\bbafouill\w*|\bpropos incohérents\b|\bne parle plus (?:correctement|normalement|bien|clairement)\b`,
  ),
  /**
   * Aphasia in lay words: the wrong words come out, what others say no longer makes sense. Read only with
   * a sudden start (stroke_fast): a toddler's or a nervous speaker's wrong words are no sign.
   */
  layAphasia: r(
    String.raw`\b(?:the )?(?:wrong|jumbled|muddled|garbled|mixed[- ]up|made[- ]up|nonsense) words?\b(?=[^.;!?]{0,25}\b(?:come|comes|came|coming) out\b)|\b(?:says|saying|said|using|uses|used|keeps? (?:saying|using)) (?:all )?the wrong words?\b|\bcall(?:s|ing|ed)? things by the wrong names?\b|\b(?:can't|cannot|can not|couldn't|could not|can no longer|unable to|not able to) (?:understand|follow|make sense of) (?:a word (?:of )?)?(?:what )?(?:people|anyone|anybody|others|everyone|everybody|you|we|they|i|his family|her family|us|the nurses?|the doctors?) (?:are |is |am |were |was )?(?:saying|say|says|said|telling (?:him|her|me|them))\b`,
  ),
  /**
   * A voice that is lost or hoarse, or a mouth numbed by the dentist: "can't talk" told of the throat or
   * the mouth, not of the brain's speech (read with speechProblem in stroke_fast).
   */
  voiceOnly: r(
    String.raw`\bhoarse\w*|\blaryngitis\b|\b(?:lost|losing) (?:my|his|her|their|the) voice\b|\bno voice\b|\bvoice${G}\b(?:gone|went|croaky)\b|\bcroaky\b|\babove a whisper\b|\bsore throat\b|\bthroat${G}\b(?:sore|raw|hurts|killing)\b`,
    String.raw`\b(?:dentist|dental|numbing|anaesthetic|anesthetic) (?:injection|jab|appointment|work)\b|\bmouth${G}\b(?:numb|still numb|frozen)\b|\bafonía\b|\bronc[oa]\b|\baphonie\b|\benroué\w*`,
  ),
  /** Muscle jerks or twitches (myoclonus, clonus): with a serotonin medicine or lithium, a toxicity sign. */
  muscleJerks: r(String.raw`\b(?:jerk(?:s|ing|ed|y)|twitch(?:es|ing|ed|y)|clonus|myoclon\w*|muscle spasms?)\b`),
  /** Stiff or rigid muscles all over (not a rigid tummy, not a stiff neck). */
  rigidity: r(String.raw`\b(?:rigid|stiff)(?: as a board)? (?:all over|muscles|body|arms|legs|limbs)\b|\bmuscles?${G}\b(?:stiff|rigid)\b|\b(?:muscle |lead[- ]pipe )rigidity\b|\b(?:he|she|they) (?:is|was|are|were|went|has gone) (?:very |really |all )?(?:rigid|stiff)\b`),
  /** Unsteady on the feet, told in lay words (wider than `ataxia`, which the stroke rules read). */
  /** A glucose meter reading beyond its range ("HI", "off the scale"), or "too high to read". */
  glucoseOffScale: r(String.raw`\b(?:sugar|sugars|glucose|meter|reading|bm|monitor)${G}\b(?:reads?|reading|says?|shows?|showing|saying) (?:just )?(?:hi|high|off the scale|too high to read)\b|\b(?:sugar|glucose|reading)${G}\b(?:off the scale|too high to read|above 30|over 30)\b`),
  /** Tiny, pinpoint pupils: with slow breathing or drowsiness, an opioid overdose. */
  pinpointPupils: r(String.raw`\bpupils?${G}\b(?:tiny|pinpoint|pin ?point|pin ?pricks?|pinpricks?|really small|very small|so small|like pins?)\b|\bpin ?point pupils?\b|\bmiosis\b`),
  unsteady: r(
    String.raw`\b(?:unsteady|unsteadily|wobbly|ataxic|off balance|lost (?:my|his|her|their) balance|losing (?:my|his|her|their) balance|stumbl\w*|stagger\w*)\b`,
    // Walking as if drunk: the gait told by its look ("walking like he's drunk").
    String.raw`\b(?:walk\w*|moving|stumbling) (?:around )?(?:like|as if) (?:i'?m |i was |he'?s |he is |he was |she'?s |she is |she was |they'?re |they are )?(?:drunk|tipsy|on a boat)\b`,
  ),
  /** A coarse or marked tremor (a fine tremor is lithium's usual side effect). */
  coarseTremor: r(String.raw`\bcoarse tremor\b|\b(?:hands?|arms?|whole body)${G}\b(?:shaking|trembling) (?:badly|a lot|uncontrollably|so much|all the time)\b|\bshaking (?:badly|uncontrollably)\b|\b(?:bad|severe|worse) tremor\b`),
  strokeWord: r(String.raw`\b(?:having|had|is having|think\w*[^|]{0,20}) (?:a )?(?<!\b(?:heat|sun) )stroke\b(?![^|]{0,20}\b(?:last (?:week|month|year)|(?:\d+|a|one|two|three|four|few|couple of) (?:weeks?|months?|years?) ago|in (?:19|20)\d\d)\b)|\bstroke symptoms\b|\bderrame\b|\bictus\b|\bavc\b|\battaque cérébrale\b`),
  unresponsive: r(
    // Clinical words for a lowered level of consciousness: more than confusion.
    String.raw`\bobtunded\b|\bstupor\w*|\bfound down\b|\b(?:reduced|decreased|depressed|altered|impaired) (?:level of )?consciousness\b|\breduced gcs\b`,
    String.raw`\b(?:unc?on[cs]?c?ious|unresponsi\w*|unrousable|unarousable|${PERSON_COLLAPSED}|not responding|isn't responding|(?:barely|hardly|scarcely) (?:responding|responsive|conscious|rousable)|won't respond|not waking|won't wake|can't wake|can't rouse|(?<!\b(?:always|usually|often|normally|generally|typically|a heavy sleeper and) )(?:hard|difficult) to (?:wake|rouse)${NOT_AS_A_HABIT}|impossible to wake|no pulse|passed out and|blacked out and|(?<!\b(?:tooth|teeth|fillings?|crowns?) (?:[a-z']+ ){0,2})knocked out(?! (?:[a-z']+ ){0,4}?(?:tooth|teeth|fillings?|crowns?)\b)|out cold|keeled over)\b`,
    String.raw`\binconsciente\b|\bno responde\b|\bno (?:despierta|reacciona)\b|\bperdió el conocimiento\b|\bse desmayó\b|\binconscient\w*|\bne (?:répond|réagit) (?:plus|pas)\b|\bne se réveille (?:plus|pas)\b|\ba perdu connaissance\b|\bsans connaissance\b`,
  ),
  /** A faint or blackout that has happened (not just feeling faint). */
  syncope: r(
    // "Almost fainted" is a near-faint, counted by `faint`, not a loss of consciousness.
    String.raw`(?<!\b(?:almost|nearly) )\b(?:fainted|fainting (?:spell|episode)s?|passed out|blacked out|black ?outs?|lost consciousness|loss of consciousness|syncop\w*|${PERSON_COLLAPSED}|keeled over)\b`,
    String.raw`\b(?:me desmayé|se desmayó|me he desmayado|desmayo|perdí el conocimiento|perdió el conocimiento)\b|\b(?:évanoui\w*|perdu connaissance|tombé\w* dans les pommes|syncope)\b`,
  ),
  /** Effort or exercise at the time of a symptom. */
  exertion: r(String.raw`\b(?:walking|going|running|climbing|coming) up (?:the |a |some )?(?:stairs|hill|steps)\b|\b(?:while|when|during|after) (?:running|exercis\w*|playing|training|jogging|cycling|lifting|at the gym|sport\w*|climbing)\b|\bmid[- ](?:run|game|match)\b|\bafter (?:racing|sprinting|chasing|a race|a sprint|a run|a game of|football|rugby|netball|hockey|pe|sports day|running (?:around|about|round))\b|\bhaciendo (?:ejercicio|deporte)\b|\ben (?:courant|faisant du sport)\b`),
  seizure: r(String.raw`\b(?:short|brief|quick|usual|typical|nocturnal|night-?time) fits?\b|\bfits? in (?:my|his|her|their) sleep\b|\b(?:seizure|seizures|seizing|siezure|seizer|sezure|seasure|seazure|seisure|siezure|ceasure|seizur|convuls\w*|fitting|epileptic fit|having a fit|had a fit|status epilepticus)\b(?![- ]free\b)|\b(?:having|getting|had|got|gets|has|in) (?:the |a |these |many |repeated |\d+ |two |three |four |five |several |a few |more )?fits\b(?! of\b)|\bfits (?:since|for|from|not stopping|won't stop|keep coming|again)\b|\b(?:\d+|two|three|four|five|six|several|a few) fits\b|\bconvulsi\w*|\bataque (?:epiléptico|de epilepsia)\b|\bcrisis (?:epiléptica|convulsiva)\b|\bcrise (?:d'épilepsie|d'epilepsie|convulsive|épileptique)`,
    // A tonic-clonic fit told by what was seen: the body going stiff, then shaking or jerking; the eyes rolled up while shaking.
    String.raw`\b(?:went|gone|goes|going|go|became|got|turned) (?:all |really |very )?(?:stiff|rigid)\b[^.!?]{0,30}?\b(?:shak\w*|shook|jerk\w*|trembl\w*|twitch\w*|convuls\w*)|\beyes (?:rolled|rolling|roll|went|gone|turned) (?:up|back)\b[^.!?]{0,40}\b(?:shak\w*|shook|jerk\w*|trembl\w*|twitch\w*|stiff)|\b(?:shak\w*|shook|jerk\w*|trembl\w*|twitch\w*)\b[^.!?]{0,40}\beyes (?:rolled|rolling|rolls|went|gone|turned) (?:up|back)\b`),
  /**
   * Epilepsy the person is known to have ("my son has epilepsy", "I'm epileptic", "her epilepsy nurse"),
   * not the event itself ("an epileptic fit"): with a usual seizure that is over, no ambulance (see
   * expectedSeizure.ts).
   */
  knownEpilepsy: r(
    String.raw`\b(?:has|have|had|with|got|diagnosed with|known|suffers? from|living with|lives with)(?: had| got)? epilepsy\b|\b(?:my|his|her|their|your|our) epilepsy\b|\b[a-z]+'s epilepsy\b|\bepileptics?\b(?! (?:fits?|seizures?|attacks?|episodes?)\b)|\bepilepsy (?:for|since|nurse|team|doctor|specialist|clinic|medic\w*|meds|tablets|drugs)\b`,
    String.raw`\b(?:tiene|tengo|con) epilepsia\b|\b(?:es|soy) epil[eé]ptic[oa]\b|\b(?:a|ai) (?:de )?l'[eé]pilepsie\b|\b(?:est|suis) [eé]pileptique\b`,
  ),
  /** A seizure told as the person's usual kind ("one of his usual seizures", "her normal absences", "like he always does"). */
  usualSeizure: r(
    String.raw`\b(?:his|her|my|their|the) (?:usual|normal|typical|regular|standard) (?:kind|type|sort|ones?|seizures?|fits?|absences?|episodes?|pattern)\b|\bone of (?:his|her|my|their) (?:(?:usual|normal|typical|regular) )?(?:seizures|fits|absences|episodes)\b|\b(?:usual|normal|typical) (?:seizures?|fits?|ones?|absences?|episodes?) for (?:him|her|me|them)\b|\b(?:a |an )?(?:usual|normal|typical) (?:seizure|fit|absence|tonic[- ]clonic|focal seizure|one)\b|\blike (?:he|she|i|they) (?:normally|usually|always|often) (?:do|does|did|has|have|had|gets?|get)\b|\b(?:like|as) (?:always|usual|normal|ever)\b|\b(?:his|her|my|their) usual\b`,
  ),
  /** A seizure told as short: seconds, up to four minutes, "brief". */
  shortSeizure: r(
    String.raw`\b(?:lasted|lasting|for|after|under|less than|within|about|around|roughly|only|just|maybe)\s+(?:only |just |about |around |roughly |maybe |under |less than )?(?:(?:\d+|a few|few|thirty|twenty|ten|fifteen|forty|fifty|sixty|ninety) (?:seconds|secs|sec)|(?:a|one|1|2|3|4|two|three|four|a couple of|half a) (?:minutes?|mins?)|a minute or two)(?![a-z0-9])|\b(?:short|brief|quick) (?:seizure|fit|one|absence|episode)s?\b|\b(?:each|every|all) (?:one|of them|seizure|fit)s? (?:was |were |is |are )?(?:short|brief|quick)\b|\b(?:\d+|a few|thirty|twenty|ten|fifteen|forty|fifty|sixty|ninety)[- ](?:seconds?|secs?)[- ](?:long )?(?:seizure|fit|absence|one|episode)s?\b|\b(?:a|one|1|2|3|4|two|three|four)[- ](?:minutes?|mins?)[- ](?:long )?(?:seizure|fit|absence|one|episode)s?\b`,
  ),
  /** At the wheel or on a bike at the time: a seizure there may have crashed, however short. */
  whileDriving: r(
    String.raw`\b(?:while|whilst|when|as) (?:he was |she was |i was |they were )?(?:driving|cycling|riding|on (?:his|her|my|their|a|the) (?:bike|motorbike|scooter|moped))\b|\b(?:at|behind) the wheel\b`,
  ),
  /** In water at the time (a bath, a pool, the sea): a seizure there can drown, however short. */
  inWater: r(
    String.raw`\b(?:in|into|under|at) (?:the |a |his |her |my |their )?(?:bath|bathtub|tub|pool|swimming pool|sea|lake|river|water|swimming baths)\b|\bwhile (?:swimming|bathing|in the bath)\b|\bswimming\b`,
  ),
  /** A seizure told as long: five minutes or more, longer than usual, still going or not stopping. */
  longSeizure: r(
    String.raw`\b(?:lasted|lasting|went on|going on|been going|been seizing|been fitting|been shaking|been jerking|for|over|more than|longer than)\s+(?:over |more than |about |around |nearly |almost |at least )?(?:[5-9]|[1-9]\d+|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|half an hour|an hour)\s*(?:minutes?|mins?|hours?)\b|\blonger than (?:usual|normal|ever|before|(?:his|her|my|their) (?:usual|normal|other))\b|\bstill (?:seizing|fitting|shaking|jerking|convulsing|twitching|having (?:it|the seizure|the fit))\b|\b(?:won't|will not|isn't|is not|not|hasn't|has not|doesn't|does not|didn't|did not) (?:stop|stopping|stopped)\b|\bstatus epilepticus\b`,
  ),
  /** Seizures one after another, or several in a short time. */
  // Seizures counted over weeks or months ("3 fits this month") are a rising frequency, not a cluster.
  seizureCluster: r(
    String.raw`\banother (?:one|seizure|fit|absence)\b|\b(?:had|having|has|started|got|then) another\b|\b(?:two|three|four|five|several|multiple|many|lots of|repeated|\d+) (?:seizures|fits)\b(?![^|]{0,25}\b(?:this|a|per|each|every|in the last|in the past|over the|over a|last) (?:week|month|year|fortnight)s?\b)|\bone after (?:another|the other)\b|\bback[- ]to[- ]back\b|\bkeeps? (?:having|fitting|seizing)\b|\bagain and again\b|\b(?:a|the|her|his|my|their|then a) second (?:seizure|fit|one)\b|\bin between\b|\bcluster\w*`,
  ),
  /** Come round from a seizure ("came round", "is himself again", "fine afterwards"). */
  seizureRecovered: r(
    String.raw`\b(?:came|come|coming|has come|have come) (?:a)?round\b|\b(?:is|was|seems?|feels?|back to being|now|am|i'?m|he'?s|she'?s|they'?re|we'?re) (?:completely |totally |fully |all |perfectly |absolutely )?(?:himself|herself|myself|themselves|fine|ok|okay|alright|all right|well|normal)(?: again)?\b|\bfeel(?:s|ing)? (?:fine|ok|okay|normal|well|better|alright)\b|\b(?:completely|totally|perfectly|absolutely|fully) (?:fine|ok|okay|normal|well|alert|recovered)\b|\b(?:fine|ok|okay|alright|all right|normal|well) (?:afterwards|after(?:wards)?|after it|since)\b|\brecovered\b|\bfully (?:awake|alert|recovered)\b|\b(?:woke|woken|wakes|waking) (?:up )?(?:fine|ok|okay|normally|as normal|alright|all right|well)\b|\bback to (?:normal|himself|herself|myself|themselves)\b`,
  ),
  /**
   * The whole body shaking or jerking, as a bystander tells a convulsion without its name ("fell and was
   * shaking all over"): with a collapse or no response, a seizure (see the seizure rule). Alone it may be
   * a fever's rigors or fear.
   */
  bodyShaking: r(
    String.raw`\b(?:shaking|shakes|shook|jerking|jerks|jerked|twitching|thrashing)\b${G}\b(?:all over|everywhere|uncontrollabl\w*|violently|(?:his|her|their|my|the) (?:whole body|arms and legs|limbs))|\b(?:whole|entire) body${G}\b(?:shaking|jerking|twitching|convulsing|stiff and)\b`,
  ),
  confusion: r(String.raw`\b(?:confused(?!${UNSURE_ABOUT})|(?:very |really |so |more |quite |a bit )?muddled(?!${UNSURE_ABOUT})|confusion|mumbling|incoherent|disoriented|disorientated|delirious|not making sense|not making any sense|stopped making (?:any )?sense|not answering (?:properly|normally|sensibly|correctly|questions properly)|talking strange(?:ly)?|speaking strange(?:ly)?|making no sense|talking (?:nonsense|rubbish|gibberish)|not with it|acting (?:strange\w*|weird|oddly)|doesn't know where|(?:has|had|have) no idea where (?:he|she|they|i) (?:is|are|am|was|were)|agitated and|(?:much |a lot |far |even |so )?more (?:agitated|restless|confused|muddled|aggressive|disorientated|disoriented) than (?:usual|normal|ever|(?:she|he|they) usually (?:is|are))|drowsy${NOT_BY_DAY}|(?:(?:struggling|fighting|barely able|hardly able|unable|trying) to|can't|cannot|can barely|can hardly|could barely|could hardly) stay awake${NOT_BY_DAY}(?![^|.]{0,25}\b(?:at work|afternoons?|evenings?|in class|lectures?|meetings?|lunch|during|watching|reading|driving|these days|lately|recently|all the time|every day)\b)|(?:very|extremely|really|unusually|so) (?:[a-z]+ (?:and|&|n) )?sleepy${NOT_BY_DAY}|(?:gone|become|gotten|turned|(?:gone|become) (?:very|really|quite|a bit) )vague(?! about)|lethargic|obtunded|altered mental status|ams|altered (?:level of )?consciousness|altered sensorium|stuporous)\b|\bconfundid\w*|\bdesorientad\w*|\b(?:dice|habla|decía|hablando|diciendo) (?:cosas )?(?:sin sentido|incoherencias|incoherente)\b|\bno (?:me|nos|la|lo|te) reconoce\b|\bne (?:me|nous|la|le|te) reconna[iî]t (?:plus|pas)\b|\bdesvar\w*|\b(?:dit|raconte|disait) n'importe quoi\b|\bdivague\w*|\bconfus(?!ed${UNSURE_ABOUT})\w*|\bdésorienté\w*|\bsomnolent\w*|\b(?:can't|cannot|doesn't|does not|don't|didn't|couldn't) remember (?:anything|any of it|a thing|what happened|how (?:he|she|i|they) got (?:there|here|home)|the (?:accident|fall|crash|blow)|where (?:he|she|i|they) (?:is|am|are|was)|who (?:i|he|she) (?:is|am))\b|\bno memory of (?:it|anything|what happened|the (?:accident|fall|crash|blow))\b`,
    // Told by what the family sees: odd talk, a familiar face not known.
    String.raw`\bsaying (?:odd|strange|weird|silly|funny|random|bizarre) things\b|\btalking (?:strangely|oddly|funny|weird)\b|\b(?:didn't|doesn't|did not|does not|couldn't|can't|cannot|can not|not|no longer) recogni[sz](?:e|es|ing) (?:me|us|her own|his own|my (?:brother|sister|dad|father|mum|mom|mother|husband|wife|son|daughter|partner)|anyone|people|family|where (?:he|she|they) (?:is|are|was))\b`),
  thunderclap: r(
    // Its definition: at full strength within a minute.
    String.raw`\bheadache\b[^|.;]{0,60}?\b(?:peak\w*|reach\w* (?:its )?(?:peak|maximum|worst)|at (?:its )?(?:worst|maximum)) (?:with)?in (?:a |one |1 )?(?:few )?(?:seconds?|minutes?|a minute|one minute|1 minute|\d+ seconds?)\b`,
    String.raw`\bworst headache\b|\bthunderclap\b|\b(?:sudden|suddenly)${G}\b(?:severe|excruciating|explosive|worst|terrible|agoni[sz]ing|blinding|unbearable|horrendous|horrific|violent)${G}headache|\bheadache${G}\b(?:came on|started) (?:suddenly|in seconds|like)`,
    String.raw`\bpeor dolor de cabeza\b|\bpire mal de tête\b|\bcéphalée en coup de tonnerre\b`,
  ),
  /**
   * How a thunderclap is told without the word: worse than any before, reaching its peak at once, like a
   * blow or an explosion. Read with `headache` and `suddenOnset` (see thunderclap_headache).
   */
  worstEver: r(
    // "The worse of my life", as learners write it (and glosses of Spanish "el peor").
    String.raw`\bworst${G}\b(?:ever|of my life|i'?ve ever (?:had|felt)|i have ever (?:had|felt))\b|\bworse${G}\b(?:of my life|i'?ve ever (?:had|felt))\b|\bworse than ever\b|\blike never before\b|\bnever (?:had|felt)${G}\b(?:like (?:it|this|that)|this bad)\b`,
    String.raw`\bcomo nunca\b|\bpeor${G}de (?:mi|su) vida\b|\bnunca (?:había|he|habia) (?:tenido|sentido)${G}(?:así|igual)\b|\bcomme jamais\b|\bpire${G}de (?:ma|sa) vie\b|\bjamais eu (?:aussi|si) mal\b`,
    String.raw`\b(?:headache|head)${G}\b(?:explod\w*|like (?:being |getting |i was |i'd been |someone )?(?:hit|struck|kicked|whacked|smacked|hammered)|like an? (?:explosion|bang|thunderclap|bomb))`,
    // The simile in a clause of its own: "..., like being hit with a bat".
    String.raw`\blike (?:being |getting |i was |i'd been |i've been |someone )?(?:hit|struck|whacked|smacked|clubbed|hammered) (?:with|by) (?:a |an )?(?:bat|baseball bat|cricket bat|hammer|brick|club|plank|mallet)\b|\blike (?:being |getting )?(?:hit|struck|kicked) (?:on|in) the (?:back of the )?head\b`,
  ),
  /** A start told like a blow: "came on like a bang", "like a bolt", "in seconds". */
  bangOnset: r(String.raw`\blike (?:being|getting|i'd been|i had been|i was|he'd been|she'd been|someone) (?:hit|struck|whacked|smacked|bashed|clubbed)(?: me| him| her)?(?: (?:on|over|in) the (?:back of the )?head)?(?: (?:with|by) (?:a |an )?(?:bat|baseball bat|cricket bat|hammer|sledgehammer|brick|plank|club))?(?<=head|bat|hammer|brick|plank|club)\b|\blike (?:an? )?(?:bang|thunderclap|bolt|explosion|bomb|gunshot|blast)\b|\b(?:came on|started|hit (?:me|him|her)?) ?(?:all at once|in (?:a |one )?seconds?|instantly)\b`),
  /** "Sudden" said outright, not a time that may merely be recent ("an hour ago"). */
  suddenWord: r(String.raw`\bsudden(?:ly)?\b|\babrupt(?:ly)?\b|\ball of a sudden\b|\bout of (?:nowhere|the blue)\b|\b(?:came on|started) all at once\b|\bde repente\b|\bsúbit[oa]\b|\bsoudaine?(?:ment)?\b|\bbrutal(?:e|ement)?\b`),
  severeHeadache: r(String.raw`\b(?:severe|terrible|awful|bad|worst|pounding|splitting|intense|excruciating|blinding|strong|very big|huge|massive)${G}\bheadache|\bheadache${G}\b(?:severe|terrible|won't go)`,
    String.raw`\bme duele (?:mucho|muchísimo|demasiado|horrible|terriblemente|fuertísimo) la cabeza\b|\bdolor de cabeza (?:muy )?(?:fuerte|intenso|terrible|horrible|insoportable|espantoso)\b|\b(?:fuerte|intenso|terrible|horrible|insoportable) dolor de cabeza\b`,
    String.raw`\b(?:très|trop|tellement|terriblement|super) mal (?:à la|a la) tête\b|\bmal de tête (?:très )?(?:fort|intense|violent|terrible|atroce|insupportable)\b|\b(?:violent|terrible|atroce|insupportable|énorme) mal de tête\b`,
  ),
  headache: r(String.raw`\bheadache|\bhead (?:hurts|hurting|is (?:killing|pounding|splitting|hurting))|\b(?:really |very |such a |proper )?(?:bad|sore|banging|thumping|pounding|splitting|stinking|rotten) heads?\b(?! (?:injury|injuries|lice|cold|of|teacher|office|start|first|over|on|wound|bump|knock|and shoulders|to toe))|\bhead pain|\bpain in (?:my |his |her |the )?head\b|\bmigraine|\bdolor(?:es)? de cabeza\b|\bme duele (?:\w+ )?la cabeza\b|\bmal (?:à la|de) tête\b|\bcéphalée`),
  /** Sight lost, not blurred: "can't see anything", "went blind", "vision went black", "blind in one eye". */
  visionLoss: r(
    // Not an eye stuck or swollen shut ("couldn't see out of my eye because it was stuck shut with gunk").
    String.raw`\b(?:can't|cannot|can not|couldn't|can no longer) see (?:anything|a thing|at all|(?:anything )?(?:out of|in|with|from) (?:my|one|his|her|the|their) (?:left |right )?eye)\b(?![^|.]{0,30}\b(?:stuck|glued|crusted|swollen|gummed) (?:shut|together|closed|up)\b)|\b(?:lost|losing|loss of) (?:all )?(?:my |his |her |the )?(?:sight|vision)\b`,
    String.raw`\b(?:went|gone|going|go) blind\b|\bblind in (?:one|my|his|her|the|their) (?:left |right )?eye\b|\b(?:vision|sight)${G}\b(?:went|has gone|had gone|turned|is|was) (?:black|dark|blank|completely dark)\b|\bno (?:vision|sight) in\b`,
  ),
  visualDisturbance: r(String.raw`\b(?:blurr\w*|blurry|double) vision\b|\bseeing (?:everything )?(?:yellow|green)\b|\b(?:yellow|green)(?:-tinged)? vision\b|\b(?:sight|eyesight)${G}\b(?:blurr\w*|dim|dimmed|dimming|misty|grey|greyed|faded|fading|going|gone|lost|loss|changes?)\b|\bvision${G}\b(?:blurr\w*|loss|lost|dim|gone|changes?)\b|\bflashing lights\b|\b(?:spots|dots|stars|lights|flashes|sparkles|flies|specks) (?:in front of|before) (?:my|his|her|the|their) eyes\b|\bseeing (?:sparkles|sparkly (?:lights|bits)|stars|zig-?zags|flashes|flashing|spots|dots|shimmering|wavy lines)\b|\bvisual (?:disturbances?|changes?|symptoms|loss|blurring)\b|\bscotomat?a?\b|\bphotopsia\b|\b(?:seeing|see|sees|saw) (?:spots|stars|flashes|sparks|flashing lights)\b|\blost (?:my |the )?sight\b|\bcan't see\b(?! (?:a|any) way out|(?:the|any) point|(?:a|any) future|why|how|what|the (?:problem|sense|harm|difference)|anything wrong)|\b(?:everything|things|it all|the world)${G}\b(?:looks?|seems?|appears?) (?:all )?(?:yellow\w*|green\w*|blurr\w*|fuzzy|hazy|misty|foggy)\b|\bhalo(?:e?s)? (?:a?round|round) (?:the )?lights\b|\bvisión borrosa\b|\bvision floue\b`,
    String.raw`\b(?:veo|ve|veía|viendo) (?:lucecitas|luces|luz|estrellitas|estrellas|puntitos|puntos|destellos|chispas|todo borroso|borroso|doble)\b|\bvista (?:borrosa|nublada)\b|\b(?:je vois|il voit|elle voit|voir|vois|voit) (?:des )?(?:mouches|étoiles|points|éclairs|flashs|taches|trouble|double|flou)\b|\bvue (?:trouble|brouillée|floue)\b|\b(?:des )?(?:éclairs|mouches|étoiles|points (?:noirs|lumineux)|taches) devant (?:les|mes|ses) yeux\b|\b(?:lucecitas|destellos|puntitos|manchas) (?:delante de|en) (?:los|mis|sus) ojos\b|\bvision (?:trouble|double)\b`,
  ),
  headInjury: r(
    // "A banging head" is a headache: the adjective right before a head nobody's.
    String.raw`\b(?:hit|hitting|bang\w*|bump\w*|struck|knock\w*|smash\w*|smack\w*|whack\w*|crack\w*|bash\w*|fell (?:on|onto)|landed on)${G}\bhead\b(?<!\b(?:a|with|got|have|has|had|really|proper|such a|stonking|right|awful|horrible) (?:banging|thumping|pounding|splitting) head)|\bhead (?:injury|trauma|wound)\b|\bconcuss\w*`,
    // "Fell off the top bunk onto his head": the fall's landing place after what was fallen from.
    String.raw`\b(?:fell|fallen|falling|tumbled)${G}\b(?:on|onto) (?:his|her|my|their|the|its) head\b`,
    String.raw`\bgolpe\w*${G}cabeza\b|\bse golpeó la cabeza\b|\b(?:cogné|tapé)${G}tête\b|\bcoup${G}tête\b|\btraumatisme crânien\b`,
  ),
  /** A baby's soft spot bulging or tense (raised pressure in the head: meningitis with a fever or drowsiness). */
  bulgingFontanelle: r(String.raw`\b(?:soft spot|fontanel+e?s?)${G}\b(?:bulg\w*|swollen|swelling|swelled|raised|rising|tense|puffed up|puffing up|sticking out|pushing out|domed)\b|\bbulging (?:soft spot|fontanel+e?)\b`),
  stiffNeck: r(String.raw`\b(?:stiff|rigid|sore)${G}\bneck\b|\bneck${G}\b(?:stiff\w*|rigid)|\bneck\b[^|]{0,25}\b(?:can't|cannot|unable to|won't) (?:bend|move|turn|lower|bring) (?:it|(?:my |his |her )?head)\b|\bcan't (?:bend|touch|move) (?:my |his |her )?(?:neck|chin)|\b(?:can't|cannot|can not|not able (?:to|of)|unable to|won't) (?:bend|lower|bring|put|tip|move) (?:her|his|my|the) (?:head|chin) (?:forward|forwards|down|to (?:her|his|my|the) chest)\b|\bcuello rígido\b|\brigidez${G}(?:nuca|cuello)|\bnuque raide\b`),
  photophobia: r(String.raw`\b(?:light|bright)${G}\b(?:hurts|hurting|painful|bothers)\b|\b(?:can't|cannot|can not) (?:bear|stand|handle|tolerate|look at) (?:the |any )?(?:light|bright)|\bphotophob\w*|\bsensitiv\w* to light|\bla luz me molesta|\bla lumière${G}(?:fait mal|gêne)`),
  /** Spinning or dizziness: with double vision, slurred speech or a lost balance, the back of the brain. */
  vertigo: r(String.raw`\bvertig\w*|\b(?:room|world|everything)${G}\b(?:spinning|tilting|tipping|whirling|going round|swaying)\b|\bspinning\b|\bdizz\w*`),
  doubleVision: r(String.raw`\bdouble vision\b|\bseeing (?:double|two of everything)\b|\bdiplopia\b|\b(?:everything|things|it all) (?:is|are|looks|look|went|has gone|gone) double\b`),
  /** Unable to walk or stand straight (not merely "a bit unsteady"): ataxia. */
  ataxia: r(
    String.raw`\b(?:can't|cannot|can not|unable to|couldn't)${G}\b(?:walk|stand)${G}\b(?:straight|in a straight line|without (?:falling|holding on|support))\b`,
    String.raw`\b(?:stagger\w*|keeps? falling to (?:one|the) side|veer\w* to (?:one|the) side|ataxi\w*)|\b(?:falling|falls|veering|veers|leaning|leans|drifting|drifts) (?:over )?to the (?:left|right)\b`,
  ),
} as const;
