/**
 * Cue words that route Chinese sentences (simplified and traditional) into the brief's sections.
 * Data only; Chinese has no word spaces, so these are plain substrings.
 */

/** Something happened ("What changed"). */
export const EVENT_CUES_ZH: readonly RegExp[] = [
  /发布|發布|發表|宣布|推出|上线|上線|完成|签署|簽署|签约|簽約|收购|收購|融资|融資|启动|啟動|啟用|启用|量产|量產|开工|開工|获批|獲批|通过|通過/,
];

/** Something the reader can do, or a deadline ("What to do next"). */
export const ACTION_CUES_ZH: readonly RegExp[] = [
  /应当|應當|应更|應更|应该|應該|需要|必须|必須|建议|建議|提醒|截止|尽快|盡快|准备|準備|考虑|考慮|须在|須在|务必|務必|[须須](具备|具備|事先|取得|完成|提交|申报|申報)|报名|報名|[还還]?需(满足|滿足|符合|具备|具備|提交|完成)|要求[^，。；]{0,4}(企业|企業|用户|用戶|客户|客戶|业者|業者|厂商|廠商|用电户|用電戶|运营商|營運商)|(客户|客戶|用户|用戶|企业|企業|开发者|開發者|厂商|廠商)[^，。；]{0,12}可(以)?(通过|透過|申请|申請|选择|選擇|签订|簽訂|锁定|鎖定|迁移|遷移|报名|報名)/,
];

/**
 * A view someone in the trade gives ("业内人士指出…", "也有投资人提醒…"): analysis or a caution about the market, not a
 * step for the reader, unless it tells readers what they should do (DIRECTIVE_ZH: "…的用户应尽快评估迁移成本").
 */
export const ATTRIBUTED_VIEW_ZH: RegExp =
  /(业内人士|業內人士|分析人士|分析师|分析師|投资人|投資人|专家|專家|研究员|研究員|观察人士|觀察人士)[^，。：；]{0,8}(指出|认为|認為|分析|表示|提醒|称|稱|说|說)/;

/** Forward-looking consequences ("Implications"). */
export const IMPLICATION_CUES_ZH: readonly RegExp[] = [/将|將|预计|預計|可能|有望|意味|拉大|加速|预料|預料|或将|或將|认为|認為/];

/**
 * Openers that lean on the sentence before: "该公司", "这家公司", "他/她说", "其"; "该政策" or "这笔资金" (this policy, this
 * money); half of an enumeration ("二是…", "另一方面…"); and a subject contrasted with one just named ("客户则…").
 */
export const DANGLING_OPENERS_ZH: RegExp =
  /^(这家公司|該公司|该公司|這家公司|该企业|該企業|这家企业|這家企業|该机构|該機構|他|她|它|其|此举|此舉|对此|對此|[该該]\p{Script=Han}|[这這][笔筆类類些项項款种種位个個次批]|[一二三四五]是|其[一二三]|另一方面|一方面|[^，。；]{1,12}(?<![规規法准準原细細守])[则則](?![是为為]))/u;

/** Discourse markers that open a sentence and can go without changing its claim: "不过，", "此外，", "与此同时，". */
export const DROPPABLE_OPENERS_ZH: RegExp = /^(不过|不過|此外|另外|同时|同時|与此同时|與此同時|然而|但是|相比之下|而)，?/;

/** Verbs that attribute a quotation to a speaker. */
export const ATTRIBUTION_VERBS_ZH: RegExp = /表示|称|稱|说|說|指出|认为|認為|提醒|透露|强调|強調|致词|致詞/;

/** Sentences that are not content: credits and calls to subscribe. */
export const BOILERPLATE_ZH: readonly RegExp[] = [/责任编辑|責任編輯|版权所有|版權所有|关注我们|關注我們|记者.{0,6}报道$/];

/** The prefix of the attributed quote in a Chinese brief: "<媒体>报道：…". */
export const QUOTE_PREFIX_ZH = '报道：';

/** Words that tell someone what to do: should, must, as soon as possible, recommend. */
export const DIRECTIVE_ZH: RegExp = /应当|應當|应该|應該|[须須]|务必|務必|尽快|盡快|建议|建議/;
