import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { decide } from './urgencyHelpers.ts';

// Night cramps in the calf "lasting a few minutes", in a man with hypertension, raised amaurosis fugax
// as likely: its hallmark "sight returned within minutes" was worded "lasted a few minutes", "now
// resolved", "it lifted", which any episode of anything matches. A hallmark makes a condition likely
// (findLikelyEmergencies.ts), so its words must name the finding, not only how long it lasted.
const TIME_COURSE_ONLY =
  /^(?:(?:now|fully|completely|then) )?(?:resolved|settled|cleared|lifted|it lifted|then it lifted|came back|went away|back to normal)(?: (?:after|within|in) (?:a few|several|\d+) (?:seconds|minutes|hours))?$|^(?:lasted|lasting) (?:a few|several|\d+) (?:seconds|minutes|hours)$/;

describe('a hallmark finding', () => {
  it('is never worded as a time course alone', () => {
    const offenders = loadKnowledgeBase().conditions.flatMap((c) =>
      c.symptoms.filter((s) => s.key === true).flatMap((s) => [s.term, ...s.synonyms].filter((w) => TIME_COURSE_ONLY.test(w.toLowerCase())).map((w) => `${c.id}: ${w}`)),
    );
    expect(offenders).toEqual([]);
  });

  it('so an episode of cramp that lasts minutes raises nothing of the eye', () => {
    const d = decide(
      'Most nights this month I wake with my calf muscle going into a painful tight spasm lasting a few minutes, easing with stretching. I have hypertension.',
    );
    expect(d.level).not.toBe('emergency');
    expect(d.rules.map((r) => r.rule)).not.toContain('kb_likely:amaurosis_fugax');
    expect(decide('a curtain came down over my right eye for a few minutes this morning and then lifted').level).toBe('emergency');
  });
});
