/**
 * Suicidal ideation, self-harm, overdose and poisoning. Phrase families cover direct statements,
 * passive wishes to be dead, plans and goodbyes, in en/es/fr. Phrases that can also mean plain
 * exhaustion ("can't take it anymore") are kept apart in `despairPhrase` and only count with `despair`.
 */
import { anyMedicineNamePattern } from '../drugClasses.ts';
import { conceptPattern as r, GAP as G, LIST_ITEM_GAP as LIST_GAP } from './conceptPattern.ts';

const SELF = String.raw`(?:myself|himself|herself|themselves|themself|my ?self)`;
/** A medicine, by form or by name. */
const MEDICINE = String.raw`(?:pills?|tablets?|capsules?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|co-?codamol|codeine|tramadol|sleeping|antidepressants?|painkillers?)`;
const PARACETAMOL = String.raw`(?:paracetamol|acetaminophen|tylenol|calpol|co-?codamol)\b`;
/** A medicine after a count, up to two words apart ("40 paracetamol tablets", "20 of her pills"), never a time or a dose unit ("10 days of the tablets"). */
const COUNTED = String.raw`(?:(?!(?:days?|weeks?|months?|years?|hours?|minutes?|mins?|mg|mcg|ml|g|times?)\b)[a-z-]+ ){0,2}(?:${MEDICINE}|of (?:my|her|his|the|them))`;
const TAKEN = String.raw`(?:took|taken|swallowed|swallowing|ate|ingested|drank|downed)`;
/** What an overdose is of, after an amount or a container ("a lot of my pills", "a bottle of calpol"). */
// Every medicine the drug table names, read from the table once for the patterns below.
const MEDICINE_NAMES = anyMedicineNamePattern();
/**
 * A medicine the table does not name, known by its international name's stem (WHO INN stems): "-azepam"
 * and "-zolam" are benzodiazepines, "-triptyline" tricyclics, "-oxetine" and "-aline" antidepressants,
 * "-semide" loop diuretics. Read only after a whole pack was taken.
 */
const MEDICINE_BY_STEM = String.raw`[a-z]+(?:azepam|azolam|zolam|triptyline|oxetine|aline|pramine|apine|idone|codone|morphone|barbital|profen|sartan|pril|olol|dipine|statin|semide|thiazide|tidine|prazole|clone|pidem)`;
const DRUG = String.raw`(?:${MEDICINE}|meds|medications?|medicines?|insulin|calpol|nurofen|(?:cough )?syrup)\b`;
const CONTAINER = String.raw`bottles?|box(?:es)?|packets?|packs?|strips?|blister packs?|tubs?`;
/** Containers that hold medicine when nothing else is named ("took the whole packet"); a box or tub may hold anything. */
const MEDICINE_CONTAINER = String.raw`bottles?|packets?|packs?|strips?|blister packs?`;
/** Taken, or being taken: not a question about taking. */
const TAKING = String.raw`(?:took|taken|taking|had|having|gave|given|giving|swallowed|used)`;
/** Day after day: every day, all week, for the last five days. */
const DAY_AFTER_DAY = String.raw`(?:every day|each day|daily|all week|for (?:a week|days|\d+ days|(?:several|a few|two|three|four|five|six|seven) days)|for the (?:last|past) (?:few |several |\d+ |two |three |four |five |six |seven )?days)`;
/** Saying it was meant: taking medicine on purpose is an overdose whatever the amount. */
const ON_PURPOSE = String.raw`(?:on purpose|deliberately|intentionally|to (?:end it|die|not wake up|kill ${SELF}))`;


