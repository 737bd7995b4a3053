package org.techmarket.listing;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.techmarket.common.AuditTrail;
import org.techmarket.account.AccountDemoData;
import org.techmarket.account.AccountService;
import org.techmarket.account.Organisation;
import org.techmarket.account.OrganisationService;
import org.techmarket.common.Caller;
import org.techmarket.common.DemoCalendar;
import org.techmarket.common.TechMarketConfig;

/**
 * Thirty technology results and nineteen needs in the spirit of the Lanzhou market, written for this
 * project, each posted on its day of the year (more in the recent months), and a few inquiries (咨询)
 * about them. Loaded once, after the demo accounts, when demo data is on. Demo-only: the records are
 * made through the services, then moved to their story days by SQL ({@link #backdate}).
 */
@ApplicationScoped
public class ListingDemoData {

    private static final Logger LOG = Logger.getLogger(ListingDemoData.class);
    private static final long WAN = 1_000_000L;

    @Inject
    TechMarketConfig config;

    @Inject
    ListingRepository listings;

    @Inject
    ListingService service;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    InquiryService inquiries;

    @Inject
    EntityManager em;

    private record Result(int postedDaysAgo, String org, String title, String summary, String detail, TechField field, String keywords,
            int trl, Long priceWan, String region, TransferMode... modes) {
    }

    private record Need(int postedDaysAgo, String org, String title, String detail, TechField field, String keywords, int trl,
            Long budgetMinWan, Long budgetMaxWan, String region, TransferMode... modes) {
    }

