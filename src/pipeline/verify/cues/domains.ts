/**
 * Framing domains: the fields a sentence can put a fact into (energy, security, jobs, money, regulation,
 * geopolitics, the environment, education). A claim that brings in a field its cited sentences never raise
 * frames the fact; a word of a field they do raise is a paraphrase. General field vocabulary only: the words
 * any newsroom uses for the field, English (the checker stems them) and Chinese.
 */
export interface FramingDomain {
  name: string;
  english: readonly string[];
  chinese: readonly string[];
}

const words = (list: string): string[] => list.split(/[\s,]+/).filter(Boolean);

export const FRAMING_DOMAINS: readonly FramingDomain[] = [
  {
    name: 'energy',
    english: words(`power electricity energy grid grids load utility utilities blackout blackouts generation
      generator fuel gas coal nuclear reactor solar wind hydropower hydro renewable renewables battery batteries megawatt
      gigawatt kilowatt transmission substation`),
    chinese: words(`电力 电网 能源 用电 电价 供电 发电 燃料 煤 核电 光伏 风电 水电 储能 电池 输电 负荷 兆瓦 千瓦 瓩`),
  },
  {
    name: 'environment',
    english: words(`emissions emission carbon climate decarbonisation decarbonization sustainability sustainable
      pollution water drought cooling environmental green`),
    chinese: words(`排放 碳 气候 环保 绿色 绿电 节水 用水 水资源 冷却 可持续`),
  },
  {
    name: 'security',
    english: words(`security cybersecurity cyber theft steal stolen phishing hack hacker hackers hacked breach breaches attack
      attacks attacker attackers malware ransomware espionage vulnerability exploit leak leaked safe safety`),
    chinese: words(`安全 网络安全 攻击 黑客 泄露 窃取 漏洞 入侵`),
  },
  {
    name: 'workforce',
    english: words(`job jobs labour labor worker workers workforce staff employee employees hiring hire layoffs layoff
      redundancy redundancies technician technicians skilled skills talent union unions wage wages salary pay
      training retraining retrain apprenticeship apprentice trainee trainees recruit recruiter recruiters headhunter
      headhunters engineer engineers`),
    chinese: words(`就业 岗位 人才 培训 工人 员工 职工 招聘 裁员 工资 薪资 技工 工程师 猎头 獵才 人力`),
  },
  {
    name: 'money',
    english: words(`price prices pricing cost costs bill bills money profit profits profitable  revenue
      revenues fee fees subsidy subsidies valuation cash funding fund funds funded financing invest investment
      investor investors spend spending pay paying paid tariff tariffs budget loan debt earnings sales`),
    chinese: words(`价格 电价 成本 利润 收入 营收 费用 补贴 估值 融资 投资 资金 出资 贷款 债 支出 付费 付款 收费 罚款 罚鍰 美元 元`),
  },
  {
    name: 'regulation',
    english: words(`regulator regulators regulation regulations regulatory approval approve approved antitrust compliance
      comply law laws legal legislation lawsuit court courts fine fines penalty penalties ban banned licence license
      licensing permit permits rule rules ruling policy policies authority authorities ministry government`),
    chinese: words(`监管 法规 规定 规则 审批 批准 许可 牌照 法律 罚 处罚 禁止 政策 政府 主管 部门 通知 办法`),
  },
  {
    name: 'geopolitics',
    english: words(`export exports sanction sanctions geopolitical geopolitics military defence defense national
      sovereignty sovereign embargo smuggling workaround workarounds diplomatic`),
    chinese: words(`出口 管制 制裁 地缘 军事 国防 国家安全 主权 禁运 走私`),
  },
  {
    name: 'education',
    english: words(`education curriculum university universities student students school schools course courses college
      degree degrees teaching teacher teachers`),
    chinese: words(`教育 课程 大学 高校 学生 学校 专业 招生 教师 职业学院`),
  },
];
