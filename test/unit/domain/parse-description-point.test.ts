/** Explicit "Purpose:", "Agenda:" and "Outcome:" lines in an event description, plain or HTML. */
import { describe, expect, it } from 'vitest';
import { parseDescriptionPoint } from '../../../src/domain/parse-description-point.js';

describe('parseDescriptionPoint', () => {
  it('reads purpose, agenda and outcome from plain text', () => {
    const text = [
      'Purpose: understand where route planning breaks down',
      'Agenda:',
      '- How planning works today',
      '- What you have tried',
      'Outcome: a yes or no on a deep-dive',
    ].join('\n');
    expect(parseDescriptionPoint(text)).toEqual({
      purpose: 'understand where route planning breaks down',
      agenda: ['How planning works today', 'What you have tried'],
      outcome: 'a yes or no on a deep-dive',
    });
  });

  it('returns nothing for a description without labels', () => {
    expect(parseDescriptionPoint('Looking forward to it!\nJoin: https://meet.example.com/x')).toEqual({});
    expect(parseDescriptionPoint('')).toEqual({});
  });

  it('continues a purpose on the following lines until a blank line', () => {
    const text = 'Purpose: check that the pilot\nworked for the Joliet site\n\nSee you then';
    expect(parseDescriptionPoint(text).purpose).toBe('check that the pilot worked for the Joliet site');
  });

  it('ends a purpose at the next label', () => {
    const text = 'Purpose: agree the rollout plan\nGoal: a signed plan';
    expect(parseDescriptionPoint(text)).toEqual({
      purpose: 'agree the rollout plan',
      outcome: 'a signed plan',
    });
  });

  it.each([
    ['-', '- A\n- B'],
    ['*', '* A\n* B'],
    ['•', '• A\n•\tB'],
    ['1.', '1. A\n2. B'],
    ['1)', '1) A\n2) B'],
    ['plain lines', 'A\nB'],
  ])('reads agenda items written with %s', (_style, items) => {
    expect(parseDescriptionPoint(`Agenda:\n${items}`).agenda).toEqual(['A', 'B']);
  });

  it('reads inline agenda items separated by semicolons', () => {
    expect(parseDescriptionPoint('Agenda: intros; current process ; next steps;').agenda).toEqual([
      'intros',
      'current process',
      'next steps',
    ]);
  });

  it('joins an indented continuation line to its bullet and stops at text after the list', () => {
    const text =
      'Agenda:\n- How planning works,\n  and where it costs you\n- Next steps\nLooking forward to it!';
    expect(parseDescriptionPoint(text).agenda).toEqual([
      'How planning works, and where it costs you',
      'Next steps',
    ]);
  });

  it('accepts labels in any case, markdown bold, and the Goal / Desired outcome aliases', () => {
    expect(parseDescriptionPoint('PURPOSE: A\nagenda: B\nDesired Outcome: C')).toEqual({
      purpose: 'A',
      agenda: ['B'],
      outcome: 'C',
    });
    expect(parseDescriptionPoint('**Goal:** a decision').outcome).toBe('a decision');
    expect(parseDescriptionPoint('Purpose of the meeting: review the pilot').purpose).toBe(
      'review the pilot',
    );
  });

  it('ignores labels that do not start a line', () => {
    expect(parseDescriptionPoint('Our goal: to win. The purpose: none.')).toEqual({});
  });

  it('reads a Google Calendar HTML description with <br> and entities', () => {
    const html =
      'Purpose: review Acme&#39;s routing &amp; dispatch<br>Agenda:<br>- Today&nbsp;&nbsp;process<br>- Gaps<br><br>' +
      '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Join with Google Meet: ' +
      '<a href="https://meet.google.com/abc-defg-hij">meet.google.com/abc-defg-hij</a><br>Goal: next step agreed';
    expect(parseDescriptionPoint(html)).toEqual({
      purpose: "review Acme's routing & dispatch",
      agenda: ['Today process', 'Gaps'],
      outcome: 'next step agreed',
    });
  });

  it('reads an Outlook HTML description with one <p> per line and a <ul> list', () => {
    const html = `<html><head><style>p.MsoNormal{margin:0}</style></head><body>
      <p class="MsoNormal">Purpose: agree the pilot scope</p>
      <p class="MsoNormal">&nbsp;</p>
      <p class="MsoNormal">Agenda:</p>
      <ul><li>Success criteria</li><li>Data <b>access</b></li></ul>
      <p class="MsoNormal">Microsoft Teams meeting</p></body></html>`;
    expect(parseDescriptionPoint(html)).toEqual({
      purpose: 'agree the pilot scope',
      agenda: ['Success criteria', 'Data access'],
    });
  });

  it('keeps the first of two purpose lines', () => {
    expect(parseDescriptionPoint('Purpose: first\n\nPurpose: second').purpose).toBe('first');
  });

  it('caps what an oversized description can put in the email', () => {
    const items = Array.from({ length: 50 }, (_, i) => `- item ${i} ${'x'.repeat(500)}`).join('\n');
    const { purpose, agenda } = parseDescriptionPoint(`Purpose: ${'y'.repeat(5000)}\nAgenda:\n${items}`);
    expect(purpose?.length).toBeLessThanOrEqual(1000);
    expect(agenda).toHaveLength(12);
    expect(agenda?.every((item) => item.length <= 300)).toBe(true);
  });

  it('reads hostile input without hanging (a catastrophic regex would hit the test timeout)', () => {
    const hostile = [
      '<'.repeat(100_000),
      `<p>${'<!--'.repeat(20_000)}`,
      `Agenda:${' '.repeat(50_000)}\u2028`,
      `${'- '.repeat(50_000)}x`,
      `<br>${'&#'.repeat(50_000)}`,
    ];
    expect(hostile.map((text) => parseDescriptionPoint(text).purpose)).toEqual(hostile.map(() => undefined));
  });
});