    private static final List<Result> RESULTS = List.of(
            new Result(318, AccountDemoData.LZU, "高通量抗污染纳滤膜制备技术", "以界面聚合法制备聚酰胺纳滤膜，通量较商用膜提高约40%，对苦咸水中二价离子截留率超过97%。",
                    "采用新型水相单体与纳米填料共混，在聚砜基膜表面原位生成超薄分离层。膜片已完成中试，连续运行2000小时性能稳定，适用于苦咸水淡化、工业废水回用和饮用水深度处理。可提供工艺包与技术培训。",
                    TechField.RESOURCES_ENVIRONMENT, "纳滤膜,界面聚合,苦咸水,水处理", 6, 300L, "620102", TransferMode.LICENSE, TransferMode.JOINT_DEVELOPMENT),
            new Result(50, AccountDemoData.IMP, "医用重离子治疗装置束流配送技术", "面向肿瘤重离子治疗的束流扫描与剂量实时监测系统，定位精度优于0.5毫米。",
                    "基于加速器束流调控经验，研制了点扫描束流配送、剂量监测与联锁保护系统，已在国产重离子治疗装置上应用。欢迎医疗设备企业合作开发小型化治疗装置及配套软件。",
                    TechField.BIO_MEDICINE, "重离子治疗,束流配送,剂量监测,肿瘤", 7, null, "620102", TransferMode.JOINT_DEVELOPMENT, TransferMode.TECH_SERVICE),
            new Result(240, AccountDemoData.LZU, "介入式人工心脏瓣膜抗钙化处理工艺", "生物瓣膜材料的抗钙化交联处理工艺，动物实验显示钙化程度降低60%以上。",
                    "针对牛心包和猪心包生物材料，采用多步交联与残余醛基封闭工艺，显著提升瓣膜耐久性。已申请发明专利2项，可与医疗器械企业合作推进注册检验。",
                    TechField.BIO_MEDICINE, "人工心脏瓣膜,抗钙化,生物材料,介入", 5, 800L, "620102", TransferMode.LICENSE, TransferMode.EQUITY),
            new Result(38, AccountDemoData.GSAAS, "牛羊口蹄疫二价灭活疫苗佐剂", "新型水包油佐剂，可使疫苗免疫持续期延长至9个月，注射部位反应轻。",
                    "佐剂以可代谢油相为主，稳定性好，2–8℃保存18个月无分层。适用于牛羊多价灭活疫苗，已完成田间安全性试验，可转让给具备兽用生物制品生产资质的企业。",
                    TechField.BIO_MEDICINE, "动物疫苗,佐剂,口蹄疫,兽用生物制品", 6, 450L, "620105", TransferMode.TRANSFER, TransferMode.LICENSE),
            new Result(232, AccountDemoData.LZU, "稀土掺杂长余辉发光材料", "铕、镝共掺铝酸锶长余辉材料，余辉时间超过12小时，耐水性显著改善。",
                    "通过表面包覆与低温固相合成，解决了传统长余辉粉遇水分解问题，可用于消防应急标识、夜光涂料与道路标线。已建成年产5吨中试线。",
                    TechField.NEW_MATERIALS, "稀土,长余辉,发光材料,铝酸锶", 7, 120L, "620102", TransferMode.TRANSFER, TransferMode.LICENSE),
            new Result(150, AccountDemoData.IMP, "月球样品真空封装与转移容器", "满足月壤样品超高真空密封和惰性气体转移的封装容器与操作工艺。",
                    "容器采用金属密封与冗余阀门设计，漏率低于1×10⁻⁹ Pa·m³/s，配套手套箱转移工艺可保证样品不接触地球大气。可推广用于其他高活性、易氧化材料的封装与运输。",
                    TechField.AEROSPACE, "月球样品,真空封装,密封,航天", 8, null, "620102", TransferMode.TECH_SERVICE, TransferMode.JOINT_DEVELOPMENT),
            new Result(165, AccountDemoData.GSAAS, "当归、党参优质种苗繁育技术", "道地中药材当归、党参的种子处理与育苗技术，出苗率提高25%，抽薹率低于10%。",
                    "集成种子包衣、拱棚育苗与水肥一体化管理，形成适合定西、陇南高寒阴湿区的标准化育苗规程。可为合作社和中药材企业提供技术培训与基地指导。",
                    TechField.RESOURCES_ENVIRONMENT, "中药材,当归,党参,种苗繁育", 8, 30L, "621102", TransferMode.TECH_SERVICE, TransferMode.LICENSE),
            new Result(190, AccountDemoData.LUT, "光伏组件清洗机器人", "适用于戈壁大型光伏电站的无水清洗机器人，单台日清洗面积3000平方米。",
                    "采用自主导航与跨排转运设计，毛刷与风刀组合实现无水除尘，发电效率提升5%–8%。已在河西走廊光伏电站试运行一年。",
                    TechField.NEW_ENERGY, "光伏,清洗机器人,新能源,运维", 7, 260L, "620105", TransferMode.LICENSE, TransferMode.JOINT_DEVELOPMENT),
            new Result(128, AccountDemoData.LUT, "石油钻井PDC钻头复合片焊接工艺", "PDC复合片真空钎焊工艺，焊缝剪切强度提高30%，钻头寿命明显延长。",
                    "优化钎料成分与温度曲线，降低焊接热应力，适用于各类PDC钻头的制造与修复。可提供工艺文件、设备选型与现场调试服务。",
                    TechField.ADVANCED_MANUFACTURING, "PDC,钻头,钎焊,石油装备", 7, 150L, "620105", TransferMode.TRANSFER, TransferMode.TECH_SERVICE),
            new Result(95, AccountDemoData.LZU, "5G基站用低损耗微波介质陶瓷", "介电常数20–45系列微波介质陶瓷，Q×f值超过80000 GHz，适用于5G滤波器。",
                    "通过离子置换调控温度系数，材料烧结温度低、批次一致性好，已通过下游滤波器厂商验证。可合作建设粉体与器件生产线。",
                    TechField.ELECTRONIC_INFORMATION, "5G,微波介质陶瓷,滤波器,电子材料", 6, 500L, "620102", TransferMode.LICENSE, TransferMode.EQUITY),
            new Result(220, AccountDemoData.IMP, "离子束辐照育种技术", "利用重离子束辐照诱变，选育耐旱、早熟农作物和微生物新品种。",
                    "已育成春小麦、甜高粱等新品种十余个，并用于工业微生物菌种改良。可为种业企业和发酵企业提供辐照诱变与筛选服务。",
                    TechField.RESOURCES_ENVIRONMENT, "离子束,辐照育种,诱变,新品种", 8, 50L, "620102", TransferMode.TECH_SERVICE),
            new Result(112, AccountDemoData.LUT, "高温合金叶片数控磨削工艺与装备", "面向航空发动机涡轮叶片的五轴数控磨削工艺，型面精度达0.01毫米。",
                    "开发了专用砂轮修整与在线测量系统，加工效率较传统工艺提高一倍，可用于航空发动机和燃气轮机叶片制造。",
                    TechField.ADVANCED_MANUFACTURING, "数控磨削,叶片,高温合金,航空发动机", 6, 900L, "620105", TransferMode.JOINT_DEVELOPMENT, TransferMode.LICENSE),
            new Result(80, AccountDemoData.LZU, "锂离子电池硅碳负极材料", "纳米硅与多孔碳复合负极，首次库伦效率88%，比容量超过1000 mAh/g。",
                    "采用喷雾干燥与化学气相沉积包覆，缓解硅体积膨胀，循环500次容量保持率85%。适合动力电池与储能电池企业中试放大。",
                    TechField.NEW_ENERGY, "锂电池,硅碳负极,储能,新能源", 5, 600L, "620102", TransferMode.LICENSE, TransferMode.EQUITY),
            new Result(75, AccountDemoData.GSAAS, "马铃薯脱毒种薯快繁技术", "茎尖脱毒结合雾培生产原原种，单株结薯数提高3倍。",
                    "形成从脱毒苗到原原种、原种的三级繁育体系，适用于甘肃定西等马铃薯主产区。可提供种薯生产技术服务与质量检测。",
                    TechField.RESOURCES_ENVIRONMENT, "马铃薯,脱毒种薯,雾培,种业", 9, 20L, "621102", TransferMode.TECH_SERVICE),
            new Result(70, AccountDemoData.LZU, "黄河上游水质智能监测系统", "基于物联网的多参数水质在线监测与预警平台，支持无人值守站点。",
                    "集成浊度、溶解氧、氨氮等传感器和边缘计算网关，数据实时上传云平台并自动预警。已在黄河兰州段部署20个站点。",
                    TechField.ELECTRONIC_INFORMATION, "水质监测,物联网,黄河,预警", 8, 80L, "620102", TransferMode.LICENSE, TransferMode.TECH_SERVICE),
            new Result(290, AccountDemoData.LUT, "风电齿轮箱故障诊断算法", "基于振动信号深度学习的风电机组齿轮箱早期故障诊断方法，准确率95%。",
                    "可识别齿面点蚀、断齿和轴承磨损等故障，提前两周预警。提供算法授权与系统集成服务。",
                    TechField.NEW_ENERGY, "风电,故障诊断,深度学习,齿轮箱", 6, 100L, "620105", TransferMode.LICENSE),
            new Result(285, AccountDemoData.IMP, "核孔膜制备技术", "重离子径迹蚀刻核孔膜，孔径0.1–10微米可控，孔径分布均匀。",
                    "核孔膜可用于血液过滤、细胞培养和精密过滤。已建成连续辐照与蚀刻生产线，寻求医疗耗材企业合作。",
                    TechField.NEW_MATERIALS, "核孔膜,径迹蚀刻,过滤,医用耗材", 7, null, "620102", TransferMode.JOINT_DEVELOPMENT, TransferMode.EQUITY),
            new Result(58, AccountDemoData.LZU, "沙漠化土地生态修复固沙材料", "可降解高分子固沙剂，喷洒后形成结皮，抗风蚀能力提高80%。",
                    "材料对植物无毒害，与草方格、灌木种植配合使用，适用于河西走廊与腾格里沙漠边缘的防沙治沙工程。",
                    TechField.RESOURCES_ENVIRONMENT, "固沙,生态修复,防沙治沙,高分子", 7, 200L, "620102", TransferMode.TRANSFER, TransferMode.TECH_SERVICE),
            new Result(176, AccountDemoData.GSAAS, "高原夏菜绿色防控技术", "以生物农药和物理诱控为主的蔬菜病虫害绿色防控方案，化学农药用量减少50%。",
                    "适用于兰州、定西等地高原夏菜基地，配套田间监测与预警系统，帮助企业满足出口蔬菜农残标准。",
                    TechField.RESOURCES_ENVIRONMENT, "高原夏菜,绿色防控,生物农药,蔬菜", 9, 15L, "620100", TransferMode.TECH_SERVICE),
            new Result(248, AccountDemoData.LUT, "工业机器人视觉引导焊接系统", "三维视觉识别焊缝并自动规划轨迹，适用于小批量多品种钢结构焊接。",
                    "系统免示教编程，换型时间由数小时缩短到十分钟以内，已在钢结构和工程机械企业应用。",
                    TechField.ADVANCED_MANUFACTURING, "工业机器人,视觉引导,焊接,智能制造", 7, 180L, "620105", TransferMode.LICENSE, TransferMode.TECH_SERVICE),
            new Result(125, AccountDemoData.LZU, "中药材当归有效成分提取纯化工艺", "当归挥发油与阿魏酸联产工艺，收率提高20%，溶剂可循环使用。",
                    "采用超临界二氧化碳萃取与大孔树脂纯化组合工艺，产品可用于中药制剂、保健食品和化妆品原料。",
                    TechField.BIO_MEDICINE, "当归,中药材,提取纯化,阿魏酸", 6, 120L, "620102", TransferMode.TRANSFER, TransferMode.LICENSE),
            new Result(45, AccountDemoData.IMP, "碳化硅功率器件辐照加固技术", "提高碳化硅功率器件抗单粒子效应能力的工艺方法，适用于航天电源。",
                    "结合重离子辐照试验平台，提供器件抗辐照设计、工艺加固与评估测试的一体化服务。",
                    TechField.ELECTRONIC_INFORMATION, "碳化硅,功率器件,抗辐照,芯片", 5, null, "620102", TransferMode.TECH_SERVICE, TransferMode.JOINT_DEVELOPMENT),
            new Result(135, AccountDemoData.LUT, "镁合金轻量化汽车零部件挤压成形", "高强韧镁合金型材挤压工艺，零件减重30%，满足汽车碰撞要求。",
                    "开发了专用合金成分与模具，适用于座椅骨架、仪表板横梁等部件，可与汽车零部件企业联合开发。",
                    TechField.NEW_MATERIALS, "镁合金,轻量化,挤压成形,汽车零部件", 6, 350L, "620105", TransferMode.JOINT_DEVELOPMENT),
            new Result(160, AccountDemoData.LZU, "基于北斗的滑坡地质灾害监测预警", "北斗高精度定位结合雨量与裂缝监测，实现滑坡毫米级形变预警。",
                    "已在甘南、陇南山区部署百余个监测点，预警平台支持短信与广播联动，适用于交通、水利与国土部门。",
                    TechField.ELECTRONIC_INFORMATION, "北斗,滑坡,地质灾害,监测预警", 8, 90L, "620102", TransferMode.TECH_SERVICE, TransferMode.LICENSE),
            new Result(100, AccountDemoData.GSAAS, "旱作农业全膜双垄沟播技术", "全膜覆盖双垄集雨沟播，玉米增产20%以上，适用于年降水300毫米地区。",
                    "配套专用覆膜机械与残膜回收措施，已在甘肃中东部旱作区大面积推广，可为其他干旱半干旱地区提供技术服务。",
                    TechField.RESOURCES_ENVIRONMENT, "旱作农业,全膜双垄沟播,集雨,玉米", 9, null, "620105", TransferMode.TECH_SERVICE),
            new Result(30, AccountDemoData.LUT, "氢燃料电池双极板精密冲压", "超薄不锈钢双极板精密冲压与涂层工艺，接触电阻低、耐腐蚀。",
                    "形成流场设计、冲压、焊接与涂层的完整工艺链，适用于车用氢燃料电池电堆制造。",
                    TechField.NEW_ENERGY, "氢燃料电池,双极板,精密冲压,新能源汽车", 5, 400L, "620105", TransferMode.LICENSE, TransferMode.JOINT_DEVELOPMENT),
            new Result(20, AccountDemoData.LZU, "数字经济场景下的农产品溯源区块链平台", "基于区块链的农产品生产、加工、流通全过程溯源系统。",
                    "支持一物一码、多方上链与消费者扫码查询，已服务于苹果、花椒等地理标志农产品，帮助企业提升品牌价值。",
                    TechField.HIGH_TECH_SERVICES, "数字经济,区块链,溯源,农产品", 8, 60L, "620102", TransferMode.LICENSE, TransferMode.TECH_SERVICE),
            new Result(12, AccountDemoData.IMP, "放射性废物固化处理材料", "适用于中低放废物的新型地质聚合物固化材料，浸出率低于国家标准一个数量级。",
                    "材料制备工艺简单、成本低，可用于核电站、核技术利用单位的放射性废物整备。",
                    TechField.RESOURCES_ENVIRONMENT, "放射性废物,固化,地质聚合物,核环保", 5, null, "620102", TransferMode.JOINT_DEVELOPMENT),
            new Result(266, AccountDemoData.LUT, "工业余热有机朗肯循环发电装置", "回收80–200℃低温余热发电，单机功率50–500千瓦。",
                    "采用自主设计的膨胀机与换热器，适用于钢铁、水泥、化工企业余热利用，投资回收期约3年。",
                    TechField.NEW_ENERGY, "余热发电,有机朗肯循环,节能,低温余热", 7, 550L, "620105", TransferMode.TRANSFER, TransferMode.LICENSE),
            new Result(6, AccountDemoData.LZU, "智慧医疗影像辅助诊断软件", "基于深度学习的肺结节CT影像辅助诊断系统，敏感度96%。",
                    "支持结节检出、良恶性评估与随访对比，可与医院信息系统对接，寻求医疗信息化企业合作申报医疗器械注册证。",
                    TechField.ELECTRONIC_INFORMATION, "人工智能,医学影像,肺结节,辅助诊断", 6, 700L, "620102", TransferMode.LICENSE, TransferMode.EQUITY));

