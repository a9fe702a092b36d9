<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>About</name>
    <message>
        <location filename="../../sezmap/ui/about.py" line="36" />
        <source>A desktop GIS for Kazakhstan's Special Economic Zones: boundaries, plot allocation, transport corridors, hubs and unused land.</source>
        <translation>Қазақстанның арнайы экономикалық аймақтарына арналған жұмыс үстелі ГАЖ: шекаралар, учаскелердің бөлінуі, көлік дәліздері, хабтар және пайдаланылмай жатқан жер.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="38" />
        <source>Data sources</source>
        <translation>Деректер көздері</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="39" />
        <source>Zones, plots, corridors and hubs: the bundled project (layers/default.gpkg), built from the public facts listed in seeds/SOURCES.md; plots are illustrative.</source>
        <translation>Аймақтар, учаскелер, дәліздер мен хабтар: кірістірілген жоба (layers/default.gpkg), seeds/SOURCES.md тізіміндегі ашық мәліметтерден құрылған; учаскелер шартты.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="42" />
        <source>Map display: Albers equal-area conic for Kazakhstan (WGS84).</source>
        <translation>Карта проекциясы: Қазақстанға арналған Альберстің тең аудандық конустық проекциясы (WGS84).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="47" />
        <source>About sezmap</source>
        <translation>sezmap туралы</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="187" />
        <source>Attribute table</source>
        <translation>Атрибуттар кестесі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="190" />
        <source>Status:</source>
        <translation>Мәртебе:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="191" />
        <source>Search plot, tenant, project…</source>
        <translation>Іздеу: учаске, жалгер, жоба…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="195" />
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="223" />
        <source>Pick a zone to list its plots</source>
        <translation>Учаскелерін көру үшін аймақты таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="225" />
        <source>%1 of %2 plots</source>
        <translation>%2 учаскенің %1</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="24" />
        <source>Identify results</source>
        <translation>Нысан қасиеттері</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="27" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="27" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="93" />
        <source>Opacity</source>
        <translation>Мөлдірсіздік</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="94" />
        <source>Move the layer up</source>
        <translation>Қабатты жоғары жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="95" />
        <source>Move the layer down</source>
        <translation>Қабатты төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="96" />
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
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
        <translation>Аймақтан:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="46" />
        <source>To hub:</source>
        <translation>Хабқа:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="47" />
        <source>Show the route</source>
        <translation>Бағытты көрсету</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="48" />
        <source>Clear the route</source>
        <translation>Бағытты алып тастау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="84" />
        <source>%1 cannot reach %2 along the corridors.</source>
        <translation>%1 аймағынан %2 дейін дәліздер арқылы жету мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="87" />
        <source>%1 → %2: %3 km along the corridors (with the legs to and from the network).</source>
        <translation>%1 → %2: дәліздер бойымен %3 км (желіге дейінгі және желіден кейінгі жолдарды қоса).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="150" />
        <source>Opening %1…</source>
        <translation>%1 ашылуда…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="169" />
        <source>%1 zones, %2 plots</source>
        <translation>Аймақтар: %1, учаскелер: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="197" />
        <source>Analysis failed</source>
        <translation>Талдау сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="201" />
        <source>Cannot open the project</source>
        <translation>Жобаны ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="205" />
        <source>Open project</source>
        <translation>Жобаны ашу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="206" />
        <source>GeoPackage projects (*.gpkg)</source>
        <translation>GeoPackage жобалары (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="266" />
        <source>— all zones —</source>
        <translation>— барлық аймақтар —</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="335" />
        <source>Nothing here</source>
        <translation>Мұнда ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="380" />
        <source>The analysis is still running; try again in a moment.</source>
        <translation>Талдау әлі жүріп жатыр; сәлден кейін қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="61" />
        <source>Import vector file</source>
        <translation>Векторлық файлды импорттау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="62" />
        <source>Vector files (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)</source>
        <translation>Векторлық файлдар (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="69" />
        <source>Open a project first.</source>
        <translation>Алдымен жобаны ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="73" />
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="73" />
        <source>Into which layer of the project?</source>
        <translation>Жобаның қай қабатына?</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="88" />
        <source>Imported %1 feature(s) into %2</source>
        <translation>%2 қабатына %1 нысан импортталды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="91" />
        <source>Import failed</source>
        <translation>Импорттау сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="96" />
        <source>Add raster overlay</source>
        <translation>Растрлық қабат қосу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="97" />
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="123" />
        <source>Cannot open the raster</source>
        <translation>Растрды ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="129" />
        <source>Save map image</source>
        <translation>Карта суретін сақтау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="130" />
        <source>PNG images (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="15" />
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="21" />
        <source>Show the bundled offline basemap</source>
        <translation>Кірістірілген офлайн негізгі картаны көрсету</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="26" />
        <source>Optional online tiles drawn over the offline basemap, cached on disk; without a connection the offline basemap is shown. Respect the tile server's usage policy.</source>
        <translation>Офлайн негізгі картаның үстінен көрсетілетін қосымша онлайн тайлдар, дискіде кэштеледі; байланыс болмаса, офлайн негізгі карта көрсетіледі. Тайл серверінің пайдалану ережелерін сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="36" />
        <source>XYZ tiles:</source>
        <translation>XYZ тайлдары:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="34" />
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="35" />
        <source>Basemap:</source>
        <translation>Негізгі карта:</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../sezmap/ui/window_tasks.py" line="70" />
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="144" />
        <source>&amp;Open project…</source>
        <translation>Жобаны &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="144" />
        <source>&amp;Import vector file…</source>
        <translation>Векторлық файлды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="145" />
        <source>Add &amp;raster overlay…</source>
        <translation>&amp;Растрлық қабат қосу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="145" />
        <source>&amp;Save map image…</source>
        <translation>Карта суретін &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="146" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="146" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Жақындату</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="146" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Алыстату</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="147" />
        <source>&amp;Full extent</source>
        <translation>&amp;Толық көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="147" />
        <source>Zoom to &amp;zone</source>
        <translation>&amp;Аймаққа жақындату</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="148" />
        <source>&amp;Previous extent</source>
        <translation>&amp;Алдыңғы көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="148" />
        <source>&amp;Next extent</source>
        <translation>&amp;Келесі көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="148" />
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="149" />
        <source>&amp;Pan</source>
        <translation>&amp;Жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="149" />
        <source>Zoom &amp;box</source>
        <translation>&amp;Рамкамен үлкейту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="149" />
        <source>&amp;Identify</source>
        <translation>&amp;Нысан туралы ақпарат</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="150" />
        <source>&amp;Measure distance</source>
        <translation>&amp;Қашықтықты өлшеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="150" />
        <source>Measure &amp;area</source>
        <translation>&amp;Ауданды өлшеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="151" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="151" />
        <source>&amp;About sezmap</source>
        <translation>sezmap &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="152" />
        <source>Clear the list</source>
        <translation>Тізімді тазарту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="157" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="158" />
        <source>Open &amp;recent</source>
        <translation>&amp;Соңғы жобалар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="159" />
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="160" />
        <source>Pa&amp;nels</source>
        <translation>&amp;Панельдер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="161" />
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="162" />
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="163" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="164" />
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="165" />
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="166" />
        <source>Zone:</source>
        <translation>Аймақ:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="167" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <location filename="../../sezmap/ui/window_docks.py" line="67" />
        <source>Layers</source>
        <translation>Қабаттар</translation>
    </message>
</context>
<context>
    <name>ZoneDashboard</name>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="80" />
        <source>Zone dashboard</source>
        <translation>Аймақ көрсеткіштері</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="84" />
        <source>Area</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="84" />
        <source>Official area</source>
        <translation>Ресми аудан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="85" />
        <source>Allocated</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="85" />
        <source>Infrastructure</source>
        <translation>Инфрақұрылым</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="86" />
        <source>Unused</source>
        <translation>Пайдаланылмайды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="86" />
        <source>Plots</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="86" />
        <source>Idle plots</source>
        <translation>Бос тұрған учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="87" />
        <source>Nearest corridor</source>
        <translation>Ең жақын дәліз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="87" />
        <source>Nearest border crossing</source>
        <translation>Ең жақын шекара өткелі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="88" />
        <source>Nearest seaport</source>
        <translation>Ең жақын теңіз порты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="88" />
        <source>Nearest dry port</source>
        <translation>Ең жақын құрғақ порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="92" />
        <source>Land by plot status</source>
        <translation>Учаске мәртебесі бойынша жер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="93" />
        <source>Idle plots (deadline passed, investment short)</source>
        <translation>Бос тұрған учаскелер (мерзімі өтті, инвестиция уәдеден аз)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="94" />
        <source>Distance along the corridors to the hubs</source>
        <translation>Дәліздер бойымен хабтарға дейінгі қашықтық</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="95" />
        <source>Unused land, all zones</source>
        <translation>Пайдаланылмайтын жер, барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="130" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="133" />
        <source>Computing the zone figures…</source>
        <translation>Аймақ көрсеткіштері есептелуде…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="135" />
        <source>Figures as of %1.</source>
        <translation>%1 күнгі көрсеткіштер.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="138" />
        <source>Pick a zone on the map or in the toolbar</source>
        <translation>Аймақты картадан немесе құралдар тақтасынан таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="158" />
        <source>%1 plots, %2 ha</source>
        <translation>%1 учаске, %2 га</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="170" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>sezmap</name>
    <message>
        <location filename="../../sezmap/render/names.py" line="21" />
        <source>Vacant</source>
        <translation>Бос</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="22" />
        <source>Reserved</source>
        <translation>Брондалған</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="23" />
        <source>Allocated</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="24" />
        <source>Under construction</source>
        <translation>Салынуда</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="25" />
        <source>Operational</source>
        <translation>Жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="26" />
        <source>Withdrawn</source>
        <translation>Алынып қойылған</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="27" />
        <source>Infrastructure</source>
        <translation>Инфрақұрылым</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="36" />
        <source>Zones</source>
        <translation>Аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="37" />
        <source>Plots</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="38" />
        <source>Corridors</source>
        <translation>Дәліздер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="39" />
        <source>Hubs</source>
        <translation>Хабтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="40" />
        <source>Basemap</source>
        <translation>Негізгі карта</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="41" />
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="42" />
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="43" />
        <source>Lakes and seas</source>
        <translation>Көлдер мен теңіздер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="44" />
        <source>Rivers</source>
        <translation>Өзендер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="45" />
        <source>Cities</source>
        <translation>Қалалар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="46" />
        <source>Route</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="47" />
        <source>Selection</source>
        <translation>Таңдалғандар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="48" />
        <source>Online tiles</source>
        <translation>Онлайн тайлдар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="57" />
        <source>Border crossing</source>
        <translation>Шекара өткелі</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="58" />
        <source>Seaport</source>
        <translation>Теңіз порты</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="59" />
        <source>Dry port</source>
        <translation>Құрғақ порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="60" />
        <source>Logistics hub</source>
        <translation>Логистикалық хаб</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="61" />
        <source>Cooperation centre</source>
        <translation>Ынтымақтастық орталығы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="62" />
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="71" />
        <source>rail</source>
        <translation>т/ж</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="72" />
        <source>road</source>
        <translation>автожол</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="73" />
        <source>sea</source>
        <translation>теңіз</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="74" />
        <source>multimodal</source>
        <translation>мультимодальды</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="83" />
        <source>Plot</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="84" />
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="85" />
        <source>Cadastral number</source>
        <translation>Кадастрлық нөмір</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="86" />
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="87" />
        <source>Tenant</source>
        <translation>Жалгер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="88" />
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="89" />
        <source>Allocated on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="90" />
        <source>Contract deadline</source>
        <translation>Шарт бойынша мерзім</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="91" />
        <source>Investment committed, ₸</source>
        <translation>Инвестиция (міндеттеме), ₸</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="92" />
        <source>Investment made, ₸</source>
        <translation>Инвестиция (нақты), ₸</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="93" />
        <source>Jobs planned</source>
        <translation>Жұмыс орындары (жоспар)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="94" />
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="95" />
        <source>Last changed</source>
        <translation>Өзгертілген уақыты</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="96" />
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="97" />
        <source>Name (English)</source>
        <translation>Атауы (ағылш.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="98" />
        <source>Name (Russian)</source>
        <translation>Атауы (орыс.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="99" />
        <source>Name (Kazakh)</source>
        <translation>Атауы (қаз.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="100" />
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="101" />
        <source>Established</source>
        <translation>Құрылған жылы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="102" />
        <source>Expires</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="103" />
        <source>Official area, ha</source>
        <translation>Ресми аудан, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="104" />
        <source>Focus</source>
        <translation>Мамандануы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="105" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="106" />
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="107" />
        <source>Corridor</source>
        <translation>Дәліз</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="108" />
        <source>Mode</source>
        <translation>Көлік түрі</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="109" />
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="110" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="111" />
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="121" />
        <source>city</source>
        <translation>қалалық</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="122" />
        <source>industry</source>
        <translation>өнеркәсіптік</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="123" />
        <source>trade</source>
        <translation>сауда</translation>
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
        <translation>Онлайн тайлдар қолжетімсіз (%1); офлайн негізгі карта көрсетілген</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/tiles.py" line="115" />
        <source>Online tiles not drawn: %1</source>
        <translation>Онлайн тайлдар салынбады: %1</translation>
    </message>
</context>
</TS>