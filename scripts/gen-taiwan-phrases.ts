// Generates src/text/data/taiwan-phrases.json, the table that undoes
// Taiwan-phrase conversion (Simplified → Traditional with Taiwan terms, e.g.
// OpenCC s2twp) after the text has been brought back to Simplified characters.
//
//   npx tsx scripts/gen-taiwan-phrases.ts          (writes the JSON)
//   npx tsx scripts/gen-taiwan-phrases.ts --check  (fails if the JSON is stale)
//
// Source: OpenCC's own TWPhrases dictionary as shipped in opencc-js (mainland
// phrase in Traditional characters → Taiwan phrase). Each entry is inverted
// (Taiwan phrase → mainland phrase), both sides brought to Simplified with the
// same opencc-js `tw → cn` converter the runtime uses, then reviewed here:
// KEEP lists Taiwan forms that are also ordinary mainland words (inverting
// them would break genuine text), CHOOSE settles Taiwan forms that come from
// several mainland phrases, EXTRA adds terms other converters produce that
// OpenCC's table lacks, and RULES replace a plain entry where the right
// reading depends on the neighbouring words.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import OpenCC from 'opencc-js';

const OUT = path.resolve(import.meta.dirname, '../src/text/data/taiwan-phrases.json');

/** One context test: a regex the text just before and/or just after the phrase must match. */
interface Context { readonly before?: string; readonly after?: string }
/** A replacement that holds only in some contexts. */
interface Rule {
  readonly from: string;
  readonly to: string;
  readonly when?: readonly Context[];
  readonly unless?: readonly Context[];
  readonly why: string;
}

// ---------------------------------------------------------------------------
// Review. Keys are the Taiwan form in Simplified characters (as the runtime
// sees it after `tw → cn`), values the mainland phrase.

const KEEP: Readonly<Record<string, readonly string[]>> = {
  'also an ordinary mainland word, at least as likely as the inverted reading in news': [
    '序列', '互动式', '模拟', '通道', '核心', '建立', '拨出', '影像', '堆叠', '外接', '存档',
    '复制', '指标', '取样', '外挂', '阵列', '列举', '查询', '宕机', '新增', '简报', '启用', '向量',
    '停用', '预设', '离线', '触控', '变数', '过载', '录影', '截图', '扩音', '单核心', '图示', '桌布',
    '多型', '优先顺序', '冷盘', '泡面', '冰棒', '乳酪', '自闭症', '血红素', '阻断剂', '胰脏', '塑胶',
    '取样率', '乔治亚',
  ],
  'mainland IPO wording: 回拨 is the Hong Kong offer clawback (回拨机制), not 回调': ['回拨'],
  'mainland finance: 布林 is Bollinger (布林带, 布林线)': ['布林'],
  'a Hong Kong place name (狮子山) as often as Sierra Leone': ['狮子山'],
  'part of common Western names (理查德): too risky as 乍得': ['查德'],
  'the character is also in 镏金': ['镏'],
  'mainland 文件 (filings, policy documents) is far more common than 文档, and converters other than OpenCC keep 文件 as is': ['文件'],
};

const CHOOSE: Readonly<Record<string, string>> = {
  超音波: '超声波', SQL隐码攻击: 'SQL注入', 序列埠: '串口', 网际网路: '互联网', 乙太网路: '以太网',
  波克夏海瑟威: '伯克希尔哈撒韦', 波克夏海瑟威公司: '伯克希尔哈撒韦公司', 奥克拉荷马: '俄克拉何马',
  奥克拉荷马城: '俄克拉何马城', 奥克拉荷马州: '俄克拉何马州', 奥克拉荷马市: '俄克拉何马市',
  储存: '存储', 克莱门第: '克莱门蒂', 计程车: '出租车', 原始码: '源代码', 杂凑: '哈希',
  唐氏症: '唐氏综合征', 相簿: '相册', 妥瑞氏症: '抽动秽语综合征', 福斯汽车: '大众汽车',
  黄体素: '黄体酮', 对乙醯胺基酚: '对乙酰氨基酚', 机率: '概率', 心肌梗塞: '心肌梗死',
  快闪记忆体: '闪存', 介面: '接口', 运算元: '操作数', 运算子: '运算符', 副档名: '扩展名',
  检视: '查看', 预设: '默认', 老年失智症: '老年痴呆症', 脑梗塞: '脑梗死', 阿兹海默症: '阿尔茨海默病',
  马凡氏症候群: '马凡综合征', 高阶: '高端', 乔治亚: '格鲁吉亚',
  // 数据源 is OpenCC's entry, but 数据来源 (→ 資料來源 through 数据 → 資料) is the common phrase.
  资料来源: '数据来源',
};