    private static final List<Need> NEEDS = List.of(
            new Need(262, AccountDemoData.MEMBRANE, "工业高盐废水零排放膜处理工艺", "我公司承接煤化工高盐废水处理项目，需要耐污染、耐高压的纳滤膜及分盐工艺，实现氯化钠与硫酸钠分质结晶，希望与高校合作开发并中试验证。",
                    TechField.RESOURCES_ENVIRONMENT, "纳滤膜,高盐废水,零排放,分盐", 6, 100L, 500L, "620104", TransferMode.JOINT_DEVELOPMENT, TransferMode.LICENSE),
            new Need(196, AccountDemoData.MEMBRANE, "反渗透膜元件自动卷制设备", "需要反渗透和纳滤膜元件的自动卷制与检测设备，提升产品一致性，年产能目标20万支。",
                    TechField.ADVANCED_MANUFACTURING, "膜元件,自动卷制,反渗透,装备", 7, 200L, 400L, "620104", TransferMode.TRANSFER, TransferMode.JOINT_DEVELOPMENT),
            new Need(296, AccountDemoData.MACHINE, "数控机床主轴热变形补偿技术", "我公司生产精密数控机床，主轴热变形影响加工精度，需要热误差建模与实时补偿方案，可嵌入现有数控系统。",
                    TechField.ADVANCED_MANUFACTURING, "数控机床,热变形,误差补偿,主轴", 6, 50L, 150L, "620502", TransferMode.JOINT_DEVELOPMENT, TransferMode.LICENSE),
            new Need(140, AccountDemoData.MACHINE, "机床远程运维与预测性维护平台", "希望为售出的机床提供远程监控、故障诊断与预测性维护服务，寻求工业互联网平台和故障诊断算法合作方。",
                    TechField.ELECTRONIC_INFORMATION, "预测性维护,工业互联网,故障诊断,机床", 6, 80L, 200L, "620502", TransferMode.TECH_SERVICE, TransferMode.JOINT_DEVELOPMENT),
            new Need(105, AccountDemoData.MACHINE, "高速电主轴轴承国产化", "需要适用于每分钟两万转以上电主轴的陶瓷球轴承国产替代方案，要求寿命不低于进口产品。",
                    TechField.NEW_MATERIALS, "电主轴,陶瓷轴承,国产化,高速", 5, 300L, 800L, "620502", TransferMode.JOINT_DEVELOPMENT),
            new Need(9, AccountDemoData.HERB, "当归、黄芪等中药材产地初加工技术", "合作社种植当归、黄芪三千亩，需要产地趁鲜切制与低温干燥技术，减少硫熏，提高药材等级。",
                    TechField.BIO_MEDICINE, "中药材,初加工,当归,黄芪,干燥", 7, 20L, 80L, "621102", TransferMode.TECH_SERVICE, TransferMode.TRANSFER),
            new Need(4, AccountDemoData.HERB, "中药材种苗病害快速检测", "需要针对当归麻口病、根腐病的快速检测方法与试剂，用于种苗出圃检验。",
                    TechField.BIO_MEDICINE, "中药材,病害检测,当归,种苗", 6, 10L, 50L, "621102", TransferMode.TECH_SERVICE),
            new Need(66, AccountDemoData.MEMBRANE, "膜材料表面抗菌改性技术", "饮用水净化膜在使用中易滋生细菌，需要安全、持久的膜表面抗菌改性方法，符合涉水产品卫生要求。",
                    TechField.NEW_MATERIALS, "抗菌,膜材料,表面改性,饮用水", 5, 50L, 120L, "620104", TransferMode.LICENSE, TransferMode.JOINT_DEVELOPMENT),
            new Need(200, AccountDemoData.MACHINE, "机器人自动上下料单元集成", "为数控车床产线配置机器人自动上下料单元，需要视觉定位和柔性夹具，兼容多种盘类零件。",
                    TechField.ADVANCED_MANUFACTURING, "工业机器人,上下料,视觉定位,智能制造", 7, 60L, 120L, "620502", TransferMode.TECH_SERVICE, TransferMode.TRANSFER),
            new Need(170, AccountDemoData.MEMBRANE, "光伏电站清洗废水回用方案", "承接河西地区光伏电站运维，需要清洗废水的低成本回用技术，减少用水量。",
                    TechField.NEW_ENERGY, "光伏,清洗,废水回用,节水", 6, 30L, 100L, "620104", TransferMode.TECH_SERVICE),
            new Need(15, AccountDemoData.HERB, "中药材溯源与质量追溯系统", "希望建立从种植、加工到销售的中药材追溯系统，支持扫码查询，提升品牌与电商销售。",
                    TechField.HIGH_TECH_SERVICES, "溯源,中药材,区块链,数字经济", 8, 15L, 40L, "621102", TransferMode.TECH_SERVICE, TransferMode.LICENSE),
            new Need(325, AccountDemoData.MACHINE, "铸件内部缺陷无损检测", "床身铸件存在缩孔、气孔缺陷，需要快速无损检测与缺陷评定方案。",
                    TechField.ADVANCED_MANUFACTURING, "无损检测,铸件,缺陷,质量控制", 7, null, 60L, "620502", TransferMode.TECH_SERVICE),
            new Need(88, AccountDemoData.MEMBRANE, "锂电池回收中锂的膜分离提取", "需要从退役锂电池浸出液中选择性分离锂的膜分离技术，锂回收率目标90%以上。",
                    TechField.NEW_ENERGY, "锂电池回收,膜分离,提锂,新能源", 4, 200L, 600L, "620104", TransferMode.JOINT_DEVELOPMENT, TransferMode.EQUITY),
            new Need(118, AccountDemoData.MACHINE, "数控系统国产化适配与二次开发", "需要基于国产数控系统的二次开发与人机界面定制，满足出口机床多语言需求。",
                    TechField.ELECTRONIC_INFORMATION, "数控系统,国产化,二次开发,软件", 7, 40L, 100L, "620502", TransferMode.TECH_SERVICE, TransferMode.JOINT_DEVELOPMENT),
            new Need(2, AccountDemoData.HERB, "党参饮片标准化炮制工艺", "需要党参蜜炙、米炒等饮片的标准化炮制工艺与质量标准，满足中药饮片生产许可要求。",
                    TechField.BIO_MEDICINE, "党参,饮片,炮制,中药", 6, 20L, 60L, "621102", TransferMode.TRANSFER, TransferMode.TECH_SERVICE),
            new Need(225, AccountDemoData.NONFERROUS, "铜冶炼烟气余热高效回收发电", "我公司铜冶炼系统排出约150℃的烟气和冷却水余热，目前直接排放。希望引进低温余热发电或热泵回收技术，装机规模300–1000千瓦，要求运行稳定、维护简便。",
                    TechField.NEW_ENERGY, "余热回收,低温余热发电,铜冶炼,节能", 7, 300L, 700L, "620402", TransferMode.TRANSFER, TransferMode.LICENSE),
            new Need(186, AccountDemoData.NONFERROUS, "稀土长余辉材料在矿山安全标识中的应用", "计划利用本地稀土资源生产矿山巷道和隧道用蓄光型安全标识，需要耐潮湿、余辉时间长的发光材料配方及生产工艺，可采用许可或技术入股方式合作。",
                    TechField.NEW_MATERIALS, "稀土,长余辉,安全标识,矿山", 6, 100L, 300L, "620402", TransferMode.LICENSE, TransferMode.EQUITY),
            new Need(250, AccountDemoData.WIND, "风电机组齿轮箱状态监测与故障预警", "我公司在酒泉、瓜州运维风电机组约三百台，齿轮箱故障停机损失大。需要基于振动数据的早期故障诊断与预警算法，能接入现有监测系统并支持多种机型。",
                    TechField.NEW_ENERGY, "风电,齿轮箱,故障预警,状态监测", 6, 80L, 150L, "620902", TransferMode.LICENSE, TransferMode.TECH_SERVICE),
            new Need(40, AccountDemoData.WIND, "戈壁光伏电站组件无水清洗", "瓜州戈壁光伏电站风沙大、水资源紧缺，人工清洗成本高。需要适应大风沙环境的无水清洗机器人或清洗服务方案，先在20兆瓦区域试点。",
                    TechField.NEW_ENERGY, "光伏,无水清洗,清洗机器人,戈壁", 7, 100L, 300L, "620902", TransferMode.TRANSFER, TransferMode.TECH_SERVICE));

