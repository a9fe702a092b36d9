"""Texts and numbers of the web map and the slide deck in English, Russian or Kazakh, without Qt.

Words the app already translates are looked up in its own translation sources
(``resources/i18n/sezmap_<lang>.ts``: the same words as the app shows); the few that only the
exports use are in ``EXTRA`` below. Numbers are grouped as the language writes them
("4,592.0" in English, "4 592,0" in Russian and Kazakh) by render/numbers.py, as the app's are.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from sezmap.model.values import is_missing
from sezmap.paths import resources_dir
from sezmap.render import numbers

LANGUAGES = ("en", "ru", "kk")
NBSP = "\u00a0"

# Words only the exports use: source text -> (Russian, Kazakh).
EXTRA = {
    "Area": ("Площадь", "Аудан"),
    "Official area": ("Официальная площадь", "Ресми аудан"),
    "Allocated": ("Предоставлено", "Берілген"),
    "Infrastructure": ("Инфраструктура", "Инфрақұрылым"),
    "Unused": ("Не используется", "Пайдаланылмайды"),
    "Plots": ("Участки", "Учаскелер"),
    "Idle plots": ("Простаивающие участки", "Бос тұрған учаскелер"),
    "Idle land": ("Простаивающая земля", "Бос тұрған жер"),
    "Nearest corridor": ("Ближайший коридор", "Ең жақын дәліз"),
    "Nearest border crossing": ("Ближайший погранпереход", "Ең жақын шекара өткелі"),
    "Nearest seaport": ("Ближайший морской порт", "Ең жақын теңіз порты"),
    "Nearest dry port": ("Ближайший сухой порт", "Ең жақын құрғақ порт"),
    "Unused land, all zones": ("Неиспользуемая земля, все зоны", "Пайдаланылмайтын жер, барлық аймақтар"),
    "Figures as of %1.": ("Показатели на %1.", "%1 күнгі көрсеткіштер."),
    "Zones": ("Зоны", "Аймақтар"),
    "Zone": ("Зона", "Аймақ"),
    "Plot": ("Участок", "Учаске"),
    "Corridors": ("Коридоры", "Дәліздер"),
    "Hubs": ("Хабы", "Хабтар"),
    "Status": ("Статус", "Мәртебе"),
    "Legend": ("Легенда", "Шартты белгілер"),
    "Plots by status": ("Участки по статусу", "Учаскелер мәртебесі бойынша"),
    "Online tiles": ("Онлайн-подложка", "Онлайн негізгі карта"),
    "Vacant plots": ("Свободные участки", "Бос учаскелер"),
    "Vacant land": ("Свободная земля", "Бос жер"),
    "Vacant plots for investors": ("Свободные участки для инвесторов", "Инвесторларға арналған бос учаскелер"),
    "Focus": ("Специализация", "Мамандануы"),
    "Region": ("Регион", "Өңір"),
    "Established": ("Создана", "Құрылған жылы"),
    "Contact": ("Контакты", "Байланыс"),
    "For enquiries, contact the zone's management company.": (
        "По вопросам обращайтесь в управляющую компанию зоны.",
        "Сұрақтар бойынша аймақтың басқарушы компаниясына хабарласыңыз."),
    "Special Economic Zones of Kazakhstan": ("Специальные экономические зоны Казахстана",
                                            "Қазақстанның арнайы экономикалық аймақтары"),
    "Land use, idle plots and logistics": ("Использование земли, простаивающие участки и логистика",
                                           "Жерді пайдалану, бос тұрған учаскелер және логистика"),
    "Unused land by zone": ("Неиспользуемая земля по зонам", "Аймақтар бойынша пайдаланылмайтын жер"),
    "Unused share of the zone's area, %": ("Доля неиспользуемой площади зоны, %",
                                           "Аймақ ауданындағы пайдаланылмайтын үлес, %"),
    "Sources": ("Источники", "Дереккөздер"),
    "Data": ("Данные", "Деректер"),
    "Zone boundaries are schematic outlines at the published locations, sized to the official hectares.": (
        "Границы зон схематичны: контуры в опубликованных местах, по официальной площади.",
        "Аймақ шекаралары сызбалық: жарияланған орындардағы ресми ауданға сай контурлар."),
    "Plots are an illustrative layout calibrated to published figures; tenants, dates and money are invented.": (
        "Участки — иллюстративная раскладка, откалиброванная по опубликованным цифрам; арендаторы, даты и суммы вымышлены.",
        "Учаскелер — жарияланған сандарға сай шартты орналасу; жалға алушылар, күндер мен сомалар ойдан алынған."),
    "Basemap: Natural Earth (public domain) and GeoNames (CC BY 4.0).": (
        "Подложка: Natural Earth (общественное достояние) и GeoNames (CC BY 4.0).",
        "Негізгі карта: Natural Earth (қоғамдық игілік) және GeoNames (CC BY 4.0)."),
    "Made with sezmap on %1.": ("Подготовлено в sezmap %1.", "sezmap бағдарламасында %1 дайындалды."),
    "%1 of %2 plots shown (the largest).": ("Показано %1 из %2 участков (крупнейшие).",
                                           "%2 учаскенің %1 көрсетілген (ең ірілері)."),
    "Schematic boundaries, illustrative plots: see the sources.": (
        "Границы схематичны, участки иллюстративны: см. источники.",
        "Шекаралар сызбалық, учаскелер шартты: дереккөздерді қараңыз."),
    "Distances": ("Расстояния", "Қашықтықтар"),
    "Land": ("Земля", "Жер"),
    "Measure": ("Измерить", "Өлшеу"),
    "Full screen": ("Полный экран", "Толық экран"),
    "Exit full screen": ("Выйти из полноэкранного режима", "Толық экраннан шығу"),
    "Other": ("Другое", "Басқа"),
    "Map: %1": ("Карта: %1", "Карта: %1"),
    "Indicator": ("Показатель", "Көрсеткіш"),
    "Value": ("Значение", "Мәні"),
    "as of %1": ("на %1", "%1 жағдай бойынша"),
    "%1 ha": ("%1 га", "%1 га"),
    "%1 km": ("%1 км", "%1 км"),
    "%1 plots, %2 ha": ("%1 участков, %2 га", "%1 учаске, %2 га"),
}


@functools.lru_cache(maxsize=None)
def _ts_table(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation from the app's .ts file ('' context: any)."""
    path = resources_dir() / "i18n" / f"sezmap_{language}.ts"
    out: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return out
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
                continue
            text = (node.text or "").strip()
            if not text:
                continue
            out[(name, source)] = text
            out.setdefault(("", source), text)
    return out


