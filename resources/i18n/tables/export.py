"""Translations of the map exports: the print layout (sezmap/render/layout.py, context "layout"),
the export dialog (sezmap/ui/export_dialog.py) and the words only the web map and the slide deck
use (sezmap/export/, context "export"): source text -> (Russian, Kazakh).

Words the exports share with the app (statuses, layers, fields, units; the key figures of the
dashboard: Area, Allocated, Idle plots, Nearest …) are in the main table of fill_translations.py:
the exports look them up in the app's own contexts, so they read the same everywhere."""

T = {
    # print layout and deck: land use over time (export/trend_content.py, export dialog)
    "Unused land by zone over time": ("Неиспользуемая земля по зонам во времени",
                                      "Аймақтар бойынша пайдаланылмайтын жер уақыт бойынша"),
    "Share of the zone's area at each quarter's end; rebuilt from the audit log, as of %1.":
        ("Доля площади зоны на конец каждого квартала; восстановлено по журналу изменений на %1.",
         "Әр тоқсан соңындағы аймақ ауданының үлесі; өзгерістер журналы бойынша қалпына келтірілген, %1 жағдай бойынша."),
    "Share of the zone's area at each month's end; rebuilt from the audit log, as of %1.":
        ("Доля площади зоны на конец каждого месяца; восстановлено по журналу изменений на %1.",
         "Әр ай соңындағы аймақ ауданының үлесі; өзгерістер журналы бойынша қалпына келтірілген, %1 жағдай бойынша."),
    "Unused share of each zone's area at each quarter's end; rebuilt from the audit log, as of %1.":
        ("Неиспользуемая доля площади каждой зоны на конец каждого квартала; восстановлено по журналу изменений на %1.",
         "Әр тоқсан соңындағы әр аймақ ауданының пайдаланылмайтын үлесі; өзгерістер журналы бойынша қалпына "
         "келтірілген, %1 жағдай бойынша."),
    "Unused share of each zone's area at each month's end; rebuilt from the audit log, as of %1.":
        ("Неиспользуемая доля площади каждой зоны на конец каждого месяца; восстановлено по журналу изменений на %1.",
         "Әр ай соңындағы әр аймақ ауданының пайдаланылмайтын үлесі; өзгерістер журналы бойынша қалпына "
         "келтірілген, %1 жағдай бойынша."),
    "Rebuilt from the audit log when the file is written.": (
        "Восстанавливается по журналу изменений при записи файла.",
        "Файл жазылған кезде өзгерістер журналы бойынша қалпына келтіріледі."),
    "No history yet: the audit log holds no change before the first period end.": (
        "Истории пока нет: в журнале изменений нет изменений до конца первого периода.",
        "Тарих әзірге жоқ: өзгерістер журналында бірінші кезең соңына дейін өзгеріс жоқ."),
    "Land use over time:": ("Использование земли во времени:", "Жерді пайдалану уақыт бойынша:"),
    "Not included": ("Не включать", "Қоспау"),
    "By quarter, from the audit log": ("По кварталам, по журналу изменений", "Тоқсан бойынша, өзгерістер журналынан"),
    "By month, from the audit log": ("По месяцам, по журналу изменений", "Ай бойынша, өзгерістер журналынан"),
    # print layout
    "Key figures": ("Основные показатели", "Негізгі көрсеткіштер"),
    "Location in Kazakhstan": ("Расположение в Казахстане", "Қазақстандағы орналасуы"),
    "Zone boundary": ("Граница зоны", "Аймақ шекарасы"),
    "Zone location": ("Местоположение зоны", "Аймақтың орны"),
    "N": ("С", "С"),
    "Plot status as of %1": ("Статус участков на %1", "%1 жағдай бойынша учаскелер мәртебесі"),
    "Vacant plots only": ("Только свободные участки", "Тек бос учаскелер"),
    "Special economic zones of Kazakhstan": ("Специальные экономические зоны Казахстана",
                                             "Қазақстанның арнайы экономикалық аймақтары"),
    "Zone boundaries are schematic outlines at the published locations, sized to the official areas.":
        ("Границы зон схематичны: контуры в опубликованных местах по официальной площади.",
         "Аймақ шекаралары шартты: жарияланған орындардағы, ресми ауданға сәйкес контурлар."),
    "Plots are an illustrative layout: tenants, dates and investment figures are invented.":
        ("Участки — условная раскладка: арендаторы, даты и суммы инвестиций вымышлены.",
         "Учаскелер шартты түрде орналастырылған: жалгерлер, күндер мен инвестиция сомалары ойдан алынған."),
    "Plots: %1.": ("Участки: %1.", "Учаскелер: %1."),
    "Data: %1.": ("Данные: %1.", "Деректер: %1."),
    "Basemap: Natural Earth; places: GeoNames (CC BY 4.0).":
        ("Подложка: Natural Earth; населённые пункты: GeoNames (CC BY 4.0).",
         "Негізгі карта: Natural Earth; елді мекендер: GeoNames (CC BY 4.0)."),
    "Albers equal-area projection.": ("Равновеликая проекция Альберса.", "Альберстің тең аудандық проекциясы."),
    "Scale 1:%1 at the map centre": ("Масштаб 1:%1 в центре карты", "Карта ортасындағы масштаб 1:%1"),
    "+ %1 more": ("и ещё %1", "тағы %1"),
    # the export dialog and its menu action
    "&Export map…": ("&Экспорт карты…", "Картаны &экспорттау…"),
    "Export map": ("Экспорт карты", "Картаны экспорттау"),
    "PNG image (page)": ("Изображение PNG (лист)", "PNG суреті (парақ)"),
    "PDF document (page, vector)": ("Документ PDF (лист, вектор)", "PDF құжаты (парақ, вектор)"),
    "SVG drawing (page, vector)": ("Рисунок SVG (лист, вектор)", "SVG сызбасы (парақ, вектор)"),
    "GeoTIFF (the map, georeferenced)": ("GeoTIFF (карта с привязкой к координатам)",
                                         "GeoTIFF (координаттарға байланған карта)"),
    "Interactive web map (HTML)": ("Интерактивная веб-карта (HTML)", "Интерактивті веб-карта (HTML)"),
    "Slide deck (PPTX)": ("Презентация (PPTX)", "Презентация (PPTX)"),
    "Paper": ("Бумага", "Қағаз"),
    "Pixels": ("Пиксели", "Пиксельдер"),
    "Landscape": ("Альбомная", "Альбомдық"),
    "Default: the zone's name": ("По умолчанию: название зоны", "Әдепкі: аймақтың атауы"),
    "Only vacant plots (for investors)": ("Только свободные участки (для инвесторов)",
                                          "Тек бос учаскелер (инвесторлар үшін)"),
    "Browse…": ("Обзор…", "Шолу…"),
    "Format:": ("Формат:", "Пішім:"),
    "Size:": ("Размер:", "Өлшемі:"),
    "Title:": ("Заголовок:", "Тақырып:"),
    "File:": ("Файл:", "Файл:"),
    "Export": ("Экспорт", "Экспорттау"),
    "— the current view —": ("— текущий охват —", "— ағымдағы көрініс —"),
    "PDF documents (*.pdf)": ("Документы PDF (*.pdf)", "PDF құжаттары (*.pdf)"),
    "SVG drawings (*.svg)": ("Рисунки SVG (*.svg)", "SVG сызбалары (*.svg)"),
    "Web pages (*.html)": ("Веб-страницы (*.html)", "Веб-беттер (*.html)"),
    "Slide decks (*.pptx)": ("Презентации (*.pptx)", "Презентациялар (*.pptx)"),
    "No preview for this format; the file holds every zone's map and figures.":
        ("Для этого формата нет предпросмотра; файл содержит карту и показатели каждой зоны.",
         "Бұл пішім үшін алдын ала қарау жоқ; файлда әр аймақтың картасы мен көрсеткіштері бар."),
    "No preview for this format.": ("Для этого формата нет предпросмотра.", "Бұл пішім үшін алдын ала қарау жоқ."),
    "landscape": ("альбомная", "альбомдық"),
    "portrait": ("книжная", "кітаптық"),
    "%1 exists. Replace it?": ("%1 уже существует. Заменить?", "%1 бар. Ауыстыру керек пе?"),
    "Close": ("Закрыть", "Жабу"),
    "Map exported to %1": ("Карта экспортирована в %1", "Карта %1 файлына экспортталды"),
    "Export failed": ("Экспорт не удался", "Экспорттау сәтсіз аяқталды"),
    "Export cancelled": ("Экспорт отменён", "Экспорттау тоқтатылды"),
    # the web map and the slide deck (sezmap/export/web/, sezmap/export/deck.py; context "export")
    "Plots by status": ("Участки по статусу", "Учаскелер мәртебесі бойынша"),
    "Other": ("Другое", "Басқа"),
    "Full screen": ("Полный экран", "Толық экран"),
    "Exit full screen": ("Выйти из полноэкранного режима", "Толық экраннан шығу"),
    "Vacant plots for investors": ("Свободные участки для инвесторов", "Инвесторларға арналған бос учаскелер"),
    "Vacant land": ("Свободная земля", "Бос жер"),
    "Contact": ("Контакты", "Байланыс"),
    "For enquiries, contact the zone's management company.":
        ("По вопросам обращайтесь в управляющую компанию зоны.",
         "Сұрақтар бойынша аймақтың басқарушы компаниясына хабарласыңыз."),
    "Special Economic Zones of Kazakhstan": ("Специальные экономические зоны Казахстана",
                                            "Қазақстанның арнайы экономикалық аймақтары"),
    "Land use, idle plots and logistics": ("Использование земли, простаивающие участки и логистика",
                                           "Жерді пайдалану, бос тұрған учаскелер және логистика"),
    "Made with sezmap on %1.": ("Подготовлено в sezmap %1.", "sezmap бағдарламасында %1 дайындалды."),
    "Indicator": ("Показатель", "Көрсеткіш"),
    "Unused land by zone": ("Неиспользуемая земля по зонам", "Аймақтар бойынша пайдаланылмайтын жер"),
    "Unused share of the zone's area, %": ("Доля неиспользуемой площади зоны, %",
                                           "Аймақ ауданындағы пайдаланылмайтын үлес, %"),
    "Sources": ("Источники", "Дереккөздер"),
    "Data": ("Данные", "Деректер"),
    "Basemap: Natural Earth (public domain) and GeoNames (CC BY 4.0).":
        ("Подложка: Natural Earth (общественное достояние) и GeoNames (CC BY 4.0).",
         "Негізгі карта: Natural Earth (қоғамдық игілік) және GeoNames (CC BY 4.0)."),
    "Schematic boundaries, illustrative plots: see the sources.":
        ("Границы схематичны, участки иллюстративны: см. источники.",
         "Шекаралар сызбалық, учаскелер шартты: дереккөздерді қараңыз."),
    # the export dialog's language and date
    "Figures as of:": ("Показатели на:", "Көрсеткіштер күні:"),
    "The figures for that date are worked out when the file is written.":
        ("Показатели на эту дату рассчитываются при записи файла.",
         "Осы күнгі көрсеткіштер файл жазылғанда есептеледі."),
}
T.update({
    # the web map's measure tool (sezmap/export/web/measure.py: the leaflet-measure plugin's texts;
    # "Area" and "Cancel" are the app's own, "Delete" is in CONTEXT below)
    "Measure": ("Измерение", "Өлшеу"),
    "Measure distances and areas": ("Измерение расстояний и площадей", "Қашықтық пен ауданды өлшеу"),
    "Create a new measurement": ("Создать новое измерение", "Жаңа өлшеу жасау"),
    "Start creating a measurement by adding points to the map":
        ("Чтобы начать измерение, добавляйте точки на карту", "Өлшеуді бастау үшін картаға нүктелер қойыңыз"),
    "Finish measurement": ("Завершить измерение", "Өлшеуді аяқтау"),
    "Last point": ("Последняя точка", "Соңғы нүкте"),
    "Path distance": ("Длина пути", "Жол ұзындығы"),
    "%1 Perimeter": ("Периметр: %1", "Периметрі: %1"),
    "Linear measurement": ("Измерение длины", "Ұзындықты өлшеу"),
    "Area measurement": ("Измерение площади", "Ауданды өлшеу"),
    "Point location": ("Координаты точки", "Нүктенің координаттары"),
    "Center on this line": ("Показать эту линию в центре карты", "Осы сызықты картаның ортасына қою"),
    "Center on this area": ("Показать эту площадь в центре карты", "Осы ауданды картаның ортасына қою"),
    "Center on this location": ("Показать эту точку в центре карты", "Осы нүктені картаның ортасына қою"),
    "Kilometers": ("км", "км"),
    "Meters": ("м", "м"),
    "Hectares": ("га", "га"),
    "Sq Meters": ("м²", "м²"),
    # a coordinate's hemisphere: latitude north, south; longitude east, west
    "%1 N": ("%1 с. ш.", "%1 с. е."),
    "%1 S": ("%1 ю. ш.", "%1 о. е."),
    "%1 E": ("%1 в. д.", "%1 ш. б."),
    "%1 W": ("%1 з. д.", "%1 б. б."),
})

# (context, source) -> (Russian, Kazakh), where the same source is translated differently in
# another context ("Delete" is the key's name in the desktop's shortcuts)
CONTEXT = {
    ("export", "Delete"): ("Удалить", "Жою"),
}