    /** The demo member who posts and answers for each organisation; the others' listings are posted by staff (征集). */
    private static final Map<String, String> OWNERS = Map.of(AccountDemoData.LZU, "demo-researcher",
            AccountDemoData.LUT, "demo-researcher-2", AccountDemoData.IMP, "demo-researcher-3",
            AccountDemoData.MEMBRANE, "demo-enterprise", AccountDemoData.MACHINE, "demo-enterprise-2",
            AccountDemoData.NONFERROUS, "demo-enterprise-3", AccountDemoData.WIND, "demo-enterprise-4");

    /** 咨询 on a listing (by its title), sent and (when a reply is given) answered on their story days. */
    private record Question(int sentDaysAgo, String sender, String listingTitle, String message, int repliedDaysAgo,
            String replier, String reply) {
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question(280, "demo-enterprise", "核孔膜制备技术", "我们考虑将核孔膜用于精密过滤组件，能否提供孔径分布、孔隙率和纯水通量的检测数据？是否可以先提供小批量样品试用？",
                    277, "demo-researcher-3", "检测报告已整理好，孔径1微米规格的孔隙率约12%。可先提供A4幅面样品20片，请告知收件地址和联系人。"),
            new Question(246, "demo-enterprise-4", "风电齿轮箱故障诊断算法", "我公司运维酒泉地区约三百台风电机组，机型来自三家厂商。算法是否支持不同厂家的机型？训练需要多长时间的历史振动数据？",
                    244, "demo-researcher-2", "支持多机型，按机型分别建模即可。一般需要半年以上、含典型故障的振动数据；缺少故障样本时可先用迁移学习方法。"),
            new Question(240, "demo-enterprise-2", "工业机器人视觉引导焊接系统", "请问该系统的三维视觉模块能否用于盘类零件的上下料定位？是否支持国产机器人本体？能否到天水现场演示？",
                    238, "demo-researcher-2", "视觉模块可以单独用于上下料定位，已适配多款国产机器人本体。五月上旬可以到贵公司现场演示，请提供车间联系人。"),
            new Question(214, "demo-enterprise-3", "工业余热有机朗肯循环发电装置", "我厂铜冶炼烟气余热温度约150℃，流量较大。单机500千瓦的装置能否多台并联？投资回收期按什么电价测算？",
                    212, "demo-researcher-2", "可以多台并联运行，150℃热源的发电效率约9%。回收期按0.35元/千瓦时测算约三年，欢迎来校参观样机。"),
            new Question(130, "demo-enterprise-3", "稀土掺杂长余辉发光材料", "贵校长余辉发光材料的专利权属情况如何？能否给予独占许可？我们计划用于矿山巷道和隧道安全标识。",
                    127, "demo-researcher", "相关两项专利为学校与一家合作企业共有，独占许可需要共有人书面同意，目前正在协商，有进展后第一时间告知。"),
            new Question(110, "demo-researcher", "数控系统国产化适配与二次开发", "我们团队有数控系统人机界面和多语言适配的开发经验，想了解贵公司出口机床目前使用的数控系统型号和目标语种。",
                    108, "demo-enterprise-2", "主要使用国产数控系统，出口中亚和俄罗斯市场，需要俄语和哈萨克语界面。欢迎来天水面谈。"),
            new Question(33, "demo-enterprise-4", "光伏组件清洗机器人", "机器人在戈壁大风沙环境下的防护等级如何？单台价格和每年的运维成本大概是多少？",
                    31, "demo-researcher-2", "整机防护等级IP65，已在河西走廊电站经历多次沙尘天气。单台价格约26万元，年运维成本约为设备价格的8%。"),
            new Question(8, "demo-enterprise-3", "镁合金轻量化汽车零部件挤压成形", "我公司有镁合金熔铸产能，想了解挤压工艺对坯料成分和规格的要求，能否安排来厂交流？",
                    -1, null, null),
            new Question(3, "demo-enterprise-2", "高温合金叶片数控磨削工艺与装备", "磨削装备能否适配我公司的五轴机床平台？希望了解联合开发的合作方式和大致周期。",
                    -1, null, null));

