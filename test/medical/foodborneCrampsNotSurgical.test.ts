import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: severe cramps with vomiting and diarrhoea, hours after a meal that made others ill too,
// alerted as an acute abdomen ("severe" pain with vomiting). Told with its food source or company, it
// is gastroenteritis, however severe the cramps, in an adult under 65; the belly's surgical signs, a
// bleed, faintness, a racing heart, pregnancy, older age, a child, or no diarrhoea still alert.
// Phrasings are our own.
describe('severe cramps of a foodborne stomach upset are not an acute abdomen', () => {
  it('cramps, vomiting and diarrhoea told with the meal or the others who are ill', () => {
    expectAlerts(
      [
        "42 year old female. Presenting complaints: abdominal pain, vomiting, diarrhoea. The patient has severe abdominal cramps, vomiting and watery diarrhoea that started 4 hours after eating leftover rice. Her husband who ate the same meal has the same symptoms. Negatives: no blood in stool, no fever.",
        'severe stomach cramps, vomiting and diarrhoea about 4 hours after eating leftover rice, my husband has the same symptoms',
        "I think it's food poisoning, severe cramps and I've been sick several times and have diarrhoea",
        "whole family has a tummy bug, I've got really bad cramps, vomiting and diarrhoea",
      ],
      false,
    );
  });

  it('a surgical belly, a bleed, shock, pregnancy, age, a child or no diarrhoea still alerts', () => {
    expectAlerts(
      [
        'severe stomach cramps, vomiting and diarrhoea after a takeaway, now the pain has moved to the lower right and it hurts to walk',
        'my husband and I both have vomiting and diarrhoea after the barbecue but I have severe tummy pain and my belly is rigid',
        "I'm 72, severe stomach pain with vomiting and diarrhoea since lunch, my wife has the same symptoms",
        '35 year old female. The patient has severe abdominal cramps, vomiting and bloody diarrhoea after eating at a restaurant. She feels faint and her heart is racing.',
        'severe abdominal pain, vomiting and diarrhoea after dinner, I feel faint and my heart is racing',
        "I'm pregnant, severe tummy cramps with vomiting and diarrhoea, my partner has it too",
        'severe pain in my upper tummy going through to my back, vomiting and diarrhoea after a big fatty meal',
        'severe abdominal pain and vomiting, no diarrhoea, my friend who ate with me is fine',
        'my 4 year old has severe tummy pain and vomiting and diarrhoea, the rest of the family has a tummy bug',
      ],
      true,
    );
  });
});