// Written in Taiwan Traditional; the generator brings the key to Simplified.
const EXTRA: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'terms other Taiwan-phrase converters write (seen in converted financial news) that OpenCC s2twp does not': {
    類股: '板块', 智慧型手機: '智能手机', 智慧型: '智能', 全端: '全栈', 建構: '构建',
    報導: '报道', 想像: '想象', 營運商: '运营商', 標竿: '标杆', 那怕: '哪怕', 叢集: '集群',
    高品質發展: '高质量发展', 平行度: '并行度', 平行運算: '并行计算', 平行處理: '并行处理',
  },
  'a converter read 智能机器人 as 智能机 (smartphone) + 器人': { 智慧型手機器人: '智能机器人' },
  'Taiwan financial and tech terms with a fixed mainland counterpart': {
    數位: '数字', 資安: '信息安全', 行動支付: '移动支付', 行動裝置: '移动设备', 權值股: '权重股',
    資通訊: '信息通信', 串流: '流媒体', 社群媒體: '社交媒体', 雲端運算: '云计算', 超級電腦: '超级计算机',
    量子電腦: '量子计算机', 微影: '光刻', 格羅方德: '格芯', 德儀: '德州仪器',
    離岸風電: '海上风电', 碳權: '碳排放权', 新創公司: '初创公司', 新創企業: '初创企业', 筆電: '笔记本电脑',
    系統整合商: '系统集成商',
  },
};

