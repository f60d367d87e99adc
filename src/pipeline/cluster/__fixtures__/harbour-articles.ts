/** Small original articles for the clusterer tests: one outage told by three outlets in two languages, and look-alikes. */

/** An outage at Helioscale's Virginia region, first report. */
export const OUTAGE_EN = {
  id: 'outage-en-1',
  title: 'Helioscale outage takes us-east-3 offline for six hours',
  text:
    'Helioscale said its us-east-3 region in Virginia was offline for about six hours on Monday after a cooling failure in one data hall. ' +
    'GPU instances and the Helioscale Inference service returned errors until 4 p.m., the company said on its status page. ' +
    'Customers will receive service credits, and a post-incident report is due within 14 days.',
  published: '2026-10-12T18:00:00Z',
  language: 'en',
  source: 'wire-one',
};

/** The same outage, another English outlet, later that day. */
export const OUTAGE_EN_FOLLOW_UP = {
  id: 'outage-en-2',
  title: 'How a cooling failure knocked Helioscale us-east-3 offline for six hours',
  text:
    'The six-hour outage in Helioscale us-east-3 began when chillers in one Virginia data hall tripped on Monday morning. ' +
    'Engineers moved GPU workloads away, but the region control plane stalled, and Helioscale Inference returned errors until late afternoon.',
  published: '2026-10-12T22:30:00Z',
  language: 'en',
  source: 'ops-weekly',
};

/** The same outage in Chinese. */
export const OUTAGE_ZH = {
  id: 'outage-zh-1',
  title: '赫利云us-east-3区域宕机约6小时',
  text: '赫利云周一表示，其位于弗吉尼亚州的us-east-3区域因一栋数据机房的冷却系统故障中断服务约6小时。GPU实例和Helioscale Inference推理服务在故障期间大面积报错。公司将在14天内发布事故复盘报告。',
  published: '2026-10-13T02:00:00Z',
  language: 'zh',
  source: 'suanli-guancha',
};

/** Another event of the same kind, three weeks later in another region. */
export const OTHER_OUTAGE = {
  id: 'outage-frankfurt-1',
  title: 'Helioscale eu-central-2 in Frankfurt suffers a network outage',
  text:
    'Helioscale customers in Frankfurt lost access to the eu-central-2 region for three hours on Thursday after a faulty network update. ' +
    'German public agencies asked whether their data had left the country during the failover.',
  published: '2026-11-05T10:00:00Z',
  language: 'en',
  source: 'wire-one',
};

/** An unrelated story on the same day. */
export const UNRELATED = {
  id: 'battery-1',
  title: 'Verdant Storage signs a 400 MWh battery deal in Texas',
  text: 'Verdant Storage agreed to build a 400 MWh battery system next to a Texas data centre campus, the company said on Monday. Construction starts in spring.',
  published: '2026-10-12T19:00:00Z',
  language: 'en',
  source: 'grid-desk',
};

/** Job cuts at a small outsourcer no other article names: the first report. */
export const CUTS_FIRST = {
  id: 'cuts-1',
  title: 'Tanwick Contact Services to cut 1,800 call-centre jobs in Cebu',
  text:
    'Tanwick Contact Services said on Monday it will cut 1,800 call-centre jobs in Cebu because its voice assistant, Lumo, now answers most routine billing calls. ' +
    'Chief executive Marisol Dayrit said the staff affected would be offered a paid retraining course. ' +
    'The Cebu Call Workers Union called the cuts a breach of its 2025 agreement with the company.',
  published: '2026-10-12T08:00:00Z',
  language: 'en',
  source: 'wire-one',
};

/** The same story thirteen days later: the same names, a new development. */
export const CUTS_FOLLOW_UP = {
  id: 'cuts-2',
  title: 'Tanwick widens retraining for Cebu call-centre staff after union talks',
  text:
    'Tanwick Contact Services will widen the retraining course it offered when it announced 1,800 job cuts in Cebu, chief executive Marisol Dayrit said after talks with the Cebu Call Workers Union. ' +
    'The Lumo voice assistant will keep answering routine billing calls, and 600 of the staff affected have applied for the course.',
  published: '2026-10-25T08:00:00Z',
  language: 'en',
  source: 'ops-weekly',
};

/** Another story that names the outsourcer, its chief executive, its assistant and the union, before the cuts. */
export const CUTS_NAMESAKE = {
  id: 'lease-1',
  title: 'Outsourcer signs a ten-year lease for a new Cebu office tower',
  text:
    'Tanwick Contact Services signed a ten-year lease on twelve floors of a new office tower in Cebu, its chief executive, Marisol Dayrit, told reporters. ' +
    'The company will move its Lumo product team there in 2027. ' +
    'The Cebu Call Workers Union said it had not been consulted about the move.',
  published: '2026-10-05T08:00:00Z',
  language: 'en',
  source: 'wire-two',
};

/** A fire at a battery developer's site: the first report. */
export const FIRE_FIRST = {
  id: 'kessel-fire-1',
  title: 'Fire at Kessel Energy battery site near Odessa forces shelter-in-place order',
  text:
    'A fire broke out in one enclosure at Kessel Energy’s 300 MW battery site near Odessa, Texas, on Tuesday, and Ector County ordered nearby homes to shelter in place. ' +
    'Kessel Energy sells the site’s capacity to two data-centre campuses in West Texas, which switched to grid power. ' +
    'The company said no one was hurt and that the battery enclosures around the burning one were cooled with water.',
  published: '2026-11-03T17:00:00Z',
  language: 'en',
  source: 'grid-desk',
};

/** The fire, another outlet the next day. */
export const FIRE_FOLLOW_UP = {
  id: 'kessel-fire-2',
  title: 'Kessel Energy fire near Odessa leaves West Texas data centres without battery backup',
  text:
    'The fire at Kessel Energy’s battery site near Odessa burned for eleven hours before Ector County lifted the shelter-in-place order. ' +
    'The two West Texas data-centre campuses that buy capacity from the 300 MW site are running on grid power alone, and Kessel Energy said the site will stay offline while the cause is investigated.',
  published: '2026-11-04T15:00:00Z',
  language: 'en',
  source: 'wire-one',
};

/** The same developer's financing three days later: another event that names the same company, place and customers. */
export const FINANCING = {
  id: 'kessel-financing-1',
  title: 'Kessel Energy closes $800 million financing for West Texas battery projects',
  text:
    'Kessel Energy closed $800 million of project financing on Friday for three battery projects in West Texas, each contracted to data-centre campuses. ' +
    'The construction loan comes from four banks, and tax equity covers the rest. ' +
    'Kessel Energy said the projects near Odessa and Midland will add 900 MW of battery capacity by 2028.',
  published: '2026-11-06T20:00:00Z',
  language: 'en',
  source: 'deal-wire',
};

/** The financing, another outlet the next day. */
export const FINANCING_FOLLOW_UP = {
  id: 'kessel-financing-2',
  title: 'Why banks lent Kessel Energy $800 million: the data-centre contracts',
  text:
    'Lenders to Kessel Energy’s $800 million financing said the data-centre contracts behind its three West Texas battery projects made the loan easy to price. ' +
    'The construction loan runs for three years and converts to a term loan once the projects near Odessa and Midland are running.',
  published: '2026-11-07T14:00:00Z',
  language: 'en',
  source: 'grid-desk',
};
