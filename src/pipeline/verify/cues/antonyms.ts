/** Word pairs that contradict each other: a claim using one where its source uses the other reverses it. */

/**
 * Each entry: a word, then the words that contradict it (lower case; the checker stems them). Pairs are
 * read both ways. Only direct opposites belong here, the kind an LLM swaps by mistake; relational words that
 * a role swap keeps true ("A ahead of B" is "B behind A") do not.
 */
export const ANTONYMS: readonly (readonly [string, readonly string[]])[] = [
  ['ahead', ['below']],
  ['highest', ['lowest']],
  ['best', ['worst']],
  ['most', ['least', 'fewest']],
  ['above', ['below', 'under']],
  ['more', ['less', 'fewer']],
  ['higher', ['lower']],
  ['rise', ['fall', 'decline', 'drop', 'decrease', 'shrink', 'slip']],
  ['increase', ['decrease', 'cut', 'reduce', 'decline']],
  ['gain', ['loss', 'lose']],
  ['beat', ['miss', 'trail']],
  ['exceed', ['trail', 'miss']],
  ['open', ['closed']],
  ['all', ['part', 'portion', 'share', 'some']],
  ['private', ['public', 'publicly', 'openly', 'published']],
  ['both', ['only']],
  ['affected', ['unaffected', 'exempt']],
  ['early', ['late']],
  ['largest', ['smallest']],
  ['biggest', ['smallest']],
  ['cheaper', ['pricier', 'costlier']],
  ['allow', ['ban', 'bar', 'prohibit', 'forbid']],
  ['include', ['exclude']],
  ['approve', ['reject', 'block']],
  ['confirm', ['deny']],
  ['win', ['lose']],
  ['profit', ['loss']],
  ['surplus', ['deficit', 'shortage']],
  ['honour', ['renegotiate', 'cancel', 'break', 'breach']],
  ['widen', ['narrow']],
  ['expand', ['shrink', 'contract']],
  ['voluntary', ['mandatory', 'compulsory']],
  ['optional', ['mandatory', 'compulsory', 'required']],
  ['running', ['unreachable', 'offline', 'unavailable']],
  ['available', ['unavailable', 'unreachable']],
  ['remain', ['retire', 'discontinue', 'withdraw', 'withdrawn']],
  ['online', ['offline']],
  ['many', ['few']],
  ['frequent', ['rare', 'infrequent']],
  ['often', ['rarely', 'seldom']],
  ['common', ['rare', 'uncommon']],
  ['raise', ['lower']],
  ['upgrade', ['downgrade']],
  ['accelerate', ['slow', 'decelerate']],
  // Speed and outcome: "recovered faster" against "was slower to recover", "got through" against "failed".
  ['fast', ['slow']],
  ['faster', ['slower']],
  ['quick', ['slow']],
  ['quicker', ['slower']],
  ['succeed', ['fail']],
  ['sophisticated', ['crude', 'basic', 'rudimentary']],
  ['strengthen', ['weaken']],
  ['improve', ['worsen', 'deteriorate']],
  ['tighten', ['loosen', 'ease', 'relax']],
  ['surge', ['plunge', 'slump']],
  // A stance: welcoming a move is not criticising it.
  ['welcome', ['criticise', 'criticize', 'condemn', 'oppose']],
  ['praise', ['criticise', 'criticize', 'condemn']],
  ['support', ['oppose']],
];

/**
 * Opposites only when both act on the same object: carrying on with a thing against stopping it ("had closed new
 * sign-ups" against "would keep accepting new sign-ups"), joining against leaving, imposing against lifting. They are
 * read by the opposite-object check alone ("existing users keep access until the service stops" says both of
 * different things).
 */
export const OBJECT_OPPOSITES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['continue', 'resume', 'reopen', 'accept', 'maintain', 'retain', 'extend', 'renew'],
    ['close', 'closed', 'stop', 'halt', 'suspend', 'pause', 'cease', 'discontinue', 'freeze', 'shut', 'scrap'],
  ],
  [
    ['join', 'enter'],
    ['leave', 'quit', 'exit'],
  ],
  [
    ['impose', 'introduce'],
    ['lift', 'scrap', 'repeal', 'drop'],
  ],
  [
    ['grant', 'approve', 'accept'],
    ['revoke', 'refuse', 'reject', 'deny'],
  ],
  [
    ['add', 'hire'],
    ['remove', 'cut', 'fire'],
  ],
  [['pass'], ['fail']],
];

