import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from './analysis.js';
import { rejected, supported } from './__fixtures__/one-source.js';

describe('speed and outcome said with the opposite word', () => {
  const source = 'After the storm the northern line was slower to reopen than the coastal one, the rail operator said.';

  it('rejects "faster" against a cited "slower"', () => {
    rejected('The northern line reopened faster than the coastal one after the storm.', source, /contradicts/);
  });

  it('keeps "slower" against a cited "slower"', () => {
    supported('The northern line was slower to reopen than the coastal one after the storm, the rail operator said.', source);
  });

  it('rejects "sophisticated" against a cited "crude"', () => {
    rejected(
      'The phishing emails the bank intercepted were sophisticated, it said.',
      'Most of the phishing emails the bank intercepted were crude, it said.',
      /contradicts/,
    );
  });
});

describe('a comparison or a count against a Chinese source', () => {
  it('rejects "above" where the source says 低于', () => {
    const source = '该市工业用水价格明显低于周边城市的平均水平。';
    rejected("The city's industrial water price sits above the average of neighbouring cities.", source, /低于/, 'zh');
    supported("The city's industrial water price sits clearly below the average of neighbouring cities.", source, 'zh');
  });

  it('reads "no higher than" as the bound 不高于, not as "higher"', () => {
    supported('The fee for each shipment must be no higher than 30 yuan.', '每单运费不高于30元。', 'zh');
  });

  it('rejects "many" where the source says 不多', () => {
    rejected('Many county hospitals already run their own dialysis centres.', '真正自建透析中心的县级医院仍然不多。', /不多/, 'zh');
  });
});

describe('Chinese spans of time and month ranges', () => {
  const lead = '公司表示，新设备的交付周期为6到12个月。';

  it('rejects weeks where the source counts months', () => {
    rejected('Delivery of the new tool takes six to twelve weeks, the firm said.', lead, /twelve weeks/, 'zh');
    supported('Delivery of the new tool takes six to twelve months, the firm said.', lead, 'zh');
  });

  const range = '今年1至9月，该机构共立案40起。';

  it('reads the first month of "1至9月" as January', () => {
    supported('Between January and September this year, the agency opened 40 cases.', range, 'zh');
  });

  it('does not read "1至9月" as the first half, but reads "1至6月" as it', () => {
    rejected('In the first half of this year, the agency opened 40 cases.', range, /first half/, 'zh');
    supported('In the first half of this year, the agency opened 40 cases.', '今年1至6月，该机构共立案40起。', 'zh');
  });
});

describe('a multiple written as one word', () => {
  const source = 'Complaints about the service rose almost fivefold over the year, the regulator said.';

  it('rejects "tenfold" against a cited "fivefold" and keeps "fivefold"', () => {
    rejected('Complaints about the service rose almost tenfold over the year.', source, /tenfold/);
    supported('Complaints about the service rose almost fivefold over the year.', source);
  });
});

describe("modality kept in an editor's words", () => {
  it('reads "hinges on" as keeping a cited "depends on"', () => {
    const source = 'Whether the second line opens next year depends on the grid operator, the company said.';
    supported('Whether the second line opens next year hinges on the grid operator.', source);
    rejected('The second line opens next year, the company said.', source, /hedges/);
  });

  it('reads "may" as the permission a cited "will let" grants', () => {
    supported('Staff may sell up to $2 million of shares in the tender.', 'The tender will let staff sell up to $2 million of shares.');
  });

  it('reads "can" as keeping the possibility of 可能', () => {
    const source = '一次短暂停电就可能让整批晶圆报废。';
    supported('A brief outage can ruin a whole batch of wafers.', source, 'zh');
    rejected('A brief outage ruins a whole batch of wafers.', source, /hedges/, 'zh');
  });
});

describe('a negation restated with a verb that negates', () => {
  const source = 'The survey did not cover part-time workers, whose hours are not recorded.';

  it('reads "left out" and "omitted" as the cited "did not cover"', () => {
    supported('The survey left out part-time workers, whose hours are not recorded.', source);
    supported('The survey omitted part-time workers, whose hours are not recorded.', source);
    rejected('The survey covered part-time workers, whose hours are not recorded.', source, /negation flipped/);
  });

  it('does not read "left out of" a place as a negation', () => {
    const text = 'The grant funds night classes for the workers most likely to be left out of the recovery.';
    assert.deepEqual(analyseText(text, 'en', null).cues.negation, []);
    assert.notDeepEqual(analyseText('The survey left out part-time workers.', 'en', null).cues.negation, []);
  });

  it('reads "undisclosed" as the cited "had not disclosed"', () => {
    supported('The two firms kept the price undisclosed until now.', 'The two firms had not disclosed the price until now.');
  });
});

describe('work under way stated as done', () => {
  const source = 'The port authority was working with the two terminals on emergency permits, a spokesman said.';

  it('rejects a perfect that takes the words the work governs', () => {
    rejected('The port authority has granted emergency permits to the two terminals.', source, /was working/);
  });

  it('keeps the work under way', () => {
    supported('The port authority was working on emergency permits with the two terminals, a spokesman said.', source);
  });
});