// Context regexes run on the Simplified text: `before` is anchored at the end
// of the text before the phrase, `after` at the start of the text after it.
const NUMBER_BEFORE = '[0-9０-９一二两三四五六七八九十几数多余]';
const MONEY_AFTER = '(?:多|余)?(?:元|美元|港元|港币|日元|日圆|欧元|英镑|人民币|韩元|台币|新台币|美金|卢布)';
const RULES: readonly Rule[] = [
  {
    from: '兆', to: '万亿',
    when: [{ before: NUMBER_BEFORE }, { after: MONEY_AFTER }, { after: '级' }],
    unless: [{ after: '(?:瓦|赫|帕|焦|欧(?!元)|伏|安培|字节|位元组|比特|位元|像素|画素|[bB](?![a-z])|[Hh][Zz]|W|以太|带宽|频宽|宽带|宽频|光纤|网)' }],
    why: '兆 is 10^12 (万亿) after a number or before a currency (1.8兆元, 数兆, 兆级); 兆瓦/兆赫/兆字节 are mega units and 兆 with no number or currency is part of a name or a word (征兆)',
  },
  {
    from: '利多', to: '利好',
    unless: [{ before: '(?:毛|净|纯|盈|获|红|营|福)' }, { after: '[0-9０-９一二三四五六七八九十两百千万亿近约逾超]' }],
    why: 'some converters write 利好 as 利多; 毛利多37亿元 (gross profit up by) is not one',
  },
  {
    from: '处理程序', to: '进程',
    unless: [{ before: '(?:纠纷|投诉|争议|异议|案件|事故|应急|信访|申诉|复议|异常|违约|赔偿|索赔|理赔|申请|数据|资料|信息|资讯|文件|档案|订单|交易|事件)' }, { after: '(?:规定|规则|办法|规范)' }],
    why: 'converters that use Microsoft terminology write 进程 as 處理程序 (IPO進程 → IPO處理程序); a mainland 处理程序 follows the thing handled',
  },
  {
    from: '程序', to: '进程',
    unless: [
      { before: '(?:司法|诉讼|正当|法定|审议|决策|审批|表决|披露|相关|必要|合规|行政|法律|仲裁|破产|清算|听证|简易|普通|特别|报批|执法|规定|内部|民事|刑事|监督|选举|立法|注册|辅导|备案|工作|申请|审查|招股|发行|退市|投诉|处理|操作|标准|一般)' },
      { after: '(?:正义|不正义|员|性|法|上|瑕疵|违法|合法|问题|规定|要求|完备|合规|简便|繁琐|繁复|简化|透明)' },
    ],
    why: 'OpenCC s2twp writes 进程 as 程序 and every mainland 程序 as 程式, so 程序 in such text is 进程 except in procedural phrases (also how Hong Kong and Taiwan texts use 程序)',
  },
  {
    from: '介面', to: '界面',
    when: [{ before: '(?:使用者|用户|人机|操作|图形|交互|互动|可视化|视觉化|软件|软体|网页|游戏|登录|登入|设置|设定|主)' }, { after: '(?:新闻|设计|风格|布局|元素|友好|简洁)' }],
    why: '介面 is both 接口 and 界面: 界面 after user-interface words and in 界面新闻, otherwise 接口 (脑机接口, API接口)',
  },
  { from: '介面', to: '接口', why: 'default reading of 介面 in sci-tech news' },
  {
    from: '智慧', to: '智能',
    when: [
      { before: '(?:人工|具身|生成式|通用|边缘|群体|机器|超级|数据|资料|商业|认知|感知|[A-Za-z])' },
      { after: '(?:手机|终端|制造|驾驶|汽车|网联|机器人|硬件|硬体|家居|家电|穿戴|算力|体|化|计算|芯片|晶片|设备|装置|座舱|客服|语音|音箱|电视|电网|工厂|装备|产品|应用|助手|眼镜|系统|技术|科技|产业|传感|感测|仿生|识别|投顾|摄像|电表|门锁|照明|交互|互动|搜索|搜寻|推荐|写作|编程|程式|问答|决策|调度|排程|型|卡|网)' },
    ],
    why: 'OpenCC writes every 智能 as 智慧; mainland keeps 智慧 for wisdom and city services (智慧城市), so only technology contexts go back to 智能',
  },
  {
    from: '效能', to: '性能',
    unless: [{ before: '(?:治理|行政|服务|管理|监管|资金|政策|运营|营运|体系|整体|组织|财政|审计|执法|机关|政府|政务)' }, { after: '(?:革命|建设|监察|评估|考核|原则|变革)' }],
    why: 'OpenCC writes 性能 as 效能; mainland 效能 belongs to governance wording (治理效能, 资金效能)',
  },
  {
    from: '装置', to: '设备',
    unless: [{ before: '(?:乙烯|丙烯|炼化|炼油|化工|聚合|反应|核|储能|制氢|加氢|裂解|艺术|脱硫|脱硝)' }, { after: '(?:艺术|投用|开车|停车|检修|负荷|满负荷)' }],
    why: 'OpenCC writes 设备 as 装置; mainland 装置 is a chemical or energy plant',
  },
  {
    from: '模组', to: '模块',
    unless: [{ before: '(?:摄像头|摄像|显示|液晶|背光|屏幕|萤幕|触控|指纹|电池|电芯|LCD|OLED|LED|屏|镜头|光学|相机|声学|射频|天线|发射|接收)' }, { after: '(?:厂|厂商|组装|段)' }],
    why: 'OpenCC writes 模块 as 模组 (光模块 → 光模组); mainland keeps 模组 for camera, display, battery and emitter/receiver modules',
  },
  {
    from: '执行', to: '运行',
    when: [
      { before: '(?:稳定|平稳|正常|安全|高效|持续|试|并网|投入|上线|系统|服务器|伺服器|设备|装置|机组|电站|线路|列车|航线|模型|程序|程式|软件|软体|应用|代码|程式码|后台|经济|市场|平台|网络|网路|架构|电网|核电|地铁|高铁|独立|本地|端侧|离线|在线|线上|云端|常态化|稳健)' },
      { after: '(?:效率|成本|质量|数据|资料|状态|维护|管理|稳定|平稳|良好|正常|以来|至今|周期|寿命|里程|速度|环境)' },
    ],
    why: 'OpenCC writes 运行 as 执行, but mainland 执行 is common (执行董事, 执行价); only running-of-systems contexts go back',
  },
  { from: '高阶', to: '高级', when: [{ after: '(?:管理|主管|经理|副总|总监|职位|职务|职称|人才|人员|会员|版本|分析师|工程师|研究员|顾问|合伙人|会计师|经济师|技师|讲师|人民法院|法院|用法|功能|选项|设置|设定|辅助驾驶|驾驶辅助)' }], why: 'job titles (高级副总裁, 高级分析师), 高级人民法院, 高级用法 and ADAS (高级辅助驾驶) are 高级 in mainland wording' },
  { from: '高阶', to: '高阶', when: [{ after: '(?:智驾|智能驾驶|智慧驾驶|自动驾驶)' }], why: '高阶智驾 is mainland wording' },
  { from: '高阶', to: '高端', why: 'default: OpenCC writes both 高端 and 高级 as 高阶; 高端 is the common one in business news' },
  {
    from: '即时', to: '实时',
    unless: [{ after: '(?:零售|配送|物流|消费|满足|通讯|通信|生效|到账|到帐|起)' }],
    why: 'OpenCC writes 实时 as 即时; mainland keeps 即时 in 即时零售, 即时配送, 即时生效',
  },
  ...(['汇入', '汇出'] as const).map((from): Rule => ({
    from, to: from === '汇入' ? '导入' : '导出',
    unless: [
      { before: '(?:资金|款项|款|外汇|美元|港元|人民币|欧元|日元|汇款|境外|海外|账户|帐户|境内|热钱)' },
      { after: '(?:资金|款|账户|帐户|境内|国内|中国|海外|境外)' },
    ],
    why: 'OpenCC writes 导入/导出 as 汇入/汇出; mainland 汇入/汇出 are money transfers',
  })),
  {
    from: '连线', to: '连接',
    unless: [{ before: '(?:视频|视讯|记者|电话|直播|双向|连麦|现场|卫星|越洋)' }, { after: '(?:采访|报道|报导|对话|直播|专访|访谈)' }],
    why: 'OpenCC writes 连接 as 连线; mainland 连线 is a live link in reporting',
  },
  {
    from: '资讯', to: '信息',
    unless: [{ before: '(?:[A-Za-z]|财经|新闻|金融|证券|东方财富|同花顺|万得|巨潮)' }, { after: '(?:网|社|频道|客户端)' }],
    why: 'OpenCC writes 信息 as 资讯; mainland 资讯 remains in news-service names (Wind资讯, 巨潮资讯网)',
  },
  {
    from: '资料', to: '数据',
    unless: [
      { before: '(?:公开|相关|申报|申请|备案|背景|工商|参考|文献|招股|注册|报送|提交|补充|更新|书面|说明|证明|宣传|图片|档案|学习|复习|培训)' },
      { after: '(?:片|馆|室|员|袋|卡|汇编|整理|收集|过期|更新)' },
    ],
    why: 'OpenCC writes 数据 as 资料; mainland 资料 remains for documents and background material (公开资料显示, 申报资料, 财务资料过期)',
  },
  {
    from: '档案', to: '文件',
    unless: [{ before: '(?:人事|健康|信用|诚信|历史|个人|干部|学籍|电子|病历|城建|国家|纸质)' }, { after: '(?:馆|局|室|管理|工作|袋|柜|盒|号)' }],
    why: 'OpenCC writes 文件 as 档案; mainland 档案 is an archive or record',
  },
  {
    from: '通讯', to: '通信',
    unless: [{ after: '(?:社|员|录|作者|地址|稿)' }, { before: '(?:即时|新华|路透|美联|法新|彭博|共同|中央)' }],
    why: 'OpenCC writes 通信 as 通讯; mainland keeps 通讯 in 通讯社, 通讯员, 通讯录, 通讯作者',
  },
  {
    from: '社群', to: '社区',
    unless: [{ before: '(?:私域|粉丝|微信|会员|兴趣|读者|投资者)' }, { after: '(?:运营|营销|电商|经济)' }],
    why: 'OpenCC writes 社区 as 社群; mainland 社群 is a fan or customer group (私域社群, 社群营销)',
  },
  {
    from: '联络', to: '联系',
    unless: [{ after: '(?:员|人|处|部|官|站|点|组|办|函)' }],
    why: 'OpenCC writes 联系 as 联络; mainland keeps 联络 in 联络员, 联络处',
  },
  {
    from: '呼叫', to: '调用',
    unless: [{ after: '(?:中心|器|转移|号码|电话|救援|台)' }, { before: '(?:紧急|一键|语音|视频|视讯|车载|电话)' }],
    why: 'OpenCC writes 调用 as 呼叫 (API呼叫, 呼叫量); mainland 呼叫 is a phone call (呼叫中心)',
  },
  {
    from: '专案', to: '项目',
    unless: [{ after: '(?:组|小组|调查|审计|检查|行动|督查)' }, { before: '(?:成立|公安)' }],
    why: 'OpenCC writes 项目 as 专案; mainland 专案 is a police or audit task force',
  },
  {
    from: '影片', to: '视频',
    unless: [
      { before: '(?:电影|纪录|动画|国产|进口|好莱坞|院线|这部|一部|该部)' },
      { after: '(?:上映|票房|发行|片方|定档|首映|导演|主演|拍摄|引进)' },
    ],
    why: 'OpenCC writes 视频 as 影片; mainland 影片 is a film',
  },
  { from: '分散式', to: '分布式', unless: [{ after: '(?:风电|风力|风能)' }], why: 'OpenCC writes 分布式 as 分散式; 分散式风电 is a mainland term' },
  {
    from: '元件', to: '组件',
    when: [{ before: '(?:光伏|太阳能|电池|双面|单晶|多晶|异质结|TOPCon|HJT|PERC|钙钛矿|薄膜)' }],
    why: 'OpenCC writes 组件 as 元件; solar modules (光伏组件) must go back, electronic 元件 stays',
  },
  { from: '载入', to: '加载', unless: [{ after: '(?:史册|史|历史|吉尼斯)' }], why: 'OpenCC writes 加载 as 载入; 载入史册 is mainland' },
  {
    from: '宣告', to: '声明',
    unless: [
      { after: '(?:破产|失败|成立|无效|结束|终结|终止|进入|退出|死亡|了|着|著|完成|落幕|告终|开启|开始|诞生|到来|回归|一个|一场|这|其|将|该|本轮|正式)' },
      { before: '(?:正式|或|这|即|已|将|被|也|再次|再度|向|并|同时|等于|意味着|无异于)' },
    ],
    why: 'OpenCC writes 声明 as 宣告 (发布声明, 免责声明); mainland 宣告 announces an outcome (宣告破产, 宣告成立, 向市场宣告)',
  },
  {
    from: '整合', to: '集成',
    when: [{ before: '(?:系统|高度|异构|单片|片上|光电|芯片|晶片)' }, { after: '(?:电路|商|度|封装)' }],
    why: 'OpenCC writes 集成 as 整合; mainland 整合 (resource consolidation) is common, so only integration-engineering contexts go back',
  },
  {
    from: '批次', to: '批量',
    when: [{ after: '(?:生产|出货|供货|交付|采购|应用|化|订单|导入|汇入|部署|产出|制造|供应|销售|复制)' }],
    why: 'OpenCC writes 批量 as 批次; mainland 批次 (分批次) stays, 批量生产/出货 go back',
  },
  {
    from: '高品质', to: '高质量',
    when: [{ after: '(?:发展|增长|建设|就业|共建|推进|转型|完成|推动)' }],
    why: 'some converters write 高质量发展 as 高品質發展; mainland 高品质 stays for products',
  },
  {
    from: '线上', to: '在线',
    when: [{ after: '(?:发表|教育|医疗|问诊|旅游|客服|课程|学习)' }],
    why: 'OpenCC writes 在线 as 线上, but mainland 线上 is common (线上线下); only fixed 在线 phrases go back',
  },
  {
    from: '营运', to: '运营',
    when: [{ after: '(?:商|管理|模式|团队|主体|中心|方|成本|效率|数据|平台|服务)' }],
    why: 'converters write 运营 as 营运; mainland accounting keeps 营运资金, 营运能力',
  },
  {
    from: '平行', to: '并行',
    when: [{ after: '(?:度|计算|处理|运算|推进|训练|任务|化)' }, { before: '(?:双线|多线|多路|多核|大规模)' }],
    why: 'converters write 并行 as 平行; mainland 平行 stays (平行进口)',
  },
  {
    from: '互动', to: '交互',
    when: [{ before: '(?:人机|多模态|语音|自然|手势|实时|即时|沉浸式)' }, { after: '(?:界面|介面|设计|体验|方式|技术|能力|式)' }],
    why: 'OpenCC writes 交互 as 互动; mainland 互动 is common (投资者互动平台), so only interaction-design contexts go back',
  },
  {
    from: '设定', to: '设置',
    when: [{ after: '(?:了|专门|门槛|条款|机构|岗位|部门|专区|专项)' }, { before: '(?:合理|科学|机构|岗位|单独)' }],
    why: 'OpenCC writes 设置 as 设定; mainland 设定 (设定目标) is common, so only set-up contexts go back',
  },
  {
    from: '开启', to: '打开',
    when: [{ after: '了?(?:空间|市场|局面|天花板|大门|缺口|想象空间|想像空间|上升通道|增长空间|成长空间)' }],
    why: 'OpenCC writes 打开 as 开启; mainland 开启 is common (开启新篇章), only opening-up idioms go back',
  },
  {
    from: '区域性', to: '局部',
    when: [{ after: '(?:地区|战争|冲突|调整|反弹|行情|回暖|过热|放松|疫情|出现)' }],
    why: 'OpenCC writes 局部 as 区域性; mainland 区域性 (区域性银行) stays',
  },
  {
    from: '影像', to: '图像',
    when: [{ after: '(?:识别|处理|生成|算法|演算法|分割|分类|理解|编辑|压缩|增强|检索|大模型|模型)' }],
    why: 'OpenCC writes 图像 as 影像; mainland 影像 stays for imaging (医学影像), 图像识别/处理/生成 go back',
  },
  { from: '模拟', to: '仿真', when: [{ after: '(?:软件|软体)' }], why: 'OpenCC writes 仿真 as 模拟; 仿真软件 is the mainland term, 模拟 (模拟芯片) otherwise stays' },
  {
    from: '启用', to: '激活',
    when: [{ after: '(?:市场|消费|活力|存量|需求|内需|潜力|动能|创新|资本|经济|用户|使用者)' }],
    why: 'OpenCC writes 激活 as 启用; mainland business wording 激活市场/消费 goes back, 启用 (正式启用) stays',
  },
  { from: '传送', to: '发送', unless: [{ after: '(?:带|门|机)' }], why: 'OpenCC writes 发送 as 传送; 传送带 stays' },
  {
    from: '埠', to: '端口',
    unless: [{ before: '(?:开|商|本|外|通|口)' }, { after: '(?:头|际)' }],
    why: 'OpenCC writes 端口 as 埠; 开埠, 商埠 are mainland words',
  },
];