    @Transactional
    void onStart(@Observes @Priority(30) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Optional<Organisation> university = organisations.findByCreditCode(AccountDemoData.LZU);
        long poster = accounts.findByUsername("demo-staff").map(u -> u.id).orElse(0L);
        // Loaded once: the demo university's listings are the mark (other listings may be there too).
        if (university.isEmpty() || poster == 0 || listings.count("organisationId", university.get().id) > 0) {
            return;
        }
        DemoCalendar calendar = DemoCalendar.now();
        DemoCalendar.Rows posted = new DemoCalendar.Rows("id bigint", "created_at timestamptz",
                "submitted_at timestamptz", "published_at timestamptz");
        Map<String, Long> byTitle = new HashMap<>();
        Map<String, Long> owners = new HashMap<>();
        OWNERS.forEach((org, username) -> accounts.findByUsername(username).ifPresent(u -> owners.put(org, u.id)));
        LocalDate today = calendar.today();
        int i = 0;
        Map<String, Optional<Organisation>> orgs = new HashMap<>();
        for (Result r : RESULTS) {
            Optional<Organisation> found = orgs.computeIfAbsent(r.org(), organisations::findByCreditCode);
            if (found.isEmpty()) {
                continue;
            }
            Organisation org = found.get();
            Listing l = new Listing();
            l.kind = ListingKind.RESULT;
            l.title = r.title();
            l.summary = r.summary();
            l.description = r.detail();
            l.field = r.field();
            l.keywords = r.keywords().split(",");
            l.maturity = (short) r.trl();
            l.modes = Arrays.stream(r.modes()).map(Enum::name).toArray(String[]::new);
            l.ipType = r.trl() >= 5 ? IpType.INVENTION_PATENT : IpType.KNOW_HOW;
            l.ipStatus = r.trl() >= 6 ? IpStatus.GRANTED : IpStatus.PENDING;
            l.priceFen = r.priceWan() == null ? null : r.priceWan() * WAN;
            l.regionCode = r.region();
            l.organisationId = org.id;
            l.ownerId = owners.getOrDefault(r.org(), poster);
            l.contact.name = org.contact.name;
            l.contact.phone = org.contact.phone;
            // A few lapse soon, so that the "still available?" reminder shows.
            l.validUntil = today.plusDays(i % 10 == 0 ? 10 : 365 + i * 7L);
            service.importPublished(l, AuditTrail.reason("demo_data"));
            // Written and submitted the day before staff published it.
            OffsetDateTime written = calendar.at(r.postedDaysAgo() + 1, 9 + i * 5 % 8, i * 17 % 60);
            posted.add(l.id, written, written.plusMinutes(25), calendar.at(r.postedDaysAgo(), 10 + i % 6, i * 23 % 60));
            byTitle.put(l.title, l.id);
            i++;
        }
        for (Need n : NEEDS) {
            Optional<Organisation> found = orgs.computeIfAbsent(n.org(), organisations::findByCreditCode);
            if (found.isEmpty()) {
                continue;
            }
            Organisation org = found.get();
            Listing l = new Listing();
            l.kind = ListingKind.NEED;
            l.title = n.title();
            l.description = n.detail();
            l.field = n.field();
            l.keywords = n.keywords().split(",");
            l.maturity = (short) n.trl();
            l.modes = Arrays.stream(n.modes()).map(Enum::name).toArray(String[]::new);
            l.budgetMinFen = n.budgetMinWan() == null ? null : n.budgetMinWan() * WAN;
            l.budgetMaxFen = n.budgetMaxWan() == null ? null : n.budgetMaxWan() * WAN;
            l.regionCode = n.region();
            l.organisationId = org.id;
            l.ownerId = owners.getOrDefault(n.org(), poster);
            l.contact.name = org.contact.name;
            l.contact.phone = org.contact.phone;
            l.validUntil = today.plusDays(120 + i * 5L);
            OffsetDateTime written = calendar.at(n.postedDaysAgo() + 1, 9 + i * 5 % 8, i * 17 % 60);
            if (org.isVerified()) {
                service.importPublished(l, AuditTrail.reason("demo_data"));
                posted.add(l.id, written, written.plusMinutes(25), calendar.at(n.postedDaysAgo(), 10 + i % 6, i * 23 % 60));
            } else {
                // Waiting for staff since it was submitted: the organisation awaits verification.
                service.demoSubmitted(l);
                posted.add(l.id, written, written.plusMinutes(25), null);
            }
            byTitle.put(l.title, l.id);
            i++;
        }
        DemoCalendar.Rows asked = ask(byTitle, calendar);
        backdate(posted, asked);
        LOG.infof("Loaded %d demo results, %d demo needs and %d inquiries", RESULTS.size(), NEEDS.size(), asked.size());
    }

