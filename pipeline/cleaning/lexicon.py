"""The wording of page chrome in English, Russian and Chinese, written once; :mod:`.scraped` builds its patterns.

Each entry is a regular-expression fragment matched case-insensitively on a normalised line (NFKC, so
full-width Chinese punctuation is already ASCII: "：" is ":", "（" is "("). A new phrasing is a line here;
a new language is a new entry in each table. What a table means is in its comment; how much of a line
must match (the whole line, its start, or anywhere in a short line) is the table's, not the entry's.
"""

from __future__ import annotations

from collections.abc import Mapping

Lexicon = Mapping[str, tuple[str, ...]]

# The whole line heads a block of other stories ("Read more", "Читайте также", "相关新闻").
RELATED_MARKERS: Lexicon = {
    "en": (
        r"read more",
        r"read next",
        r"related",
        r"related (articles?|stories|news|coverage|content|reading|posts|links|videos?)",
        r"relevant news",
        r"more (stories|news|articles|from [\w .'&-]{1,40}|on this (story|topic)|to read|from this section)",
        r"you (may|might) (also )?(like|enjoy|be interested in)",
        r"recommended( for you| stories| reading)?",
        r"most (read|popular|viewed|shared|watched)",
        r"latest( news| stories| articles)?",
        r"trending( now| stories)?",
        r"breaking news",
        r"don't miss",
        r"also read",
        r"see also",
        r"further reading",
        r"editor'?s'? picks",
        r"top stories",
        r"what to read next",
        r"in other news",
        r"popular( now| stories)?",
        r"more in [\w .'&-]{1,40}",
        r"recent (posts|stories|articles)",
        r"next (article|story)",
    ),
    "ru": (
        r"читайте (также|еще|ещё)",
        r"смотрите также",
        r"новости партнеров",
        r"(другие |все |последние |похожие |главные )?новости( по теме)?",
        r"(еще|ещё) по теме",
        r"(материалы )?по теме",
        r"выбор читателей",
        r"рекомендуем",
        r"популярное",
        r"самое (читаемое|популярное|интересное)",
        r"сейчас читают",
        r"вам (может быть|будет) интересно",
        r"лента новостей",
    ),
    "zh": (
        r"(相关|相關|更多|最新|热门|熱門|热点|熱點|推荐|推薦|精彩|延伸|重要|即时|即時)(新闻|新聞|阅读|閱讀|报道|報導|文章|快讯|快訊|快報|快报|影音|推荐|推薦)",
        r"更多.{0,6}(新闻|新聞|要闻|要聞|文章|报道|報導)?",
        r"最夯影音",
        r"(猜你喜欢|猜你喜歡|为您推荐|為您推薦|编辑推荐|編輯推薦|热门|熱門|本分類最新(更多)?)",
        r"近期读者推荐",
    ),
}

# At the start of a line, then a colon and another story's headline ("Read more: ...", "Читайте также: ...").
INLINE_RELATED: Lexicon = {
    "en": (r"read more", r"read also", r"also read", r"see also", r"related", r"read next", r"more", r"watch"),
    "ru": (r"читайте (также|еще|ещё)", r"смотрите также", r"по теме", r"подробнее"),
    "zh": (r"相关|相關|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多",),
}

# Starts a call to action ("Support The Daily Planet!", "Subscribe", "Sign up"), which is chrome when a
# word of CALL_TO_ACTION_TAILS follows or the line shouts; "Support for the bill grows" is a headline.
CALLS_TO_ACTION: Lexicon = {
    "en": (
        r"support",
        r"keep",
        r"donate",
        r"contribute",
        r"subscribe",
        r"sign\s+up",
        r"join",
        r"become\s+a",
        r"make\s+a",
        r"give",
        r"help\s+us",
        r"upgrade",
        r"register",
        r"unlock",
        r"get\s+unlimited",
        r"start\s+your",
        r"try",
        r"read now",
        r"get in front",
    ),
    "ru": (r"подпишитесь", r"поддержите", r"оформите подписку"),
    "zh": (r"订阅|訂閱", r"支持我们|支持我們"),
}

CALL_TO_ACTION_TAILS: Lexicon = {
    "en": (
        r"us",
        r"our",
        r"today",
        r"now",
        r"here",
        r"journalism",
        r"newsletters?",
        r"membership",
        r"members?",
        r"subscri\w*",
        r"donat\w*",
        r"contribut\w*",
        r"access",
        r"free",
        r"trial",
        r"supporter",
        r"premium",
        r"independent",
        r"reader-funded",
    ),
    "ru": (r"нас", r"наш\w*", r"сейчас", r"бесплатно"),
    "zh": (),
}