// Sedatives and opioids, and drinks, that together slow breathing (sedativeWithAlcohol).
const SEDATIVE = String.raw`(?:xanax|valium|diazepam|benzos?|benzodiazepines?|alprazolam|etizolam|lorazepam|clonazepam|pregabalin|gabapentin|zopiclone|sleeping (?:pills|tablets)|opioids?|heroin|fentanyl|methadone|oxycodone|codeine|tramadol|ghb)`;
const ALCOHOL = String.raw`(?:vodka|alcohol|drink|drinks|drinking|booze|beer|wine|whisky|whiskey|gin|rum|cider|spirits)`;
// A household product by what it is for: "dishwasher liquid", "laundry capsule", "toilet cleaner".
const HOUSEHOLD_PRODUCT = String.raw`(?:dishwasher|washing(?: machine)?|laundry|fabric|toilet|oven|drain|sink|plughole|floor|window|glass|surface|kitchen|bathroom|car|household|cleaning|descaler|limescale)\s+(?:liquid|tablets?|pods?|capsules?|powder|cleaner|unblocker|fluid|spray|polish|detergent|gel|softener|conditioner|salt|products?|chemicals?|stuff|solution)\b`;
// Fuels, solvents and car fluids a child may drink from a bottle: one list for "drank it" and for "found with it".
const FUEL_OR_SOLVENT = String.raw`screen ?wash|de-?icer|white spirit|turpentine|methylated spirits?|lighter fluid|lamp oil|paraffin|kerosene|petrol|e-?liquid|vape juice|nail (?:polish|varnish) remover`;
// Corrosives sold for cleaning or pools, named by the acid or alkali: a mouthful burns the gullet.
const CORROSIVE = String.raw`(?:muriatic|hydrochloric|sulph?uric|nitric|hydrofluoric|battery|pool|brick|descaling) acid|ammonia|chlorine(?: tablets?| granules?)?|pool chemicals?`;
// What burns skin it is spilled on: alkalis, acids, wet cement, paint stripper (one list for "on my hands" and "spilled it").
const SKIN_CORROSIVE = String.raw`(?:caustic soda|lye|sodium hydroxide|oven cleaner|drain cleaner|${CORROSIVE}|wet cement|paint stripper)`;
export const mentalHealthConcepts = {
  suicidal: r(
    String.raw`\b(?:kill|killing|hang|hanging|shoot|drown|off|unalive) ${SELF}\b|(?<!\b(?:died|death|dead|lost (?:him|her|them|my [a-z]+)|after (?:his|her|their)|since (?:his|her|their)|anniversary of (?:his|her|their)|bereaved) (?:by |to |from |through )?)\bsuicid\w*`,
    // A way to die named with when: "when I jump off the multi storey tonight", "gonna jump off the bridge".
    String.raw`\b(?:when|before|once|after) i (?:jump|throw myself) (?:off|from|in front of|under)\b|\b(?:i'?m|im|i am|i'll|ill) (?:going to|gonna|about to) (?:jump|throw myself) (?:off|from|in front of|under) (?:the |a |that )?(?:bridge|building|roof|multi-? ?storey|car park|cliff|tower|balcony|train|tracks|motorway)\b`,
    // Wrists cut or slit: self-harm told by the act ("says she's cut her wrists"), not a cut from a glass.
    // A ligature round the neck told by the act ("she's tied something round her neck"), not a scarf or a tie worn.
    String.raw`\b(?:tied|tying|put|putting|wrapped|wrapping|pulled|pulling|tightened|tightening)${G}\b(?:something|a rope|rope|a cord|cord|a cable|cable|a belt|(?:his|her|my|their) belt|a ligature|ligature|a noose|a flex|a lead|a sheet)${G}\b(?:round|around) (?:her|his|their|my|your) (?:own )?neck\b`,
    String.raw`\b(?:cut|cutting|slit|slitting|slashed|slashing) (?:my|his|her|their|your|both) wrists\b|\b(?:slit|slashed) (?:my|his|her|their|your) wrist\b`,
    String.raw`\b(?:end|ending|take|taking|end ?ed) (?:my|his|her|their) (?:own )?li(?:fe|ves)\b|\b(?:end|ending) it all\b|\b(?:end|ending) (?:things|everything)\b|\b(?:end|ending) it (?:tonight|today|now|soon)\b`,
    // Passive wishes: "(do)n't want to be here anymore" is asserted, "don't want to die" is not.
    String.raw`\b(?:don't|do not|doesn't) (?:want|wanna) to (?:be alive|live|exist|wake up|be here|go on|carry on)\b|(?<!(?:n't|nt|not) )\b(?:wants?|wanting|wanna|wish i could) (?:to )?die\b(?! (?:laughing|of (?:embarrassment|shame|boredom|laughter)))`,
    String.raw`\bbetter off (?:dead|without me|if i (?:was|were) gone|if i wasn't here)\b|\bno (?:reason|point|purpose) (?:to|in) (?:live|living|going on|being alive)\b|\bnothing (?:left )?to live for\b`,
    String.raw`\bwish (?:i|he|she) (?:was|were|could be) dead\b|\bwish (?:i|he|she) (?:wouldn't|would not|didn't|could not|couldn't) wake up\b|\bwish (?:i|he|she) (?:had never been|was never|were never) born\b`,
    String.raw`\b(?:want|wanna|wish i could) (?:to )?disappear\b|\b(?:can't|cannot|can not) go on (?:anymore|any more|any longer|living|like this anymore)\b|\b(?:can't|cannot) go on$`,
    // Looking up how to die, and "kms" (kill myself) as typed in chat.
    // Asking how much of something it takes to die is a plan's question, whatever its grammar ("how many
    // sertraline would it take to not wake up"): never a question about a dose.
    String.raw`\bhow (?:many|much)\b[^|.?!]{0,40}?\b(?:would it take|does it take|would (?:i|you|someone|a person) need|do (?:i|you) need|to take|would kill|will kill|is enough|are enough)\b[^|.?!]{0,20}?\bto (?:die|not wake up|never wake up|kill (?:${SELF}|me|you)|end (?:it|it all|my life|things)|be (?:fatal|lethal))\b|\bhow (?:many|much)\b[^|.?!]{0,40}?\b(?:would|will) (?:kill me|stop my heart|be fatal|be lethal)\b`,
    String.raw`\b(?:look\w* up|search\w*|googl\w*|research\w*|read\w* (?:about|up on))${G}\b(?:ways|how|methods?|the (?:best|easiest|quickest) way) to (?:die|kill ${SELF}|end (?:it|my life)|overdose)\b|\b(?:to|gonna|wanna|should|will|i'?ll|might|going to|just) kms\b`,
    String.raw`\bgoodbye (?:letters?|notes?|messages?)\b|\bsuicide note\b|\b(?:harm|harming) ${SELF}\b|\bself[- ]?harm\w*|\bself[- ]?injur\w*`,
    // "I hurt myself playing football" is an accident; intent words or a habit make it self-harm.
    String.raw`\b(?:want|wanna|going|gonna|urge|urges|thinking|thought|thoughts|been|keep|started|might|will|i'll|tempted)${G}\b(?:hurt|hurting|cut|cutting|burn|burning|starve|starving) ${SELF}\b|\b(?:cut|cutting|burn|burning|hurt|hurting) ${SELF} (?:on purpose|deliberately|again|to cope|to feel)\b`,
    // A part of the body cut on purpose ("cut my wrist on purpose", "slashed her arms to cope"); slit wrists in any words.
    String.raw`\b(?:cut|cutting|slash\w*|slit|slitting|sliced?|slicing|burn\w*|scratch\w*) (?:my|his|her|their) (?:wrists?|arms?|legs?|thighs?|veins?|skin|stomach|tummy)${G}\b${ON_PURPOSE}|\b(?:slit|slash\w*|slitting) (?:my|his|her|their) (?:wrists?|veins?)\b|\b${ON_PURPOSE}${G}\b(?:cut|slashed|slit|burned|burnt) (?:my|his|her|their)\b`,
    String.raw`\b(?:jump|jumping|throw ${SELF}|throwing ${SELF}|step|stepping|walk|walking) (?:off|from|in front of|under) (?:a |an |the |my |this )?(?:bridge|building|roof|cliff|balcony|tower|train|bus|car|lorry|truck|window|motorway)\b`,
    // Standing at a height and saying they will jump: "I'm standing on the bridge and I'm going to jump".
    String.raw`\b(?:on|at|up on|on top of|at the edge of|near) (?:a |an |the |this |my )?(?:bridge|roof|rooftop|ledge|cliff|cliff edge|balcony|tower|multi-?storey|car park roof|platform|train tracks|railway)\b[^.!?]{0,60}\b(?:going to|gonna|about to|want to|wanna|will|i'll|might) (?:jump|throw ${SELF}|let go|step off)\b`,
    // A plan or preparation: stockpiling, choosing a method, giving things away.
    String.raw`\b(?:stockpil\w*|sav\w* up|hoard\w*|collect\w*)${G}\b(?:pills|tablets|meds|medication|painkillers)\b|\bplan\w* (?:to|on) (?:take|taking) (?:them all|all of them|all my|all the)\b|\bgiv\w* (?:away )?(?:my|all my|his|all his|her|all her) (?:things|stuff|belongings) away\b`,
    // The means made ready: "the pills saved up", "a rope ready", a noose.
    String.raw`\b(?:pills|tablets|meds|medication|painkillers)${G}\b(?:stockpil\w*|saved|hoarded|put aside)\b|\b(?:rope|ligature)${G}\b(?:ready|tied|set up)\b|\bnoose\b`,
    String.raw`\bsuicidarme\b|\bmatarme\b|\bme (?:quiero|voy a|pienso|quisiera|gustaría|dan ganas de) (?:matar|suicidar|quitar la vida)\b|\bquitarme la vida\b|\bacabar con (?:mi vida|todo|esto)\b|\bquiero morir\w*|\bno quiero (?:vivir|seguir viviendo|estar aquí|despertar)\b|\bme quiero morir\b|\bmejor muert[oa]\b|\bno (?:tengo|hay) (?:razón|razones|motivo|motivos) para vivir\b|\bquiero desaparecer\b|\btirarme (?:del|de un|de una|por|al|a la|a las|bajo)\b|\bno vale la pena (?:seguir|vivir)\b|\bcortarme (?:las venas|los brazos|las muñecas)\b|\bautolesi\w*|\bhacerme daño\b|\bcansad[oa] de vivir\b`,
    String.raw`\bme suicider\b|(?<!\b(?:va|vont|vas|ça va|ca va|il va|elle va|ils vont|tu vas|allez|veut|veulent|voulait|voulaient|essaie de|essayé de|essaye de|essaient de|pourrait|pourraient|peut|peuvent) )\bme tuer\b|\bmettre fin à (?:mes|ses) jours\b|\ben finir\b|\bveux mourir\b|\benvie de mourir\b|\bme faire du mal\b|\bne (?:veux|veut) plus vivre\b|\bplus envie de vivre\b|\bmieux (?:mort|morte)\b|\bveux disparaître\b|\bidées (?:noires|suicidaires)\b|\bme jeter (?:sous|du|d'un|de la|par)\b|\bme (?:scarifier|taillader|couper les veines)\b|\bmarre de (?:la vie|vivre)\b|\bpas de raison de vivre\b`,
  ),
  /** Phrases of exhaustion that signal a crisis when hopelessness is also expressed. */
  despairPhrase: r(
    String.raw`\b(?:can't|cannot|can not) (?:go on|take (?:it|this|much more)|do this|keep going|cope)(?: anymore| any more| any longer)?\b|\btired of (?:everything|it all|life|living|being alive)\b|\b(?:i'?m|im|i am) (?:just )?(?:so )?done with (?:everything|it all|life|living|all of it|this life)\b|\bwant (?:it all|everything) to (?:stop|end)\b`,
    String.raw`\b(?:just )?want(?:ed|s)? (?:it|it all|everything|this|the thoughts) to (?:stop|end|go away)\b(?! (?:hurting|itching|bleeding|aching|swelling|throbbing|stinging|burning))|\b(?:can't|cannot) see (?:a|any) way out\b|\bsee no way out\b`,
    String.raw`\bno puedo más\b|\bya no aguanto\b|\bno aguanto más\b|\bje n'en peux plus\b(?! d(?:e |'|u |es ))|\bj'en peux plus\b(?! d(?:e |'|u |es ))|\bje ne supporte plus\b`,
  ),
  /** Saying others would be better off without them (perceived burdensomeness): read with another sign. */
  burden: r(
    String.raw`\b(?:be|are|is|been) better off without (?:me|him|her|them|us)\b|\b(?:world|everyone|everybody|family|kids)${G}\bbetter off (?:without|if i (?:was|were) gone|if (?:he|she|they) (?:was|were) gone)\b`,
  ),
  /** Putting affairs in order: giving belongings away, goodbye letters (read with another sign). */
  /** Car fumes in a closed garage, a hose from the exhaust: a suicide attempt by carbon monoxide under way. */
  exhaustFumesAttempt: r(
    String.raw`\b(?:locked|shut|sitting|sat|is)${G}\b(?:in|inside) (?:the |a |his |her )?(?:garage|car)\b[^|]{0,40}?\b(?:car|engine|motor) (?:running|on|going)\b|\bhose(?:pipe)?${G}\bexhaust\b|\bexhaust${G}\bhose(?:pipe)?\b`,
  ),
  /** Low mood named: with a farewell act, the warning of a plan. */
  lowMoodWord: r(
    String.raw`(?<!\b(?:st|st[- ]segment|segment|respiratory|cns|bone marrow|marrow) )\b(?:depressed|depression|deeply unhappy|so low|very low|really low|in a dark place)\b`,
    // "He's been really down": down as a mood ends its phrase; "lie down", "down the stairs" go on.
    String.raw`\b(?:been|feeling|felt|feels|seemed|seems|he's|she's|i'm|im|hes|shes) (?:really |very |so |quite |a bit |pretty )?down\b(?=\s*(?:$|[|,.;!?]|(?:and|lately|recently|for|since|at the moment|all the time)\b))`,
  ),
  farewellActs: r(
    String.raw`\bgiv(?:ing|en|es|e) away (?:all )?(?:my|his|her|their) (?:favourite |favorite |best |old )?(?:things|stuff|belongings|possessions|pets?|savings|games|bike|clothes|books|guitar|console|xbox|playstation|ps\d|jewell?ery|collection|toys|records)\b|\b(?:notes?|letters?|cards?) (?:addressed|written) to (?:each of us|each of them|all of us|every one of us|each (?:of )?(?:his|her|my|their) )|\b(?:sorted|sorting|made|making|wrote|written|writing|updated|updating|finished) (?:out )?(?:my|his|her|the) will\b|\b(?:put|putting|got|getting|sorted|sorting) (?:my|his|her|their) affairs in order\b|\bpaid (?:everything|it all|all my debts|all the bills) off so\b|\b(?:writ(?:ing|ten|es|e)|left) (?:a )?(?:goodbye|farewell|suicide) (?:notes?|letters?)\b|\b(?:saying|said|written|wrote|writing|sent|posted|posting) (?:his |her |their |my |a |some )?goodbyes?\b(?: (?:message|post|note|letter)s?)?|\b(?:wrote|written|writing|left|sent|texted)${G}\b(?:letter|note|message|text)s?${G}\bsaying (?:goodbye|sorry for everything)\b|\bgoodbye (?:letter|note|message|text)s?\b|\b(?:saying|said|say|says) goodbye to (?:everyone|everybody|all of us|us all|the family|all)\b|\b(?:lettres?|mots?|message) d'adieux?\b|\bcartas? de despedida\b|\bsorting out (?:my|his|her|their) (?:will|affairs)\b`,
    // A goodbye sent without the word: "texted me 'sorry for everything, love you all, look after mum'".
    String.raw`\b(?:texted|messaged|wrote|written|sent|posted|left|said)\b[^|]{0,60}?\b(?:sorry for everything|love you all|i love you all|look after (?:mum|mom|dad|the kids|the children|each other|everyone|the dog|my|your)|take care of (?:mum|mom|dad|the kids|each other|everyone)|tell (?:mum|mom|dad|them|everyone) (?:i love|i'm sorry))\b`,
    // Letters written to the family, told by someone in despair: a goodbye, whether or not the word is there.
    String.raw`\b(?:writ(?:ing|ten|es|e)|wrote|left)${G}\b(?:letters?|notes?) (?:to|for) (?:all )?(?:my|his|her|their|the) (?:family|kids|children|wife|husband|partner|mum|mom|dad|parents|loved ones|sons?|daughters?)\b`,
  ),
  /**
   * Suicidal intent told without the words: a decision to "end it" (the object unsaid), to "do something
   * stupid", "tonight is the night". With low mood, despair, a plan or the means at hand, a suicide plan.
   * Not a relationship or a call ended "with" someone.
   */
  veiledIntent: r(
    // "You won't have to worry about me anymore": the end told as relief for others.
    String.raw`\b(?:won't|wont|will not|never) (?:have|need) to worry about me (?:anymore|any more|again|ever again)\b`,
    // The end told for tonight: "tonight it all ends", "it ends tonight".
    String.raw`\btonight (?:it all ends|everything ends|it ends|is the end)\b|\b(?:it all|everything|it) ends tonight\b`,
    // Everything set for a time that is coming: "everything is ready for tonight", with despair or the means, a plan.
    String.raw`\b(?:everything|it's all|it is all|all) (?:is |'s )?(?:ready|set|planned|sorted|prepared|arranged) for (?:tonight|tomorrow|later|this evening|the weekend)\b`,
    // Not being a trouble much longer: "won't be a problem much longer", "won't be around for long".
    String.raw`\b(?:won't|wont|will not|not going to|isn't going to|won't have to) (?:be )?(?:a (?:problem|burden|bother|nuisance)|around|here|bother(?:ing)? (?:anyone|you|them|anybody)|put up with me)(?: to anyone| for anyone)? (?:much|for much|any|for) longer\b|\b(?:won't|wont|will not) be (?:around|here) for long\b`,
    String.raw`\b(?:going to|gonna|decided to|decided i'm going to|want to|wanna|will|i'll|plan(?:ning)? to|ready to|about to|time to) end it\b(?! (?:with|between|off|for (?:him|her|them|us))\b)`,
    String.raw`\b(?:going to|gonna|might|will|i'll|want to|about to|scared i'll|afraid i'll|worried (?:i|he|she)'ll) do something (?:stupid|silly|drastic|terrible)\b|\btonight(?:'s| is) the night\b(?! (?:i|we|he|she|they|you|for|of|to|that|when|my|our)\b)|\b(?:going to|gonna|will|i'll) do it tonight\b`,
    // The saved-up pills to be taken all at once ("I'm going to take them all tonight"): with the means made ready, a plan.
    String.raw`\b(?:(?:going to|gonna|will|i'll|plan(?:ning)? to|about to|decided to|want to|wanna|intend(?:ing)? to|mean to) (?:take|swallow|down|neck)|(?:thinking|thought) (?:of|about) (?:taking|swallowing)|planning on (?:taking|swallowing)) (?:them all|the lot|the whole lot|every (?:one|last one) of them|all of them|all (?:of )?(?:the|my) (?:pills|tablets|meds)|them(?= (?:all )?(?:tonight|today|this evening|tomorrow)\b))\b`,
    // The same told as tonight's plan in the present ("tonight I take them all", "I take them all tonight and that's it").
    String.raw`\btonight,? (?:i|i'm|im) (?:take|taking|swallow|swallowing) (?:them all|all of them|the lot|every one)\b|\b(?:i|i'm|im) (?:take|taking|swallow|swallowing) (?:them all|all of them|the lot|every one) (?:tonight|today|now)\b`,
    // A way to die told as what comes next: "I'm going to walk into the sea tonight", "drive into a wall".
    String.raw`\b(?:going to|gonna|will|i'll|want to|wanna|about to|planning to|plan to|thinking of|thinking about) (?:walk\w*|swim\w*|wad\w*) (?:out )?into the (?:sea|river|lake|ocean|canal|water|waves)\b|\b(?:going to|gonna|will|i'll|want to|wanna|about to|planning to) (?:drive|crash) (?:my car |the car |his car |her car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|river|oncoming traffic|lorry|truck)\b`,
  ),
  /** A way to die worked out ("planning how to do it", "decided how and when"): with another sign, a plan. */
  suicidePlanning: r(
    String.raw`\b(?:planning|planned|plan|worked out|thinking about|researching|decided) (?:exactly )?(?:how|when|where) (?:to do it|i'?(?:m| am|ll| will) (?:going to )?do it|(?:he|she)'?(?:s|ll) (?:going to )?do it)\b|\bdecided (?:how|when) and (?:how|when|where)\b`,
  ),
  /** The means made ready: pills saved up or set out, a rope bought. With a goodbye or despair, a plan. */
  meansReady: r(
    // A ligature made ready: "a belt tied in a loop in his wardrobe".
    String.raw`\b(?:belt|rope|cord|cable|scarf|tie|sheet|flex|lead|strap)\b[^|.!?]{0,20}\b(?:tied|knotted|made|done) (?:up )?(?:in|into) (?:a )?(?:loop|noose|knot)\b|\bnoose\b|\b(?:gun|shotgun|rifle|pistol)${G}\b(?:cleaned|loaded|oiled|out|ready|got out)\b`,
    // A gun or noose at hand ("I've got my dad's gun in the room"); a rope only where it is told kept at hand.
    String.raw`\b(?:have|has|got|holding)${G}\b(?:gun|rifle|shotgun|pistol|noose)\b|\b(?:have|has|got|holding)${G}\b(?:rope|ligature)\b[^|]{0,20}\b(?:here|ready|with (?:me|him|her)|in (?:the|my|his|her) (?:room|hand|pocket|bag|car|garage|shed|loft|attic|wardrobe|drawer|cupboard|van)|next to (?:me|him|her))\b`,
    // The means at hand, told as so: "I have the tablets here", "got the pills next to me".
    String.raw`\b(?:have|has|got|holding)${G}\b(?:the |my |his |her |all (?:the |my )?)?(?:pills|tablets|meds|paracetamol|painkillers|sleeping tablets|rope|razor ?blades?|blades?|knife|gun|box|boxes|packet|packets|pack|bottle)\b (?:here|right here|with (?:me|him|her)|next to (?:me|him|her)|in front of (?:me|him|her)|in (?:my|his|her) hands?|ready|(?:out )?on the (?:bed|table|desk|floor|side|bedside table|kitchen table))\b`,
    String.raw`\b(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping tablets|rope|ligature|razor ?blades?|blades)${G}\b(?:ready|lined up|counted out|saved up|stockpiled|stashed|hidden away)\b`,
    String.raw`\b(?:saved up|saving up|been saving|stockpil\w*|hoard\w*|stash\w*)${G}\b(?:pills|tablets|paracetamol|painkillers|meds|sleeping tablets|${MEDICINE_NAMES})\b|\bbought (?:a )?(?:rope|ligature)\b`,
    // Several packs bought at once: "I've bought 3 boxes of paracetamol" (shops limit packs for this reason).
    String.raw`\b(?:bought|buying|got|picked up|have|stocked up on)\b (?:\d+|two|three|four|five|six|several|a few|lots of|loads of|a load of) (?:boxes|packs|packets|bottles|tubs) of (?:paracetamol|painkillers|pills|tablets|sleeping (?:pills|tablets)|${MEDICINE_NAMES})\b`,
    // Pills kept back or hidden, someone's own or another's ("I have kept all of my mum's pills"); with despair, a plan.
    String.raw`\b(?:kept|been keeping|keeping back|hid|hidden|hiding|put aside|putting aside|set aside|setting aside|put away|putting away|gathered|gathered up|collected|got together|put together)\b (?:(?:all|some|every one) (?:of )?)?(?:the |my |his |her |their |(?:my|his|her) [a-z]+'s )?(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping tablets)\b`,
    // The medicine named before and saved up by a pronoun ("amitriptyline ... I've been saving mine up"): with another sign, a plan.
    String.raw`\b(?:saving|saved|been saving|keeping|kept|been keeping|collecting|collected|hoarding) (?:mine|them|these|those|it all) up\b|\b(?:been saving|been keeping|been collecting|been hoarding) (?:mine|them|these|those)\b`,
    // Stockpiling is said of medicines ("stockpiling my mirtazapine"), whichever the table does not name; alone it is no plan.
    String.raw`\b(?:stockpil\w*|hoard\w*)(?: up)? (?:my|his|her|all (?:my|his|her)|the|some of (?:my|his|her))\b`,
  ),
  despair: r(
    String.raw`\b(?:hopeless|worthless|pointless|a burden|no point|nothing matters|(?:no one|nobody|no-one) (?:would|will|is going to|is gonna|'?ll) (?:care|miss me|notice|even notice)|trapped|no way out|empty inside|no future|without (?:any )?hope|no hope left|(?:have|got) no hope)\b`,
    String.raw`\bsin esperanza\b|(?<!\b(?:cosas|habla|hablando|dice|diciendo|palabras) )\bdesesperad[oa]\b|\buna carga\b|\bsin sentido\b|\bnadie me (?:quiere|echaría de menos)\b`,
    String.raw`\bdésespéré\w*|\bsans espoir\b|\bun fardeau\b|\bplus de sens\b|\bpersonne ne (?:me regretterait|remarquerait)\b`,
  ),
  overdose: r(
    // A case note's "ingested an unknown quantity of her mother's amitriptyline", "ingestion of 40 tablets".
    String.raw`\bingest\w*${G}\b(?:unknown|large|excessive|multiple|several|many|\d+|a (?:large|whole|full))\b[^|]{0,20}\b(?:quantity|amount|number|dose|doses|tablets?|pills?|capsules?|bottle|packets?)\b`,
    // "OD'd", "OD on", "took an OD"; not "5 mg OD" (once daily).
    // "Took an overdoes": the noun misspelt as a verb that is a word, so no typo reading finds it.
    String.raw`(?<!\b(?:documentary|programme|program|film|video|lesson|class|talk|article|book|show|story|episode|series|assembly|leaflet|poster|podcast) (?:about|on) (?:an? |the )?)\boverdos\w*\b(?! on (?:coffee|caffeine(?! (?:pills|tablets))|espressos?|energy drinks?|red ?bull|monster|sugar|chocolate|sweets|candy|cake|tea|netflix|tv|carbs|love)\b)|\b(?:an|took an|taken an|had an|take an) overdoes\b|\bpinpoint pupils\b|\bod(?:'?d|ed)? (?:on|of|with)\b|\b(?:an|took an|taken an|had an|deliberate|intentional) od\b`,
    // A case note's "OD 40x paracetamol", "OD x30 tablets": the count follows "OD" (a dose's "5 mg OD" puts it before).
    String.raw`\bod (?:\d+ ?x|x ?\d+|\d+ (?:tablets|tabs|pills|capsules))\b`,
    // A count of a medicine; an amount word only with the medicine after it ("took a lot of paracetamol",
    // never "took the whole day off" or "took all the kids"); a container with a quantity or of a medicine.
    String.raw`\b${TAKEN}${G}\b\d{2,}(?= ?${COUNTED})`,
    String.raw`\b${TAKEN}${G}\b(?:a whole|the whole|an entire|all (?:of )?(?:my|the|her|his|their)|too many|many|lots of|a lot of|loads of|a load of|heaps of|tons of|a ton of|a bunch of|a (?:handful|fistful)(?: of)?|(?:handful|fistful)s? of)\b${G}\b${DRUG}`,
    String.raw`\b${TAKEN}${G}\b(?:a whole|the whole|an entire|half (?:a|the)|all (?:the|my|her|his|their)|two|three|four|several|\d+) (?:${MEDICINE_CONTAINER})\b(?! of (?!${DRUG}|(?:my|his|her|their|the|them|it)\b))|\b${TAKEN}${G}\b(?:${CONTAINER}) of (?:(?:my|his|her|their|your|the|our) )?(?:[a-z]+'s )?${DRUG}`,
    // Everything there was, the count unsaid: "taken everything in the cupboard", "all the pills I could find".
    String.raw`\b${TAKEN}${G}\b(?:everything|all (?:of )?(?:the |my |his |her )?(?:pills|tablets|meds|medicines?|medication))\b[^|]{0,12}\b(?:in the (?:cupboard|medicine cabinet|bathroom cabinet|drawer|first aid (?:box|kit))|(?:i|he|she|they) (?:could find|found|had|have|was given))\b(?![^|]{0,40}\bfor (?:my|his|her|their|the|this|a|an)\b)`,
    String.raw`\b${TAKEN}${G}\btoo many\b(?= *(?:$|[.,;!?|]|(?:of )?(?:${DRUG}|them|my|his|her|the)\b))`,
    String.raw`\b(?:took|taken|swallowed|ate|downed)${G}\b(?:${MEDICINE}|meds|medication)\b${G}${ON_PURPOSE}|\b(?:deliberately|intentionally|purposely)${G}\b(?:took|taken|swallowed|overdosed)\b`,
    // More paracetamol than the daily maximum, even by mistake: A&E at once, however well (NHS); its liver harm is silent for a day.
    String.raw`\b(?:took|taken|swallowed|had|given|gave)${G}\b(?:too much|more than (?:the |a )?(?:max\w*|recommended|safe) (?:daily )?(?:dose|amount)) (?:of )?(?:(?:his|her|my|the|their) )?(?:paracetamol|acetaminophen|tylenol|co-?codamol|calpol)\b`,
    // A dose given twice by mistake, or a double dose given ("gave her a double dose of calpol", "two doses
    // of paracetamol by mistake"): for a child, the same too-much, told as what happened. Not a question
    // about dosing, and not the two daily doses of an adult's usual painkiller.
    String.raw`\b(?:gave|given|took|taken|had|swallowed)${G}\b(?:a )?(?:double|twice the) (?:doses?|amount)${LIST_GAP}\b${PARACETAMOL}|\b(?:accidentally|mistakenly)${LIST_GAP}\b(?:gave|given|took|taken|had)${LIST_GAP}\b(?:two|2|double|extra|second|twice)\b${LIST_GAP}\b${PARACETAMOL}`,
    String.raw`\b(?:two|2|double|extra|second) doses?${LIST_GAP}\b${PARACETAMOL}${LIST_GAP}\b(?:by mistake|by accident)|\b${PARACETAMOL}${LIST_GAP}\b(?:twice|two times|two doses|a double dose|double)${LIST_GAP}\b(?:by mistake|by accident)`,
    // More than the daily maximum day after day, a staggered overdose ("2 extra paracetamol every day for
    // 5 days", "double the dose of paracetamol all week", "16 paracetamol a day"): A&E, however well (NHS).
    // Told as taken, not asked about ("is it ok to take extra paracetamol every day?").
    String.raw`\b${TAKING}${G}\b(?:extra|double|twice)[^|]{0,20}?\b${PARACETAMOL}[^|]{0,30}?\b${DAY_AFTER_DAY}\b|\b${TAKING}${G}\b(?:9|1\d|2\d|nine|ten|eleven|twelve|fourteen|fifteen|sixteen|twenty) (?:${PARACETAMOL} ?)(?:tablets? |pills? )?(?:a|per|each|every) day\b`,
    // Two tablets more often than every 4 hours is over the daily maximum within the day ("2 paracetamol
    // every 3 hours"): the four-hour gap is the label's, and 16 tablets a day is 8 g.
    String.raw`\b${TAKING}${G}\b(?:2|two|3|three) (?:${PARACETAMOL} ?(?:tablets? |pills? |caplets? )?|(?:tablets?|pills?|caplets?) of ${PARACETAMOL} ?)every (?:hour|(?:1|2|3|one|two|three|couple of|couple|1-2|2-3) ?(?:hours?|hrs?))\b`,
    // A whole box of a medicine named by its name: "swallowed all his box of bromazepam".
    String.raw`\b${TAKEN}${G}\b(?:all|the whole|an entire|a whole)\b[^|]{0,12}\b(?:box|boxes|packet|packets|pack|bottle|strip|blister)\b (?:of )?(?:(?:my|his|her|their) )?(?:${MEDICINE_NAMES}|${MEDICINE_BY_STEM})\b`,
    String.raw`\bsobredosis\b|\bme tomé${G}(?:pastillas|caja|frasco)|\bse tomó${G}(?:pastillas|caja|frasco)|\bsurdose\b|\bj'ai (?:pris|avalé)${G}(?:boîte|comprimés|cachets|plaquette)|\ba (?:pris|avalé)${G}(?:boîte|plaquette)`,
  ),
  /** Medicine swallowed in any amount; an emergency for a child, who may have taken an adult dose. */
  pillIngestion: r(
    // A medicine named, not only "pills": a mouthful of methadone or a nicotine liquid can kill a small child.
    // Not a dose given for what it treats ("took Calpol for his fever", "had ibuprofen for the pain").
    String.raw`\b(?:swallowed|ate|eaten|took|taken|got into|got hold of|got at|chewed|drank|drunk|sucked)${G}\b(?:pills?|tablets?|capsules?|medicine|medication|meds|gummies|methadone|morphine|oxycodone|codeine|tramadol|buprenorphine|subutex|fentanyl|oramorph|paracetamol|calpol|ibuprofen|antidepressants?|(?:cough|cold) (?:medicine|syrup)|syrup|e-?liquid|vape (?:liquid|juice)|nicotine)\b(?![^|]{0,30}\b(?:for (?:his|her|their|the|a|my|this) (?:fever|temperature|temp|high temperature|pain|cold|cough|teething|ear\w*|headache|sore throat|tooth\w*)|as (?:prescribed|directed)|(?:the |his |her )?(?:right|correct|usual|normal) dose)\b)`,
    // Someone else's medicine, by its name, got at: "chewed some of my amlodipine", "swallowed two of grandma's tablets".
    String.raw`\b(?:swallowed|ate|eaten|chewed|chewing|got into|sucked)${G}\b(?:some of |a few of |one of |two of |three of |several of |all of |half of )?(?:my|his|her|our|their|[a-z]+'s) (?:${MEDICINE_NAMES})\b`,
    // The verb in its base form, as many learners of English tell the past ("he take many tablet of his
    // mother"): with an amount, and not a habit or a treatment ("takes a lot of tablets for her heart").
    String.raw`(?<!\bi )\b(?:take|takes|eat|eats|swallow|swallows|drink|drinks)${G}\b(?:many|so many|too many|a lot of|lots of|all (?:the|his|her|my|of))\b${G}\b(?:pills?|tablets?|capsules?|medicines?|meds)\b(?![^|]{0,30}\b(?:for (?:his|her|my|their|the)|a day|every|each|daily)\b)`,
    String.raw`\b(?:se tragó|se comió|se tomó|tragó|ingirió)${G}(?:pastillas|pastilla|comprimidos|medicamentos|medicinas|jarabe)\b`,
    String.raw`\b(?:a avalé|a mangé|a pris|a bu)${G}(?:médicaments?|comprimés?|cachets?|pilules?|gélules?|sirop)\b`,
  ),
  /** Empty medicine packets or bottles found by someone: pills taken, how many unknown. */
  emptyMedicinePacks: r(
    String.raw`\bempty (?:${CONTAINER}) of ${DRUG}|\bempty (?:${MEDICINE}|pill|medicine|meds) (?:${CONTAINER})\b|\b(?:${CONTAINER}) of ${DRUG}${G}\b(?:lying )?empty\b`,
    // A pack of a medicine the drug table names, or known by its class ending ("her box of amitriptyline is
    // empty"). Kept out of DRUG: the names' alternation after every gap of the overdose patterns cost a
    // third of the concepts' reading time.
    String.raw`\b(?:${CONTAINER}) of (?:${MEDICINE_NAMES}|${MEDICINE_BY_STEM})\b${G}\b(?:lying )?empty\b`,
  ),
  /** A note or letter left or found, unexplained: beside an empty pack of pills, a goodbye. */
  noteLeft: r(String.raw`\b(?:left|leaving|leaves|found|wrote|written) (?:a |me a |us a |an? |some )?(?:note|letter)s?\b`),
  /** A medicine the drug table names, by name or alias. */
  namedMedicine: r(String.raw`\b(?:${MEDICINE_NAMES})\b`),
  /**
   * A count taken with nothing after it ("she took about 30 last night"): what was taken was named
   * elsewhere in the story. Read only with a medicine named (the overdose rule), never alone.
   */
  bareCountTaken: r(
    String.raw`\b(?:took|taken|swallowed|ate|downed|necked)\b (?:(?:about|around|roughly|maybe|like|nearly|almost|over|at least|up to|something like|perhaps) )?\d{2,3}(?=\s*(?:$|[|,.;!?]|(?:last|yesterday|this|tonight|today|earlier|at|after|and|but|because|cos|when|in one go|all at once|at once)\b))`,
  ),
  /** A garden or wild plant eaten: berries, leaves, seeds, a bulb, or a plant known to be poisonous. */
  plantIngestion: r(
    String.raw`\b(?:ate|eaten|eating|swallowed|chewed|sucked|had)${G}\b(?:berries|berry|leaves|leaf|seeds|flowers?|bulbs?)\b${G}\b(?:plant|bush|shrub|hedge|tree|garden|park|wild|woods)\b|\b(?:ate|eaten|swallowed|chewed)${G}\b(?:wild|unknown|poisonous|garden|red|black) (?:berries|plants?|leaves|seeds)\b|\b(?:foxglove|yew|deadly nightshade|belladonna|laburnum|lily of the valley|hemlock|oleander|daffodil bulbs?)\b`,
  ),
  /** Street drugs taken, named or not ("some pills at a party"). */
  /** An opioid painkiller or drug (a patch included): slow breathing and tiny pupils are its overdose. */
  opioidMedicine: r(String.raw`\b(?:morphine|oramorph|fentanyl|oxycodone|oxycontin|oxynorm|codeine|co-?codamol|dihydrocodeine|tramadol|tapentadol|methadone|buprenorphine|heroin|opioids?|opiates?|diamorphine|pethidine|hydromorphone|(?:pain ?killer|pain relief|morphine|fentanyl|buprenorphine) patch\w*)\b`),
  /** Heavy drinking stopped in the last days: withdrawal, whose fits and delirium come in the first two to four days. */
  /** Vomiting made on purpose after eating (bulimia): day after day it drains potassium. */
  purging: r(String.raw`\bpurg(?:e|es|ed|ing)\b(?! (?:the|my|his|her|of|app|cycle)\b)|\bmak(?:e|es|ing) (?:my|him|her|them)sel(?:f|ves) (?:sick|throw up|vomit)\b|\bmade (?:my|him|her)self (?:sick|throw up|vomit)\b|\bbulimi\w*`),
  alcoholWithdrawal: r(
    String.raw`\b(?:drinks|drank|drinking|drunk)\b[^.!?]{0,50}\b(?:vodka|whisky|whiskey|wine|beer|cider|spirits|gin|rum|lager|alcohol|booze)\b[^.!?]{0,40}\b(?:stopped|quit|gave up|ran out|cut out)\b`,
    String.raw`\b(?:stopped|stopping|quit|quitting|gave up|giving up|cut out|came off|coming off|run out of|ran out of)${G}\b(?:drink(?:ing)?|the drink|alcohol|booze|the booze|vodka|wine|beer|cider)\b|\balcohol(?:ic)? withdrawal\b|\bwithdraw\w* from (?:alcohol|drink)\b|\bdelirium tremens\b|\bthe dts\b`,
    // The drinking told first, its stopping after with the object left out: "she's been drinking heavily
    // for years, she stopped 2 days ago". Heavy drinking only: a glass of water is not what stopped.
    String.raw`\b(?:drink\w* (?:heavily|a lot|too much|every day|daily|all day)|heavy drink\w*|heavy drinker|(?:an )?alcoholic|alcohol (?:problem|dependen\w*|addiction)|(?:a )?bottle of (?:vodka|wine|whisky|whiskey|gin|spirits) a day)\b[^.!?]{0,60}?\b(?:stopped|quit|gave up|given up|went cold turkey)\b(?! (?:smoking|eating|taking|working|going|sleeping|talking|the)\b)`,
  ),
  recreationalDrug: r(
    String.raw`\b(?:took|taken|taking|had|done|did|snorted|smoked|injected|dropped)${G}\b(?:cocaine|coke|crack|mdma|ecstasy|molly|speed|amphetamines?|meth|ketamine|ket|heroin|spice|legal highs?|acid(?! (?:reflux|brash|indigestion|coming up|taste))|lsd|mushrooms|shrooms|g|ghb|(?<!\b(?:my|his|her|their|the prescribed|prescribed) )drugs)\b`,
    String.raw`\b(?:pills?|tablets?|something)${G}\b(?:at|from) (?:a |the )?(?:party|club|festival|rave|gig|someone|a friend|a stranger)\b`,
    // Weight-loss and gym drugs bought outside medicine: DNP and clenbuterol overheat the body and race the heart.
    String.raw`\b(?:dnp|dinitrophenol|clenbuterol|clen|fat ?burners?)\b`,
    // A drug nobody chose: a spiked drink ("someone spiked my drink", "I think I was drugged").
    String.raw`\b(?:spiked|drugged|put something in) (?:my|his|her|their|our) (?:drinks?|glass|pint|cocktail|wine|beer)\b|\b(?:drinks?|glass|pint|cocktail)${G}\b(?:was|were|got|been|had been|has been) (?:spiked|drugged|tampered with)\b|\b(?:i|he|she|we|they) (?:was|were|got|have been|has been|'ve been|'s been|think (?:i|he|she|we|they) (?:was|were|got)) (?:spiked|drugged)\b|\bneedle[- ]spik\w*`,
    // Injecting told without the drug, as users say it: "he was injecting and now he's blue".
    String.raw`\b(?:was|were|been|is|are|had been|started|caught him|caught her) injecting\b(?= *(?:and|again|tonight|earlier|,|\.|$|now))`,
  ),
  /** A household chemical named, whatever was done with it: with mouthedIt, a product that went in a mouth. */
  householdProduct: r(
    HOUSEHOLD_PRODUCT,
    String.raw`\b(?:bleach|drain cleaner|oven cleaner|caustic soda|lye|antifreeze|weed ?killer|rat poison|slug pellets|${FUEL_OR_SOLVENT}|${CORROSIVE})\b`,
  ),
  /**
   * A child found with a product open or on them: an open or empty bottle, "got into the cupboard",
   * smelling of it. With a poison named and a sign of it (drowsy, wobbly, sick), a poisoning until shown
   * otherwise: a small child rarely says what went in their mouth.
   */
  /** What a chemical does to the skin it touched: stinging, redness, blistering, peeling, whitening. */
  skinStinging: r(String.raw`\b(?:sting\w*|smart\w*|tingl\w*|raw|red|blister\w*|peeling|white)\b`),
  /** A corrosive on the skin (every chemical burn is for A&E, NHS). */
  chemicalOnSkin: r(
    // Dry cement counts only where it is told on the skin: "got cement" is a purchase as often as a splash.
    String.raw`\b(?:${SKIN_CORROSIVE}|cement)${G}\b(?:on|onto|over|all over|into) (?:my|his|her|their|the) (?:skin|hands?|arms?|legs?|face|feet|foot|chest|neck|back|fingers?|knees?)\b`,
    String.raw`\b(?:spilled|spilt|splashed|got|poured|knocked|dropped)${G}\b${SKIN_CORROSIVE}\b`,
  ),
  /**
   * A child at a medicine nobody saw taken: playing with or got into the pills, a tablet missing. With
   * a sign of poisoning, a poisoning (see overdose_poisoning).
   */
  medicineAccess: r(
    String.raw`\b(?:playing with|played with|got into|got hold of|found (?:him|her|them) with|chewing|chewed|opened)${G}\b(?:[a-z]+'s |the |my |his |her |our |some |a )?(?:pills|tablets|medicines?|medication|meds|capsules|blister packs?|pill (?:box|bottle|organi[sz]er)|tablet box|dosette(?: box)?|medicine (?:cabinet|cupboard|box|bag|drawer))\b`,
    // Found or sitting with someone's medicines: "found my 2 year old with my mum's tablets", "sitting on the
    // floor with my nan's blister pack".
    String.raw`\b(?:found|caught|sitting|sat|playing|holding|hiding)\b[^|]{0,45}?\bwith (?:(?:the|my|his|her|our|their) )?(?:[a-z]+'s |some |a |an )?(?:open |opened |empty )?(?:[a-z]+ ){0,2}?(?:pills|tablets|medicines?|medication|meds|capsules|blister packs?|pill (?:box|bottle|pot|organi[sz]er)|tablet (?:box|bottle|pot)|dosette(?: box)?)\b`,
    String.raw`\b(?:pills?|tablets?|capsules?)\b[^.;!?]{0,40}\b(?:missing|unaccounted for)\b|\b(?:one|some|a few|two|three)(?:'s| is| are)? missing\b(?=[^.;!?]{0,60}\b(?:pills?|tablets?|capsules?|strip|blister pack|packet|pack)\b)(?<=\b(?:pills?|tablets?|capsules?|medicines?|meds)\b[^.!?]{0,120})|\b(?:compartments?|slots?|days)\b[^.;!?]{0,20}\b(?:are|is|were|was) (?:now )?empty\b(?<=\b(?:dosette|pill|tablet|medicine|organi[sz]er)\b[^.;!?|]{0,80})`,
  ),
  productAccess: r(
    String.raw`\b(?:open|opened|empty|emptied|half[- ]empty|spilt|spilled|leaking)${G}\b(?:bottle|tub|packet|container|can|jar|box|sachet|pouch)\b|\b(?:bottle|tub|packet|container|jar)${G}\b(?:lid|top|cap) (?:off|open)\b|\bgot into (?:the|a|my|some|our)\b|\b(?:got|gotten|getting) (?:hold of|at) (?:the|a|my|some|our|his|her|their|granny's|grandma's|nan's|mum's|dad's)\b|\b(?:smells?|smelt|smelled|smelling|breath smells?) (?:of|like) (?:it|them|that|the stuff|chemicals?|bleach|petrol|paraffin|screen ?wash|antifreeze|white spirit|alcohol)\b`,
  ),
  /**
   * Something bitten, chewed, licked or swallowed, told by a pronoun in a clause of its own ("found a
   * dishwasher tablet and bit into it"): the clause cut at "and" left the product in the other one.
   */
  mouthedIt: r(String.raw`\b(?:bit|bitten|biting|chewed|chewing|sucked|sucking|licked|licking|swallowed|swallowing|drank|drunk|drinking|ate|eaten|eating|had a (?:bite|lick|sip|mouthful|taste)) (?:into |on |from |of )?(?:it|one|some|them|a bit(?: of it)?)(?=\s*(?:$|[|,.;!?]|(?:and|but|now|then|and now)\b))|\bput (?:it|one|some|them) in (?:his|her|their|my) mouth\b|\b(?:one|some|a few|two|three|several|a couple)(?: of them)? (?:chewed|bitten|half[- ]eaten|sucked|swallowed)\b`),
  /** A sedative or opioid taken with alcohol ("mixing xanax and vodka"): together they stop breathing. */
  sedativeWithAlcohol: r(
    String.raw`\b${SEDATIVE}\b[^|]{0,40}?\b${ALCOHOL}\b`,
    String.raw`\b${ALCOHOL}\b[^|]{0,40}?\b${SEDATIVE}\b`,
  ),
  poisonIngestion: r(
    String.raw`\b(?:drank|drink|swallowed|swallow|ate|eat|ingested|drinking|licked|eaten|eating|chewed|sucked|sipped|swigged|gulped|(?:had|took) a (?:sip|mouthful|swig|gulp|lick))${G}\b(?:bleach|antifreeze|detergent|pods?|drain cleaner|poison\w*|pesticide|insecticide|weed ?killer|rat poison|slug pellets|(?:wild |foraged |picked |unknown )mushrooms?|toadstools?|gasoline|nicotine|e-?cig\w*|vape (?:liquid|refill|oil|juice)|e-?juice|nicotine (?:liquid|juice)|(?:the )?liquid (?:from|in|out of|for) (?:a|an|the|my|his|her|their) (?:vape|e-?cig\w*)|(?:vape|e-?cig\w*) refill|${FUEL_OR_SOLVENT}|caustic soda|lye|acetone|essential oils?|hand sanitiz\w*|hand saniti\w*|${CORROSIVE})`,
    // A poison nobody takes as a medicine, "taken": rat poison, pesticide, weedkiller.
    String.raw`\b(?:took|taken|taking|take|consumed|had)${G}\b(?:rat poison|rat killer|pesticide|insecticide|weed ?killer|paraquat|organophosphate|poison)\b`,
    // A battery, magnet or button burns or blocks once swallowed; licked or sucked it is not inside.
    String.raw`\b(?:swallowed|ate|ingested|eaten|gulped|gulped down)${G}\b(?:battery|batteries|magnet(?:s|ic)?|button)`,
    // A household product by what it is for: "dishwasher liquid", "laundry capsule", "toilet cleaner"
    // (not hand washing-up liquid, a mild irritant in a mouthful).
    String.raw`\b(?:drank|drink|swallowed|swallow|ate|eat|ingested|drinking|licked|eaten|eating|chewed|sucked|sipped|swigged|gulped|bit|bitten|biting|got into|(?:had|took) a (?:sip|mouthful|swig|gulp|lick|bite))${G}\b${HOUSEHOLD_PRODUCT}`,
    // The product first and what the mouth did after in the same clause: "a laundry pod she was chewing".
    String.raw`${HOUSEHOLD_PRODUCT}${G}\b(?:bit|bitten|biting|chewed|chewing|sucked|sucking|licked|licking|swallowed|drank|drunk|ate|eaten|put (?:it |one |some )?in(?:to)? (?:his|her|their|my) mouth)\b`,
    // Food poisoning is a stomach bug, not a poison ("intoxicación alimentaria", "intoxication alimentaire").
    // Mushrooms from the wild are a poisoning until a mycologist says otherwise, eaten or "had".
    String.raw`\b(?:wild|foraged|self-picked) mushrooms?\b|\btoadstools?\b`,
    // Carbon monoxide as a poisoning told, not an alarm or a detector named (its symptoms have their own rule).
    String.raw`(?<!\bfood )\bpoison(?:ed|ing)\b|\bcarbon monoxide\b(?! (?:alarm|detector|monitor|sensor|tester)s?\b)|\bingested\b|\blejía\b|\bveneno\b|\bintoxica\w*(?! aliment)|\bjavel\b|\bempoisonn\w*(?! aliment)`,
    String.raw`\b(?:tragó|bebió|se tomó)${G}(?:cloro|lejía|pila|batería|imán|detergente|veneno)\b|\b(?:a avalé|a bu)${G}(?:pile|aimant|produit|détergent|eau de javel)\b`,
  ),
} as const;

