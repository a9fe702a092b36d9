"""Translations of the map exports: the print layout (sezmap/render/layout.py, context "layout")
and the export dialog (sezmap/ui/export_dialog.py): source text -> (Russian, Kazakh).

Words the layout shares with the dashboard (Area, Allocated, Idle plots, Nearest …) are in the
main table of fill_translations.py."""

T = {
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
}