# A subscription, sign-in, donation or promotion banner: BANNER_STARTS starts the line ("Stay tuned ...");
# BANNER_PHRASES are plain lower-case words anywhere in a short line ("newsletter", "already a subscriber").
BANNER_STARTS: Lexicon = {
    "en": (r"stay tuned\b", r"(independent |quality )?journalism (for|that|you)\b", r"log ?in to (read|continue)"),
    "ru": (),
    "zh": (),
}

BANNER_PHRASES: Lexicon = {
    "en": (
        "newsletter",
        "paywall",
        "subscriber only",
        "subscribers only",
        "already a subscriber",
        "sign in",
        "create an account",
        "create a free account",
        "support independent journalism",
        "support quality journalism",
        "donation",
        "become a member",
        "become a patron",
        "become a supporter",
        "our journalism",
        "fund our",
    ),
    "ru": ("рассылк", "оформите подписку"),
    "zh": ("订阅", "訂閱", "电子报", "電子報"),
}

# Every word of a share line is one of these, and one of SHARE_NETWORKS is among them
# ("Facebook Twitter WhatsApp Email", "Share on Facebook | Share on Twitter").
SHARE_WORDS: Lexicon = {
    "en": tuple(
        [
            "share",
            "shares",
            "shared",
            "sharing",
            "tweet",
            "email",
            "e-mail",
            "mail",
            "print",
            "facebook",
            "twitter",
            "x",
            "linkedin",
            "whatsapp",
            "telegram",
            "reddit",
            "copy",
            "link",
            "links",
            "comments",
            "comment",
            "save",
            "pinterest",
            "vk",
            "flipboard",
            "messenger",
            "on",
            "this",
            "article",
            "story",
            "via",
            "the",
            "page",
            "url",
            "|",
            "·",
            "•",
            "/",
            "-",
            "and",
            "or",
            "to",
            "with",
            "follow",
            "us",
        ]
    ),
    "ru": tuple(["поделиться", "вконтакте", "одноклассники", "telegram", "whatsapp", "в", "и"]),
    "zh": tuple(["分享", "微信", "微博", "朋友圈", "qq", "到"]),
}

SHARE_NETWORKS: Lexicon = {
    "en": ("share", "tweet", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "email"),
    "ru": ("поделиться", "вконтакте", "одноклассники"),
    "zh": ("分享", "微信", "微博"),
}

# The whole line is a share, follow or app prompt ("Share on Facebook", "Поделиться", "分享到").
SHARE_STARTS: Lexicon = {
    "en": (
        r"share",
        r"tweet",
        r"follow (us|the \w+|@\w+)",
        r"like us on",
        r"join (us|our \w+) on",
        r"copy (the )?(current )?link",
        r"print (this|article)",
        r"bookmark",
        r"add to (my |the )?([\w-]+ )?list",
        r"pin it on",
        r"download (the|our) app",
    ),
    "ru": (r"поделиться", r"подписывайтесь", r"подпишитесь", r"смотрите нас", r"читайте нас", r"следите за"),
    "zh": (
        r"分享",
        r"加入line",
        r"关注我们|關注我們|关注$|關注$",
        r"下载|下載",
        r"扫码|掃碼",
        r".{0,12}(app|客户端|客戶端)\s*(下载|下載)",
        r".{0,16}[\u3400-\u9fff]\s?app(?![a-z])",
        r".{0,12}立刻下載",
        r"收藏",
        r"我要举报|我要舉報",
    ),
}

# The whole line marks an advert slot ("Advertisement", "Реклама", "广告 广告").
ADVERTS: Lexicon = {
    "en": (r"advertisement", r"advertising", r"sponsored( content)?", r"ad", r"promoted", r"paid (post|content)"),
    "ru": (r"реклама", r"на правах рекламы"),
    "zh": (r"(广告|廣告)( (广告|廣告))*",),
}

# Labels a line of tags ("Tags: India, Putin", "Теги: ...", "标签：...").
TAG_LABELS: Lexicon = {
    "en": (
        r"read more about",
        r"more about",
        r"more on",
        r"tags?",
        r"topics?",
        r"related topics",
        r"filed under",
        r"categories",
        r"keywords",
        r"subjects?",
    ),
    "ru": (r"теги", r"метки", r"темы", r"ключевые слова"),
    "zh": (r"标签|標籤", r"关键词|關鍵詞|关键字|關鍵字", r"热门|熱門|热搜|熱搜"),
}

