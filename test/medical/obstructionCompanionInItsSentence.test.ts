import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: constipation for a few days alerted as a bowel obstruction when a list of denials followed
// ("... eating and drinking. Negatives: no vomiting"): the companion finding that joins "no stools" to
// vomiting or a swollen tummy is read over negated clauses too, and its "and ... vomiting" ran across
// the sentence end into a denial. Phrasings are our own.
describe('a bowel obstruction needs its companion in the same sentence, and not denied', () => {
  it('constipation with denials after it stays calm', () => {
    expectAlerts(
      [
        '80 year old female. Presenting complaints: constipation. No bowel movement for 4 days, feels bloated, passing wind, eating and drinking. Negatives: no vomiting, no abdominal pain, no blood.',
        "I haven't had a poo for 3 days but I'm eating and drinking fine. No vomiting and no tummy pain.",
        'No bowel movement for four days and no vomiting, just a bit uncomfortable',
        'my mum is 75 and constipated, no poo since Monday and not being sick, tummy soft',
      ],
      false,
    );
  });

  // Regression: "No diarrhoea. Passing wind and stools as normal." alerted too: the negatively phrased
  // findings' gaps ran across the sentence end, and "no" matched the start of "normally".
  it('a denial in one sentence does not make the next sentence an absence', () => {
    expectAlerts(
      [
        'Stomach cramps today. No diarrhoea. Passing wind and stools as normal.',
        'Tummy ache since lunch. No vomiting. Passing wind normally and had a poo this morning.',
        'tummy pain, but passing wind normally and pooing fine',
        'Lower abdominal cramps. Not pregnant. Had a poo an hour ago.',
      ],
      false,
    );
  });

  it('no stools or wind with vomiting or a swollen tummy still alerts', () => {
    expectAlerts(
      [
        "I haven't pooed or passed wind for 3 days and keep being sick",
        'havent had a poo for days and now my tummy is swollen and hard',
        'no bowel movement for 5 days and vomiting everything',
        "he hasn't passed wind since yesterday and he is throwing up green",
      ],
      true,
    );
  });
});