// ---------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const dictPath = require.resolve('opencc-js/dict/TWPhrases');
const raw = readFileSync(dictPath, 'utf8');
const body = /export default "([^"]*)"/.exec(raw)?.[1];
if (!body) throw new Error(`cannot read the TWPhrases dictionary in ${dictPath}`);
// The package's exports map hides package.json: find it from the dictionary's own path.
const version = JSON.parse(readFileSync(path.resolve(path.dirname(dictPath), '../../../package.json'), 'utf8')).version as string;

// The runtime converts Taiwan text with `tw → cn` before the table applies: keys must be made the same way.
const taiwanToHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
const tradToHans = OpenCC.Converter({ from: 't', to: 'cn' });

const candidates = new Map<string, Set<string>>();
const protect = new Set<string>();
for (const entry of body.split('|')) {
  const [mainland, taiwan] = entry.split(' ');
  const key = taiwanToHans(taiwan);
  const value = tradToHans(mainland);
  // OpenCC's identity entries keep a mainland phrase whole; they guard the same text on the way back.
  if (mainland === taiwan || key === value) { protect.add(key); continue; }
  if (!candidates.has(key)) candidates.set(key, new Set());
  candidates.get(key)!.add(value);
}

const kept: Record<string, string> = {};
for (const [why, keys] of Object.entries(KEEP)) for (const k of keys) kept[k] = why;