# The whole line is page navigation ("Skip to main content", "Перейти к основному контенту", "回到頂端").
NAVIGATION: Lexicon = {
    "en": (
        r"skip to (main )?content",
        r"main menu",
        r"menu",
        r"search( in site)?",
        r"back to top",
        r"home",
        r"sections",
        r"close",
        r"open menu",
        r"toggle navigation",
        r"listen to (this )?article",
        r"audio",
        r"watch",
        r"video",
        r"scroll (down )?to continue",
        r"continue reading( below)?",
        r"view comments",
        r"show comments",
        r"load more",
        r"see all",
        r"loading\.*",
        r"accessibility links",
        r"site icon",
        r"exit mobile version",
        r"terms of (use|service)",
        r"privacy policy",
        r"contact us",
        r"about us",
        r"tags?:?",
        r"font size",
        r"\d+ (views|comments|shares)",
    ),
    "ru": (
        r"перейти к (основному )?(контенту|содержанию)",
        r"размер шрифта",
        r"обсудить",
        r"вводная картинка",
        r"главная",
    ),
    "zh": (
        r"\d*\.?\s*(跳轉|跳转)(至|到).{0,10}",
        r"\|?\s*返回.{0,10}(首页|首頁).*",
        r"(热度|熱度)\s*:.*",
        r"(回到|返回)(頂端|顶端|顶部|頂部|最上面)",
        r"登录|登錄|登入|注册|註冊|登录 注册|登入 註冊",
        r"首页|首頁",
        r"字号|字號",
        r"繁体版|繁體版|简体版|簡體版",
        r"打印|列印|反馈|反饋",
        r"(本页位置|您的位置|本頁位置|您的位置).*",
    ),
}

# A page's toolbar: a line mostly of these words is chrome ("Print Mail Large Medium Small", "Back Top Print Pdf").
TOOLBAR_WORDS: Lexicon = {
    "en": (
        "print",
        "mail",
        "email",
        "e-mail",
        "pdf",
        "share",
        "save",
        "large",
        "medium",
        "small",
        "larger",
        "smaller",
        "font",
        "size",
        "text",
        "back",
        "top",
        "comments",
        "comment",
        "listen",
        "bookmark",
        "a+",
        "a-",
    ),
    "ru": ("печать", "распечатать", "поделиться", "комментарии", "шрифт", "размер", "сохранить"),
    "zh": ("分享", "分享按钮", "打印", "列印", "字号", "字號", "大", "中", "小", "收藏", "评论", "評論"),
}

# The page's footer, comment box, legal notice or a prompt about the page itself rather than the story.
# FOOTER_STARTS: a line starting so ("Leave a comment", "Нашли ошибку", "声明:"); FOOTER_PHRASES: plain
# lower-case words found anywhere in a short line ("all rights reserved", "未经授权").
FOOTER_STARTS: Lexicon = {
    "en": (
        r"\(?©",
        r"leave a (comment|reply)",
        r"(no|read|view|\d+) comments?\b",
        r"post a comment",
        r"please enter your (comment|name|email)",
        r"found an (error|typo)",
        r"select the (error|text) and press",
        r"article continued below",
        r"end$",
        r"source link\b",
        r"newspapers in english$",
        r"(click|tap) here\b",
    ),
    "ru": (r"комментарии( к материалу)?\b", r"нашли ошибку"),
    "zh": (r"(声明|聲明):", r"(留言|评论|評論)$"),
}

FOOTER_PHRASES: Lexicon = {
    "en": (
        "all rights reserved",
        "copyright",
        "disclaimer",
        "reproduced without",
        "republication or redistribution",
        "comments powered by",
        "your email address will not be published",
        "community guidelines",
        "is committed to providing a forum",
        "share a story idea",
        "article continues below",
        "article continues after",
        "story continues below",
        "story continues after",
        "this video contains images",
        "turn on javascript",
        "enable javascript",
        "for an optimal experience",
        "your browser does not",
        "your browser doesn't",
        "your browser is not",
        "would you like to go to",
        "would you like to switch to",
        "contributed to this report",
        "this article is more than",
        "this was published",
        "this entry was posted in",
        "please try again later",
        "is currently unavailable",
    ),
    "ru": (
        "ваш браузер не поддерживает",
        "все права защищены",
        "при цитировании",
        "при использовании материалов",
        "всё это в разделе",
        "все это в разделе",
        "деактивирована",
    ),
    "zh": (
        "版权所有",
        "版權所有",
        "版权归",
        "版權歸",
        "不得转载",
        "不得轉載",
        "未经授权",
        "未經授權",
        "非經授權",
        "继续阅读",
        "繼續閱讀",
        "下滑阅读",
        "下滑閱讀",
        "往下阅读",
        "往下閱讀",
        "icp备",
        "icp備",
        "公网安备",
        "公網安備",
        "许可证:",
        "許可證:",
        "相关留言",
        "相關留言",
        "本文留言",
        "社群留言",
        "讀者迴響",
        "读者回响",
        "新聞關鍵字",
        "新闻关键字",
        "に移動しますか",
        "是否前往",
    ),
}

