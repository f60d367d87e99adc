/** English → Chinese general newsroom words (people, work, time, actions), for claims citing Chinese sources. */

/** Same format as the industry glossary: "word: 中文 中文…", one word per line. */
export const GENERAL_GLOSSARY = `
association: 协会 協會 学会 學會
company: 公司 企业 企業
infrastructure: 基础设施 基礎設施
federation: 联合会 聯合會
alliance: 联盟 聯盟
chamber: 商会 商會
council: 理事会 理事會 委员会 委員會
institute: 研究院 研究所 学院 學院
society: 学会 學會 协会 協會
intelligent: 智能 智慧
smart: 智能 智慧
manufacturing: 制造 製造 制造业 製造業
industrial: 工业 工業 产业 產業
accelerate: 加速 加快
consolidation: 整合 兼并 兼併
investigation: 调查 調查 侦查 偵查
bureau: 调查局 調查局 管理局 统计局 統計局 能源局 监管局 監管局
engineer: 工程师 工程師
worker: 员工 員工 职工 職工 工人 受访者 受訪者 人
employee: 员工 員工 职工 職工
staff: 员工 員工 人员 人員
respondent: 受访者 受訪者
people: 人 名
student: 学生 學生 招生
college: 学院 學院 院校
university: 大学 大學
programme: 专业 專業 项目 項目 计划 計劃
course: 课程 課程
curriculum: 课程 課程 专业 專業
certification: 认证 認證
level: 级 級 等级 等級
promotion: 晋升 晉升 升迁 升遷
senior: 资深 資深 高级 高級
instructor: 讲师 講師 师资 師資
apprentice: 学徒 學徒
job: 岗位 崗位 工作 职位 職位
skill: 技能 能力
gap: 差距 缺口 落差
survey: 调查 調查 问卷 問卷 报告 報告
index: 指数 指數
report: 报告 報告 报道 報導
user: 用户 用戶 使用者
power-user: 重度用户
daily: 每天 每日
weekly: 每周 每週
hour: 小时 小時 时 時
save: 节省 節省
week: 周 週
government: 政府
ministry: 部 部委
commission: 委员会 委員會 发改委 發改委
regulator: 监管 監管
rule: 规定 規定 规则 規則 政策 条例 條例
policy: 政策
cap: 上限
trial: 试行 試行
period: 期
year: 年
month: 月
three-year: 三年
quarter: 季度 季
half: 半年
first: 首 第一 首批 首台
second: 第二 二期
phase: 期 阶段 階段
deliver: 交付 运抵 運抵 供货 供貨 交货
delivery: 交付 交货 交貨
install: 部署 安装 安裝 建设 建設
deploy: 部署
build: 建设 建設 建 搭建
launch: 发布 發布 推出 上线 上線 启用 啟用 开设 開設 开服 開服
release: 发布 發布 开源 開源 推出
announce: 宣布 发布 發布
open: 开放 開放 上线 上線 开服 開服 启用 啟用 开设 開設
online: 上线 上線 投运 投運 投入使用 投产 投產
operate: 运营 運營 营运 營運 运行 運行 投运 投運
switch: 投运 投運 启用 啟用
sign: 签署 簽署 签订 簽訂 签
complete: 完成 完工 结束 結束
finish: 完成 结束 結束 完工
begin: 开始 開始 开工 開工 开训 開訓 启动 啟動 起
start: 开始 開始 开工 開工 开训 開訓 启动 啟動 起
plan: 计划 計劃 规划 規劃 拟 擬
target: 目标 目標
expect: 预计 預計 预期 預期
require: 要求 须 須 必须 必須
name: 名称 名稱 透露 披露 公布
disclose: 透露 披露 公布 揭露
say: 表示 称 稱 说 說
weed: 淘汰
eliminate: 淘汰 裁
follow: 跟进 跟進 跟随 跟隨
adjust: 调整 調整
lower: 降低 下调 下調 低于 低於
below: 低于 低於
above: 高于 高於 超过 超過
more: 超过 超過 以上 多
less: 低于 低於 不到 少于 少於
record: 历史新高 歷史新高 纪录 紀錄 新高
growth: 增长 增長 成长 成長 增幅
forecast: 预测 預測 估计 估計
annual: 年均 每年 年度
average: 平均
total: 总 總 合计 合計 累计 累計
download: 下载 下載
shipment: 出货 出貨
ship: 出货 出貨 交付
chair: 董事长 董事長
ceo: 首席执行官 首席執行官 CEO
founder: 创始人 創始人
partner: 合伙人 合夥人 合作
analyst: 分析师 分析師
easy: 容易
head: 负责人 負責人
order: 订单 訂單
take: 抢走 搶走 拿走 夺走 奪走
employer: 企业 企業 雇主 公司
graduate: 毕业生 畢業生 人才
recognise: 认可 認可 承认 承認
recognize: 认可 認可 承认 承認
produce: 培养 培養 生产 生產
independent: 第三方 独立 獨立
lab: 实验室 實驗室 机构 機構
confirm: 证实 證實 确认 確認 验证 驗證 复现 復現
test: 测试 測試 自测 自測 验证 驗證
comparison: 对比 對比 比较 比較
full: 满 滿 全部 全
utilisation: 利用率 上架率 使用率
utilization: 利用率 上架率 使用率
supplier: 供应商 供應商 代工厂 代工廠
maker: 厂 廠 厂商 廠商 代工
service: 服务 服務
close: 接近 近 关闭 關閉
nearly: 接近 近 将近 將近
operator: 运营方 運營方 运营商 運營商 运营 運營
publish: 公开 公開 公布 发布 發布 公示
platform: 平台
national: 全国 全國 国家 國家
batch: 批 批次
filing: 备案 備案
market: 市场 市場
factory: 工厂 工廠 制造企业 製造企業 厂 廠
small: 中小 小型
dominate: 站稳 站穩 主导 主導 称霸 稱霸
suit: 适合 適合
suited: 适合 適合
fact: 事实 事實
factual: 事实 事實
question: 问答 問答 问题 問題
answer: 问答 問答 回答
fund: 出资 出資 出资人 出資人
funder: 出资人 出資人 出资方 出資方
client: 委托 委託 委托方 委託方 委托企业 委託企業
regulator: 主管机关 主管機關 主管部门 主管部門
authority: 主管机关 主管機關 主管部门 主管部門
advance: 事先 预先 預先 提前
beforehand: 事先 预先 預先 提前
check: 查核 核查 检查 檢查 审查 審查
verify: 查核 核查 核实 核實 验证 驗證
notify: 申报 申報 通报 通報 报备 報備
report: 申报 申報 上报 上報
subsidy: 补贴 補貼 补助 補助
subsidise: 补贴 補貼 补助 補助
subsidize: 补贴 補貼 补助 補助
scale: 规模 規模
approve: 批准 核准 获批 獲批
sell: 销售 銷售 出售 售卖 售賣
receive: 收到 接收
merger: 合并 合併
merge: 合并 合併
connect: 接入 并网 並網 连接 連接
transfer: 转账 轉帳 转移 轉移
machine: 机器 機器 机台 機台 设备 設備
verify: 核验 核驗
deliver: 交付 交货 交貨
hire: 招聘 聘用 招募
sign: 签署 簽署 签约 簽約
solve: 解决 解決
resolve: 解决 解決
offer: 提供
support: 支持 扶持 配套
expand: 扩容 擴容 扩建 擴建 扩大 擴大 扩张 擴張
fill: 补齐 補齊 填补 填補 补足 補足
quick: 短期 迅速 快速 很快
copy: 复制 複製
ban: 禁止 禁令
restructuring: 重组 重組 转型 轉型
single: 单一 單一
competition: 竞争 競爭
training: 培养 培養
operations: 运维 運維 运营 運營
end: 年底 月底 底前
municipal: 市级 市級 市政
guidance: 引导 引導 指导 指導
enterprise: 企业 企業
based: 基于 基於
delay: 延后 延後 延迟 延遲 推迟 推遲 延期
`;