/**
 * Opposite directions across languages: English words of one side, then the Chinese words that say it
 * (simplified and traditional). An English claim saying one side where its Chinese source says only the
 * other reverses it ("the loss widened" against "亏损收窄").
 */
export const CHINESE_DIRECTIONS: readonly (readonly [readonly string[], readonly string[], readonly string[], readonly string[]])[] = [
  [
    ['widen', 'widened', 'expand', 'expanded', 'deepen', 'deepened'],
    ['扩大', '擴大', '加深', '扩张', '擴張'],
    ['narrow', 'narrowed', 'shrink', 'shrank', 'contract', 'contracted'],
    ['收窄', '缩小', '縮小', '收缩', '收縮', '减亏', '減虧'],
  ],
  [
    ['rise', 'rose', 'increase', 'increased', 'grow', 'grew', 'climb', 'climbed', 'jump', 'jumped', 'gain', 'gained'],
    ['增长', '增長', '上升', '上涨', '上漲', '增加', '成长', '成長', '攀升'],
    ['fall', 'fell', 'decrease', 'decreased', 'decline', 'declined', 'drop', 'dropped', 'slip', 'slipped'],
    ['下降', '下滑', '回落', '减少', '減少', '下跌', '降至', '衰退'],
  ],
  [
    ['many', 'numerous', 'plenty'],
    ['众多', '眾多', '大量', '许多', '許多', '较多', '較多'],
    ['few', 'scarce'],
    // "不多" is a quantity said with a negator ("仍然不多": still few), not a negated claim.
    ['较少', '較少', '很少', '少数', '少數', '稀少', '不多'],
  ],
  // A comparison with a reference: "明显低于" is "clearly below", never "above".
  [
    ['above', 'higher', 'exceed', 'exceeds', 'exceeded', 'exceeding'],
    ['高于', '高於', '超过', '超過', '超出'],
    ['below', 'beneath'],
    ['低于', '低於', '不及'],
  ],
  // Where in a country: "新增电源大多设在中南部" is no build-out "in the north".
  [
    ['north', 'northern'],
    ['北部', '北方', '以北'],
    ['south', 'southern'],
    ['南部', '南方', '以南'],
  ],
  [
    ['raise', 'raised', 'upgrade', 'upgraded'],
    ['上调', '上調', '上修', '调高', '調高', '提高'],
    ['lower', 'lowered', 'downgrade', 'downgraded'],
    ['下调', '下調', '下修', '调低', '調低', '降低'],
  ],
  [
    ['continue', 'continued', 'continues', 'resume', 'resumed', 'resumes', 'restart', 'restarted'],
    ['继续', '繼續', '恢复', '恢復', '重启', '重啟'],
    ['stop', 'stopped', 'stops', 'halt', 'halted', 'halts', 'suspend', 'suspended', 'suspends', 'pause', 'paused', 'pauses'],
    ['停止', '暂停', '暫停', '中止', '叫停', '终止', '終止', '停售', '停运', '停運'],
  ],
  [
    ['welcome', 'welcomed', 'praise', 'praised', 'support', 'supported', 'endorse', 'endorsed'],
    ['乐见', '樂見', '欢迎', '歡迎', '支持', '赞扬', '讚揚', '赞同', '贊同', '肯定'],
    ['criticise', 'criticised', 'criticize', 'criticized', 'condemn', 'condemned', 'oppose', 'opposed'],
    ['批评', '批評', '反对', '反對', '谴责', '譴責', '抨击', '抨擊'],
  ],
  // Which terms apply: a new price or standard against the original one ("将按原价格执行至资源包到期" is no "new price").
  [
    ['new', 'revised', 'updated'],
    ['新价格', '新價格', '新价', '新價', '新标准', '新標準', '新定价', '新定價', '调整后的价格', '調整後的價格'],
    ['original', 'old', 'previous', 'existing', 'current'],
    ['原价格', '原價格', '原价', '原價', '原标准', '原標準', '原定价', '原定價', '原有价格', '原有價格'],
  ],
];