const phrases: Record<string, string> = {};
const problems: string[] = [];
for (const [key, values] of candidates) {
  if (key in kept) continue;
  if (values.size > 1 && !(key in CHOOSE)) problems.push(`${key} comes from ${[...values].join('/')}: add it to CHOOSE`);
  phrases[key] = CHOOSE[key] ?? [...values][0];
}
for (const key of Object.keys(CHOOSE)) if (!candidates.has(key) && !(key in kept)) problems.push(`CHOOSE ${key} is not in TWPhrases`);
for (const key of Object.keys(kept)) if (!candidates.has(key)) problems.push(`KEEP ${key} is not in TWPhrases`);

const extraWhy: Record<string, string> = {};
for (const [why, entries] of Object.entries(EXTRA)) {
  for (const [taiwan, mainland] of Object.entries(entries)) {
    const key = taiwanToHans(taiwan);
    phrases[key] = mainland;
    extraWhy[key] = why;
  }
}

const rules = RULES.map((r) => {
  if (taiwanToHans(r.from) !== r.from) problems.push(`rule ${r.from} is not in the Simplified form the runtime sees (${taiwanToHans(r.from)})`);
  for (const c of [...(r.when ?? []), ...(r.unless ?? [])]) for (const re of [c.before, c.after]) if (re !== undefined) new RegExp(re);
  delete phrases[r.from];
  return r;
});
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }

