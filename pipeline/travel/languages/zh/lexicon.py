"""Chinese words of travel news, each list written once; every pattern of the Chinese rules comes from these.

Phrases are written in Simplified characters without spaces: the sentence is read folded (Traditional
to Simplified, full-width letters, digits and punctuation to ASCII: "，" is ",", "（" is "("), so one
list serves mainland, Taiwan and Hong Kong outlets alike. Notation (see :mod:`pipeline.travel.lexicon`):
``(a|b)`` a choice, ``(x)?`` optional, ``{list}`` another list.
"""

from __future__ import annotations

from pipeline.travel.lexicon import Lexicon
from pipeline.travel.timing import Part

# fmt: off
LEXICON = Lexicon(
    "zh",
    {
        # -- references ---------------------------------------------------------------------------
        "generic_title": ("国家主席", "总统", "总理", "首相"),
        # someone named who is not a leader: "副总统彭斯", "外长王毅", "夫人彭丽媛" (before a name)
        "other_person": (
            "副总统", "副总理", "副主席", "外长", "外交部长", "国务卿", "国防部长", "部长", "国务委员",
            "发言人", "大使", "特使", "议长", "参议员", "众议员", "州长", "市长", "秘书长", "新闻秘书",
            "助理", "顾问", "夫人", "第一夫人", "妻子", "女儿", "儿子", "党主席",
            # Japan's ministers, as Chinese-language outlets write them: "防卫相小泉进次郎和财务相片山皋月也预定访美"
            "外相", "防卫相", "财务相", "财相", "经产相", "法相", "官房长官",
        ),
        # -- triggers, by the form they take ------------------------------------------------------
        # "对法国进行国事访问": the formula's verb and the kinds of visit
        "formula_verb": ("进行", "展开", "开始", "开启", "作", "举行"),
        "visit_kind": (
            "国事", "国是", "正式", "工作", "友好", "官方", "私人", "短暂", "首次", "历史性", "国事性",
        ),
        "visit_verb": ("出访", "访问", "到访", "造访", "拜访", "参访", "走访", "回访", "顺访", "访"),
        "move_verb": (
            "启程前往", "动身前往", "出发前往", "前往", "飞往", "飞赴", "转往", "转赴", "奔赴", "远赴",
            "亲赴", "前去", "去往", "来到", "赴", "去", "到", "来", "转战",
        ),
        "arrive_verb": ("抵达", "飞抵", "到达", "抵", "降落", "踏上"),
        "transit_verb": ("过境", "途经", "经停", "停留"),
        "attend_verb": ("出席", "参加", "参与", "与会", "列席", "亲临", "赴会", "亮相"),
        "left_verb": ("离开", "离", "飞离"),
        # "发出访俄邀请", "转交邀请函": an invitation sent
        "invitation_sent": ("发出", "提出", "转交", "递交", "转达", "致函", "致信"),
        # "没去宏都拉斯", "并未访问": not going; "未经证实": not confirmed
        "not_word": ("没有", "没", "未", "并未", "从没", "尚未", "不", "未经"),
        # a trip or its plan, near a calling-off: "取消出访行程", "双普二会的计划已遭搁置"
        "called_off_object": ("行程", "访问", "出访", "之行", "访", "计(划|画)", "峰会", "会晤", "会面"),
        # "随后将", "并将": the traveller's next verb
        "next_verb": ("并", "还", "随后", "之后", "然后"),
        # a stop of a tour: "将出访中东,首站沙特阿拉伯"
        "tour_stop": ("首站", "第一站", "第二站", "第三站", "下一站", "下站", "最后一站", "末站"),
        # what joins a stop to its place: "第一站为以色列", "首站是沙特"
        # a country's neighbour, by its one-character name: "前往乌邻国波兰"
        "neighbour_word": ("邻国",),
        "stop_is": ("为", "是", "将是", "定为", "选在", "设在", ":", "："),
        # a trip as a noun: "结束对日本的国事访问", "对法国的访问", "中国之行", "访美行程"
        "trip_noun": ("访问", "出访", "之行", "之旅", "行程"),
        # a tour as a whole: "启程出访中美洲"
        "tour_word": ("出访", "外访", "出国访问"),
        # "对上述两国", "对该国", "对这三个国家": the countries named before
        "those_word": ("上述", "以上", "这", "该", "两", "三", "四", "五", "六", "七", "八", "九", "十", "各"),
        "country_word": ("国", "国家", "地"),
        # an office of the body an event is named after: "世界经济论坛主席施瓦布" names no gathering
        "organisation_office": ("(执行)?主席", "创始人", "总裁", "秘书长", "总干事"),
        # a ceremony of an office: "宏都拉斯总统的就职典礼" is in Honduras
        "office_ceremony": ("的?(就职典礼|就职仪式|宣誓就职|葬礼|国葬|加冕)",),
        # "将出席峰会", "将出席此次会议": a gathering named before
        "gathering_noun": ("峰会", "会议", "论坛", "大会", "年会", "典礼", "仪式", "葬礼", "国葬"),
        # "出席的领导人包括...": the attendees of a gathering, listed
        # a gathering that brings leaders together: "峰会聚集十多国领袖"
        "gather_verb": ("聚集", "汇聚", "云集", "齐聚", "聚首"),
        "attendee_word": ("领导人", "领袖", "元首", "首脑", "嘉宾", "贵宾", "访宾", "外宾", "政要"),
        "this_word": ("该", "此次", "此", "这次", "这届", "本届", "这一", "今年的", "当天的"),
        # "应普京邀请", "受习近平之邀", "接受…邀请": the words that open an invitation's clause
        "invitation_opener": ("应", "受", "接受", "在", "收到", "接到"),
        # "他已收到习近平的邀请，可能很快访问中国": an invitation received, and the guest's own plan after it
        "received": ("收到", "接到", "获得"),
        # "峰会由副总统出席", "将由外长代表出席": the one named after it attends, for the leader before
        "agent_marker": ("由", "改由", "将由", "则由", "交由"),
        "on_behalf": ("代表", "率团", "率领代表团", "带队"),
        # "拜登公布了出席安倍国葬的代表团成员": the verb describes a delegation, which travels, not the one before
        # it (but "率领出席峰会的代表团": the leader leads it)
        "delegation_noun": ("代表团", "访问团", "访团", "名单", "人选"),
        "leads": ("率领", "率", "带领"),
        # "普京也将出席", "与普京等人共同参加": a verb that shares the destination of the one before
        "shared_marker": ("也", "亦", "还", "并", "同样"),
        # between a verb and its place: "出席在阿根廷举行的", "前往往…", and with the gathering's date between
        # them, two: "出席于11月15日在华盛顿举行的", "出席将于9月在新德里举行的"; and the list's opener: "将访问
        # 包括法国、意大利以及英国", "出访包括印尼在内的三国"
        "verb_filler": ("了", "在", "到", "往", "至", "于", "将于", "问", "向", "包括"),
        # "正在日本访问期间的胡锦涛": the words between a trip and the leader it describes
        "describing": ("期间", "时", "途中"),
        # a sentence without any of these has no trip (a cheap test before the real patterns)
        "travel_word": (
            "访", "赴", "前往", "飞往", "抵", "到", "离", "出席", "参加", "与会", "行程", "之行", "之旅",
            "过境", "途经", "启程", "动身", "出发", "去往", "来华", "来到", "邀", "国是", "国事", "转往", "停留",
            "降落", "期间", "会见", "会晤", "会谈", "会面", "见面", "发表", "亮相",
            # the fallback's verbs: "将于巴拉圭国会发表演说", "将主持在日本举行的峰会"
            "{presence_verb}",
            # a host receiving guests where it is: "拜登将在华盛顿接待澳大利亚总理阿尔巴内塞"
            "{host_verb}",
        ),
        # -- tense and aspect -----------------------------------------------------------------------
        "future": (
            "将", "即将", "将要", "将会", "要", "拟", "计(划|画)", "预计", "预定", "预订", "定于",
            "准备", "打算", "有意", "可望", "有望", "或将", "料将", "预期", "安排", "决定", "届时", "会",
            "寻求", "考虑", "可能", "也将", "还将", "随后将", "敲定", "订于", "同意", "承诺", "答应", "已定",
            "已确定", "确(定|认)(出席|参加|与会)",
        ),
        # words holding a future word that are none: "峰会", "会见", "重要", "可能性"
        "not_future": (
            "(峰|大|习|记者|年|宴|晚|协|理事|委员|议|商|学|工|社|都|国|机|盛|聚|茶|酒|舞|首脑|领袖|联)会",
            "会(见|晤|谈|议|面|上|场|员|长|所|期|计|同|商|师)", "重要", "主要", "需要", "要求", "要点", "将军",
            "将领", "可能性", "与会", "参会",
            # "期待将来有机会访问": the future as a time, not "将来访", "将来华" (will come to visit, to China)
            "将来(有|的|某|一|可|再|也|还|总|定|若|如|能|会)",
            # a decision not to: a denial, no plan ("对普京决定不参加峰会表示遗憾")
            "决定不",
            # "将" as "把" after "once": "都曾将西安作为访华行程中的一站" (all once made Xi'an a stop), no "will"
            "曾(经)?将",
        ),
        "future_nominal": (
            "即将进行的", "即将举行的", "计(划|画)中的", "预定的", "即将展开的", "即将到来的", "筹备中的",
        ),
        # hedges: an intention, an expectation or a report, not an announcement ("planned", not "confirmed")
        # the preparations of a trip, which is ahead: "进行出访北韩的准备", "访问的筹备工作"
        "preparation": ("准备", "筹备"),
        "hedge": (
            "计(划|画)", "拟", "有意", "打算", "考虑", "可能", "或将", "或许", "也许", "预计", "预期",
            "有望", "可望", "料将", "料", "预料", "寻求", "希望", "盼", "据报", "报道", "报导", "消息人士",
            "知情人士", "据悉", "传出", "传", "据称", "外媒", "媒体", "据了解", "据信", "据传", "或",
            "争取", "倾向", "有机会", "期待", "协调", "磋商", "商讨", "研究", "讨论",
        ),
        "official": (
            "外交部", "发言人", "白宫", "克里姆林宫", "克宫", "总统府", "总统办公室", "政府", "新闻局",
            "新闻办", "官方", "首相府", "总理府", "唐宁街", "青瓦台", "新闻秘书", "国务院", "爱丽舍",
            "办公厅", "通讯局", "外务省", "外务部", "礼宾", "公告", "声明",
        ),
        "announce": ("宣布", "证实", "确认", "公布", "官宣", "正式发布", "发布公告", "发表声明", "确定"),
        "scheduled": ("定于", "订于", "预定", "敲定", "预订"),
        "ongoing": ("正在", "目前正在", "正于", "仍在", "目前在", "此刻在", "目前正"),
        # "似乎已经启程", "据信已抵达": a departure only reported
        "uncertain": ("似乎", "据信", "据称", "可能", "或已", "传", "疑似", "据悉", "或许", "也许", "预计"),
        # "已五次赴美", "曾多次访华": visits counted, all behind
        "times": ("多次", "数次", "几次", "屡次", "两度", "三度", "多度", "再度"),
        "perfective": ("了", "过"),
        "past_marker": (
            "曾经", "曾", "此前曾", "先前曾", "早前曾", "上次", "上一次", "此前", "早前", "之前曾",
        ),
        "ended": (
            "结束", "完成", "圆满结束", "回国", "返回", "返抵", "回到", "启程回国", "离开", "结束了",
        ),
        "began": ("开始", "展开", "开启", "启动", "拉开"),
        # a visit no one announced: "泽连斯基突访华盛顿"
        "surprise": ("突访", "突然访问", "闪电访问", "突击访问", "秘密访问", "突然造访", "意外访问"),
        "departed": ("启程", "动身", "出发", "起程", "离京", "搭机", "搭乘", "乘专机", "乘机", "登机", "乘坐"),
        "explicit_past": (
            "去年", "上月", "上个月", "上周", "上星期", "昨", "前天", "前年", "日前", "年前", "月前",
            "周前", "天前", "此前", "早前", "之前",
        ),
        # -- status cues ----------------------------------------------------------------------------
        "ban": ("通缉", "逮捕令", "禁止入境", "入境禁令", "逮捕"),
        "never": ("从未", "从来没有", "未曾", "从没", "尚未", "还没有", "仍未", "从不"),
        # not "尚未成行", "至今仍未成行": a plan not carried out yet, which may still be
        "not_happened": (
            "未能成行", "没有成行", "不能成行", "无法成行", "(并|却|终|均|而)未成行", "未能出席", "未能前往",
            "未能访问",
        ),
        "cancel": (
            "取消", "打消", "放弃", "叫停", "喊停", "中止", "中断", "告吹", "缩短", "撤销", "作罢",
        ),
        "postpone": (
            "推迟", "延后", "延期", "押后", "改期", "暂缓", "延迟", "推延", "展延", "顺延", "挪后", "搁置",
        ),
        # a calling-off only possible or threatened: "可能有所变动,甚至取消", "威胁取消"
        "maybe": (
            "可能", "或将", "或许", "也许", "恐", "恐将", "不排除", "考虑", "威胁", "扬言", "如果", "若", "一旦",
            "是否",
        ),
        # after the trip, its plan stands: "访问英国的计划未变", "国事访问计划没有改变" (its calling-off denied)
        "unchanged": ("没有改变", "并没有改变", "未改变", "并未改变", "没有变", "未变", "不变", "维持不变"),
        # a new date, the plan stands ("重新安排为4月11日至14日"); "推迟至明年" is a postponement
        "rescheduled_for": ("重新安排为", "重新安排在", "重新安排于", "改为", "改在", "改至", "改到", "改期至"),
        "deny": (
            "不会", "不出席", "不参加", "不前往", "不去", "不赴", "不访问", "不再", "将不", "不打算",
            "不准备", "无意", "不克", "婉拒", "拒绝", "谢绝", "缺席", "不与会", "不亲自", "暂不", "并不",
            "没有出访", "不出访", "不来", "无法出席", "无法前往", "不能出席", "不能前往", "不到场",
            # "不太可能出席": unlikely, as the English "unlikely to attend"
            "不太可能", "不大可能",
        ),
        # "没有计划前往", "暂无海外访问的安排", "并无访华计画": a no-word, a few words, a plan-word
        "no_word": ("没有", "无", "并无", "暂无", "暂时没有", "目前没有", "尚无", "不在"),
        "plan_noun": ("计(划|画)", "安排", "打算", "规划", "日程"),
        "not_absent": ("不会缺席", "不缺席", "不会不"),
        "remote": ("视频", "视讯", "线上", "在线", "网上", "远程", "连线", "网络方式", "录像", "云端"),
        # ... a call or talks held so, which tell nothing of how a trip after them is made: "视讯通话后"
        "remote_call": ("通话", "会晤", "会谈", "通电话"),
        "denied_report": (
            "否认", "驳斥", "辟谣", "澄清", "不实", "假消息", "假新闻", "纯属臆测", "臆测", "子虚乌有",
            "并非事实", "没有根据", "不属实", "失实", "揣测", "与事实不符", "不符事实", "谣言", "捏造",
        ),
        # "没有证实或否认", "不证实也不否认": neither a confirmation nor a denial
        "neither_nor": ("证实或否认", "证实也不否认", "证实也未否认", "确认或否认", "确认也不否认"),
        # a report's own words: "相关报导纯属臆测"
        # ("对此予以否认": the report just told)
        "report_noun": ("报道", "报导", "传闻", "传言", "消息", "说法", "媒体", "报道称", "对此"),
        "invite": ("邀请", "邀", "邀约", "邀访", "邀函", "邀请函"),
        # "接受邀请", "同意...的邀请": an invitation taken up
        "accepted": ("接受", "应允", "同意", "答应", "允诺", "承诺", "欣然接受"),
        "condition": (
            "如果", "若", "一旦", "假如", "假使", "倘若", "如若", "是否", "能否", "会否", "可否", "要是", "万一",
            "除非", "有没有", "会不会", "是不是", "可能性",
        ),
        # what opens a condition's clause: "若特朗普今年访华,..."
        "if_word": ("如果", "若", "假如", "倘若", "如若", "要是", "万一", "一旦", "假使"),
        # a wish: before the traveller someone else's ("中方希望安倍访华": no plan of his); between him and the
        # trip his own, a plan ("岸田希望尽早访美", "默茨表示期待不久后访华"), unless for some day ("希望有朝一日
        # 访问蒙古", "期待将来有机会访华": no more than a wish)
        "own_wish": ("希望", "盼望", "期盼", "期待"),
        "some_day": ("有朝一日", "将来", "未来", "有机会", "哪天", "某一天", "总有一天"),
        "wish": (
            "{own_wish}", "欢迎", "敦促", "呼吁", "要求", "促请", "恳请", "请求", "吁请", "力邀",
        ),
        "original_plan": (
            "原(本|先)?计(划|画)", "本来计(划|画)", "原定", "原本预定", "原订", "原拟", "原本", "原先", "本来",
        ),
        "habit": ("每年", "经常", "常常", "多次", "屡次", "定期", "惯例", "历来", "每次", "频繁"),
        # "抵达美国时", "访华期间": a trip that dates another verb
        "temporal": ("时", "期间", "之际", "途中", "前夕", "之前", "以前", "前", "后", "之后", "以后"),
        # a time's own words that tie it to a reporting verb: "外交部发言人23日宣布", "新华社北京11月23日电"
        "reporting_after": (
            "宣布", "表示", "说", "称", "指出", "证实", "确认", "透露", "报道", "报导", "发表", "介绍",
            "回应", "强调", "发布", "公布", "电", "讯", "消息", "专电", "援引", "引述", "向媒体", "告诉",
            "接受", "在例行", "举行的例行", "例行记者会", "记者会", "晚间表示", "下午表示", "上午表示",
            "发文", "致电", "通话", "更新", "表态", "综合", "编译", "报道",
            # the day a schedule was fixed: "访问欧洲的日程6日敲定"
            "敲定",
            # a report named by its day: "11日的报道中说", "31日的声明", "9日的讲话"
            "声明", "讲话", "公告", "采访",
            # the day an office was taken: "拉布卡此行是他2022年底就任斐济总理后首度访中", "去年5月上任后首次访华"
            "就任", "上任", "接任", "就职(后|以来|之后)", "当选(后|以来|之后)",
        ),
        # a goal named by its year, no time of a trip: "2030年可持续发展议程", "2035年远景目标", "2060年碳中和"
        "goal_after_year": ("可持续", "议程", "远景", "愿景", "目标", "碳"),
        # an adverb of a report already made between its time and its verb: "外交部昨日已公布", "日前曾表示",
        # "27日正式宣布" (not "也": "日前也表示" is left as it was read)
        "reporting_adverb": ("已经", "已", "曾", "正式", "再度", "再次"),
        # -- pairing --------------------------------------------------------------------------------
        # the place where something is held: "在北京举行"
        "held_verb": ("举行", "进行", "召开", "举办"),
        # a body's other meetings after its name, held elsewhere than its summit: "上合组织成员国第十五次总理会议"
        # a body's members, a country of them after: "上海合作组织成员国哈萨克斯坦总理"
        "members_of_a_body": ("成员国", "观察员国", "对话伙伴国"),
        "lesser_meeting": ("总理会议", "政府首脑", "外长会议", "外长理事会", "部长会议", "国防部长会议"),
        # words after a leader that make the one named someone else: "普京的助手", "习近平夫人"
        "of_other": (
            "助理", "助手", "顾问", "特使", "特别代表", "私人代表", "发言人", "秘书", "夫人", "妻子",
            "丈夫", "女儿", "儿子", "家人", "政府", "团队", "部长", "外长", "大使", "办公室", "幕僚",
            "官员", "女婿", "胞妹", "妹妹", "弟弟", "亲信", "心腹", "使者", "特派员",
            # relatives written the short way: "特朗普之女伊万卡", "佐科的长子吉布兰"
            "之女", "之子", "之妻", "长子", "长女", "次子", "次女", "幼子", "孙子", "孙女", "儿媳",
        ),
        # before a leader: the leader is met, received or rung, not the one who travels ("会见普京")
        "object_marker": (
            "会见", "会晤", "接见", "接待", "迎接", "陪同", "致电", "通电话", "送行", "欢送", "宴请", "款待",
            "拜会", "会同",
        ),
        # before a leader: the one replaced or represented, who stays home ("李强将代替习近平出席")
        "replaced_marker": ("代替", "取代", "替代", "顶替", "代表"),
        # before a leader: with or besides him; he is met only if a meeting verb follows ("与普京会谈")
        "with_marker": ("同", "跟", "与", "和", "并与"),
        # after it: the leader goes too ("与普京等人共同出席")
        "companion_after": ("一同", "一起", "一道", "共同", "同行", "结伴", "联袂"),
        "office_word": (
            "总统", "总理", "首相", "主席", "国王", "女王", "领导人", "元首", "委员长", "总书记", "领袖",
        ),
        # a speaker's verb: "奥巴马表示,克里将率团访问马来西亚" (the one after it travels)
        "reporting_verb": (
            "表示", "说", "称", "透露", "指出", "宣布", "强调", "认为", "相信", "证实", "介绍", "提到",
            "回应", "告诉", "坦言", "宣称", "声称", "补充",
        ),
        # "资料照片": a file photo's caption shows a trip gone by
        "file_photo": (
            "资料照片", "资料图片", "资料图", "资料相片", "档案照片", "檔案照片", "資料照片", "資料圖片", "資料圖",
        ),
        # "通报...会晤的结果": the trip's words end on its outcome
        "outcome_noun": ("结果", "結果", "成果"),
        # "在出席…之后…访问": the trip after a frame ("after attending ...")
        "trip_after_frame": ("访问", "行程", "出访"),
        # -- attribution ----------------------------------------------------------------------------
        # the verb after a source: "外交部发言人陆慷23日宣布", "据塔斯社报道", "援引消息人士的话说"
        "source_verb": (
            "宣布", "表示", "称", "说", "证实", "确认", "透露", "指出", "公布", "发布", "发表声明", "介绍",
            "报道", "报导", "援引", "引述", "消息",
        ),
        # what may stand between a source and its verb, and is not the source: a time ("14日", "本周早些
        # 时候", "周四"), an adverb ("也", "还", "此前"), an aside ("对外", "独家") or a setting ("在新闻发布会上",
        # "在回答记者提问时", "前往美国途中", "对记者"); dates and settings are matched in attribution.py
        "source_aside": (
            "{reporting_adverb}", "也", "还", "亦", "则", "就", "才", "又", "都", "再", "仍", "今", "此前", "日前",
            "早前", "稍早", "稍早前", "早些时候", "本周早些时候", "今天", "今日", "昨天", "昨日", "当天", "当日",
            "上午", "下午", "晚间", "晚上", "凌晨", "中午", "当地时间", "同月", "本月", "上月", "本周", "上周",
            "去年", "今年", "对外", "向媒体", "独家", "开记者会", "召开记者会", "举行记者会", "的话",
        ),
        # what a clause without its own subject opens with: "川普表示,将于4月访华" (the speaker goes)
        "subjectless_opening": (
            "将", "会", "要", "计(划|画)", "拟", "已", "正", "也", "还", "曾", "于", "在", "预计", "希望", "期待",
            "不", "没有", "目前", "今", "明", "下", "本", "近", "随后", "届时", "此行", "此次", "这次",
            "准备", "打算", "有意", "可能", "或", "即将", "正在", "考虑", "尚未", "无意", "并",
            # the speaker's own deed: "埃尔多安宣布取消对以色列的访问"
            "取消", "推迟", "延后", "延期", "暂缓", "出访", "访问", "前往", "出席", "参加", "赴", "启程", "接受",
            "婉拒", "拒绝", "缺席", "结束",
        ),
        # what a leader does where he is, the fallback's verbs when no travel word pairs him with a place: "将于
        # 巴拉圭国会发表演说", "将在瓜地马拉见证两国签署协议", "将主持在日本举行的峰会"
        "presence_verb": (
            "出席", "参加", "参与", "与会", "会见", "会晤", "会谈", "会面", "见面", "举行", "发表", "演讲", "讲话",
            "致辞", "主持", "见证", "签署", "拜会", "参观", "考察", "观礼", "检阅", "敬献", "献花", "下榻",
        ),
        # "在叙利亚问题上发表讲话": a place that names a topic, no venue
        "topic_noun": (
            "问题", "局势", "危机", "议题", "事务", "关系", "方面", "领域", "立场", "冲突", "战争", "政策", "进程",
        ),
        # "在北京出席", "在印尼参加", "在华期间": the verbs after a place with "在" that put the leader there
        "stay_verb": (
            "访问", "期间", "出席", "参加", "参与", "停留", "过境", "会见", "会晤", "举行", "发表", "出访",
            "展开", "开始", "进行",
        ),
        # words between a verb and its places: "出访中南美洲友邦巴拉圭", "前往南太平洋友邦国家马绍尔群岛"
        "place_descriptor": (
            "友邦", "邦交国", "友好国家", "盟国", "盟友", "邻国", "国家", "中南美洲", "中南美", "中美洲", "南美洲",
            "南太平洋", "太平洋", "加勒比海", "加勒比", "非洲", "西非", "东非", "北非", "南部非洲", "欧洲",
            "亚洲", "中东", "东南亚", "中亚", "南亚", "海湾", "拉美", "拉丁美洲", "岛国", "等",
            # a regional body's states: "出访东盟三国", "访问东协国家印尼"
            "东盟", "东协", "东南亚国协", "欧盟",
            # Taiwan's "我(国)友邦": "前往我中美洲友邦宏都拉斯"
            "我国", "我",
        ),
        # a sentence that opens without its subject goes on with the last one's ("会过境美国", "随后将前往")
        # a sentence that opens on the trip told before: "此趟...将访问", "此行将前往"
        "copula": ("是", "为", "乃", "係"),
        "trip_opening": ("此趟", "此行", "此访", "(此次|这次|本次)(出访|访问|行程)"),
        "dropped_subject": (
            "将", "会", "还将", "也将", "并将", "随后", "随后将", "之后将", "其后", "预计将", "计(划|画)", "拟",
            "准备", "已", "已经", "于", "并于", "还会", "也会", "将于", "将在", "随即", "接着",
        ),
        "continue": ("继续",),
        "en_route": ("途中", "(专机|飞机|座机|班机|航班)(上|内|中)"),  # "在飞往俄罗斯的专机上": on the way
        # "专访美国总统", "采访": an interview, no visit
        "not_visit_before": ("专", "采", "查", "暗", "寻"),
        # ",而斯瓦拉杰将于今日起到中国": a clause of contrast opens with its own subject ("而且", "而是" go on)
        "contrast_opener": ("而",),
        # "而且", "而是", "而此次访问": the same subject goes on
        "contrast_goes_on": ("且", "是", "言", "已", "后", "今", "此", "这", "该", "外"),
        # "李在明派遣特使团赴中国": the one sent travels, not the sender
        "send_verb": ("派遣", "派出", "委派", "指派", "派", "委托", "授权", "让"),
        # "铺到达沃斯", "谈到中国": a verb before "到" that makes it "as far as", not a journey
        "not_journey_before": (
            "提", "谈", "说", "讲", "铺", "伸", "扩", "大", "响", "及", "看", "听", "想", "收", "受", "达", "得",
            "遇", "感", "用", "做", "送", "传", "带", "找", "聊", "写", "读", "注", "意", "识", "回", "延", "推",
            "拓", "转", "卖", "运", "出口", "销",
        ),
        # after a count of countries, the words that open their names: "出访东南亚三个国家,分别是马来西亚、越南"
        "named_next": ("分别是", "分别为", "即", "包括"),
        # an ally a country owns: "我国太平洋友邦"
        "ally_word": ("友邦", "邦交国", "盟国", "盟友"),
        "coordinator": ("和", "与", "及", "以及", "暨", "、", "同", "跟", "偕同", "携"),
        # "总统马克龙暨夫人、总理莫迪伉俪": a spouse named with the leader in a list, who goes with him
        "spouse_after": ("暨夫人", "暨王妃", "暨夫婿", "暨配偶", "及夫人", "偕夫人", "伉俪", "夫妇"),
        "list_connector": (
            "、", "和", "及", "以及", "与", "并", "并对", "及对", "和对", "再到", "和在", "及在", "并在", "以及在",
        ),
        # verbs after "与普京" that make him the one met, not a fellow traveller ("与普京会谈后前往")
        "meeting_verb": (
            "会谈", "会晤", "会见", "见面", "会面", "通话", "通电话", "举行", "签署", "讨论", "共进", "握手",
            "磋商", "交谈", "对话",
        ),
        "meeting_noun": ("会谈", "会晤", "会面", "见面", "首脑会谈", "峰会", "会见"),
        # a host receiving a guest: "拜登将于6月招待前来国是访问的莫迪", "习近平在北京会见来访的X"
        "host_verb": ("招待", "接待", "欢迎", "迎接", "款待", "会见", "会晤", "接见", "宴请", "主持欢迎仪式欢迎"),
        "guest_word": ("前来", "来访", "到访", "来华", "访华", "前来进行", "正在", "首次"),
        "host_with": ("与", "同", "和", "再与", "并与"),
        # a briefing the foreign ministry holds before a trip ("就习近平主席出访举行中外媒体吹风会")
        "briefing": ("吹风会", "吹风"),
        # ... where officials tell of the trip ahead: "介绍习近平主席出席…有关情况"
        "briefed_on": ("介绍", "介紹"),
        "briefed_matter": ("有关情况", "相关情况", "有關情況", "相關情況"),
        # the tail of a country's formal name, between the places of a list ("马绍尔群岛共和国、吐瓦鲁国")
        "state_suffix": ("民主共和国", "共和国", "王国", "联邦", "合众国", "酋长国", "大公国", "公国", "国"),
        "held": ("举行的", "召开的", "举办的", "主办的", "举行", "召开", "举办", "主办", "进行的"),
        "here_before": ("正在", "正于", "目前在", "仍在", "现在", "身在", "正在对"),
        "update_opening": ("此访", "访问", "行程", "此行", "之行", "计(划|画)", "会晤", "峰会", "会面"),
    },
    spaced=False,
)
# fmt: on

