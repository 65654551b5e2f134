import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

// More from the fresh set: a 6 week old "sick 3 times, the last two were bright green" (the colour told
// of the last vomits, a clause on), a 14 year old whose "ball suddenly started killing me", a grandad's
// stroke in 1998 read as now ("had one today" stood for the stroke, not the headache named nearer) and
// "am I at higher risk of a stroke?" read as one, and an 88 year old's purple bruises of thin skin,
// coming and going for weeks, read as meningitis.
describe('green vomit, a testicle that kills, a risk asked about, old bruises', () => {
  it('alerts on green vomit told of the last ones and on a testicle "killing me"', () => {
    expectRuleFires('bilious_vomiting', ['baby has vomited four times, the last couple were dark green'], );
    expectRuleFires('testicular_torsion', ['my left nut suddenly started killing me an hour ago and I feel sick']);
  });

  it('does not alert on a relative\'s old stroke, a risk question, or an older person\'s bruising over weeks', () => {
    expectAlerts(
      [
        'my mum had a stroke in 2005. I get the odd headache when I am tired, had one today, gone with paracetamol',
        'is my risk of a heart attack higher because my dad had one at 70?',
        'My 90 year old dad bruises easily, purple blotches on his forearms that come and go over weeks after small knocks, no fever, otherwise well',
      ],
      false,
    );
    expectAlerts(['a purple rash that does not fade under a glass appeared this afternoon and she has a temperature'], true);
  });
});

// The fresh set's last miss: "on haemodialysis ..., missed friday's session", legs weak and the heart
// skipping. The missed-dialysis pattern knew "dialysis" only as a word of its own.
describe('a missed haemodialysis session with weakness', () => {
  it('alerts', () => {
    expectRuleFires('missed_dialysis', ['I have hemodialysis three times a week and skipped Monday\'s session, now my arms feel weak and my heart is racing']);
  });
});

// A fresh vignette set by others missed a baby vomiting with "only one wet nappy in the last 12 hours",
// and a Guillain-Barré weakness "in my legs that is now spreading to my arms".
describe('few wet nappies, and weakness that spreads from the legs to the arms', () => {
  it('alerts', () => {
    expectAlerts(['my 2 month old keeps vomiting his feeds and has had just 2 wet nappies since this morning'], true);
    expectRuleFires('guillain_barre', ['tingling then weakness in both feet for 3 days, now moving up into my hands, I had a stomach bug last week']);
  });
});