@functools.lru_cache(maxsize=None)
def _plural_table(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the plural forms of a numerus message of the app's .ts file."""
    path = resources_dir() / "i18n" / f"sezmap_{language}.ts"
    out: dict[tuple[str, str], list[str]] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return out
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if message.get("numerus") != "yes" or source is None or node is None or node.get("type"):
                continue
            forms = [(form.text or "").strip() for form in node.iter("numerusform")]
            if forms and all(forms):
                out[(name, source)] = forms
    return out


def plural_form(language: str, n: int) -> int:
    """Which of a message's plural forms ``n`` takes (Qt's rules: Russian has three)."""
    n = abs(int(n))
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    return 0 if n == 1 else 1


class Texts:
    """Translations and number formats for one language ("en", "ru" or "kk"; others read English)."""

    def __init__(self, language: str = "en"):
        self.language = language if language in LANGUAGES else "en"

    def tr(self, source: str, *args, context: str = "sezmap") -> str:
        text = source
        if self.language != "en":
            extra = EXTRA.get(source)
            table = _ts_table(self.language)
            if (context, source) in table:
                text = table[(context, source)]
            elif extra is not None:
                text = extra[LANGUAGES.index(self.language) - 1]
            elif ("", source) in table:
                text = table[("", source)]
        for n, arg in enumerate(args, start=1):
            text = text.replace(f"%{n}", str(arg))
        return text

    def plural(self, one: str, many: str, n: int, *args, context: str = "sezmap") -> str:
        """``one`` or ``many`` (English sources with %Ln, the count) in the plural form ``n``
        takes in this language, as Qt's ``tr(many, "", n)`` writes it."""
        text = one if n == 1 else many
        if self.language != "en":
            forms = _plural_table(self.language).get((context, many))
            if forms:
                text = forms[min(plural_form(self.language, n), len(forms) - 1)]
        text = text.replace("%Ln", self.number(int(n)))
        for k, arg in enumerate(args, start=1):
            text = text.replace(f"%{k}", str(arg))
        return text

    # --- numbers ----------------------------------------------------------------------------

    def number(self, value, decimals: int = 0) -> str:
        return numbers.grouped(value, decimals, self.language)

    def hectares(self, value, decimals: int = 1) -> str:
        return "—" if _none(value) else self.tr("%1 ha", self.number(value, decimals))

    def kilometres(self, value, decimals: int = 1) -> str:
        return "—" if _none(value) else self.tr("%1 km", self.number(value, decimals))

    def ratio(self, value, decimals: int = 1) -> str:
        return "—" if _none(value) else self.number(100.0 * float(value), decimals) + NBSP + "%"

    def tenge(self, value) -> str:
        return "—" if _none(value) else self.number(value, 0) + NBSP + "₸"


def _none(value) -> bool:
    return value is None or is_missing(value, blank_text=False)


def name_of(row, language: str) -> str:
    """A feature's name in ``language``: name_<lang>, else Russian, else English (as the app)."""
    keys = {"kk": ("name_kk", "name_ru", "name_en"), "ru": ("name_ru", "name_en")}.get(
        language, ("name_en", "name_ru"))
    get = row.get if hasattr(row, "get") else (lambda _k: None)
    for key in keys:
        value = get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""