# A privacy notice: a line with one of the first words and one of the second ("...隱私...同意...").
PRIVACY_WORDS: Lexicon = {"en": (), "ru": (), "zh": ("隱私", "隐私")}
CONSENT_WORDS: Lexicon = {"en": (), "ru": (), "zh": ("同意", "接受")}

# Starts a byline or credit line of the article's makers ("By ...", "Автор: ...", "责任编辑：...").
BYLINE_LABELS: Lexicon = {
    "en": (r"by", r"written by", r"reporting by", r"edited by", r"author:?", r"posted by", r"source:?"),
    "ru": (r"автор:?", r"текст:?", r"редактор:?", r"автор материала:?", r"инф\.", r"источник:?"),
    "zh": (
        r".{0,4}(编译|編譯|记者|記者)",
        r"(责任编辑|責任編輯|责编|責編|编辑|編輯|撰稿编辑|撰稿編輯|图片编辑|圖片編輯|记者|記者|译者|譯者|作者|编译|編譯|来源|來源|新闻来源|新聞來源)\s*[:/]?",
    ),
}

# Ends a byline or desk line ("Monitoring Desk", "(редактор отдела Мир)", "記者王小明/台北報導").
BYLINE_ENDS: Lexicon = {
    "en": (r"(news|web|monitoring|staff|foreign|world|online) desk", r"staff reporter"),
    "ru": (r"\(редактор отдела [\w -]+\)", r"корреспондент"),
    "zh": (r"(报道|報導|报导|综合报道|綜合報導|专电|專電|摄|攝)", r"编译|編譯"),
}

# Names a picture: a caption starts with one of these ("Photo: ...", "Фото: ...", "图为...", "▲...").
CAPTION_STARTS: Lexicon = {
    "en": (
        r"(photo|photos|photograph|image|images|picture|pictured|caption|file photo|file|illustration|video|"
        r"credit|courtesy|above|top|main image|gallery)\s*(:|\||-|—|/|\))",
        r"camera icon",
        r"in this (file )?(photo|image|picture)\b",
        r"this (photo|image|picture) (taken|shows|released)\b",
    ),
    "ru": (r"фото(графия)?\s*(,\s*видео)?\s*:", r"на фото\b", r"иллюстрация\s*:", r"видео\s*:"),
    "zh": (r"▲", r"(图为|圖為|图片|圖片|照片|资料图|資料圖)\s*[::/]?", r"(图|圖)\s*[::/]"),
}

# A report's verbs of saying: a lead paragraph printed twice (the page's summary, then its first paragraph) says who
# told it ("..., a White House official said Wednesday."); a photo caption printed twice does not.
REPORTING_VERBS: Lexicon = {
    "en": (r"said", r"says", r"told", r"announced", r"reported", r"confirmed"),
    "ru": (r"сообщил\w*", r"заявил\w*", r"сообщает", r"сообщают", r"передает", r"передаёт", r"объявил\w*"),
    "zh": (r"表示", r"宣布", r"透露", r"报道", r"報導", r"报导", r"证实", r"證實"),
}

# Who took or sent a picture, as a caption ends ("... kremlin.ru", "(Photo: Reuters)", "(圖/路透)").
CREDIT_NAMES: Lexicon = {
    "en": (
        r"reuters",
        r"ap",
        r"ap photo",
        r"afp",
        r"afp via getty images",
        r"getty images",
        r"getty",
        r"epa",
        r"epa-efe",
        r"tass",
        r"xinhua",
        r"ria novosti",
        r"sputnik",
        r"anadolu( agency)?",
        r"shutterstock",
        r"pool",
        r"handout",
        r"wikimedia commons",
        r"kremlin press service",
        r"press service",
        r"press office",
        r"official photo",
        r"file photo",
        r"file",
        r"bloomberg",
        r"dpa",
        r"kyodo",
        r"yonhap",
        r"ani",
        r"pti",
        r"istock",
        r"imago",
        r"alamy",
        r"sipa",
        r"abaca",
        r"zuma( press)?",
        r"nurphoto",
        r"profimedia",
        r"flash ?90",
        r"the canadian press",
        r"representational image",
    ),
    "ru": (r"тасс", r"риа новости", r"коммерсантъ", r"global look press", r"спутник", r"reuters"),
    "zh": (
        r"新华社|新華社",
        r"中新社",
        r"路透社?",
        r"法新社",
        r"美联社|美聯社",
        r"欧新社|歐新社",
        r"中央社",
        r"共同社",
        r"韩联社|韓聯社",
        r"达志影像|達志影像",
        r"视觉中国|視覺中國",
        r"彭博社?",
        r"资料图片|資料圖片|资料照|資料照",
    ),
}

