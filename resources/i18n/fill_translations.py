"""Fill sezmap_ru.ts and sezmap_kk.ts from the table below, then compile them to .qm.

Run after `pyside6-lupdate -no-obsolete sezmap/ui/*.py sezmap/render/*.py sezmap/export/*.py
sezmap/export/web/*.py -ts resources/i18n/sezmap_ru.ts resources/i18n/sezmap_kk.ts` whenever UI
strings change (the exports' words, context "export", are in the same catalogue):

    python resources/i18n/fill_translations.py

Any source text missing from the table is reported and the script fails, so no string
ships untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# source text -> (Russian, Kazakh)
T = {
    # About
    "A desktop GIS for Kazakhstan's Special Economic Zones: boundaries, plot allocation, transport corridors, hubs and unused land.":
        ("Настольная ГИС для специальных экономических зон Казахстана: границы, распределение участков, "
         "транспортные коридоры, хабы и неиспользуемые земли.",
         "Қазақстанның арнайы экономикалық аймақтарына арналған жұмыс үстелі ГАЖ: шекаралар, учаскелердің бөлінуі, "
         "көлік дәліздері, хабтар және пайдаланылмай жатқан жер."),
    "Data sources": ("Источники данных", "Деректер көздері"),
    "Zones, plots, corridors and hubs: the bundled project (layers/default.gpkg), built from the public facts listed in seeds/SOURCES.md; plots are illustrative.":
        ("Зоны, участки, коридоры и хабы: встроенный проект (layers/default.gpkg), собранный из открытых сведений, "
         "перечисленных в seeds/SOURCES.md; участки условные.",
         "Аймақтар, учаскелер, дәліздер мен хабтар: кірістірілген жоба (layers/default.gpkg), seeds/SOURCES.md "
         "тізіміндегі ашық мәліметтерден құрылған; учаскелер шартты."),
    "Map display: Albers equal-area conic for Kazakhstan (WGS84).":
        ("Картографическая проекция: равновеликая коническая Альберса для Казахстана (WGS84).",
         "Карта проекциясы: Қазақстанға арналған Альберстің тең аудандық конустық проекциясы (WGS84)."),
    "About sezmap": ("О программе sezmap", "sezmap туралы"),
    # main window: actions and menus
    "&Open project…": ("&Открыть проект…", "Жобаны &ашу…"),
    "&Import vector file…": ("&Импорт векторного файла…", "Векторлық файлды &импорттау…"),
    "Add &raster overlay…": ("Добавить &растровый слой…", "&Растрлық қабат қосу…"),
    "&Save map image…": ("&Сохранить изображение карты…", "Карта суретін &сақтау…"),
    "&Quit": ("В&ыход", "&Шығу"),
    "Zoom &in": ("&Приблизить", "&Жақындату"),
    "Zoom &out": ("&Отдалить", "&Алыстату"),
    "&Full extent": ("&Весь охват", "&Толық көрініс"),
    "Zoom to &zone": ("К &зоне", "&Аймаққа жақындату"),
    "&Previous extent": ("&Предыдущий охват", "&Алдыңғы көрініс"),
    "&Next extent": ("&Следующий охват", "&Келесі көрініс"),
    "&Refresh": ("&Обновить", "&Жаңарту"),
    "&Pan": ("&Сдвиг", "&Жылжыту"),
    "Zoom &box": ("Увеличить &рамкой", "&Рамкамен үлкейту"),
    "&Identify": ("&Информация об объекте", "&Нысан туралы ақпарат"),
    "&Measure distance": ("&Измерить расстояние", "&Қашықтықты өлшеу"),
    "Measure &area": ("Измерить &площадь", "&Ауданды өлшеу"),
    "&Preferences…": ("&Параметры…", "&Баптаулар…"),
    "&About sezmap": ("&О программе sezmap", "sezmap &туралы"),
    "Clear the list": ("Очистить список", "Тізімді тазарту"),
    "&File": ("&Файл", "&Файл"),
    "Open &recent": ("&Недавние проекты", "&Соңғы жобалар"),
    "&View": ("&Вид", "&Көрініс"),
    "Pa&nels": ("&Панели", "&Панельдер"),
    "&Tools": ("&Инструменты", "&Құралдар"),
    "&Settings": ("&Настройки", "&Баптаулар"),
    "&Help": ("&Справка", "&Анықтама"),
    "Map": ("Карта", "Карта"),
    "Zone": ("Зона", "Аймақ"),
    "Zone:": ("Зона:", "Аймақ:"),
    "Layers": ("Слои", "Қабаттар"),
    "Cancel": ("Отмена", "Бас тарту"),
    # main window: messages
    "Opening %1…": ("Открывается %1…", "%1 ашылуда…"),
    "%1 zones, %2 plots": ("Зон: %1, участков: %2", "Аймақтар: %1, учаскелер: %2"),
    "Analysis failed": ("Ошибка анализа", "Талдау сәтсіз аяқталды"),
    "Cannot open the project": ("Не удаётся открыть проект", "Жобаны ашу мүмкін емес"),
    "Open project": ("Открыть проект", "Жобаны ашу"),
    "GeoPackage projects (*.gpkg)": ("Проекты GeoPackage (*.gpkg)", "GeoPackage жобалары (*.gpkg)"),
    "Cancelled": ("Отменено", "Тоқтатылды"),
    "— all zones —": ("— все зоны —", "— барлық аймақтар —"),
    "Nothing here": ("Здесь ничего нет", "Мұнда ештеңе жоқ"),
    "The analysis is still running; try again in a moment.":
        ("Анализ ещё выполняется; повторите через минуту.", "Талдау әлі жүріп жатыр; сәлден кейін қайталаңыз."),
    "Import vector file": ("Импорт векторного файла", "Векторлық файлды импорттау"),
    "Vector files (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)":
        ("Векторные файлы (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)",
         "Векторлық файлдар (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)"),
    "Open a project first.": ("Сначала откройте проект.", "Алдымен жобаны ашыңыз."),
    "Import": ("Импорт", "Импорттау"),
    "Into which layer of the project?": ("В какой слой проекта?", "Жобаның қай қабатына?"),
    "The file has several layers. Which one?": ("В файле несколько слоёв. Какой из них?",
                                                "Файлда бірнеше қабат бар. Қайсысы?"),
    "Import failed": ("Импорт не удался", "Импорттау сәтсіз аяқталды"),
    "Add raster overlay": ("Добавить растровый слой", "Растрлық қабат қосу"),
    "GeoTIFF (*.tif *.tiff)": ("GeoTIFF (*.tif *.tiff)", "GeoTIFF (*.tif *.tiff)"),
    "Cannot open the raster": ("Не удаётся открыть растр", "Растрды ашу мүмкін емес"),
    "Save map image": ("Сохранить изображение карты", "Карта суретін сақтау"),
    "PNG images (*.png)": ("Изображения PNG (*.png)", "PNG суреттері (*.png)"),
    # attribute table
    "Attribute table": ("Таблица атрибутов", "Атрибуттар кестесі"),
    "Status:": ("Статус:", "Мәртебе:"),
    "Search plot, tenant, project…": ("Поиск: участок, арендатор, проект…", "Іздеу: учаске, жалгер, жоба…"),
    "All statuses": ("Все статусы", "Барлық мәртебелер"),
    "Pick a zone to list its plots": ("Выберите зону, чтобы увидеть её участки", "Учаскелерін көру үшін аймақты таңдаңыз"),
    "%1 of %2 plots": ("%1 из %2 участков", "%2 учаскенің %1"),
    # identify
    "Identify results": ("Свойства объекта", "Нысан қасиеттері"),
    "Field": ("Поле", "Өріс"),
    "Value": ("Значение", "Мәні"),
    # layers panel
    "Opacity": ("Непрозрачность", "Мөлдірсіздік"),
    "Move the layer up": ("Поднять слой", "Қабатты жоғары жылжыту"),
    "Move the layer down": ("Опустить слой", "Қабатты төмен жылжыту"),
    "Legend": ("Легенда", "Шартты белгілер"),
    # logistics
    "Logistics": ("Логистика", "Логистика"),
    "From zone:": ("Из зоны:", "Аймақтан:"),
    "To hub:": ("В хаб:", "Хабқа:"),
    "Show the route": ("Показать маршрут", "Бағытты көрсету"),
    "Clear the route": ("Убрать маршрут", "Бағытты алып тастау"),
    "%1 cannot reach %2 along the corridors.":
        ("Из %1 нельзя добраться до %2 по коридорам.", "%1 аймағынан %2 дейін дәліздер арқылы жету мүмкін емес."),
    "%1 → %2: %3 km along the corridors (with the legs to and from the network).":
        ("%1 → %2: %3 км по коридорам (с подъездами к сети и от неё).",
         "%1 → %2: дәліздер бойымен %3 км (желіге дейінгі және желіден кейінгі жолдарды қоса)."),
    # settings
    "Preferences": ("Параметры", "Баптаулар"),
    "Show the bundled offline basemap": ("Показывать встроенную офлайн-подложку", "Кірістірілген офлайн негізгі картаны көрсету"),
    "Optional online tiles drawn over the offline basemap, cached on disk; without a connection the offline basemap is shown. Respect the tile server's usage policy.":
        ("Необязательные онлайн-тайлы поверх офлайн-подложки, с кэшем на диске; без связи показывается "
         "офлайн-подложка. Соблюдайте правила использования сервера тайлов.",
         "Офлайн негізгі картаның үстінен көрсетілетін қосымша онлайн тайлдар, дискіде кэштеледі; байланыс "
         "болмаса, офлайн негізгі карта көрсетіледі. Тайл серверінің пайдалану ережелерін сақтаңыз."),
    "XYZ tiles:": ("Тайлы XYZ:", "XYZ тайлдары:"),
    "Online tiles": ("Онлайн-тайлы", "Онлайн тайлдар"),
    "Language:": ("Язык:", "Тіл:"),
    "Basemap:": ("Подложка:", "Негізгі карта:"),
    # dashboard
    "Zone dashboard": ("Сводка по зоне", "Аймақ көрсеткіштері"),
    "Area": ("Площадь", "Аудан"),
    "Official area": ("Официальная площадь", "Ресми аудан"),
    "Allocated": ("Предоставлено", "Берілген"),
    "Infrastructure": ("Инфраструктура", "Инфрақұрылым"),
    "Unused": ("Не используется", "Пайдаланылмайды"),
    "Plots": ("Участки", "Учаскелер"),
    "Idle plots": ("Простаивающие участки", "Бос тұрған учаскелер"),
    "Nearest corridor": ("Ближайший коридор", "Ең жақын дәліз"),
    "Nearest border crossing": ("Ближайший погранпереход", "Ең жақын шекара өткелі"),
    "Nearest seaport": ("Ближайший морской порт", "Ең жақын теңіз порты"),
    "Nearest dry port": ("Ближайший сухой порт", "Ең жақын құрғақ порт"),
    "Land by plot status": ("Земля по статусам участков", "Учаске мәртебесі бойынша жер"),
    "Idle plots (deadline passed, investment short)":
        ("Простаивающие участки (срок истёк, инвестиций меньше обещанного)",
         "Бос тұрған учаскелер (мерзімі өтті, инвестиция уәдеден аз)"),
    "Distance along the corridors to the hubs": ("Расстояние по коридорам до хабов", "Дәліздер бойымен хабтарға дейінгі қашықтық"),
    "Unused land, all zones": ("Неиспользуемая земля, все зоны", "Пайдаланылмайтын жер, барлық аймақтар"),
    "No project is open.": ("Проект не открыт.", "Жоба ашылмаған."),
    "Computing the zone figures…": ("Расчёт показателей зон…", "Аймақ көрсеткіштері есептелуде…"),
    "Figures as of %1.": ("Показатели на %1.", "%1 күнгі көрсеткіштер."),
    "Pick a zone on the map or in the toolbar":
        ("Выберите зону на карте или на панели инструментов", "Аймақты картадан немесе құралдар тақтасынан таңдаңыз"),
    "%1 plots, %2 ha": ("%1 участков, %2 га", "%1 учаске, %2 га"),
    "none": ("нет", "жоқ"),
    # statuses, layers, hub kinds, modes (context "sezmap")
    "Vacant": ("Свободен", "Бос"),
    "Reserved": ("Зарезервирован", "Брондалған"),
    "Under construction": ("Строится", "Салынуда"),
    "Operational": ("Действует", "Жұмыс істейді"),
    "Withdrawn": ("Изъят", "Алынып қойылған"),
    "Zones": ("Зоны", "Аймақтар"),
    "Corridors": ("Коридоры", "Дәліздер"),
    "Hubs": ("Хабы", "Хабтар"),
    "Basemap": ("Подложка", "Негізгі карта"),
    "Countries": ("Страны", "Елдер"),
    "Regions": ("Регионы", "Өңірлер"),
    "Lakes and seas": ("Озёра и моря", "Көлдер мен теңіздер"),
    "Rivers": ("Реки", "Өзендер"),
    "Cities": ("Города", "Қалалар"),
    "Route": ("Маршрут", "Бағыт"),
    "Selection": ("Выделение", "Таңдалғандар"),
    "Border crossing": ("Погранпереход", "Шекара өткелі"),
    "Seaport": ("Морской порт", "Теңіз порты"),
    "Dry port": ("Сухой порт", "Құрғақ порт"),
    "Logistics hub": ("Логистический хаб", "Логистикалық хаб"),
    "Cooperation centre": ("Центр сотрудничества", "Ынтымақтастық орталығы"),
    "Station": ("Станция", "Станция"),
    "rail": ("ж/д", "т/ж"),
    "road": ("авто", "автожол"),
    "sea": ("море", "теңіз"),
    "multimodal": ("мультимодальный", "мультимодальды"),
    # field captions (attribute table headers, identify panel)
    "Plot": ("Участок", "Учаске"),
    "Cadastral number": ("Кадастровый номер", "Кадастрлық нөмір"),
    "Status": ("Статус", "Мәртебе"),
    "Tenant": ("Арендатор", "Жалгер"),
    "Project": ("Проект", "Жоба"),
    "Allocated on": ("Дата предоставления", "Берілген күні"),
    "Contract deadline": ("Срок по договору", "Шарт бойынша мерзім"),
    "Investment committed, ₸": ("Инвестиции (обязательства), ₸", "Инвестиция (міндеттеме), ₸"),
    "Investment made, ₸": ("Инвестиции (факт), ₸", "Инвестиция (нақты), ₸"),
    "Jobs planned": ("Рабочие места (план)", "Жұмыс орындары (жоспар)"),
    "Zone part": ("Часть зоны", "Аймақ бөлігі"),
    "Version": ("Версия", "Нұсқа"),
    "Last changed": ("Изменено", "Өзгертілген уақыты"),
    "Changed by": ("Кем изменено", "Кім өзгертті"),
    "Name (English)": ("Название (англ.)", "Атауы (ағылш.)"),
    "Name (Russian)": ("Название (рус.)", "Атауы (орыс.)"),
    "Name (Kazakh)": ("Название (каз.)", "Атауы (қаз.)"),
    "Category": ("Категория", "Санаты"),
    "Established": ("Год создания", "Құрылған жылы"),
    "Expires": ("Действует до", "Қолданылу мерзімі"),
    "Official area, ha": ("Официальная площадь, га", "Ресми аудан, га"),
    "Focus": ("Специализация", "Мамандануы"),
    "Region": ("Регион", "Өңір"),
    "Source": ("Источник", "Дереккөз"),
    "Corridor": ("Коридор", "Дәліз"),
    "Mode": ("Вид транспорта", "Көлік түрі"),
    "Hub": ("Хаб", "Хаб"),
    "Kind": ("Тип", "Түрі"),
    "Country": ("Страна", "Ел"),
    "city": ("городская", "қалалық"),
    "industry": ("промышленная", "өнеркәсіптік"),
    "trade": ("торговая", "сауда"),
    "Online tiles unavailable (%1); showing the offline basemap":
        ("Онлайн-тайлы недоступны (%1); показана офлайн-подложка",
         "Онлайн тайлдар қолжетімсіз (%1); офлайн негізгі карта көрсетілген"),
    "Online tiles not drawn: %1": ("Онлайн-тайлы не отрисованы: %1", "Онлайн тайлдар салынбады: %1"),
    # units (numbers themselves follow the locale: 4 592,0)
    "%1 ha": ("%1 га", "%1 га"),
    "%1 km": ("%1 км", "%1 км"),
    "%1 m": ("%1 м", "%1 м"),
    "%1 km²": ("%1 км²", "%1 км²"),
}
# Same English word, other meaning in context "sezmap": statuses are adjectives of a plot.
CONTEXT = {
    ("sezmap", "Allocated"): ("Предоставлен", "Берілген"),
    ("sezmap", "Infrastructure"): ("Инфраструктура", "Инфрақұрылым"),
    ("sezmap", "Plots"): ("Участки", "Учаскелер"),
}


def _more_tables() -> None:
    """Tables of further strings, one file per part of the app (tables/*.py, each with a ``T``
    and, optionally, a ``CONTEXT`` of (context, source) keys). A source may be in two tables only
    with the same translation: no table overrides another."""
    import importlib.util

    for path in sorted((HERE / "tables").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"tables_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for into, more in ((T, module.T), (CONTEXT, getattr(module, "CONTEXT", {}))):
            clashes = [key for key, pair in more.items() if into.get(key, pair) != pair]
            if clashes:
                raise SystemExit(f"{path.name}: translated differently elsewhere: {clashes}")
            into.update(more)


_more_tables()


def fill(ts_path: Path, column: int) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            pair = CONTEXT.get((name, source)) or T.get(source)
            translation = message.find("translation")
            if pair is None:
                missing.append(f"{name}: {source}")
                continue
            forms = pair[column]
            if message.get("numerus") == "yes":
                forms = forms if isinstance(forms, tuple) else (forms,)
                for i, node in enumerate(translation.findall("numerusform")):
                    node.text = forms[min(i, len(forms) - 1)]
            else:
                translation.text = forms
            translation.attrib.pop("type", None)
    tmp = ts_path.with_suffix(".ts.tmp")  # written whole, then renamed: a crash leaves the old file
    tree.write(tmp, encoding="utf-8", xml_declaration=True)
    tmp.replace(ts_path)
    return missing


def lrelease() -> str:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return exe


def main() -> int:
    missing = []
    for lang, column in (("ru", 0), ("kk", 1)):
        ts = HERE / f"sezmap_{lang}.ts"
        missing += fill(ts, column)
        subprocess.run([lrelease(), str(ts), "-qm", str(HERE / f"sezmap_{lang}.qm")], check=True)
    if missing:
        print("untranslated:\n" + "\n".join(sorted(set(missing))), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
