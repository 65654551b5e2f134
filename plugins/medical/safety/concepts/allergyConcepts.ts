/** Allergic reactions: airway swelling, hives and the triggers that make a reaction likely. */
import { conceptPattern as r, GAP as G } from './conceptPattern.ts';

/** Swollen tonsils or glands in a sore throat are an infection's, not the throat closing. */
const NOT_GLANDS = String.raw`(?! (?:tonsils?|glands?|lymph|nodes?|neck glands)\b)`;

export const allergyConcepts = {
  /** Lips sore from weather or a cold sore: swelling with these is not an allergic reaction. */
  chappedLips: r(String.raw`\blips?${G}\b(?:cracked|chapped|dry|split|peeling)\b|\b(?:cracked|chapped|dry|split) lips?\b|\bcold sores?\b|\bcold wind\b`),
  /** The throat felt odd, tight or closing: with a food or sting just before, an allergic airway. */
  // A choking sensation is a throat felt, whatever the cause (panic too): with a trigger it is the airway.
  throatSymptom: r(
    String.raw`\bthroat${G}\b(?:weird|funny|strange|thick|itch\w*|tight\w*|closing|(?:swell\w*|swollen)${NOT_GLANDS}|scratchy)\b|\btight (?:throat|in my throat)\b`,
    String.raw`\bchoking (?:sensation|feeling)\b|\b(?:feelings?|sensation|sense) of (?:choking|suffocation|suffocating)\b`,
  ),
  throatOrTongue: r(String.raw`\b(?:throat|tongue|garganta|lengua|gorge|langue)\b`),
  airwaySwelling: r(
    String.raw`\bthroat${G}\b(?:closing|tight\w*|(?:swell\w*|swollen)${NOT_GLANDS}|constrict\w*)|\b(?:tongue|lips?|mouth)${G}\b(?:swell\w*|swollen|puffy|puffing up|blow\w* up)|\btongue${G}\b(?:thick|fat|too big|big|bigger|huge|massive|enormous|heavy)\b|\bthick tongue\b`,
    // Food that will not go down past sore tonsils is not an airway closing; saliva that will not is.
    // "Glands swollen with this sore throat": the glands or the tonsils are what is swollen.
    String.raw`(?<!\b(?:glands?|tonsils?|nodes?)\b[^|]{0,15})\b(?:swell\w*|swollen|puffy)${G}\b(?:throat|tongue|lips?)\b|\bcan't swallow\b(?! (?:solid|solids|food|tablets|pills|bread|meat)\b)`,
    String.raw`\bgarganta${G}(?:cerrando|cierra|hinchad\w*)|\bse (?:me |le )?cierra la garganta\b|\b(?:lengua|labios)${G}hinchad\w*|\bse (?:le |me )?(?:hincha|hinchan|está hinchando|están hinchando)${G}(?:labios|lengua|garganta)\b`,
    String.raw`\bgorge${G}(?:serrée|gonfl\w*|ferme|se serre)|\b(?:langue|lèvres)${G}(?:gonfl\w*|enfl\w*)|\bgonfl\w*${G}(?:lèvres|langue|gorge)\b`,
  ),
  /** Lips swollen or puffy: with hives, skin and mucosa, not the airway itself. */
  lipSwelling: r(String.raw`\blips?${G}\b(?:swell\w*|swollen|puffy|puffing up|blow\w* up)|\b(?:swell\w*|swollen|puffy) (?:upper |lower )?lips?\b`),
  /** A medicine taken or started just before ("after taking amoxicillin", "started a new tablet"): a trigger like a food or sting. */
  medicineTrigger: r(
    String.raw`\b(?:took|taken|taking|take|started|starting|given|having had|had)${G}\b(?:tablets?|pills?|medicines?|medications?|antibiotics?|injections?|jab|vaccines?|vaccinations?|doses?|amoxicillin|penicillin|ibuprofen|aspirin|naproxen|\w+cillins?|\w+mycin|\w+prils?|\w+floxacin|co-?trimoxazole|trimethoprim|nitrofurantoin)\b`,
  ),
  /** Swallowing that hurts (with trouble swallowing, `cannotSwallow`): in a reaction, the throat, whatever the lips show. */
  painfulSwallow: r(String.raw`\b(?:painful|hurts?|sore) (?:to |with |when (?:i |he |she |they )?)swallow\w*`),
  faceSwelling: r(
    String.raw`\b(?:face|eyes?|eyelids?)${G}\b(?:swell\w*|swollen|puff\w*)|\b(?:swell\w*|swollen)${G}\bface\b|\b(?:facial|periorbital) (?:swelling|o?edema|angio-?o?edema)\b`,
    // "His face is big", "her lips went fat": the size told in plain words.
    String.raw`\b(?:face|lips?|eyes|eyelids)(?: is| are| was| were| went| got| has gone| have gone| has| have| looks?| look)? (?:very |so |really |all )?(?:big|huge|fat|puffy|puffed (?:right |all )?up|blown (?:right |all )?up|massive)\b`,
    // The swelling told before its place: "all puffy round the mouth", "swollen around his eyes".
    String.raw`\b(?:puffy|puffed up|puffing up|swollen|swelling|swelled)\b[^|]{0,12}\b(?:round|around) (?:the |his |her |my |their )?(?:mouth|lips|eyes)\b`,
    String.raw`\bcara hinchada\b|\bse le hincha la cara\b|\bvisage${G}gonfl\w*`,
  ),
  hives: r(String.raw`\b(?:hives|welts|urticaria|wheals)\b|\b(?:rash|blotches|red spots|bumps)${G}\b(?:round|around|on|over) (?:his |her |their |my |the )?(?:mouth|lips|face|chin|cheeks)\b|\b(?:rash|bumps|blotches|spots) all over\b|\b(?:ronchas|habones|sarpullido)\b|\burticaire\b|\b(?:plaques|boutons) partout\b`),
  /** An adrenaline auto-injector used or given ("used her EpiPen", "gave him the adrenaline"); carrying one is not using it. */
  adrenalineGiven: r(
    String.raw`\b(?:used|using|gave|given|giving|give|injected|jabbed|administered|had to use|had to give|did)${G}\b(?:epi-?pens?|jext|emerade|anapen|adrenaline|epinephrine|(?:adrenaline |epinephrine )?auto-?injectors?)\b`,
    String.raw`\b(?:epi-?pens?|adrenaline|epinephrine|auto-?injectors?)${G}\b(?:used|given|injected|administered|went in)\b`,
  ),
  allergenExposure: r(
    String.raw`\b(?:stung|sting|bee|wasp|hornet|peanuts?|nuts?|shellfish|allergic|allergy|anaphyla\w*|epipen)\b|\bpicadura\b|\balérgic\w*|\bpiqûre\b|\ballergi\w*`,
    // A medicine just given, an exposure weaker than a food or a sting: with hives or a swollen face and
    // breathing trouble it is anaphylaxis all the same.
    String.raw`\b(?:after|since|following|minutes after|within minutes of) (?:an? |the |my |his |her |their )?(?:injection|jab|vaccin\w*|infusion|contrast|(?:first |new )?dose of|new (?:medicine|medication|tablets?|antibiotics?))\b`,
  ),
  /** A specific trigger (food allergen, sting, new medicine), stronger evidence than the word "allergy". */
  allergenTrigger: r(
    String.raw`\b(?:stung|sting|bee|wasp|hornet|peanuts?|cashews?|pistachios?|almonds?|walnuts?|hazelnuts?|tree nuts?|shellfish|prawns?|shrimp|lobster|crab|sesame|anaphyla\w*|epipen)\b`,
    // Dishes made of a common allergen: satay is peanut, marzipan almond, praline hazelnut, tahini sesame.
    String.raw`\b(?:satay|marzipan|praline|tahini|peanut butter|nut butter)\b`,
    String.raw`\b(?:cacahuetes?|cacahuates?|maní|nueces|mariscos|camarones|abeja|avispa|picad\w*)\b`,
    String.raw`\b(?:cacahuètes?|arachides?|noix|fruits de mer|crustacés|abeille|guêpe|frelon|piqûre|piqué\w*)\b`,
  ),
} as const;