# Plain lower-case words that label a picture's credit anywhere in a short line ("Photo: Reuters", "图片来源").
CREDIT_LABELS: Lexicon = {
    "en": ("photo:", "image:", "picture:", "credit:", "©"),
    "ru": ("фото:",),
    "zh": ("图片来源", "圖片來源", "來源:", "来源:"),
}

# A picture word inside a closing bracket ends a caption ("(Photo: Reuters)", "(圖/路透)", "(Фото: ТАСС)").
PICTURE_WORDS: Lexicon = {
    "en": (r"photo", r"picture", r"image", r"credit", r"file", r"source"),
    "ru": (r"фото",),
    "zh": (r"图|圖", r"照片", r"摄|攝", r"图片来源|圖片來源", r"组图|組圖"),
}

# A line saying how long the story takes to read ("4 Min read", "1 минут чтения").
MINUTES_TO_READ: Lexicon = {
    "en": (r"\d+\s*(-\s*\d+\s*)?(min|mins|minute|minutes)\.?\s*(read|reading)", r"reading time:?\s*\d+.*"),
    "ru": (r"\d+\s*(мин|минут[аы]?)\.?\s*(чтения|на чтение)", r"время чтения:?\s*\d+.*"),
    "zh": (r"(阅读|閱讀)(时间|時間)?\s*[::]?\s*\d+\s*(分钟|分鐘)",),
}

# Month names, so that a line that is only a date and a label ("Posted 15 октября 2018") is a date line.
MONTHS: Lexicon = {
    "en": (
        r"jan(uary)?",
        r"feb(ruary)?",
        r"mar(ch)?",
        r"apr(il)?",
        r"may",
        r"june?",
        r"july?",
        r"aug(ust)?",
        r"sep(t|tember)?",
        r"oct(ober)?",
        r"nov(ember)?",
        r"dec(ember)?",
    ),
    "ru": (
        r"январ[ья]",
        r"феврал[ья]",
        r"марта?",
        r"апрел[ья]",
        r"ма[йя]",
        r"июн[ья]",
        r"июл[ья]",
        r"августа?",
        r"сентябр[ья]",
        r"октябр[ья]",
        r"ноябр[ья]",
        r"декабр[ья]",
    ),
    "zh": (),
}

WEEKDAYS: Lexicon = {
    "en": (
        r"mon(day)?",
        r"tue(s|sday)?",
        r"wed(nesday)?",
        r"thu(rs|rsday)?",
        r"fri(day)?",
        r"sat(urday)?",
        r"sun(day)?",
    ),
    "ru": (r"понедельник", r"вторник", r"среда", r"четверг", r"пятница", r"суббота", r"воскресенье"),
    "zh": (r"(星期|周|週)[一二三四五六日天]",),
}

# Words that label a date line ("Updated", "Опубликовано", "更新時間", "发布").
DATE_LABELS: Lexicon = {
    "en": (
        r"published",
        r"updated",
        r"posted",
        r"last updated",
        r"modified",
        r"a\.?m\.?",
        r"p\.?m\.?",
        r"ist",
        r"gmt",
        r"utc",
        r"edt",
        r"date",
    ),
    "ru": (r"опубликовано", r"обновлено", r"изменено"),
    "zh": (r"更新时间|更新時間|更新", r"发布时间|發布時間|发布|發布|發表|发表", r"时间|時間", r"日期"),
}

# A line that ends on one of these words was cut mid-sentence by a wrap, however short ("On September 3, Vladimir
# Putin will" / "pay an official visit"): no headline, caption or label ends on an article, a preposition or an
# auxiliary. Matched on the line's last word, case-insensitively.
WRAP_ENDERS: Lexicon = {
    "en": (
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "and",
        "or",
        "that",
        "will",
        "would",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "his",
        "her",
        "their",
        "its",
    ),
    "ru": ("в", "во", "на", "и", "с", "со", "к", "по", "из", "о", "об", "от", "для", "что", "не", "его", "ее", "её"),
    "zh": (),
}