    private DemoCalendar.Rows ask(Map<String, Long> byTitle, DemoCalendar calendar) {
        DemoCalendar.Rows asked = new DemoCalendar.Rows("id bigint", "created_at timestamptz", "replied_at timestamptz",
                "sender varchar", "replier varchar");
        Map<String, Optional<Caller>> callers = new HashMap<>();
        for (Question q : QUESTIONS) {
            Optional<Caller> sender = callers.computeIfAbsent(q.sender(), this::member);
            Long listing = byTitle.get(q.listingTitle());
            if (sender.isEmpty() || listing == null) {
                continue;
            }
            Inquiry inquiry = inquiries.send(sender.get(), listing, q.message());
            Optional<Caller> replier = q.replier() == null ? Optional.empty() : callers.computeIfAbsent(q.replier(), this::member);
            if (replier.isPresent()) {
                inquiries.reply(replier.get(), inquiry.id, q.reply());
            }
            asked.add(inquiry.id, calendar.at(q.sentDaysAgo(), 10 + q.sentDaysAgo() % 7, q.sentDaysAgo() * 13 % 60),
                    replier.isEmpty() ? null : calendar.at(q.repliedDaysAgo(), 14 + q.repliedDaysAgo() % 4, q.repliedDaysAgo() * 7 % 60),
                    sender.get().username(), replier.map(Caller::username).orElse(null));
        }
        return asked;
    }

