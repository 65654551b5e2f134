/**
 * Cue patterns that mark a clause as historical, hypothetical or about someone else. Each is a
 * general phrase family (time anchors, resolution verbs, question frames, kinship words), never a
 * whole sentence.
 */

/**
 * "Stopped" tells a resolution when what stopped is a symptom ("the bleeding stopped", "it stopped with
 * pressure", "stopped hurting"). A device or a body function that stopped ("my insulin pump stopped
 * working", "he stopped breathing", "her periods stopped", "stopped eating", "stopped taking my
 * tablets", "since his tablets were stopped") is a finding: any other verb after "stopped", or a device,
 * a medicine or a body part before it.
 */
const SYMPTOM_VERB = String.raw`(?:bleeding|hurting|aching|itching|throbbing|stinging|burning|swelling|cramping|spinning|vomiting|being sick|coughing|sneezing|wheezing|running|dripping|oozing)`;
const STOPPED_THING = String.raw`(?:pump|machine|device|inhaler|pacemaker|defibrillator|icd|cpap|bipap|ventilator|oxygen|concentrator|monitor|sensor|cgm|meter|drip|feed|tube|catheter|stoma|shunt|heart|pulse|heartbeat|periods?|urine|wee|pee|tablets?|pills?|medicines?|medication|meds|drugs|insulin|treatment|doses?)`;
const RESOLVED_STOP = String.raw`(?<!(?:n't|not|never|\b${STOPPED_THING}(?: (?:has|had|have|just|suddenly|completely|now|then|was|were|been|got|is|are))*) )\b(?:has |have |had )?stopped\b(?! (?!${SYMPTOM_VERB}\b)[a-z]+ing\b)`;

/** Past or resolved: "last year", "in 2019", "used to", "is gone", "the bleeding stopped". */
export const HISTORY_RE = new RegExp(
  [
    String.raw`\blast (?:year|yr|summer|winter|spring|autumn|fall|decade)\b`,
    String.raw`\b(?:(?:\d+|a few|several|many|two|three|four|five|ten) )?years? (?:ago|back)\b`,
    String.raw`\b(?:in|back in|since) (?:19|20)\d\d\b`,
    // An anniversary counts back to what happened: "it's a year today since my friend overdosed".
    // Not an onset ("pain for 2 months since I started painting"): the span is the clause's own subject.
    String.raw`\b(?:it's|its|it is|it has been|it's been|it was|that's|today is) (?:a|one|two|three|four|five|ten|\d+|a few|several|many) (?:years?|months?) (?:today |now |this week |tomorrow )?since\b|\b(?:a|one|two|three|four|five|ten|\d+) (?:years?|months?) (?:today|tomorrow|this week) since\b|\banniversary of\b`,
    String.raw`\bused to\b`,
    // What someone died of, or had at an age long past, is family or past history, not a finding now.
    String.raw`\b(?:died|passed away) (?:of|from)\b|\bwhen (?:he|she|they) (?:was|were) (?:\d+|young|little|a child|a baby)\b`,
    String.raw`\bas a (?:(?:little|small|young) )?(?:child|kid|teenager|teen|baby|toddler|girl|boy|youngster)\b`,
    // A trait told as lifelong is how the person has always been, not a finding now ("drooped all her
    // life"). Not "since birth": a baby's "jaundiced since birth" is days old and new.
    String.raw`\bsince (?:childhood|(?:i|he|she|they) (?:was|were) (?:a (?:child|kid)|little|small))\b|\bborn with\b|\ball (?:my|his|her|their) li(?:fe|ves)\b`,
    String.raw`\bwhen i was (?:a |younger|little|young|\d)`,
    // "history of", "previous", "known" scope the words they govern (historyScope.ts), not the clause.
    String.raw`\bin the past\b(?! (?:\d+|few|several|two|three|24|48) (?:hours?|days?|weeks?))|\byears back\b`,
    // "better when I lean forward" says what eases a current pain, not that it has gone.
    // "has gone" is resolution only at the clause's end or before "away", "now"...: "my face has gone
    // droopy", "his lips have gone blue" say what it became.
    String.raw`\b(?:is|are|was|has|have) (?:long |now |all )?(?:gone(?= *(?:away|now|completely|by|after|since|for good|again)?\W*$)|resolved|cleared|better(?! (?:when|with|if|on|after|lying|sitting|leaning|standing)\b))`,
    String.raw`(?<!n't |not |never )\b(?:long gone|went away|gone away|cleared up|got better|recovered|healed)\b`,
    RESOLVED_STOP,
    String.raw`\bel año pasado\b|\bhace (?:\d+ |muchos |varios )?años\b|\bde niñ[oa]\b|\bya (?:pasó|se fue|se me pasó)\b`,
    String.raw`\bl'an(?:née)? dernière?\b|\bil y a (?:\d+ |des |plusieurs )?ans\b|\bautrefois\b|\bquand j'étais\b|\bc'est passé\b|\b(?:a|ont|est) disparue?s?\b`,
  ].join('|'),
);

