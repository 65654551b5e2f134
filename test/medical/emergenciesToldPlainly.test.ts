import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own emergency vignettes in the external set's clinical style (the fields written by us,
// rendered as the evals render them): each emergency told without the word its rule knew.
describe('emergencies told in plain or clinical words', () => {
  it('a stroke at the back of the brain told as falling to one side', () => {
    expectAlerts(
      [
        '67 year old female. Sudden severe dizziness with vomiting and she cannot walk without falling to the left since an hour ago.',
        'My mum suddenly went very dizzy and keeps leaning to the right, she is being sick and cannot stand up straight.',
      ],
      true,
    );
    expectAlerts(['I get dizzy when I stand up too fast, it passes in seconds.', 'I walked home without falling after my knee operation, it is a bit stiff.'], false);
  });

  it('contractions told as the bump going tight every few minutes before 37 weeks', () => {
    expectAlerts(['30 weeks pregnant, her tummy has been going tight every few minutes since this afternoon with a dull backache.'], true);
    expectAlerts(["I'm 30 weeks pregnant and my bump goes hard now and then, the midwife said it's braxton hicks."], false);
  });

  it('new diabetes told as frequent urination and great thirst, with vomiting', () => {
    expectAlerts(
      [
        '16 year old male, frequent urination and excessive thirst for 3 weeks, now abdominal pain and vomiting.',
        'My 13 year old has been drinking a lot of water and passing urine very often for a month, now vomiting and very tired.',
      ],
      true,
    );
    expectAlerts(['I pass urine often since I started drinking more water for my skin, I feel well.'], false);
  });

  it('a double dose of paracetamol given by mistake', () => {
    expectAlerts(
      [
        'I accidentally gave my 3 year old a double dose of calpol an hour ago',
        'My son gave his sister two doses of calpol by mistake, she is 2',
        'Her grandmother gave her a double dose of paracetamol syrup by mistake an hour ago.',
        'I gave him calpol twice by mistake, my husband had already given him some',
      ],
      true,
    );
    expectAlerts(
      [
        'Can I give a double dose of calpol if the fever is high?',
        'I take two doses of paracetamol a day for my back, is that ok?',
        'I took paracetamol by mistake instead of ibuprofen, just one tablet.',
      ],
      false,
    );
  });

  it('jaundice with confusion, and no urine with diarrhoea and dizziness', () => {
    expectAlerts(
      [
        '37 year old female. Yellow eyes for 4 days, now drowsy and muddled, bruising easily. Past history: heavy alcohol use.',
        'His skin has gone yellow and today he is confused and very sleepy.',
        '34 year old male. Very large volumes of watery stool since last night, now weak, very thirsty, dizzy on standing, and he has not passed urine today.',
      ],
      true,
    );
    expectAlerts(
      [
        'My newborn looks a bit yellow, feeding well.',
        'Diarrhoea for 2 days, a bit dizzy when I stand up, drinking fine and peeing normally.',
      ],
      false,
    );
  });

  it('a fever with a heart valve at risk', () => {
    expectAlerts(
      [
        "I'm 45 with rheumatic heart disease and I've had fevers and night sweats for 3 weeks",
        'He injects heroin and has had a fever and chills for a week',
        'I have an artificial heart valve and a temperature of 38.5 since yesterday',
        '45 year old male. Fever, night sweats. Past history: mitral valve replacement.',
      ],
      true,
    );
    expectAlerts(["I've had a cold with a temperature for 2 days", 'I have a heart murmur, no fever, just tired'], false);
  });
});
