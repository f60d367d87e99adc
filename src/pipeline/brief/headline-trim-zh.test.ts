import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trimForHeadlineZh } from './headline-trim.js';

/** The sentence as it was written, but for its full stop: nothing could safely go. */
const keptWhole = (sentence: string): void => assert.equal(trimForHeadlineZh(sentence), sentence.replace(/。$/, ''));

describe('trimForHeadlineZh', () => {
  it('keeps a short sentence whole, without its full stop', () => {
    assert.equal(trimForHeadlineZh('澄湖云对象存储降价两成。'), '澄湖云对象存储降价两成');
  });

  it('drops an opening date and trailing clauses while the sentence is long', () => {
    assert.equal(
      trimForHeadlineZh(
        '11月2日，苏州设备企业澄湖科技与一家国内晶圆厂签署供货协议，双方将在明年上半年完成首批二十台刻蚀机的交付与验收，并共同建设一座工艺验证实验室。',
      ),
      '苏州设备企业澄湖科技与一家国内晶圆厂签署供货协议，双方将在明年上半年完成首批二十台刻蚀机的交付与验收',
    );
  });

  it('keeps what a speaker announced, and a clause that limits the rest', () => {
    const announced =
      '上海投资机构澄湖资本周一在年度投资人会议上宣布，旗下第二期算力基金完成最终关账并将于明年一季度开始投资长三角地区的算力基础设施与芯片设计企业。';
    keptWhole(announced);
    const limited = '澄湖云将向海外客户开放其自研加速器实例，首批开放新加坡和法兰克福两个区域，仅限已签署年度合约的企业客户申请试用。';
    keptWhole(limited);
  });

  it('drops the day the news was told, and keeps a day something takes effect', () => {
    assert.equal(
      trimForHeadlineZh('上海投资机构澄湖资本11月16日宣布，旗下第二期算力基金完成最终关账。'),
      '上海投资机构澄湖资本宣布，旗下第二期算力基金完成最终关账',
    );
    assert.equal(trimForHeadlineZh('澄湖電力12日公布最新負載預測。'), '澄湖電力公布最新負載預測');
    keptWhole('澄湖云冷存储涨价两成，12月1日起执行。');
  });

  it('reads traditional characters', () => {
    const limited = '澄湖電力將向資料中心開放新的併網申請通道，首批受理北部三個變電所的容量，僅限已取得環評核准的案場提出申請。';
    keptWhole(limited);
  });
});