/**
 * A past episode dated weeks or months back ("last week", "a month ago", "two weeks ago"): its clause
 * tells history ("I had chest pain last week, it went away"), unless the finding runs on from then
 * ("since last week", "for the last month", "started two weeks ago": ONSET_RE, RECURS_RE).
 */
export const PAST_EPISODE_RE =
  /(?<!\b(?:since|for|over|in|within|during|from|throughout|until|till|the|this|past) )\b(?:last (?:week|month)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a few|a couple of|couple of|several|few) (?:weeks?|months?) ago)\b/;

/**
 * A past event dated by a season or a month ("had a stroke in the summer", "was in hospital back in
 * March"): history like "last week". Only after a past-tense verb: "I get hay fever in the summer" is how
 * it goes every year, and "my scan is in March" is to come.
 */
export const PAST_SEASON_RE =
  /\b(?:had|was|were|did|got|went|broke|fell|came|happened)\b.*\b(?:in|over|during|back in) (?:the )?(?:summer|spring|winter|autumn|fall|(?:summer|christmas|easter) holidays|january|february|march|april|june|july|august|september|october|november|december)\b/;

/**
 * In the dated clause itself, words that make the date an onset ("since", "started", "still", "on and
 * off"), or a last period, which dates the current cycle ("my last period was 7 weeks ago").
 */