/**
 * A wish not to wake up ("wish I could go to sleep and not wake up"): it carries its own negation, so it
 * is read in the clauses the negation opens too (see NEGATIVELY_PHRASED).
 */
export const wishNotToWakeConcepts = {
  /** Not being here tomorrow, told under a "don't think": its negation is its own (read into notBeingHere). */
  notBeingHereNegated: r(
    String.raw`\b(?:don't|do not|dont) think (?:i'll|i will|ill|i'?m (?:going to|gonna)|im (?:going to|gonna)|i am going to) (?:be|make it) (?:here|around|alive|through the night)(?: (?:tomorrow|much longer|for (?:much )?longer|by (?:the morning|tomorrow|the weekend)|next week|for long))?\b`,
  ),
  /** No reason to live, told with its own negation ("I don't have anything to live for", "don't see any reason to go on"). */
  noReasonToLive: r(
    String.raw`\b(?:don't|do not|doesn't|does not|haven't|hasn't|have not|has not) (?:have|see|got|find) (?:a |any |anything |nothing )?(?:reasons?|point|purpose|anything|nothing) (?:left )?(?:to|for) (?:live|living|go on|going on|keep going|carry on)(?: for)?\b`,
  ),
  /** Despair said with a negation of its own in French or Spanish ("je n'en peux plus", "ya no aguanto"). */
  despairNegated: r(String.raw`\bje n'en peux plus\b(?! d(?:e |'|u |es ))|\bj'en peux plus\b(?! d(?:e |'|u |es ))|\bje ne (?:supporte|tiens) plus\b|\bno puedo más\b|\bya no (?:aguanto|puedo más|puedo seguir)\b|\bno aguanto más\b`),
  /**
   * Not being here told as a topic or a prospect, its negation its own: "he's been talking about not
   * being here", "I won't be around much longer". Read as veiled intent.
   */
  notBeingHere: r(
    String.raw`\b(?:talk\w*|going on|goes on|went on|speaking|spoke|joking|jokes|joked) about (?:not being (?:here|around|alive)|not waking up)\b|\bwon't be (?:here|around) (?:much longer|for much longer|anymore|any more|tomorrow|by (?:the morning|tomorrow))\b|\b(?:don't|do not|dont) think (?:i'll|i will|ill|i'm going to|im going to|i am going to) be (?:here|around|alive) (?:tomorrow|much longer|for (?:much )?longer|by (?:the morning|tomorrow|the weekend)|next week|for long)\b`,
  ),
  wishNotToWake: r(
    String.raw`\bwish\b[^|]{0,60}\b(?:not|never|didn't|don't) (?:to )?wake up\b|\bwant\w* to (?:go to )?sleep\s*(?:and\s+|,\s*)?(?:not|never) (?:to )?wake up\b(?! (?:till|until|before|early))`,
  ),
} as const;
