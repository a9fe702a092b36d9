<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <location filename="../../sezmap/ui/about.py" line="36" />
        <source>A desktop GIS for Kazakhstan's Special Economic Zones: boundaries, plot allocation, transport corridors, hubs and unused land.</source>
        <translation>Настольная ГИС для специальных экономических зон Казахстана: границы, распределение участков, транспортные коридоры, хабы и неиспользуемые земли.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="38" />
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="39" />
        <source>Zones, plots, corridors and hubs: the bundled project (layers/default.gpkg), built from the public facts listed in seeds/SOURCES.md; plots are illustrative.</source>
        <translation>Зоны, участки, коридоры и хабы: встроенный проект (layers/default.gpkg), собранный из открытых сведений, перечисленных в seeds/SOURCES.md; участки условные.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="42" />
        <source>Map display: Albers equal-area conic for Kazakhstan (WGS84).</source>
        <translation>Картографическая проекция: равновеликая коническая Альберса для Казахстана (WGS84).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="47" />
        <source>About sezmap</source>
        <translation>О программе sezmap</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="187" />
        <source>Attribute table</source>
        <translation>Таблица атрибутов</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="190" />
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="191" />
        <source>Search plot, tenant, project…</source>
        <translation>Поиск: участок, арендатор, проект…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="195" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="223" />
        <source>Pick a zone to list its plots</source>
        <translation>Выберите зону, чтобы увидеть её участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="225" />
        <source>%1 of %2 plots</source>
        <translation>%1 из %2 участков</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="24" />
        <source>Identify results</source>
        <translation>Свойства объекта</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="27" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="27" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="93" />
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="94" />
        <source>Move the layer up</source>
        <translation>Поднять слой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="95" />
        <source>Move the layer down</source>
        <translation>Опустить слой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="96" />
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
</context>
<context>
    <name>LogisticsPanel</name>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="42" />
        <source>Logistics</source>
        <translation>Логистика</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="45" />
        <source>From zone:</source>
        <translation>Из зоны:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="46" />
        <source>To hub:</source>
        <translation>В хаб:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="47" />
        <source>Show the route</source>
        <translation>Показать маршрут</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="48" />
        <source>Clear the route</source>
        <translation>Убрать маршрут</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="84" />
        <source>%1 cannot reach %2 along the corridors.</source>
        <translation>Из %1 нельзя добраться до %2 по коридорам.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="87" />
        <source>%1 → %2: %3 km along the corridors (with the legs to and from the network).</source>
        <translation>%1 → %2: %3 км по коридорам (с подъездами к сети и от неё).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="150" />
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="169" />
        <source>%1 zones, %2 plots</source>
        <translation>Зон: %1, участков: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="197" />
        <source>Analysis failed</source>
        <translation>Ошибка анализа</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="201" />
        <source>Cannot open the project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="205" />
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="206" />
        <source>GeoPackage projects (*.gpkg)</source>
        <translation>Проекты GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="266" />
        <source>— all zones —</source>
        <translation>— все зоны —</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="335" />
        <source>Nothing here</source>
        <translation>Здесь ничего нет</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="380" />
        <source>The analysis is still running; try again in a moment.</source>
        <translation>Анализ ещё выполняется; повторите через минуту.</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="61" />
        <source>Import vector file</source>
        <translation>Импорт векторного файла</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="62" />
        <source>Vector files (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)</source>
        <translation>Векторные файлы (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="69" />
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="73" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="73" />
        <source>Into which layer of the project?</source>
        <translation>В какой слой проекта?</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="88" />
        <source>Imported %1 feature(s) into %2</source>
        <translation>Импортировано объектов: %1 в слой %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="91" />
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="96" />
        <source>Add raster overlay</source>
        <translation>Добавить растровый слой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="97" />
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="123" />
        <source>Cannot open the raster</source>
        <translation>Не удаётся открыть растр</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="129" />
        <source>Save map image</source>
        <translation>Сохранить изображение карты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="130" />
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="15" />
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="21" />
        <source>Show the bundled offline basemap</source>
        <translation>Показывать встроенную офлайн-подложку</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="26" />
        <source>Optional online tiles drawn over the offline basemap, cached on disk; without a connection the offline basemap is shown. Respect the tile server's usage policy.</source>
        <translation>Необязательные онлайн-тайлы поверх офлайн-подложки, с кэшем на диске; без связи показывается офлайн-подложка. Соблюдайте правила использования сервера тайлов.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="36" />
        <source>XYZ tiles:</source>
        <translation>Тайлы XYZ:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="34" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="35" />
        <source>Basemap:</source>
        <translation>Подложка:</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../sezmap/ui/window_tasks.py" line="70" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="144" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="144" />
        <source>&amp;Import vector file…</source>
        <translation>&amp;Импорт векторного файла…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="145" />
        <source>Add &amp;raster overlay…</source>
        <translation>Добавить &amp;растровый слой…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="145" />
        <source>&amp;Save map image…</source>
        <translation>&amp;Сохранить изображение карты…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="146" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="146" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Приблизить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="146" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Отдалить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="147" />
        <source>&amp;Full extent</source>
        <translation>&amp;Весь охват</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="147" />
        <source>Zoom to &amp;zone</source>
        <translation>К &amp;зоне</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="148" />
        <source>&amp;Previous extent</source>
        <translation>&amp;Предыдущий охват</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="148" />
        <source>&amp;Next extent</source>
        <translation>&amp;Следующий охват</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="148" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="149" />
        <source>&amp;Pan</source>
        <translation>&amp;Сдвиг</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="149" />
        <source>Zoom &amp;box</source>
        <translation>Увеличить &amp;рамкой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="149" />
        <source>&amp;Identify</source>
        <translation>&amp;Информация об объекте</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="150" />
        <source>&amp;Measure distance</source>
        <translation>&amp;Измерить расстояние</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="150" />
        <source>Measure &amp;area</source>
        <translation>Измерить &amp;площадь</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="151" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="151" />
        <source>&amp;About sezmap</source>
        <translation>&amp;О программе sezmap</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="152" />
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="157" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="158" />
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="159" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="160" />
        <source>Pa&amp;nels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="161" />
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="162" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="163" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="164" />
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="165" />
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="166" />
        <source>Zone:</source>
        <translation>Зона:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="167" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <location filename="../../sezmap/ui/window_docks.py" line="67" />
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
</context>
<context>
    <name>ZoneDashboard</name>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="80" />
        <source>Zone dashboard</source>
        <translation>Сводка по зоне</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="84" />
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="84" />
        <source>Official area</source>
        <translation>Официальная площадь</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="85" />
        <source>Allocated</source>
        <translation>Предоставлено</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="85" />
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="86" />
        <source>Unused</source>
        <translation>Не используется</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="86" />
        <source>Plots</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="86" />
        <source>Idle plots</source>
        <translation>Простаивающие участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="87" />
        <source>Nearest corridor</source>
        <translation>Ближайший коридор</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="87" />
        <source>Nearest border crossing</source>
        <translation>Ближайший погранпереход</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="88" />
        <source>Nearest seaport</source>
        <translation>Ближайший морской порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="88" />
        <source>Nearest dry port</source>
        <translation>Ближайший сухой порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="92" />
        <source>Land by plot status</source>
        <translation>Земля по статусам участков</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="93" />
        <source>Idle plots (deadline passed, investment short)</source>
        <translation>Простаивающие участки (срок истёк, инвестиций меньше обещанного)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="94" />
        <source>Distance along the corridors to the hubs</source>
        <translation>Расстояние по коридорам до хабов</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="95" />
        <source>Unused land, all zones</source>
        <translation>Неиспользуемая земля, все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="130" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="133" />
        <source>Computing the zone figures…</source>
        <translation>Расчёт показателей зон…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="135" />
        <source>Figures as of %1.</source>
        <translation>Показатели на %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="138" />
        <source>Pick a zone on the map or in the toolbar</source>
        <translation>Выберите зону на карте или на панели инструментов</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="158" />
        <source>%1 plots, %2 ha</source>
        <translation>%1 участков, %2 га</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="170" />
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>sezmap</name>
    <message>
        <location filename="../../sezmap/render/names.py" line="21" />
        <source>Vacant</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="22" />
        <source>Reserved</source>
        <translation>Зарезервирован</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="23" />
        <source>Allocated</source>
        <translation>Предоставлен</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="24" />
        <source>Under construction</source>
        <translation>Строится</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="25" />
        <source>Operational</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="26" />
        <source>Withdrawn</source>
        <translation>Изъят</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="27" />
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="36" />
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="37" />
        <source>Plots</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="38" />
        <source>Corridors</source>
        <translation>Коридоры</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="39" />
        <source>Hubs</source>
        <translation>Хабы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="40" />
        <source>Basemap</source>
        <translation>Подложка</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="41" />
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="42" />
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="43" />
        <source>Lakes and seas</source>
        <translation>Озёра и моря</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="44" />
        <source>Rivers</source>
        <translation>Реки</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="45" />
        <source>Cities</source>
        <translation>Города</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="46" />
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="47" />
        <source>Selection</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="48" />
        <source>Online tiles</source>
        <translation>Онлайн-тайлы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="57" />
        <source>Border crossing</source>
        <translation>Погранпереход</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="58" />
        <source>Seaport</source>
        <translation>Морской порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="59" />
        <source>Dry port</source>
        <translation>Сухой порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="60" />
        <source>Logistics hub</source>
        <translation>Логистический хаб</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="61" />
        <source>Cooperation centre</source>
        <translation>Центр сотрудничества</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="62" />
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="71" />
        <source>rail</source>
        <translation>ж/д</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="72" />
        <source>road</source>
        <translation>авто</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="73" />
        <source>sea</source>
        <translation>море</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="74" />
        <source>multimodal</source>
        <translation>мультимодальный</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="83" />
        <source>Plot</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="84" />
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="85" />
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="86" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="87" />
        <source>Tenant</source>
        <translation>Арендатор</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="88" />
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="89" />
        <source>Allocated on</source>
        <translation>Дата предоставления</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="90" />
        <source>Contract deadline</source>
        <translation>Срок по договору</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="91" />
        <source>Investment committed, ₸</source>
        <translation>Инвестиции (обязательства), ₸</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="92" />
        <source>Investment made, ₸</source>
        <translation>Инвестиции (факт), ₸</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="93" />
        <source>Jobs planned</source>
        <translation>Рабочие места (план)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="94" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="95" />
        <source>Last changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="96" />
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="97" />
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="98" />
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="99" />
        <source>Name (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="100" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="101" />
        <source>Established</source>
        <translation>Год создания</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="102" />
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="103" />
        <source>Official area, ha</source>
        <translation>Официальная площадь, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="104" />
        <source>Focus</source>
        <translation>Специализация</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="105" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="106" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="107" />
        <source>Corridor</source>
        <translation>Коридор</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="108" />
        <source>Mode</source>
        <translation>Вид транспорта</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="109" />
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="110" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="111" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="121" />
        <source>city</source>
        <translation>городская</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="122" />
        <source>industry</source>
        <translation>промышленная</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="123" />
        <source>trade</source>
        <translation>торговая</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/numbers.py" line="33" />
        <source>%1 ha</source>
        <translation>%1 га</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/numbers.py" line="37" />
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/numbers.py" line="41" />
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/numbers.py" line="45" />
        <source>%1 km²</source>
        <translation>%1 км²</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/tiles.py" line="95" />
        <source>Online tiles unavailable (%1); showing the offline basemap</source>
        <translation>Онлайн-тайлы недоступны (%1); показана офлайн-подложка</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/tiles.py" line="115" />
        <source>Online tiles not drawn: %1</source>
        <translation>Онлайн-тайлы не отрисованы: %1</translation>
    </message>
</context>
</TS>