/**
 * Two patterns of the gut that are not the emergency their words can mean. Diarrhoea with vomiting and
 * cramps in an adult under 65, with nothing of a surgical belly, a bleed or shock, is gastroenteritis
 * however sudden ("sudden onset of watery diarrhoea and vomiting ... crampy abdominal pain" alerted as an
 * acute abdomen: the "sudden" was the diarrhoea's). A burning chest told with two features of reflux
 * (after meals, lying flat, eased by an antacid, acid coming back up) and nothing of the heart, in an
 * adult under 50, is heartburn, not undifferentiated chest pain. Each keeps its alert with a warning
 * sign, and dehydration after diarrhoea still alerts. Found by clinical vignettes of our own in the
 * external set's style (self-care diagnoses); the phrasings below are new ones.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('diarrhoea with vomiting', () => {
  it('is gastroenteritis in an adult without surgical signs, however sudden', () => {
    expectAlerts([
      'A 41-year-old man reports abrupt onset of loose stools and vomiting overnight with cramping tummy pain.',
      'I am 27 and it came on suddenly: diarrhoea, being sick and stomach cramps since this morning',
    ], false);
  });

  it('still alerts with a surgical sign, blood, an older age or dehydration', () => {
    expectAlerts([
      'I am 30, sudden diarrhoea and vomiting and now the pain has moved to my lower right side',
      'I am 72, sudden severe stomach pain with vomiting and diarrhoea',
    ], true);
    expectRuleFires('dehydration_no_urine', ['I am 29, diarrhoea and vomiting for three days, barely peeing and I feel faint when I stand']);
  });
});

describe('a burning chest', () => {
  it('with two features of reflux and nothing of the heart is heartburn under 50', () => {
    expectAlerts([
      'I am 31, burning pain in my chest after big dinners and when I bend down to tie my shoes',
      '29 years old, burning chest pain at night lying down, and acid comes back up into my mouth',
    ], false);
  });

  it('alerts with one feature only, with exertion, with a heart sign, or at 50 and over', () => {
    expectRuleFires('chest_pain_adult', [
      'I am 36 and have a burning chest pain after meals',
      'I am 42, burning chest pain after meals and lying down, and it comes on when I climb stairs',
      'I am 58, burning chest pain after meals and lying flat, antacids help',
    ]);
    expectAlerts(['I am 44, burning chest pain after dinner and lying down, now sweaty and short of breath'], true);
  });
});