    /**
     * Demo only: moves the listings and inquiries just made through the services (which stamp now) to
     * their story days, with their audit trail, by one UPDATE per table. Through UPDATE, not by writing
     * the rows anew, so that the listing table's statement triggers (facet counts, change versions)
     * see a change of dates only. The last step of the load, so that no entity is written over them again.
     */
    private void backdate(DemoCalendar.Rows posted, DemoCalendar.Rows asked) {
        em.flush();
        posted.update(em, "UPDATE listing l SET created_at = s.created_at, submitted_at = s.submitted_at,"
                + " published_at = CASE WHEN l.published_at IS NULL THEN NULL ELSE s.published_at END,"
                + " updated_at = coalesce(s.published_at, s.submitted_at) FROM " + posted.source() + " WHERE l.id = s.id");
        posted.update(em, "UPDATE audit_event e SET occurred_at = CASE e.action WHEN 'create' THEN l.created_at"
                + " WHEN 'submit' THEN l.submitted_at ELSE l.updated_at END FROM listing l, " + posted.source()
                + " WHERE l.id = s.id AND e.entity_type = '" + Listing.ENTITY + "' AND e.entity_id = l.id");
        if (!asked.isEmpty()) {
            asked.update(em, "UPDATE inquiry q SET created_at = s.created_at, replied_at = s.replied_at FROM "
                    + asked.source() + " WHERE q.id = s.id");
            // At start-up no one is logged in, so the trail says "system"; it names who asked and who answered.
            asked.update(em, "UPDATE audit_event e SET occurred_at = CASE e.action WHEN 'reply' THEN q.replied_at"
                    + " ELSE q.created_at END, actor = CASE e.action WHEN 'reply' THEN s.replier ELSE s.sender END"
                    + " FROM inquiry q, " + asked.source() + " WHERE q.id = s.id AND e.entity_type = '"
                    + InquiryService.ENTITY + "' AND e.entity_id = q.id");
        }
    }

    private Optional<Caller> member(String username) {
        return accounts.findByUsername(username).map(u -> Caller.member(u.id, u.username, u.organisationId, u.role));
    }
    /** The demo organisations' listings by title (what the other demo loaders link their stories to). */
    public Map<String, Long> byTitle() {
        List<Long> ids = new ArrayList<>();
        for (String code : List.of(AccountDemoData.LZU, AccountDemoData.LUT, AccountDemoData.IMP, AccountDemoData.MEMBRANE,
                AccountDemoData.MACHINE, AccountDemoData.NONFERROUS, AccountDemoData.WIND)) {
            organisations.findByCreditCode(code).ifPresent(o -> ids.addAll(service.idsOfOrganisation(o.id)));
        }
        Map<String, Long> byTitle = new HashMap<>();
        service.texts(ids).forEach(l -> byTitle.put(l.title(), l.id()));
        return byTitle;
    }
}