const keys = [...Object.keys(phrases), ...rules.map((r) => r.from)];
const containsKey = (p: string) => keys.some((k) => p.includes(k));
const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const table = {
  _source: `Inverted from OpenCC's TWPhrases dictionary (opencc-js ${version}, dist/esm-lib/dict/TWPhrases.js), both sides brought to Simplified with opencc-js (Taiwan side: tw → cn, as at run time; mainland side: t → cn), then reviewed in scripts/gen-taiwan-phrases.ts; 'extra' entries and 'rules' are written for kechuang from Taiwan-phrase conversions of financial news.`,
  _why: 'News converted Simplified → Traditional with Taiwan phrases (OpenCC s2twp and similar) rewrites mainland terms (进程 → 程序/處理程序, 主板 → 主機板, 脑机接口 → 腦機介面, 板块 → 類股, 万亿 → 兆). After `tw → cn` brings the characters back, this table brings the terms back: longest match wins; a phrase in `rules` applies its first alternative whose context holds and otherwise stays as written; `protect` phrases stay as written so that shorter keys inside them do not fire.',
  _generatedBy: 'scripts/gen-taiwan-phrases.ts (do not edit by hand: change the review there and run it)',
  phrases: sorted(phrases),
  rules,
  // Only an identity that contains a key guards anything on the way back.
  protect: [...protect].filter((p) => !(p in phrases) && !rules.some((r) => r.from === p) && containsKey(p)).sort(),
  kept: sorted(kept),
  extra: sorted(extraWhy),
};
const json = JSON.stringify(table, null, 1) + '\n';
if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== json) { console.error(`${OUT} is stale: run npx tsx scripts/gen-taiwan-phrases.ts`); process.exit(1); }
  console.log('taiwan-phrases.json is up to date');
} else {
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT}: ${Object.keys(phrases).length} phrases, ${rules.length} rules, ${table.protect.length} protected, ${Object.keys(kept).length} kept`);
}
