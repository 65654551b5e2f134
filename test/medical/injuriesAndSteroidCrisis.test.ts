import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own phrasings (round 13): emergencies with no path to an alert before.
// - A bone through the skin (open fracture): the fracture entry's red flag only asks for a doctor.
// - Tingling, numbness or weakness in both arms or legs after a crash, a fall or a dive (spinal injury).
// - Something hitting the eye at speed (hammering, grinding) or an eye that bleeds after a blow.
// - Adrenal crisis: a new knowledge-base emergency (Addison's or steroid dependence with tablets that
//   will not stay down, or collapse); Addison's disease itself stays a see-a-doctor condition.
describe('injuries and a steroid crisis', () => {
  it('alerts on each', () => {
    expectAlerts(
      [
        "I fell off my bike and there's bone poking through the skin on my shin",
        '34M, RTC, open fracture of the left tibia',
        "I was in a car accident and now my neck hurts and I've got tingling in both arms and legs",
        "My son dived into the shallow end and now he has pins and needles in both arms",
        "Something flew into my eye while I was hammering metal and now it's bleeding and I can't see properly",
        'A bit of metal flew into my eye when I was using the angle grinder',
        "I have Addison's disease and I've been vomiting all day, I can't keep my steroid tablets down and I feel faint",
        "Known Addison's, vomiting, unable to keep hydrocortisone down, BP 80/50.",
      ],
      true,
    );
  });

  it('does not alert on their everyday look-alikes', () => {
    expectAlerts(
      [
        'I broke my wrist last month, it is healing in a cast',
        'My hands and feet tingle in the cold',
        'I fell on my knee yesterday and it is a bit bruised, no other problems',
        "Some dust got in my eye, it's a bit watery",
        'An eyelash got in my eye',
        "I have Addison's and I'm a bit tired today",
        "I have Addison's disease, what is the sick day rule for a cold?",
        'I take long term steroids for my asthma and have a mild cold',
      ],
      false,
    );
  });
});

// "Pins and needles" was cut at its "and" into two clauses, so "needles in both arms" lost its tingling;
// fixed pairs joined by "and" now stay one clause (language/splitClauses.ts).
describe('fixed pairs stay one clause', () => {
  it('does not cut "pins and needles" or "on and off"', () => {
    const texts = (m: string): string[] => analyzeMessage(m).clauses.map((c) => c.text.trim());
    expect(texts('he has pins and needles in both arms')).toEqual(['he has pins and needles in both arms']);
    expect(texts('headache on and off for a week')).toEqual(['headache on and off for a week']);
    expect(texts('a headache and a cough')).toEqual(['a headache', 'a cough']);
  });
});
