/**
 * Letters of other scripts that a reader takes for Latin ones, mapped to the Latin letter (the idea of
 * the Unicode confusable skeleton, UTS #39, over the handful of scripts that matter for English,
 * Spanish and French text). A small table on purpose: the `confusables` npm package was measured and
 * rejected, because it also strips accents ("niño" became "nino", "año" became "ano"), reads Greek
 * capital iota as "l", turns Russian into Latin nonsense and leaves soft hyphens in place.
 * Fullwidth and mathematical letters need no entry: NFKC already folds them.
 */
export const LATIN_LOOKALIKES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Cyrillic
    а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c',
    т: 't', п: 'n', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', ɡ: 'g',
    А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', Ѕ: 'S',
    І: 'I', Ј: 'J', Ү: 'Y', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I',
    // Greek
    α: 'a', ο: 'o', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', υ: 'u', χ: 'x', ε: 'e', τ: 't', γ: 'y', η: 'n',
    Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
    // Armenian
    օ: 'o', ս: 'u', հ: 'h', ո: 'n', ց: 'g', զ: 'q',
    // Latin letters of other alphabets (IPA) that pass for plain ones
    ɑ: 'a', ɩ: 'i', ʋ: 'u', ɾ: 'r',
  }),
);