// A finding told in the simple present with a date weeks back ("I have back pain 3 weeks ago", as
// learners of English and glosses of Spanish "tengo ... hace" write it) runs on from then too.
export const ONSET_RE =
  /\b(?:(?:i|he|she|they|we) (?:have|has|feel|feels)(?! (?:had|been|not|no)\b)|last (?:menstrual )?period|lmp|since|start(?:s|ed|ing)?|began|begun|came on|come on|developed|first noticed|still|on and off|on-and-off|off and on|keeps?|getting (?:worse|bigger)|worsening|every (?:day|night|morning)|daily|ongoing|continu\w*|persist\w*|has been|have been|'ve been)\b/;

/** Later in the sentence, words that bring the past episode back: "and again today", "it's back", "ever since". */
export const RECURS_RE =
  /\b(?:again|still|(?:ever since|since then)(?! (?:i'?ve been |it'?s been |i'?m |been |all |everything'?s? |has been )?(?:fine|ok|okay|well|good|normal|nothing|no (?:problems?|issues?|more|further)))|keeps? (?:happening|coming)|hasn't gone|has not gone|never (?:went|gone)|won't go|(?:it's|its|it is|is|are|came|come|coming|has come|have come) back|returned|recurr\w*)\b/;

/** Questions and conditionals about symptoms rather than reports of them. */
export const HYPOTHETICAL_RE = new RegExp(
  [
    String.raw`\bwhat (?:are|is) (?:the |some )?(?:common |main |early |warning |typical )*(?:symptoms?|signs?|causes?|risks?|treatment)\b`,
    String.raw`\b(?:symptoms|signs|warning signs) of (?:a |an )?\w+`,
    String.raw`\bwhat if\b`,
    // A medicine's listed risk ("the leaflet says it can cause a brain bleed"): what may happen, not what has.
    String.raw`\b(?:leaflet|label|insert|prospecto|notice|packet|box|website|pharmacist|doctor)\b[^|.!?]{0,30}?\b(?:says|said|puts|mentions|warns|lists|told me)\b[^|.!?]{0,20}\b(?:can|could|may|might) (?:cause|give|lead to|result in|trigger|bring on)\b`,
    // A risk asked about or lowered is not a finding: "am I at higher risk of a stroke?", "to cut my risk of a heart attack".
    String.raw`\b(?:(?:am|is|are) (?:i|he|she|we|they|my \w+) (?:at )?(?:a )?|(?:my|his|her|our|their|the|your) |(?:reduce|lower|cut|raise|increase|increases|raises)s? (?:my |his |her |the |your )?)(?:higher |high |increased |greater |more |any |extra |lifetime )?(?:risk|chance|odds) (?:of|for)\b`,
    String.raw`\bin case\b`,
    // A general claim about what a symptom means ("my mate reckons chest pain means a heart attack"), not a finding.
    String.raw`\b[a-z]+(?: [a-z]+)? (?:always |usually |often |can |could |might |must )?means? (?:a |an |you(?:'re| are) having (?:a |an )?|you have (?:a |an )?)?(?:heart attack|stroke|cancer|meningitis|sepsis|blood clot|clot|appendicitis|anaphylaxis|a tumou?r)\b`,
    // Whether a dose or a drink already told was too much: "have I overdosed??", "could I have alcohol
    // poisoning?": the subject after its verb asks. The amount told decides, by its own rules.
    String.raw`\b(?:have|did|could|might|may|do|can) (?:i|he|she|they|we|you) (?:have |be having |have got |be )?(?:accidentally )?(?:an? )?(?:overdosed|overdose|taken too (?:much|many)|had too (?:much|many)|alcohol poisoning|poisoned (?:myself|himself|herself|themselves))\b|\b(?:is|was|could|would|can|might) (?:that|this|it) (?:be )?(?:poisoning|poisonous|an overdose|too much|toxic)\b`,
    String.raw`\b(?:how|when) (?:do|would|can|could|will|should) (?:i|you|we|one) (?:know|tell|recogni[sz]e|spot)\b`,
    String.raw`\b(?:what|when) (?:should|do|would|can) (?:i|you|we|one) do (?:if|when)\b`,
    String.raw`\bwhat to do (?:if|when)\b`,
    String.raw`\bwhat happens (?:if|when)\b`,
    String.raw`\bif (?:i|you|someone|somebody|a person|one|he|she|they|my \w+) (?:ever |were to |suddenly )?(?:get|gets|got|have|has|had|develop|develops|experience|experiences|start|starts|is|are|were|was)\b`,
    String.raw`\bjust (?:asking|curious|wondering)\b|\basking for (?:a friend|general|my own knowledge)\b|\bfor (?:general )?(?:knowledge|information)\b`,
    String.raw`\bcuáles son los síntomas\b|\bqué pasa si\b|\bsíntomas de\b|\ben caso de\b|\bsi alguna vez\b`,
    String.raw`\bquels sont les (?:symptômes|signes)\b|\bet si\b|\bsymptômes d[e'u]\b|\ben cas de\b`,
  ].join('|'),
);

/**
 * A question about what causes what ("can anxiety cause chest pain?", "does coffee give you
 * palpitations?"): hypothetical only when nothing else in the message tells of the writer's own
 * symptom now (analyzeMessage), since "could stress cause this? I have it right now" is a report.
 */
export const CAUSE_QUESTION_RE =
  /\b(?:can|could|does|do|will) (?!(?:my|his|her|their|this|these|that|it|i|you|he|she|they|we|the)\b)[a-z]+(?: [a-z]+)? (?:cause|give you|trigger|lead to|bring on)\b(?! (?:this|these|that|my|his|her|their|the)\b)/;
/** Words of a writer telling their own state: with them, a cause question is a report. */
export const OWN_STATE_RE = /\b(?:i|i'm|im|i've|ive|me|my|mine|it's|its|it is|it has|now|since|right now|at the moment|currently|today|tonight|this morning)\b/;

/**
 * A sentence about sleep episodes: snoring, apnoea, what happens "in my sleep", "while asleep".
 * Waking up alone ("I woke up with chest pain") is not one: it dates a current event.
 */
export const SLEEP_EPISODE_RE =
  /\b(?:in (?:my|his|her|their|your|the) sleep|during (?:my |his |her |their )?sleep|while (?:asleep|sleeping)|when (?:asleep|sleeping)|snor\w*|sleep apn\w*|apnoeas?|apneas?)\b/;

/** A person the writer tells of by a noun: kin, friends, the people around them, a patient. */
export const PERSON_NOUN = String.raw`(?:father|mother|dad|daddy|mum|mom|mommy|mummy|son|daughter|baby|child|kid|kids|toddler|infant|newborn|wife|husband|partner|friend|brother|sister|grandmother|grandfather|grandma|grandpa|granny|nan|boyfriend|girlfriend|neighbou?r|colleague|coworker|roommate|flatmate|aunt|uncle|nephew|niece|cousin|boy|girl|patient|client|relative)`;

/** Someone other than the writer: kin, pronouns, clinical case openers. */
export const THIRD_PARTY_RE = new RegExp(
  [
    String.raw`\b(?:my|our|his|her|their) (?:\d+[- ](?:year|month|week|day)[- ]old |little |baby |elderly |old |teenage |newborn )?${PERSON_NOUN}\b`,
    String.raw`\bmy \d+[- ](?:year|month|week|day|yr|mo)s?[- ]old\b`,
    String.raw`\b(?:he|she|they|him|her|his|he's|she's|they're)\b`,
    String.raw`\b(?:the|this|a|an) (?:\d+[- ]year[- ]old )?(?:patient|man|woman|boy|girl|male|female|child|infant|gentleman|lady)\b`,
    String.raw`\b\d+[- ]?(?:year|month|week)s?[- ]old\b`,
    String.raw`\b\d{1,3} ?(?:m|f|yo|y/o|yom|yof)\b`,
    String.raw`\b(?:presents|presented|presenting|is brought|was brought|brought in|reports|complains)\b`,
    String.raw`\b(?:someone|somebody|a person)\b`,
    String.raw`\bmi (?:padre|madre|papá|mamá|hijo|hija|bebé|esposa|esposo|marido|mujer|abuela|abuelo|hermano|hermana|amigo|amiga)\b|\b(?:él|ella)\b|\bse le\b`,
    String.raw`\b(?:mon|ma|notre) (?:père|mère|papa|maman|fils|fille|bébé|enfant|femme|mari|grand-mère|grand-père|frère|sœur|soeur|ami|amie)\b|\b(?:il|elle)\b`,
  ].join('|'),
);

/** A relative by kinship (not a partner, friend or patient): who a family history is about. */
export const RELATIVE_RE =
  /^\W*(?:(?:my|our|his|her|their|the patient's|paternal|maternal) )*(?:father|mother|dad|mum|mom|parents?|son|daughter|brother|sister|siblings?|grandmother|grandfather|grandma|grandpa|grandparents?|aunt|uncle|nephew|niece|cousin|twin)s?\b/;

/** The writer speaking about themselves again ("my son is fine, but I have ..."). */
export const SELF_RE = /\b(?:i|i'm|im|i've|ive|me|myself|yo|tengo|je|j'ai|moi)\b/;

/**
 * Someone else's remark about the writer: a speaker, a verb of saying or thinking, then the writer
 * ("my wife says I look grey", "my doctor told me I have high blood pressure", "he thinks I'm
 * confused"). The finding is the writer's own; "my wife looks grey" stays hers.
 */
/**
 * Carers acting on the writer ("they took my spleen out", "the doctors gave me antibiotics"): the
 * clause is the writer's, though "they" opens it.
 */
export const ACTED_ON_SELF_RE =
  /\b(?:they|doctors|surgeons|nurses|the (?:doctors?|surgeons?|hospital|nurses?|dentist|gp|consultant|paramedics?))\s+(?:\w+\s+){0,2}?(?:took|taken|removed|operated on|cut|put|gave|given|stitched|drained|did|scanned|x-?rayed|sent)\s+(?:out\s+)?(?:me\b|my\b(?!\s+(?:son|daughter|baby|child|children|kids?|boy|girl|husband|wife|partner|mum|mom|mother|dad|father|brother|sister|nan|gran\w*|grand\w*|friend|aunt|uncle|niece|nephew|toddler|twins?|patient|resident|client)\b))/;

export const REPORTED_SELF_RE = new RegExp(
  [
    String.raw`\b(?:says?|said|saying|tells? me|told me|telling me|thinks?|thought|reckons?|reckoned|noticed|notices|mentioned|mentions|keeps? (?:saying|telling me)|(?:is|was|are|were|got) (?:worried|concerned|scared)|worries|pointed out|commented|believes?|feels? that|swears?|claims?)\b(?: that)?(?: (?:today|now|recently|lately|again))?,? (?:i|i'm|im|i've|ive|i'd|i'll|me|my|myself)\b`,
    String.raw`\b(?:dice|dijo|cree|piensa|nota|notó|ve) que (?:yo |me |mi |estoy|tengo|parezco)`,
    String.raw`\b(?:dit|trouve|pense|a dit|trouvent|disent|croit) que (?:je |j'|me |m'|mon |ma |mes )`,
  ].join('|'),
);
