"""Translations of the imagery check in the window (Tools → Check against imagery, its dialog,
the review list, the map's layers, the reason it fills in): source text -> (Russian, Kazakh)."""

BANDS = (("%n канал", "%n канала", "%n каналов"), ("%n арна", "%n арна"))
CHECKING = (("Проверяется %n участок…", "Проверяются %n участка…", "Проверяются %n участков…"),
            ("%n учаске тексерілуде…", "%n учаске тексерілуде…"))

T = {
    # the map's layers and the flags
    "Looks unbuilt": ("Похоже, не застроен", "Салынбаған сияқты"),
    "Looks built": ("Похоже, застроен", "Салынған сияқты"),
    "No data": ("Нет данных", "Деректер жоқ"),
    "Consistent": ("Совпадает", "Сәйкес"),
    "Flagged by imagery": ("Отмечено по снимкам", "Суреттен белгіленген"),
    "Imagery: %1": ("Снимок: %1", "Сурет: %1"),
    "Built-up score, 0 → 1": ("Оценка застроенности, 0 → 1", "Салынғандық бағасы, 0 → 1"),
    # the dialog
    "%n band": BANDS,
    "%n bands": BANDS,
    "A built-up score (0…1) in one band": ("Оценка застроенности (0…1) в одном канале",
                                           "Бір арнадағы салынғандық бағасы (0…1)"),
    "A pixel counts as built at or above the threshold (NDVI: below it); a plot reported built with less than "
    "this share of built land is flagged, and one reported vacant with more.":
        ("Пиксель считается застроенным при значении не ниже порога (NDVI: ниже порога); участок, заявленный "
         "застроенным, с меньшей долей застроенной земли отмечается, как и заявленный свободным — с большей.",
         "Мәні шектен кем емес пиксель салынған деп саналады (NDVI: шектен төмен); салынған деп көрсетілген "
         "учаске салынған жердің үлесі бұдан аз болса белгіленеді, бос деп көрсетілгені — көп болса."),
    "An index computed from bands": ("Индекс, вычисленный по каналам", "Арналардан есептелген индекс"),
    "Band:": ("Канал:", "Арна:"),
    "Cancelled: nothing was checked.": ("Отменено: ничего не проверено.", "Тоқтатылды: ештеңе тексерілмеді."),
    "Check against imagery": ("Проверка по снимкам", "Суреттер бойынша тексеру"),
    "Check reported status against imagery": ("Сверка заявленного статуса со снимками",
                                              "Көрсетілген мәртебені суреттермен салыстыру"),
    "Checking %n plot…": CHECKING,
    "Checking %n plots…": CHECKING,
    "GeoTIFF:": ("GeoTIFF:", "GeoTIFF:"),
    "Index:": ("Индекс:", "Индекс:"),
    "NIR band:": ("Канал NIR:", "NIR арнасы:"),
    "SWIR band:": ("Канал SWIR:", "SWIR арнасы:"),
    "Red band:": ("Красный канал:", "Қызыл арна:"),
    "Plots of:": ("Участки:", "Учаскелер:"),
    "Run the check": ("Проверить", "Тексеру"),
    "The check failed. %1": ("Проверка не удалась. %1", "Тексеру сәтсіз аяқталды. %1"),
    "The current zone (%1)": ("Текущая зона (%1)", "Ағымдағы аймақ (%1)"),
    "Threshold:": ("Порог:", "Шек:"),
    # why the raster cannot be checked (context "ProblemText": ui/problem_text.py, from analysis/imagery.py)
    "The file {path} cannot be read as a raster ({detail}).": ("Файл {path} не читается как растр ({detail}).",
                                                              "{path} файлын растр ретінде оқу мүмкін емес ({detail})."),
    "The file {path} has no band {bands} (bands in it: {count}).":
        ("В файле {path} нет канала {bands} (каналов в нём: {count}).",
         "{path} файлында {bands} арнасы жоқ (ондағы арналар саны: {count})."),
    "The file {path} says no coordinate system: a GeoTIFF with a CRS is needed.":
        ("В файле {path} не указана система координат: нужен GeoTIFF с системой координат.",
         "{path} файлында координаттар жүйесі көрсетілмеген: координаттар жүйесі бар GeoTIFF қажет."),
    "The file {path} is a rotated grid, which is not supported.":
        ("Файл {path} — повёрнутая сетка, такие не поддерживаются.",
         "{path} файлы — бұрылған тор, оған қолдау көрсетілмейді."),
    # the review list
    "%1, %2, checked %3 in %4 — looks unbuilt: %5, looks built: %6, no data: %7, consistent: %8.":
        ("%1, %2, проверено %3, %4: похоже, не застроены — %5, похоже, застроены — %6, без данных — %7, "
         "совпадают — %8.",
         "%1, %2, %3 тексерілді, %4: салынбаған сияқты — %5, салынған сияқты — %6, деректерсіз — %7, "
         "сәйкес — %8."),
    "Imagery check done — looks unbuilt: %1, looks built: %2.":
        ("Проверка по снимкам окончена — на вид не застроены: %1, на вид застроены: %2.",
         "Суреттер бойынша тексеру аяқталды — салынбаған сияқты: %1, салынған сияқты: %2."),
    "%1, threshold %2": ("%1, порог %2", "%1, шек %2"),
    "band %1, threshold %2": ("канал %1, порог %2", "%1 арна, шек %2"),
    "All checked plots": ("Все проверенные участки", "Тексерілген барлық учаскелер"),
    "Check against imagery…": ("Проверить по снимкам…", "Суреттер бойынша тексеру…"),
    "Edit plot…": ("Изменить участок…", "Учаскені өзгерту…"),
    "Flagged (both kinds)": ("Отмеченные (оба вида)", "Белгіленгендер (екі түрі)"),
    "Imagery check": ("Проверка по снимкам", "Суреттер бойынша тексеру"),
    "No check yet: check the plots' reported status against a GeoTIFF (a built-up score, or NDBI/NDVI from "
    "its bands).":
        ("Проверки ещё не было: сверьте заявленный статус участков с GeoTIFF (оценка застроенности или "
         "NDBI/NDVI по его каналам).",
         "Әлі тексерілген жоқ: учаскелердің көрсетілген мәртебесін GeoTIFF-пен салыстырыңыз (салынғандық "
         "бағасы немесе оның арналары бойынша NDBI/NDVI)."),
    "Open the plot editor with the check's figures as the reason":
        ("Открыть редактор участка с данными проверки в качестве причины",
         "Учаске редакторын тексеру көрсеткіштерімен себеп ретінде ашу"),
    "Show:": ("Показать:", "Көрсету:"),
    "Built, %": ("Застроено, %", "Салынғаны, %"),
    "Flag": ("Отметка", "Белгі"),
    "Mean value": ("Среднее значение", "Орташа мән"),
    "Reported status": ("Заявленный статус", "Көрсетілген мәртебе"),
    # the window: the action and the reason it fills in
    "Check against &imagery…": ("Проверка по &снимкам…", "Суреттер &бойынша тексеру…"),
    "Check the plots' reported status against a GeoTIFF": ("Сверить заявленный статус участков с GeoTIFF",
                                                           "Учаскелердің көрсетілген мәртебесін GeoTIFF-пен салыстыру"),
    "Imagery check %1 (%2): looks unbuilt (built %3 < %4)":
        ("Проверка по снимкам %1 (%2): похоже, не застроен (застроено %3 < %4)",
         "Суреттер бойынша тексеру %1 (%2): салынбаған сияқты (салынғаны %3 < %4)"),
    "Imagery check %1 (%2): looks built (built %3 ≥ %4)":
        ("Проверка по снимкам %1 (%2): похоже, застроен (застроено %3 ≥ %4)",
         "Суреттер бойынша тексеру %1 (%2): салынған сияқты (салынғаны %3 ≥ %4)"),
    "Imagery check %1 (%2): no data over the plot": ("Проверка по снимкам %1 (%2): нет данных по участку",
                                                     "Суреттер бойынша тексеру %1 (%2): учаске бойынша деректер жоқ"),
    "Imagery check %1 (%2): consistent (built %3)": ("Проверка по снимкам %1 (%2): совпадает (застроено %3)",
                                                     "Суреттер бойынша тексеру %1 (%2): сәйкес (салынғаны %3)"),
}
