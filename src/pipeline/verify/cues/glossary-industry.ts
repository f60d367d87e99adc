/** English → Chinese terms of the newsroom's beats (compute, chips, energy, money), for claims citing Chinese sources. */

/**
 * One line per English word: the word, a colon, then Chinese renderings (simplified and traditional)
 * separated by spaces. A term of an English claim counts as present in a Chinese sentence when any
 * rendering appears in it. Words are matched after stemming, so list the base form.
 */
export const INDUSTRY_GLOSSARY = `
accelerator: 加速器 加速卡 芯片 晶片
chip: 芯片 晶片 加速器 加速卡 晶粒 颗 顆
gpu: GPU 显卡 顯卡 加速卡
card: 卡
cluster: 集群 叢集
server: 服务器 伺服器 整机柜 整機櫃
rack: 机柜 機櫃
cloud: 云 雲
region: 区域 區域 地区 地區
zone: 可用区 可用區 区 區
datacentre: 数据中心 資料中心 机房 機房 智算中心
data: 数据 資料
centre: 中心 数据中心 資料中心
computing: 算力 计算 計算 智算
compute: 算力 计算 計算 智算
capacity: 容量 产能 產能 算力 规模 規模
inference: 推理
training: 训练 訓練 培训 培訓 實操 实操 开训 開訓 上课 上課 课程 課程
model: 模型
agent: 智能体 智能體 代理
scheduling: 排产 排產 调度 調度 排程
token: token
context: 上下文
parameter: 参数 參數
weight: 权重 權重
open-weight: 开源 開源 开放权重 開放權重
open-source: 开源 開源
benchmark: 基准 基準 测试 測試 榜单
storage: 存储 儲存 存放
archive: 归档 歸檔
cold: 冷
memory: 内存 記憶體 存储 HBM
wafer: 晶圆 晶圓 片
foundry: 晶圆厂 晶圓廠 代工 晶圆代工 晶圓代工
fab: 晶圆厂 晶圓廠 厂 廠 产线 產線
packaging: 封装 封裝
line: 产线 產線 线 線
lithography: 光刻 微影
scanner: 光刻机 光刻機
tool: 工具 设备 設備
equipment: 设备 設備
yield: 良率
production: 量产 量產 生产 生產 投产 投產
mass: 量产 量產 规模 規模
volume: 量产 量產 批量 规模 規模
sample: 样品 樣品 送样 驗證
validation: 验证 驗證
process: 工艺 製程 制程 工序
node: 节点 節點 制程 製程 纳米 奈米
advanced: 先进 先進
extend: 延伸 扩展 擴展
pattern: 曝光
patterning: 曝光
power: 电 電 电力 電力 用电 用電 供电 供電 功耗 电价 電價
electricity: 电 電 电力 電力 用电 用電
grid: 电网 電網 电源 電源
load: 负载 負載 负荷 負荷
peak: 尖峰 高峰 峰值
substation: 变电所 變電所 变电站 變電站
transmission: 输电 輸電
wind: 风电 風電 风光 風光
solar: 光伏 太阳能 太陽能 风光 風光
green: 绿电 綠電 绿色 綠色
renewable: 再生能源 新能源 绿电 綠電 风光 風光
battery: 储能 儲能 电池 電池
price: 价格 價格 价 價 电价 電價 单价 單價 定价 定價 收费 收費
cost: 成本 费用 費用 投资 投資 电费 電費
cut: 下调 下調 降价 降價 削减 削減 降低 裁 缩短 縮短 减少 減少
raise: 上调 上調 涨价 漲價 提高 提升 融资 融資 募资 募資 募集
increase: 上涨 上漲 增加 提高 提升 增长 增長 扩大 擴大 上修
revenue: 营收 營收 收入
loss: 亏损 虧損
profit: 利润 利潤 盈利 毛利
margin: 毛利率 毛利
valuation: 估值
value: 估值 价值 價值
round: 轮 輪 融资 融資
funding: 融资 融資 资金 資金 募集 募资 募資
fund: 基金 资金 資金
invest: 投资 投資 投入 领投 領投
investment: 投资 投資 投入
investor: 投资人 投資人 投资者 投資者 资本 資本
lead: 领投 領投 牵头 牽頭
ipo: 上市 IPO 递表 遞表
listing: 上市 挂牌 掛牌
exchange: 交易所 港交所
share: 股 持股 股价 股價 份额 份額
stake: 持股 股份
venture: 合资 合資
joint: 合资 合資 联合 聯合
acquire: 收购 收購
acquisition: 收购 收購
deal: 交易 协议 協議 合同 合约 合約
contract: 合同 合约 合約 协议 協議 长协 長協
agreement: 协议 協議 合同 合约 合約
lease: 租赁 租賃 租用
rent: 租赁 租賃 租用 出租
customer: 客户 客戶 用户 用戶
client: 客户 客戶
supplier: 供应商 供應商 供应 供應
supply: 供应 供應 供货 供貨
export: 出口
control: 管制 控制
licence: 许可 許可 牌照 授权 授權 协议 協議
license: 许可 許可 牌照 授权 授權 协议 協議
api: API 接口 调用 調用
subscription: 订阅 訂閱
discount: 折扣 优惠 優惠
tariff: 电价 電價 费率 費率 关税 關稅
yuan: 元
dollar: 美元
`;