# Calendar words, with the numbers they stand for (the time expressions of dates.py are built from them).
DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
YEAR_STEPS = {"今年": 0, "本年": 0, "明年": 1, "去年": -1, "前年": -2, "后年": 2, "翌年": 1, "隔年": 1}
STEPS = {"本": 0, "这": 0, "这个": 0, "下": 1, "下个": 1, "上": -1, "上个": -1}
# fmt: off
PARTS: dict[str, Part] = {
    "初": "early", "上旬": "early", "年初": "early", "月初": "early", "上半年": "early", "开年": "early",
    "中": "mid", "中旬": "mid", "年中": "mid", "月中": "mid",
    "底": "late", "末": "late", "下旬": "late", "年底": "late", "月底": "late", "年末": "late",
    "月末": "late", "下半年": "late",
    "内": "later", "晚些时候": "later", "稍后": "later", "晚些": "later", "稍晚": "later", "年内": "later",
}
# fmt: on
SEASONS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}
DAY_WORDS = {
    "今天": 0, "今日": 0, "今晚": 0, "今晨": 0, "今早": 0, "本日": 0, "明天": 1, "明日": 1, "明晚": 1,
    "后天": 2, "昨天": -1, "昨日": -1, "昨晚": -1, "前天": -2, "今起": 0, "即日起": 0, "明起": 1,
}  # fmt: skip
