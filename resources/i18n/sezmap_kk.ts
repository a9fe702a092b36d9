<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>About</name>
    <message>
        <location filename="../../sezmap/ui/about.py" line="37" />
        <source>A desktop GIS for Kazakhstan's Special Economic Zones: boundaries, plot allocation, transport corridors, hubs and unused land.</source>
        <translation>Қазақстанның арнайы экономикалық аймақтарына арналған жұмыс үстелі ГАЖ: шекаралар, учаскелердің бөлінуі, көлік дәліздері, хабтар және пайдаланылмай жатқан жер.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="39" />
        <source>Data sources</source>
        <translation>Деректер көздері</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="40" />
        <source>Zones, plots, corridors and hubs: the bundled project (layers/default.gpkg), built from the public facts listed in seeds/SOURCES.md; plots are illustrative.</source>
        <translation>Аймақтар, учаскелер, дәліздер мен хабтар: кірістірілген жоба (layers/default.gpkg), seeds/SOURCES.md тізіміндегі ашық мәліметтерден құрылған; учаскелер шартты.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="43" />
        <source>Map display: Albers equal-area conic for Kazakhstan (WGS84).</source>
        <translation>Карта проекциясы: Қазақстанға арналған Альберстің тең аудандық конустық проекциясы (WGS84).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="49" />
        <source>About sezmap</source>
        <translation>sezmap туралы</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="147" />
        <source>Attribute table</source>
        <translation>Атрибуттар кестесі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="150" />
        <source>Status:</source>
        <translation>Мәртебе:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="151" />
        <source>Search plot, tenant, project…</source>
        <translation>Іздеу: учаске, жалгер, жоба…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="152" />
        <source>Pan map to selected rows</source>
        <translation>Картаны таңдалған жолдарға жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="158" />
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="336" />
        <source>Pick a zone to list its plots</source>
        <translation>Учаскелерін көру үшін аймақты таңдаңыз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/attribute_table.py" line="338" />
        <source>Sorting %Ln plots…</source>
        <translation>
            <numerusform>%Ln учаске сұрыпталуда…</numerusform>
            <numerusform>%Ln учаске сұрыпталуда…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/attribute_table.py" line="341" />
        <source>%1 of %Ln plot</source>
        <translation>
            <numerusform>%Ln учаскенің %1</numerusform>
            <numerusform>%Ln учаскенің %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/attribute_table.py" line="341" />
        <source>%1 of %Ln plots</source>
        <translation>
            <numerusform>%Ln учаскенің %1</numerusform>
            <numerusform>%Ln учаскенің %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="160" />
        <source>Audit log</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="161" />
        <source>Zone:</source>
        <translation>Аймақ:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="162" />
        <source>Who:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="163" />
        <source>Field:</source>
        <translation>Өріс:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="164" />
        <source>any (exact name)</source>
        <translation>кез келген (нақты аты)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="165" />
        <source>From</source>
        <translation>Қашаннан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="166" />
        <source>To</source>
        <translation>Қашанға дейін</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="167" />
        <source>Export CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="179" />
        <source>All zones</source>
        <translation>Барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="196" />
        <source>All fields</source>
        <translation>Барлық өрістер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="264" />
        <source>The audit log could not be read: %1</source>
        <translation>Өзгерістер журналын оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="279" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/audit_dialog.py" line="282" />
        <source>%n recorded change</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/audit_dialog.py" line="282" />
        <source>%n recorded changes</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="284" />
        <source>(the latest %1 are listed; the export has them all)</source>
        <translation>(соңғы %1 көрсетілген; экспортқа бәрі енеді)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="299" />
        <source>Select a row to see it in full.</source>
        <translation>Толық көру үшін жолды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="318" />
        <source>Fold</source>
        <translation>Жию</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/audit_dialog.py" line="321" />
        <source>Show all (%n characters)</source>
        <translation>
            <numerusform>Барлығын көрсету (%n таңба)</numerusform>
            <numerusform>Барлығын көрсету (%n таңба)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="336" />
        <source>Export the audit rows</source>
        <translation>Журнал жазбаларын экспорттау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="337" />
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="349" />
        <source>Nothing was exported: %1</source>
        <translation>Ештеңе экспортталмады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="352" />
        <source>Export failed</source>
        <translation>Экспорттау сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="353" />
        <source>%1 could not be written: %2</source>
        <translation>%1 жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="356" />
        <source>Exported to %1</source>
        <translation>%1 файлына экспортталды</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="85" />
        <source>Geometry</source>
        <translation>Геометрия</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="85" />
        <source>Lineage</source>
        <translation>Шығу тегі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="86" />
        <source>Plot (created or removed)</source>
        <translation>Учаске (құрылды немесе жойылды)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="91" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="91" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="92" />
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="92" />
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="92" />
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="93" />
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="110" />
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="110" />
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="28" />
        <source>Open a database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="36" />
        <source>made from the database and host</source>
        <translation>дерекқор мен сервер атауынан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="38" />
        <source>Host:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="39" />
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="40" />
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="41" />
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="42" />
        <source>Service name:</source>
        <translation>Қызмет атауы:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="43" />
        <source>The connection is saved as a service in ~/.pg_service.conf, without a password: the server asks for one when it needs it.</source>
        <translation>Қосылым ~/.pg_service.conf ішінде қызмет ретінде құпиясөзсіз сақталады: сервер оны қажет кезде сұрайды.</translation>
    </message>
</context>
<context>
    <name>DashboardTrend</name>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="184" />
        <source>Q%1 %2</source>
        <translation>%2 ж. %1-тоқс.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="198" />
        <source>The history could not be rebuilt: %1</source>
        <translation>Тарихты қалпына келтіру мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="200" />
        <source>Rebuilding the history from the audit log…</source>
        <translation>Тарих өзгерістер журналы бойынша қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="202" />
        <source>No history yet: the audit log holds no change before the end of the last quarter or month.</source>
        <translation>Тарих әлі жоқ: өзгерістер журналында соңғы тоқсан немесе ай аяқталғанға дейінгі өзгеріс жоқ.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="220" />
        <source>By quarter, rebuilt from the audit log.</source>
        <translation>Тоқсан бойынша, өзгерістер журналынан қалпына келтірілген.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="221" />
        <source>By month, rebuilt from the audit log.</source>
        <translation>Ай бойынша, өзгерістер журналынан қалпына келтірілген.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="227" />
        <source>The picked zone in bold.</source>
        <translation>Таңдалған аймақ қалың сызықпен.</translation>
    </message>
</context>
<context>
    <name>DatabaseLink</name>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="54" />
        <location filename="../../sezmap/ui/window_database.py" line="75" />
        <source>Cannot open the database</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="79" />
        <source>The database server %1 does not answer: it may be down, or its host or port wrong. Nothing was opened; try again later.</source>
        <translation>%1 дерекқор сервері жауап бермейді: ол тоқтап тұрған болуы мүмкін немесе сервер не порт қате көрсетілген. Ештеңе ашылған жоқ; кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="99" />
        <source>Connecting to %1…</source>
        <translation>%1 серверіне қосылу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="122" />
        <source>Cannot write .pgpass</source>
        <translation>.pgpass жазу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="171" />
        <source>Login: %1</source>
        <translation>Логин: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="193" />
        <source>Read only: the login %1 may not change plots.</source>
        <translation>Тек оқу: %1 логині учаскелерді өзгерте алмайды.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="196" />
        <source>The login %1 may not change plots of this zone.</source>
        <translation>%1 логині бұл аймақтың учаскелерін өзгерте алмайды.</translation>
    </message>
</context>
<context>
    <name>EditTools</name>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="64" />
        <source>Nothing was changed: %1 needs a reason.</source>
        <translation>Ештеңе өзгерген жоқ: «%1» үшін себеп қажет.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="68" />
        <source>%1 not made: another change is waiting for the file.</source>
        <translation>%1 орындалмады: басқа өзгеріс файлды күтіп тұр.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="80" />
        <source>%1 refused: %2</source>
        <translation>%1 қабылданбады: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/edit_merge.py" line="21" />
        <source>Merge %n plots</source>
        <translation>
            <numerusform>%n учаскені біріктіру</numerusform>
            <numerusform>%n учаскені біріктіру</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_merge.py" line="60" />
        <location filename="../../sezmap/ui/edit_tools.py" line="158" />
        <location filename="../../sezmap/ui/edit_tools.py" line="356" />
        <source>Open a project first.</source>
        <translation>Алдымен жобаны ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="162" />
        <source>Select one plot first (Identify tool, or a row of the table).</source>
        <translation>Алдымен бір учаскені таңдаңыз («Ақпарат» құралы немесе кесте жолы).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="361" />
        <source>A plot needs at least 3 vertices.</source>
        <translation>Учаскенің кемінде 3 төбесі болуы керек.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="373" />
        <source>Draw the plot inside a zone (or choose the zone first).</source>
        <translation>Учаскені аймақтың ішінде салыңыз (немесе алдымен аймақты таңдаңыз).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="378" />
        <source>Draw plot</source>
        <translation>Учаске салу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="402" />
        <source>Draw the cutting line with at least 2 points, across the plot.</source>
        <translation>Кесу сызығын учаскені кесіп өтетіндей, кемінде 2 нүктемен сызыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_merge.py" line="61" />
        <source>Select two or more adjacent plots of one zone to merge.</source>
        <translation>Біріктіру үшін бір аймақтың екі не одан көп көршілес учаскесін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="187" />
        <location filename="../../sezmap/ui/export_dialog.py" line="351" />
        <location filename="../../sezmap/ui/export_dialog.py" line="447" />
        <location filename="../../sezmap/ui/export_dialog.py" line="450" />
        <source>Export map</source>
        <translation>Картаны экспорттау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="188" />
        <source>PNG image (page)</source>
        <translation>PNG суреті (парақ)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="188" />
        <source>PDF document (page, vector)</source>
        <translation>PDF құжаты (парақ, вектор)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="189" />
        <source>SVG drawing (page, vector)</source>
        <translation>SVG сызбасы (парақ, вектор)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="189" />
        <source>GeoTIFF (the map, georeferenced)</source>
        <translation>GeoTIFF (координаттарға байланған карта)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="190" />
        <source>Interactive web map (HTML)</source>
        <translation>Интерактивті веб-карта (HTML)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="190" />
        <source>Slide deck (PPTX)</source>
        <translation>Презентация (PPTX)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="194" />
        <source>Paper</source>
        <translation>Қағаз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="195" />
        <source>Pixels</source>
        <translation>Пиксельдер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="196" />
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="197" />
        <source>Default: the zone's name</source>
        <translation>Әдепкі: аймақтың атауы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="198" />
        <source>Only vacant plots (for investors)</source>
        <translation>Тек бос учаскелер (инвесторлар үшін)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="199" />
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="203" />
        <source>Format:</source>
        <translation>Пішім:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="203" />
        <source>Zone:</source>
        <translation>Аймақ:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="208" />
        <source>Size:</source>
        <translation>Өлшемі:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="205" />
        <source>Title:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="200" />
        <source>Not included</source>
        <translation>Қоспау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="200" />
        <source>By quarter, from the audit log</source>
        <translation>Тоқсан бойынша, өзгерістер журналынан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="201" />
        <source>By month, from the audit log</source>
        <translation>Ай бойынша, өзгерістер журналынан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="204" />
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="204" />
        <source>Figures as of:</source>
        <translation>Көрсеткіштер күні:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="205" />
        <source>Land use over time:</source>
        <translation>Жерді пайдалану уақыт бойынша:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="206" />
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="209" />
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="219" />
        <source>— the current view —</source>
        <translation>— ағымдағы көрініс —</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="219" />
        <source>— all zones —</source>
        <translation>— барлық аймақтар —</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="348" />
        <source>PNG images (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="348" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="349" />
        <source>SVG drawings (*.svg)</source>
        <translation>SVG сызбалары (*.svg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="349" />
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="350" />
        <source>Web pages (*.html)</source>
        <translation>Веб-беттер (*.html)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="350" />
        <source>Slide decks (*.pptx)</source>
        <translation>Презентациялар (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="404" />
        <source>No preview for this format; the file holds every zone's map and figures.</source>
        <translation>Бұл пішім үшін алдын ала қарау жоқ; файлда әр аймақтың картасы мен көрсеткіштері бар.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="406" />
        <source>No preview for this format.</source>
        <translation>Бұл пішім үшін алдын ала қарау жоқ.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="414" />
        <source>landscape</source>
        <translation>альбомдық</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="414" />
        <source>portrait</source>
        <translation>кітаптық</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="419" />
        <source>The figures for that date are worked out when the file is written.</source>
        <translation>Осы күнгі көрсеткіштер файл жазылғанда есептеледі.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="429" />
        <source>Open a project first.</source>
        <translation>Алдымен жобаны ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="450" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 бар. Ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="495" />
        <source>Map exported to %1</source>
        <translation>Карта %1 файлына экспортталды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="501" />
        <source>Export failed</source>
        <translation>Экспорттау сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="509" />
        <source>Export cancelled</source>
        <translation>Экспорттау тоқтатылды</translation>
    </message>
</context>
<context>
    <name>FileNoticeBar</name>
    <message>
        <location filename="../../sezmap/ui/file_notice.py" line="74" />
        <source>Read-only: this file or its folder cannot be changed; editing is off.</source>
        <translation>Тек оқу: бұл файлды немесе оның қалтасын өзгертуге болмайды; өңдеу өшірулі.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/file_notice.py" line="75" />
        <source>Unprotected copy: its audit triggers are missing (copied by a tool that drops them), so other programs' changes are not audited; the next change made in sezmap restores them.</source>
        <translation>Қорғалмаған көшірме: онда аудит триггерлері жоқ (оларды көшірмейтін бағдарлама көшірген), сондықтан басқа бағдарламалардың өзгерістері журналға түспейді; sezmap-тағы келесі өзгеріс оларды қалпына келтіреді.</translation>
    </message>
</context>
<context>
    <name>FileWait</name>
    <message>
        <location filename="../../sezmap/ui/file_wait.py" line="58" />
        <source>Waiting for the previous change to be saved…</source>
        <translation>Алдыңғы өзгерістің сақталуы күтілуде…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/file_wait.py" line="60" />
        <source>Waiting for the file… this window is still reading it.</source>
        <translation>Файл күтілуде… бұл терезе оны әлі оқып жатыр.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/file_wait.py" line="61" />
        <source>Waiting for the file… another program is writing to it.</source>
        <translation>Файл күтілуде… оған қазір басқа бағдарлама жазып жатыр.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/file_wait.py" line="53" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="55" />
        <source>sezmap help</source>
        <translation>sezmap анықтамасы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="56" />
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="57" />
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркестері</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="64" />
        <source>(on the map)</source>
        <translation>(картада)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="64" />
        <source>(in the attribute table)</source>
        <translation>(атрибуттар кестесінде)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="68" />
        <source>Finish a line or a plot</source>
        <translation>Сызықты не учаскені аяқтау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="68" />
        <source>Double-click or Enter</source>
        <translation>Қос шерту немесе Enter</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="69" />
        <source>Take back the last point</source>
        <translation>Соңғы нүктені алып тастау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="69" />
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="70" />
        <source>Place a point without snapping</source>
        <translation>Нүктені тартусыз қою</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="70" />
        <source>Shift + click</source>
        <translation>Shift + шерту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="71" />
        <source>Add a plot to the selection (Identify)</source>
        <translation>Учаскені таңдауға қосу (Нысан туралы ақпарат)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="71" />
        <source>Ctrl + click</source>
        <translation>Ctrl + шерту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="72" />
        <source>Delete the vertex under the pointer (Edit vertices)</source>
        <translation>Меңзер астындағы төбені жою (Төбелерді өзгерту)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="72" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="73" />
        <source>Cancel the line being drawn</source>
        <translation>Сызылып жатқан сызықты болдырмау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="73" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="75" />
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="75" />
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="167" />
        <source>Plot history</source>
        <translation>Учаске тарихы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="208" />
        <source>The history could not be read: %1</source>
        <translation>Тарихты оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="221" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="224" />
        <source>Select a plot to see who changed what, when and why.</source>
        <translation>Кім, нені, қашан және неге өзгерткенін көру үшін учаскені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="226" />
        <source>No recorded changes.</source>
        <translation>Жазылған өзгерістер жоқ.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="228" />
        <source>Changes to %1, newest first.</source>
        <translation>%1 учаскесінің өзгерістері, алдымен жаңалары.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/history_panel.py" line="229" />
        <source>Changes to the %n selected plots, newest first.</source>
        <translation>
            <numerusform>Таңдалған %n учаскенің өзгерістері, алдымен жаңалары.</numerusform>
            <numerusform>Таңдалған %n учаскенің өзгерістері, алдымен жаңалары.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="231" />
        <source>Only the first %1 plots are listed.</source>
        <translation>Тек алғашқы %1 учаске көрсетілген.</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="33" />
        <source>Identify</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="36" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="36" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
</context>
<context>
    <name>IdleReview</name>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="223" />
        <source>Idle plots</source>
        <translation>Бос тұрған учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="226" />
        <source>All zones</source>
        <translation>Барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="227" />
        <location filename="../../sezmap/ui/idle_review.py" line="358" />
        <source>Tick all</source>
        <translation>Барлығын белгілеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="228" />
        <source>Withdraw ticked…</source>
        <translation>Белгіленгендерді алып қою…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="229" />
        <source>Set the ticked plots' status to withdrawn, in one step that Undo takes back</source>
        <translation>Белгіленген учаскелерге «Алынып қойылған» мәртебесін бір қадаммен беру (болдырмауға болады)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="306" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="307" />
        <source>Computing the zone figures…</source>
        <translation>Аймақ көрсеткіштері есептелуде…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="341" />
        <source>all zones</source>
        <translation>барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="343" />
        <source>No idle plots in %1 as of %2.</source>
        <translation>Бос тұрған учаскелер жоқ (%1, %2 жағдай бойынша).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/idle_review.py" line="345" />
        <source>%n idle plot in %1 as of %2, %3:</source>
        <translation>
            <numerusform>%n бос тұрған учаске (%1, %2 жағдай бойынша), %3:</numerusform>
            <numerusform>%n бос тұрған учаске (%1, %2 жағдай бойынша), %3:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/idle_review.py" line="346" />
        <source>%n idle plots in %1 as of %2, %3:</source>
        <translation>
            <numerusform>%n бос тұрған учаске (%1, %2 жағдай бойынша), %3:</numerusform>
            <numerusform>%n бос тұрған учаске (%1, %2 жағдай бойынша), %3:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="358" />
        <source>Untick all</source>
        <translation>Барлық белгіні алып тастау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="372" />
        <source>Withdraw idle plots</source>
        <translation>Бос тұрған учаскелерді алып қою</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="373" />
        <source>Why are these plots withdrawn? (required; written to the audit log)</source>
        <translation>Учаскелер неге алынып қойылады? (міндетті; өзгерістер журналына жазылады)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="385" />
        <source>Nothing was withdrawn: a reason is required.</source>
        <translation>Ештеңе алынып қойылмады: себеп көрсету керек.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="397" />
        <source>Nothing was withdrawn: a plot was changed meanwhile.</source>
        <translation>Ештеңе алынып қойылмады: учаске осы уақытта өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="398" />
        <source>Nothing was withdrawn:</source>
        <translation>Ештеңе алынып қойылмады:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="407" />
        <source>%1 done: freed %2.</source>
        <translation>%1: орындалды, %2 босатылды.</translation>
    </message>
</context>
<context>
    <name>IdleTableModel</name>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="104" />
        <source>Area, ha</source>
        <translation>Аудан, га</translation>
    </message>
</context>
<context>
    <name>ImageryDialog</name>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="171" />
        <source>Check reported status against imagery</source>
        <translation>Көрсетілген мәртебені суреттермен салыстыру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="172" />
        <source>GeoTIFF:</source>
        <translation>GeoTIFF:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="173" />
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="174" />
        <source>A built-up score (0…1) in one band</source>
        <translation>Бір арнадағы салынғандық бағасы (0…1)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="175" />
        <source>Band:</source>
        <translation>Арна:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="176" />
        <source>An index computed from bands</source>
        <translation>Арналардан есептелген индекс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="177" />
        <source>Index:</source>
        <translation>Индекс:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="178" />
        <source>NIR band:</source>
        <translation>NIR арнасы:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="179" />
        <source>SWIR band:</source>
        <translation>SWIR арнасы:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="180" />
        <source>Red band:</source>
        <translation>Қызыл арна:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="181" />
        <source>Threshold:</source>
        <translation>Шек:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="182" />
        <source>A pixel counts as built at or above the threshold (NDVI: below it); a plot reported built with less than this share of built land is flagged, and one reported vacant with more.</source>
        <translation>Мәні шектен кем емес пиксель салынған деп саналады (NDVI: шектен төмен); салынған деп көрсетілген учаске салынған жердің үлесі бұдан аз болса белгіленеді, бос деп көрсетілгені — көп болса.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="185" />
        <source>Plots of:</source>
        <translation>Учаскелер:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="186" />
        <source>Run the check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="199" />
        <source>The current zone (%1)</source>
        <translation>Ағымдағы аймақ (%1)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="200" />
        <source>All zones</source>
        <translation>Барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="232" />
        <source>Check against imagery</source>
        <translation>Суреттер бойынша тексеру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="233" />
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/imagery_dialog.py" line="263" />
        <source>%n band</source>
        <translation>
            <numerusform>%n арна</numerusform>
            <numerusform>%n арна</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/imagery_dialog.py" line="263" />
        <source>%n bands</source>
        <translation>
            <numerusform>%n арна</numerusform>
            <numerusform>%n арна</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="385" />
        <source>The check failed. %1</source>
        <translation>Тексеру сәтсіз аяқталды. %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="387" />
        <source>Open a project first.</source>
        <translation>Алдымен жобаны ашыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/imagery_dialog.py" line="380" />
        <source>Checking %n plot…</source>
        <translation>
            <numerusform>%n учаске тексерілуде…</numerusform>
            <numerusform>%n учаске тексерілуде…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/imagery_dialog.py" line="380" />
        <source>Checking %n plots…</source>
        <translation>
            <numerusform>%n учаске тексерілуде…</numerusform>
            <numerusform>%n учаске тексерілуде…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="382" />
        <source>Cancelled: nothing was checked.</source>
        <translation>Тоқтатылды: ештеңе тексерілмеді.</translation>
    </message>
</context>
<context>
    <name>ImageryPanel</name>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="143" />
        <source>Imagery check</source>
        <translation>Суреттер бойынша тексеру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="146" />
        <source>Flagged (both kinds)</source>
        <translation>Белгіленгендер (екі түрі)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="148" />
        <source>All checked plots</source>
        <translation>Тексерілген барлық учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="151" />
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="152" />
        <source>Check against imagery…</source>
        <translation>Суреттер бойынша тексеру…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="153" />
        <source>Edit plot…</source>
        <translation>Учаскені өзгерту…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="154" />
        <source>Open the plot editor with the check's figures as the reason</source>
        <translation>Учаске редакторын тексеру көрсеткіштерімен себеп ретінде ашу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="176" />
        <source>No check yet: check the plots' reported status against a GeoTIFF (a built-up score, or NDBI/NDVI from its bands).</source>
        <translation>Әлі тексерілген жоқ: учаскелердің көрсетілген мәртебесін GeoTIFF-пен салыстырыңыз (салынғандық бағасы немесе оның арналары бойынша NDBI/NDVI).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="180" />
        <source>all zones</source>
        <translation>барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="181" />
        <source>%1, %2, checked %3 in %4 — looks unbuilt: %5, looks built: %6, no data: %7, consistent: %8.</source>
        <translation>%1, %2, %3 тексерілді, %4: салынбаған сияқты — %5, салынған сияқты — %6, деректерсіз — %7, сәйкес — %8.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="194" />
        <source>band %1, threshold %2</source>
        <translation>%1 арна, шек %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="195" />
        <source>%1, threshold %2</source>
        <translation>%1, шек %2</translation>
    </message>
</context>
<context>
    <name>ImageryTableModel</name>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="55" />
        <source>Reported status</source>
        <translation>Көрсетілген мәртебе</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="55" />
        <source>Flag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="56" />
        <source>Built, %</source>
        <translation>Салынғаны, %</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="56" />
        <source>Mean value</source>
        <translation>Орташа мән</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="57" />
        <source>Area, ha</source>
        <translation>Аудан, га</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="95" />
        <source>Opacity</source>
        <translation>Мөлдірсіздік</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="96" />
        <source>Move the layer up</source>
        <translation>Қабатты жоғары жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="97" />
        <source>Move the layer down</source>
        <translation>Қабатты төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="98" />
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
</context>
<context>
    <name>LogisticsPanel</name>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="44" />
        <source>Logistics</source>
        <translation>Логистика</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="47" />
        <source>From zone:</source>
        <translation>Аймақтан:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="48" />
        <source>To hub:</source>
        <translation>Хабқа:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="49" />
        <source>Show the route</source>
        <translation>Бағытты көрсету</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="50" />
        <source>Clear the route</source>
        <translation>Бағытты алып тастау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="92" />
        <source>%1 cannot reach %2 along the corridors.</source>
        <translation>%1 аймағынан %2 дейін дәліздер арқылы жету мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="96" />
        <source>%1 → %2: %3 km, of which %4 km off the corridor network (straight lines to and from the nearest corridor, dashed grey on the map).</source>
        <translation>%1 → %2: %3 км, оның %4 км дәліздер желісінен тыс (ең жақын дәлізге дейін және одан түзу сызықпен, картада сұр үзік сызық).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="101" />
        <source>%1 → %2: %3 km along the corridors (with the legs to and from the network).</source>
        <translation>%1 → %2: дәліздер бойымен %3 км (желіге дейінгі және желіден кейінгі жолдарды қоса).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="244" />
        <source>Opening %1…</source>
        <translation>%1 ашылуда…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="280" />
        <source>%1 zones, %2 plots</source>
        <translation>Аймақтар: %1, учаскелер: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="289" />
        <source>Analysis failed</source>
        <translation>Талдау сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="277" />
        <source>Loading the plots…</source>
        <translation>Учаскелер жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="324" />
        <source>Cannot open the project</source>
        <translation>Жобаны ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="328" />
        <source>Open project</source>
        <translation>Жобаны ашу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="329" />
        <source>GeoPackage projects (*.gpkg)</source>
        <translation>GeoPackage жобалары (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="379" />
        <source>The map could not be drawn: %1</source>
        <translation>Картаны салу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="398" />
        <source>— all zones —</source>
        <translation>— барлық аймақтар —</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="487" />
        <source>Nothing here</source>
        <translation>Мұнда ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="548" />
        <source>The analysis is still running; try again in a moment.</source>
        <translation>Талдау әлі жүріп жатыр; сәлден кейін қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="66" />
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="67" />
        <source>The server refused the password. Password for %1:</source>
        <translation>Сервер құпиясөзді қабылдамады. %1 үшін құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="68" />
        <source>Password for %1:</source>
        <translation>%1 үшін құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="71" />
        <source>Remember in .pgpass</source>
        <translation>.pgpass ішінде есте сақтау</translation>
    </message>
</context>
<context>
    <name>PlotForm</name>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="183" />
        <source>Editor</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="187" />
        <source>Reason (required)</source>
        <translation>Себеп (міндетті)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="189" />
        <source>Why the change is made; written to the audit log</source>
        <translation>Өзгеріс неге енгізіледі; өзгерістер журналына жазылады</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="190" />
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="191" />
        <source>Revert</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="192" />
        <source>Show the plot's stored values again</source>
        <translation>Учаскенің сақталған мәндерін қайта көрсету</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="193" />
        <source>Reload</source>
        <translation>Олардікін жүктеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="194" />
        <source>Show their values; what you typed is dropped</source>
        <translation>Олардың мәндерін көрсету; сіз енгізгендер алынып тасталады</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="195" />
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="196" />
        <source>Keep what you typed, to apply it over their change</source>
        <translation>Сіз енгізгенді қалдыру, оны олардың өзгерісінің үстінен қолдану үшін</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="198" />
        <source>Withdraw</source>
        <translation>Алып қою</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="199" />
        <location filename="../../sezmap/ui/plot_form.py" line="426" />
        <source>Set the status of the selected plots to withdrawn</source>
        <translation>Таңдалған учаскелерге «Алынып қойылған» мәртебесін беру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="243" />
        <source>Changed meanwhile by %1; the form shows the new values.</source>
        <translation>Осы уақытта өзгертілді (%1); пішінде жаңа мәндер көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="259" />
        <source>another program</source>
        <translation>басқа бағдарлама</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="260" />
        <source>Changed by %1 at %2 while you were typing. Reload shows their values; Keep mine keeps what you typed, to apply over theirs.</source>
        <translation>Сіз енгізіп жатқанда өзгертілді: %1, %2. «Олардікін жүктеу» олардың мәндерін көрсетеді; «Менікін қалдыру» сіз енгізгенді олардың үстінен қолдану үшін сақтайды.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="336" />
        <source>(keep each plot's status)</source>
        <translation>(әр учаскенің мәртебесін сақтау)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="354" />
        <source>(keep)</source>
        <translation>(өзгертпеу)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="356" />
        <source>YYYY-MM-DD, empty: no date</source>
        <translation>ЖЖЖЖ-АА-КК, бос: күні жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="358" />
        <source>tenge, empty: not known</source>
        <translation>теңге, бос: белгісіз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="365" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="367" />
        <source>Select a plot on the map or in the attribute table to edit it.</source>
        <translation>Өзгерту үшін учаскені картадан немесе атрибуттар кестесінен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="370" />
        <source>Plot %1, version %2</source>
        <translation>%1 учаскесі, %2-нұсқа</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/plot_form.py" line="373" />
        <source>%n plots selected</source>
        <translation>
            <numerusform>%n учаске таңдалды</numerusform>
            <numerusform>%n учаске таңдалды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="374" />
        <source>The fields you fill in are applied to every selected plot; empty fields are kept.</source>
        <translation>Толтырылған өрістер барлық таңдалған учаскелерге қолданылады; бос өрістер өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="395" />
        <source>Write the date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>Күнді ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="396" />
        <source>Not a number.</source>
        <translation>Бұл сан емес.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="397" />
        <source>Cannot be negative.</source>
        <translation>Теріс болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="398" />
        <source>Must be a whole number.</source>
        <translation>Бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="399" />
        <source>Too large: at most 9,007,199,254,740,992.</source>
        <translation>Тым үлкен: ең көбі 9 007 199 254 740 992.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="400" />
        <source>Contains control characters.</source>
        <translation>Басқару таңбалары бар.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="415" />
        <source>Required: the audit log keeps why every change was made.</source>
        <translation>Міндетті: өзгерістер журналы әр өзгерістің себебін сақтайды.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="431" />
        <location filename="../../sezmap/ui/plot_form.py" line="452" />
        <source>Select a plot to edit.</source>
        <translation>Өзгерту үшін учаскені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="433" />
        <location filename="../../sezmap/ui/plot_form.py" line="454" />
        <source>The project file is read-only: nothing can be changed.</source>
        <translation>Жоба файлы тек оқуға арналған: ештеңені өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="435" />
        <source>Another user changed this plot: choose Reload or Keep mine first.</source>
        <translation>Басқа пайдаланушы бұл учаскені өзгертті: алдымен «Олардікін жүктеу» немесе «Менікін қалдыру» таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="437" />
        <source>Correct the fields marked in red.</source>
        <translation>Қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="448" />
        <source>Give a reason to apply the change.</source>
        <translation>Өзгерісті қолдану үшін себебін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="442" />
        <source>Nothing to apply: the fields hold the plot's stored values.</source>
        <translation>Қолданатын ештеңе жоқ: өрістерде учаскенің сақталған мәндері тұр.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="456" />
        <source>No selected plot can be withdrawn (only allocated, under construction or operational plots can).</source>
        <translation>Таңдалған учаскелердің ешқайсысын алып қоюға болмайды (тек берілген, салынып жатқан немесе жұмыс істеп тұрған учаскелерді ғана алып қоюға болады).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="464" />
        <source>Nothing was saved: status “%1” is not allowed for %2.</source>
        <translation>Ештеңе сақталмады: «%1» мәртебесі %2 үшін рұқсат етілмейді.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="500" />
        <source>Nothing was saved: you stopped waiting for the file.</source>
        <translation>Ештеңе сақталмады: сіз файлды күтуді тоқтаттыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="508" />
        <source>Nothing was saved: the plot was changed meanwhile (by another program or user). What you typed is kept: choose Reload or Keep mine.</source>
        <translation>Ештеңе сақталмады: учаске осы уақытта өзгертілді (басқа бағдарлама немесе пайдаланушы). Сіз енгізгендер пішінде сақталды: «Олардікін жүктеу» немесе «Менікін қалдыру» таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="511" />
        <source>Nothing was saved:</source>
        <translation>Ештеңе сақталмады:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="537" />
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="19" />
        <source>the layer “{layer}” is missing</source>
        <translation>«{layer}» қабаты жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="20" />
        <source>fields missing: {fields}</source>
        <translation>өрістер жетіспейді: {fields}</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="21" />
        <source>{field} is required</source>
        <translation>«{field}» өрісі міндетті</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="22" />
        <source>{field}: “{value}” is not a number</source>
        <translation>{field}: «{value}» сан емес</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="23" />
        <source>{field}: “{value}” is not a whole number</source>
        <translation>{field}: «{value}» бүтін сан емес</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="24" />
        <source>{field}: “{value}” is too large: at most 9,007,199,254,740,992</source>
        <translation>{field}: «{value}» тым үлкен сан: ең көбі 9 007 199 254 740 992</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="25" />
        <source>{field}: “{value}” is not a date (YYYY-MM-DD)</source>
        <translation>{field}: «{value}» күн емес (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="26" />
        <source>{field} cannot be negative ({value})</source>
        <translation>{field} теріс бола алмайды ({value})</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="27" />
        <source>“{value}” is not a plot status (the statuses: {allowed})</source>
        <translation>«{value}» учаске мәртебесі емес (мәртебелер: {allowed})</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="28" />
        <source>{field}: “{value}” is not one of {allowed}</source>
        <translation>{field}: «{value}» мына мәндердің бірі емес: {allowed}</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="29" />
        <source>the status cannot change from “{old}” to “{new}”; from “{old}” it can change to: {onward}</source>
        <translation>мәртебені «{old}» күйінен «{new}» күйіне ауыстыруға болмайды; «{old}» күйінен ауысуға болады: {onward}</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="31" />
        <source>{metres} m outside its zone (tolerance {tolerance} m) at {lon}, {lat}</source>
        <translation>аймақ шекарасынан {metres} м шығып тұр (рұқсат {tolerance} м), нүкте {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="33" />
        <source>overlaps plot {plot} by {square_metres} m² at {lon}, {lat}</source>
        <translation>{plot} учаскесімен {square_metres} м² қабаттасады, нүкте {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="34" />
        <source>changed meanwhile by someone else; nothing was written: look at the new values and try again</source>
        <translation>осы уақытта басқа біреу өзгертті; ештеңе жазылған жоқ: жаңа мәндерді қарап, қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="36" />
        <source>changed meanwhile by {actor} ({at}); nothing was written: look at the new values and try again</source>
        <translation>осы уақытта {actor} өзгертті ({at}); ештеңе жазылған жоқ: жаңа мәндерді қарап, қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="44" />
        <source>a plot with the status “{status}” needs {fields}: fill them in the same edit; nothing was written</source>
        <translation>«{status}» мәртебесі бар учаскеге мына өрістер қажет: {fields}; оларды сол түзетуде толтырыңыз; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="46" />
        <source>there is no such plot</source>
        <translation>мұндай учаске жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="47" />
        <source>“{zone}” is not a zone of the project</source>
        <translation>«{zone}» жобаның аймағы емес</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="48" />
        <source>{field} “{value}” is used more than once</source>
        <translation>{field} «{value}» бірнеше рет кездеседі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="49" />
        <source>a reason is required (it is written to the audit log)</source>
        <translation>себеп қажет (ол өзгерістер журналына жазылады)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="50" />
        <source>a user name is required (Settings → Preferences)</source>
        <translation>пайдаланушы аты қажет (Баптаулар → Баптаулар)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="51" />
        <source>the edit changes nothing</source>
        <translation>түзету ештеңені өзгертпейді</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="52" />
        <source>The file {path} is damaged ({detail}). Restore it from a backup.</source>
        <translation>{path} файлы бүлінген ({detail}). Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="53" />
        <source>The file {path} cannot be read ({detail}).</source>
        <translation>{path} файлын оқу мүмкін емес ({detail}).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="54" />
        <source>The file {path} is not a GeoPackage project.</source>
        <translation>{path} файлы GeoPackage жобасы емес.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="55" />
        <source>The file {path} does not exist (any more).</source>
        <translation>{path} файлы жоқ (енді жоқ).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="56" />
        <source>The project {path} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>{path} жобасы бос емес: оған басқа бағдарлама жазып жатыр. Сәлден кейін қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="58" />
        <source>The project {path} cannot be changed: it or its folder is read-only.</source>
        <translation>{path} жобасын өзгерту мүмкін емес: файл немесе оның қалтасы тек оқуға арналған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="59" />
        <source>The project {path} cannot be written: the disk is full. Nothing was changed.</source>
        <translation>{path} жобасы жазылмады: диск толы. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="61" />
        <source>The file {path} cannot be opened ({detail}).</source>
        <translation>{path} файлын ашу мүмкін емес ({detail}).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="62" />
        <source>The file {path} cannot be read or written ({detail}).</source>
        <translation>{path} файлын оқу не жазу мүмкін емес ({detail}).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="63" />
        <source>The file {path} cannot be read as a raster ({detail}).</source>
        <translation>{path} файлын растр ретінде оқу мүмкін емес ({detail}).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="64" />
        <source>The file {path} has no band {bands} (bands in it: {count}).</source>
        <translation>{path} файлында {bands} арнасы жоқ (ондағы арналар саны: {count}).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="66" />
        <source>The file {path} says no coordinate system: a GeoTIFF with a CRS is needed.</source>
        <translation>{path} файлында координаттар жүйесі көрсетілмеген: координаттар жүйесі бар GeoTIFF қажет.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="68" />
        <source>The file {path} is a rotated grid, which is not supported.</source>
        <translation>{path} файлы — бұрылған тор, оған қолдау көрсетілмейді.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="91" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="139" />
        <source>… and %1 more</source>
        <translation>… және тағы: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="38" />
        <source>{fields} changed after this step by {actor} ({at}); nothing was written</source>
        <translation>{fields}: осы қадамнан кейін {actor} өзгертті ({at}); ештеңе жазылмады</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="40" />
        <source>removed after this step by {actor} ({at}); nothing was written</source>
        <translation>осы қадамнан кейін {actor} жойды ({at}); ештеңе жазылмады</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="42" />
        <source>added again after this step by {actor} ({at}); nothing was written</source>
        <translation>осы қадамнан кейін {actor} қайта қосты ({at}); ештеңе жазылмады</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="109" />
        <source>Import vector file</source>
        <translation>Векторлық файлды импорттау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="110" />
        <source>Vector files (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)</source>
        <translation>Векторлық файлдар (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="140" />
        <location filename="../../sezmap/ui/window_files.py" line="230" />
        <source>Open a project first.</source>
        <translation>Алдымен жобаны ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="119" />
        <location filename="../../sezmap/ui/window_files.py" line="131" />
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="74" />
        <source>The audit record of %1 was changed outside sezmap (or its protections were). Do not trust its history until this is explained; restore a backup if in doubt. Found:</source>
        <translation>%1 жобасының өзгерістер журналы sezmap-тен тыс өзгертілген (немесе оның қорғанысы). Мұның себебі анықталғанша тарихына сенбеңіз; күмән болса, сақтық көшірмеден қалпына келтіріңіз. Табылғаны:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="77" />
        <source>Audit record changed outside sezmap</source>
        <translation>Өзгерістер журналы sezmap-тен тыс өзгертілген</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="119" />
        <source>Into which layer of the project?</source>
        <translation>Жобаның қай қабатына?</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="132" />
        <source>The file has several layers. Which one?</source>
        <translation>Файлда бірнеше қабат бар. Қайсысы?</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="154" />
        <source>Import failed</source>
        <translation>Импорттау сәтсіз аяқталды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/window_files.py" line="161" />
        <source>Imported %Ln feature into %1</source>
        <translation>
            <numerusform>%1 қабатына %Ln нысан импортталды</numerusform>
            <numerusform>%1 қабатына %Ln нысан импортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/window_files.py" line="162" />
        <source>Imported %Ln features into %1</source>
        <translation>
            <numerusform>%1 қабатына %Ln нысан импортталды</numerusform>
            <numerusform>%1 қабатына %Ln нысан импортталды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="166" />
        <source>Add raster overlay</source>
        <translation>Растрлық қабат қосу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="167" />
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="193" />
        <source>Cannot open the raster</source>
        <translation>Растрды ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="200" />
        <location filename="../../sezmap/ui/window_files.py" line="214" />
        <location filename="../../sezmap/ui/window_files.py" line="223" />
        <source>New project from the template</source>
        <translation>Үлгіден жаңа жоба</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="201" />
        <location filename="../../sezmap/ui/window_files.py" line="234" />
        <source>Projects (*.gpkg)</source>
        <translation>Жобалар (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="215" />
        <source>%1 already exists. A new project does not replace a file: choose another name.</source>
        <translation>%1 бұрыннан бар. Жаңа жоба файлды алмастырмайды: басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="233" />
        <location filename="../../sezmap/ui/window_files.py" line="253" />
        <source>Save a copy as</source>
        <translation>Көшірмесін басқаша сақтау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="249" />
        <source>A copy was saved as %1; you are still working on %2</source>
        <translation>Көшірме %1 ретінде сақталды; сіз әлі %2 файлымен жұмыс істеп жатырсыз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="261" />
        <location filename="../../sezmap/ui/window_files.py" line="277" />
        <source>Save map image</source>
        <translation>Карта суретін сақтау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="262" />
        <source>PNG images (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../sezmap/ui/reason_dialog.py" line="17" />
        <source>Reason for the change</source>
        <translation>Өзгеріс себебі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/reason_dialog.py" line="18" />
        <source>Why is this change made? (%1; written to the audit log)</source>
        <translation>Бұл өзгеріс неге енгізіледі? (%1; аудит журналына жазылады)</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <location filename="../../sezmap/ui/task_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/task_dialog.py" line="76" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="51" />
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="52" />
        <source>Show the bundled offline basemap</source>
        <translation>Кірістірілген офлайн негізгі картаны көрсету</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="53" />
        <source>Optional online tiles drawn over the offline basemap, cached on disk; without a connection the offline basemap is shown. Respect the tile server's usage policy.</source>
        <translation>Офлайн негізгі картаның үстінен көрсетілетін қосымша онлайн тайлдар, дискіде кэштеледі; байланыс болмаса, офлайн негізгі карта көрсетіледі. Тайл серверінің пайдалану ережелерін сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="56" />
        <source>User name (in the audit log):</source>
        <translation>Пайдаланушы аты (өзгерістер журналында):</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="57" />
        <source>XYZ tiles:</source>
        <translation>XYZ тайлдары:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="68" />
        <source>On a database the audit log names your login.</source>
        <translation>Дерекқорда өзгерістер журналы сіздің логиніңізді көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="56" />
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="57" />
        <source>Basemap:</source>
        <translation>Негізгі карта:</translation>
    </message>
</context>
<context>
    <name>SiteSearchDock</name>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="49" />
        <source>Find &amp;sites for investors…</source>
        <translation>Инвесторларға &amp;алаң іздеу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="50" />
        <source>Vacant land of a given size near rail, a border crossing and the ports</source>
        <translation>Темір жолға, шекара өткеліне және порттарға жақын қажетті аудандағы бос жер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="51" />
        <source>The sites found as an investor web map or a PDF</source>
        <translation>Табылған алаңдар инвесторларға арналған веб-карта немесе PDF түрінде</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="117" />
        <location filename="../../sezmap/ui/site_search_dock.py" line="150" />
        <source>Export the sites</source>
        <translation>Алаңдарды экспорттау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="118" />
        <source>Investor web map (*.html)</source>
        <translation>Инвесторларға арналған веб-карта (*.html)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="118" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="142" />
        <source>Sites written to %1</source>
        <translation>Алаңдар %1 файлына жазылды</translation>
    </message>
</context>
<context>
    <name>SiteSearchPanel</name>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="38" />
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="39" />
        <source>Area, ha</source>
        <translation>Аудан, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="40" />
        <source>Rail, km</source>
        <translation>Т/ж, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="41" />
        <source>Border crossing, km</source>
        <translation>Шекара өткелі, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="42" />
        <source>Seaport, km</source>
        <translation>Теңіз порты, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="43" />
        <source>Dry port, km</source>
        <translation>Құрғақ порт, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="44" />
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="45" />
        <source>Plots</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="46" />
        <source>Zone expires</source>
        <translation>Аймақ мерзімі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="47" />
        <source>Years left</source>
        <translation>Қалған жыл</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="48" />
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="49" />
        <source>Focus</source>
        <translation>Мамандануы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="204" />
        <source>Site search</source>
        <translation>Алаң іздеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="207" />
        <source>At least, ha:</source>
        <translation>Кемінде, га:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="207" />
        <source>At most, ha:</source>
        <translation>Көп дегенде, га:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="208" />
        <source>Zone focus:</source>
        <translation>Аймақ бейіні:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="208" />
        <source>Rail within, km:</source>
        <translation>Темір жолға дейін, км:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="209" />
        <source>Border crossing within, km:</source>
        <translation>Шекара өткеліне дейін, км:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="209" />
        <source>Crossing to:</source>
        <translation>Өткел бағыты:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="210" />
        <source>Seaport within, km:</source>
        <translation>Теңіз портына дейін, км:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="210" />
        <source>Dry port within, km:</source>
        <translation>Құрғақ портқа дейін, км:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="213" />
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="215" />
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="218" />
        <source>e.g. logistics</source>
        <translation>мыс. логистика</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="219" />
        <source>Zones whose focus holds this text, in English, Russian or Kazakh</source>
        <translation>Бейінінде осы мәтін бар аймақтар, ағылшын, орыс немесе қазақ тілінде</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="222" />
        <source>any neighbour</source>
        <translation>кез келген көрші ел</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="226" />
        <source>Also offer adjacent vacant plots merged</source>
        <translation>Іргелес бос учаскелерді біріктіріп те ұсыну</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="227" />
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="228" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="229" />
        <source>Export results…</source>
        <translation>Нәтижелерді экспорттау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="284" />
        <source>The largest area is below the smallest.</source>
        <translation>Ең үлкен аудан ең кішісінен аз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="300" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="302" />
        <source>Measuring the vacant land (once for this state of the project)…</source>
        <translation>Бос жер өлшенуде (жобаның осы күйі үшін бір рет)…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="304" />
        <source>The search failed: %1</source>
        <translation>Іздеу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="306" />
        <source>Set what the site needs, then Search.</source>
        <translation>Алаңға қойылатын талаптарды беріп, «Іздеу» басыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="315" />
        <source>No vacant land fits.</source>
        <translation>Сәйкес бос жер жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/site_search_panel.py" line="317" />
        <source>%n site fits, best first (as of %1).</source>
        <translation>
            <numerusform>%n алаң сәйкес, үздіктері жоғарыда (%1 жағдай бойынша).</numerusform>
            <numerusform>%n алаң сәйкес, үздіктері жоғарыда (%1 жағдай бойынша).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/site_search_panel.py" line="318" />
        <source>%n sites fit, best first (as of %1).</source>
        <translation>
            <numerusform>%n алаң сәйкес, үздіктері жоғарыда (%1 жағдай бойынша).</numerusform>
            <numerusform>%n алаң сәйкес, үздіктері жоғарыда (%1 жағдай бойынша).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="320" />
        <source>The plots changed since: Search again.</source>
        <translation>Содан бері учаскелер өзгерді: қайта іздеңіз.</translation>
    </message>
</context>
<context>
    <name>StepTexts</name>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="22" />
        <source>Edit %1</source>
        <translation>%1 учаскесін өзгерту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/step_text.py" line="23" />
        <source>Edit %n plots</source>
        <translation>
            <numerusform>%n учаскені өзгерту</numerusform>
            <numerusform>%n учаскені өзгерту</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="24" />
        <source>Withdraw %1</source>
        <translation>%1 учаскесін алып қою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/step_text.py" line="25" />
        <source>Withdraw %n plots</source>
        <translation>
            <numerusform>%n учаскені алып қою</numerusform>
            <numerusform>%n учаскені алып қою</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="26" />
        <source>Withdraw idle plot %1</source>
        <translation>Бос тұрған %1 учаскесін алып қою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/step_text.py" line="27" />
        <source>Withdraw %n idle plots</source>
        <translation>
            <numerusform>Бос тұрған %n учаскені алып қою</numerusform>
            <numerusform>Бос тұрған %n учаскені алып қою</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="28" />
        <source>Draw plot %1</source>
        <translation>%1 учаскесін салу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="29" />
        <source>Split %1</source>
        <translation>%1 учаскесін бөлу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="30" />
        <source>Merge %2 into %1</source>
        <translation>%2 учаскесін %1 учаскесіне біріктіру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="31" />
        <source>Move vertex of %1</source>
        <translation>%1 учаскесінің төбесін жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="32" />
        <source>Add vertex to %1</source>
        <translation>%1 учаскесіне төбе қосу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="33" />
        <source>Delete vertex of %1</source>
        <translation>%1 учаскесінің төбесін жою</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="37" />
        <source>undo: %1</source>
        <translation>болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="37" />
        <source>redo: %1</source>
        <translation>қайталау: %1</translation>
    </message>
</context>
<context>
    <name>TableRowsOut</name>
    <message>
        <location filename="../../sezmap/ui/table_rows.py" line="31" />
        <source>Copy selected rows as CSV</source>
        <translation>Таңдалған жолдарды CSV ретінде көшіру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/table_rows.py" line="32" />
        <source>Export selected rows as CSV…</source>
        <translation>Таңдалған жолдарды CSV-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/table_rows.py" line="51" />
        <source>Export selected rows</source>
        <translation>Таңдалған жолдарды экспорттау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/table_rows.py" line="52" />
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/table_rows.py" line="67" />
        <source>Export failed</source>
        <translation>Экспорттау сәтсіз аяқталды</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../sezmap/ui/window_tasks.py" line="135" />
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="192" />
        <source>&amp;Open project…</source>
        <translation>Жобаны &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="192" />
        <source>Open &amp;database…</source>
        <translation>&amp;Дерекқорды ашу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="193" />
        <source>&amp;Import vector file…</source>
        <translation>Векторлық файлды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="194" />
        <source>&amp;New project from the template…</source>
        <translation>Үлгіден жаңа &amp;жоба…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="194" />
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Көшірмесін басқаша сақтау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="195" />
        <source>Add &amp;raster overlay…</source>
        <translation>&amp;Растрлық қабат қосу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="195" />
        <source>&amp;Save map image…</source>
        <translation>Карта суретін &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="196" />
        <source>&amp;Export map…</source>
        <translation>Картаны &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="197" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="197" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Жақындату</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="197" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Алыстату</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="198" />
        <source>&amp;Full extent</source>
        <translation>&amp;Толық көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="198" />
        <source>Zoom to &amp;zone</source>
        <translation>&amp;Аймаққа жақындату</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="199" />
        <source>&amp;Previous extent</source>
        <translation>&amp;Алдыңғы көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="199" />
        <source>&amp;Next extent</source>
        <translation>&amp;Келесі көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="199" />
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="200" />
        <source>&amp;Pan</source>
        <translation>&amp;Жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="200" />
        <source>Zoom &amp;box</source>
        <translation>&amp;Рамкамен үлкейту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="200" />
        <source>&amp;Identify</source>
        <translation>&amp;Нысан туралы ақпарат</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="201" />
        <source>&amp;Measure distance</source>
        <translation>&amp;Қашықтықты өлшеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="201" />
        <source>Measure &amp;area</source>
        <translation>&amp;Ауданды өлшеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="202" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="202" />
        <source>&amp;About sezmap</source>
        <translation>sezmap &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="203" />
        <source>&amp;User guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="203" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркестері</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="204" />
        <source>Clear the list</source>
        <translation>Тізімді тазарту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="205" />
        <source>&amp;Draw a plot</source>
        <translation>Учаскені &amp;салу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="205" />
        <source>Edit &amp;vertices</source>
        <translation>&amp;Төбелерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="206" />
        <source>S&amp;plit a plot</source>
        <translation>Учаскені &amp;бөлу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="206" />
        <source>&amp;Merge selected plots</source>
        <translation>Таңдалған учаскелерді &amp;біріктіру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="211" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="212" />
        <source>Open &amp;recent</source>
        <translation>&amp;Соңғы жобалар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="214" />
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="215" />
        <source>Editing</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="216" />
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="217" />
        <source>Pa&amp;nels</source>
        <translation>&amp;Панельдер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="218" />
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="219" />
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="220" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="221" />
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="222" />
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="223" />
        <source>Zone:</source>
        <translation>Аймақ:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="224" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <location filename="../../sezmap/ui/window_docks.py" line="127" />
        <source>Layers</source>
        <translation>Қабаттар</translation>
    </message>
</context>
<context>
    <name>WindowEdits</name>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="73" />
        <source>Undo %1</source>
        <translation>Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="73" />
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="74" />
        <source>Redo %1</source>
        <translation>Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="74" />
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="117" />
        <source>Edit &amp;selected plots…</source>
        <translation>Таңдалған &amp;учаскелерді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="117" />
        <source>Plot &amp;history</source>
        <translation>Учаске &amp;тарихы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="118" />
        <source>&amp;Idle plots review</source>
        <translation>&amp;Бос тұрған учаскелерге шолу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="118" />
        <source>&amp;Audit log…</source>
        <translation>Өзгерістер &amp;журналы…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="125" />
        <source>Undone: %1</source>
        <translation>Болдырылмады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="128" />
        <source>Redone: %1</source>
        <translation>Қайталанды: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="158" />
        <source>Nothing was changed: you stopped waiting for the file.</source>
        <translation>Ештеңе өзгертілмеді: сіз файлды күтуді тоқтаттыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="181" />
        <source>Cannot change the plots</source>
        <translation>Учаскелерді өзгерту мүмкін болмады</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/window_edits.py" line="210" />
        <source>The project file was changed by another program: %Ln plot reloaded.</source>
        <translation>
            <numerusform>Жоба файлын басқа бағдарлама өзгертті: %Ln учаске қайта жүктелді.</numerusform>
            <numerusform>Жоба файлын басқа бағдарлама өзгертті: %Ln учаске қайта жүктелді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/window_edits.py" line="211" />
        <source>The project file was changed by another program: %Ln plots reloaded.</source>
        <translation>
            <numerusform>Жоба файлын басқа бағдарлама өзгертті: %Ln учаске қайта жүктелді.</numerusform>
            <numerusform>Жоба файлын басқа бағдарлама өзгертті: %Ln учаске қайта жүктелді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="219" />
        <source>%1 changed by %2</source>
        <translation>%1 өзгертілді, өзгерткен: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="83" />
        <source>Undo history dropped: this file is older than the one the steps were made in (a restored backup or an older copy).</source>
        <translation>Болдырмау тарихы тасталды: бұл файл қадамдар жасалған файлдан ескірек (қалпына келтірілген сақтық көшірме немесе ескі көшірме).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="85" />
        <source>Undo history dropped: this file's history differs from the one the steps were made in (a copy changed elsewhere).</source>
        <translation>Болдырмау тарихы тасталды: бұл файлдың тарихы қадамдар жасалған файлдың тарихынан өзгеше (басқа жерде өзгертілген көшірме).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="87" />
        <source>Undo history kept from %1 (the same project, copied or moved).</source>
        <translation>Болдырмау тарихы %1 файлынан алынды (сол жоба, көшірілген немесе жылжытылған).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="88" />
        <source>The project was changed since by %1: each undo and redo is checked not to overwrite their changes.</source>
        <translation>Содан бері жобаны өзгерткендер: %1. Әр болдырмау мен қайталау олардың өзгерістерін өшірмейтіні тексеріледі.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="125" />
        <source>Undo the rest</source>
        <translation>Қалғанын болдырмау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="128" />
        <source>Redo the rest</source>
        <translation>Қалғанын қайталау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="144" />
        <source>Nothing was changed: others changed these plots after the step.</source>
        <translation>Ештеңе өзгертілмеді: осы қадамнан кейін учаскелерді басқалар өзгертті.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="147" />
        <source>(except what others changed since)</source>
        <translation>(басқалар өзгерткенінен басқасы)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="162" />
        <source>Changed by others since</source>
        <translation>Басқалар өзгерткен</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="163" />
        <source>Others changed these plots after this step; doing it all would overwrite their changes, so nothing was written:</source>
        <translation>Осы қадамнан кейін бұл учаскелерді басқалар өзгертті; оны толық орындау олардың өзгерістерін өшіріп тастайды, сондықтан ештеңе жазылмады:</translation>
    </message>
</context>
<context>
    <name>WindowImagery</name>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="66" />
        <source>Check against &amp;imagery…</source>
        <translation>Суреттер &amp;бойынша тексеру…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="67" />
        <source>Check the plots' reported status against a GeoTIFF</source>
        <translation>Учаскелердің көрсетілген мәртебесін GeoTIFF-пен салыстыру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="113" />
        <source>Imagery check done — looks unbuilt: %1, looks built: %2.</source>
        <translation>Суреттер бойынша тексеру аяқталды — салынбаған сияқты: %1, салынған сияқты: %2.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="201" />
        <source>Imagery check %1 (%2): looks unbuilt (built %3 &lt; %4)</source>
        <translation>Суреттер бойынша тексеру %1 (%2): салынбаған сияқты (салынғаны %3 &lt; %4)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="202" />
        <source>Imagery check %1 (%2): looks built (built %3 ≥ %4)</source>
        <translation>Суреттер бойынша тексеру %1 (%2): салынған сияқты (салынғаны %3 ≥ %4)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="203" />
        <source>Imagery check %1 (%2): no data over the plot</source>
        <translation>Суреттер бойынша тексеру %1 (%2): учаске бойынша деректер жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="204" />
        <source>Imagery check %1 (%2): consistent (built %3)</source>
        <translation>Суреттер бойынша тексеру %1 (%2): сәйкес (салынғаны %3)</translation>
    </message>
</context>
<context>
    <name>ZoneDashboard</name>
    <message>
        <location filename="../../sezmap/export/web/__init__.py" line="118" />
        <source>Zone dashboard</source>
        <translation>Аймақ көрсеткіштері</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="131" />
        <location filename="../../sezmap/export/web/data.py" line="68" />
        <source>Area</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="131" />
        <source>Official area</source>
        <translation>Ресми аудан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="132" />
        <location filename="../../sezmap/ui/dashboard.py" line="340" />
        <source>Allocated</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="132" />
        <source>Infrastructure</source>
        <translation>Инфрақұрылым</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="133" />
        <location filename="../../sezmap/ui/dashboard.py" line="340" />
        <location filename="../../sezmap/export/deck.py" line="446" />
        <source>Unused</source>
        <translation>Пайдаланылмайды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="133" />
        <source>Plots</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="133" />
        <source>Idle plots</source>
        <translation>Бос тұрған учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="134" />
        <source>Nearest corridor</source>
        <translation>Ең жақын дәліз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="134" />
        <source>Nearest border crossing</source>
        <translation>Ең жақын шекара өткелі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="135" />
        <source>Nearest seaport</source>
        <translation>Ең жақын теңіз порты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="135" />
        <source>Nearest dry port</source>
        <translation>Ең жақын құрғақ порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="148" />
        <source>In a straight line (not along the corridors)</source>
        <translation>Түзу сызықпен (дәліздер бойымен емес)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="152" />
        <location filename="../../sezmap/export/deck.py" line="237" />
        <source>Land by plot status</source>
        <translation>Учаске мәртебесі бойынша жер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="153" />
        <source>Idle plots (deadline passed, investment short)</source>
        <translation>Бос тұрған учаскелер (мерзімі өтті, инвестиция уәдеден аз)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="154" />
        <source>Distance along the corridors to the hubs</source>
        <translation>Дәліздер бойымен хабтарға дейінгі қашықтық</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="155" />
        <source>Unused land, all zones</source>
        <translation>Пайдаланылмайтын жер, барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="156" />
        <source>Land use over time</source>
        <translation>Жерді пайдалану уақыт бойынша</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="159" />
        <source>Unused land: plots vacant, reserved or withdrawn, and land not parcelled.</source>
        <translation>Пайдаланылмайтын жер: бос, брондалған және алынып қойылған учаскелер, сондай-ақ учаскеге бөлінбеген жер.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="234" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="240" />
        <source>Computing the zone figures…</source>
        <translation>Аймақ көрсеткіштері есептелуде…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="242" />
        <location filename="../../sezmap/export/deck.py" line="378" />
        <location filename="../../sezmap/export/sites_export.py" line="49" />
        <location filename="../../sezmap/export/web/__init__.py" line="178" />
        <source>Figures as of %1.</source>
        <translation>%1 күнгі көрсеткіштер.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="246" />
        <source>Pick a zone on the map or in the toolbar</source>
        <translation>Аймақты картадан немесе құралдар тақтасынан таңдаңыз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/dashboard.py" line="142" />
        <source>%Ln plot, %1 ha</source>
        <translation>
            <numerusform>%Ln учаске, %1 га</numerusform>
            <numerusform>%Ln учаске, %1 га</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/dashboard.py" line="143" />
        <source>%Ln plots, %1 ha</source>
        <translation>
            <numerusform>%Ln учаске, %1 га</numerusform>
            <numerusform>%Ln учаске, %1 га</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="142" />
        <location filename="../../sezmap/export/kpis.py" line="112" />
        <source>%1 in a straight line</source>
        <translation>түзу сызықпен %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="127" />
        <source>Dashboard</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="269" />
        <source>Not parcelled</source>
        <translation>Учаскеге бөлінбеген</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="283" />
        <source>select this idle plot</source>
        <translation>осы бос тұрған учаскені таңдау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/dashboard.py" line="283" />
        <source>select all %Ln idle plots</source>
        <translation>
            <numerusform>бос тұрған %Ln учаскенің бәрін таңдау</numerusform>
            <numerusform>бос тұрған %Ln учаскенің бәрін таңдау</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="279" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../sezmap/export/static.py" line="128" />
        <source>January (a date's)</source>
        <translation>қаңтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="128" />
        <source>February (a date's)</source>
        <translation>ақпан</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="129" />
        <source>March (a date's)</source>
        <translation>наурыз</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="129" />
        <source>April (a date's)</source>
        <translation>сәуір</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="130" />
        <source>May (a date's)</source>
        <translation>мамыр</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="130" />
        <source>June (a date's)</source>
        <translation>маусым</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="131" />
        <source>July (a date's)</source>
        <translation>шілде</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="131" />
        <source>August (a date's)</source>
        <translation>тамыз</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="132" />
        <source>September (a date's)</source>
        <translation>қыркүйек</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="132" />
        <source>October (a date's)</source>
        <translation>қазан</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="133" />
        <source>November (a date's)</source>
        <translation>қараша</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="133" />
        <source>December (a date's)</source>
        <translation>желтоқсан</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="135" />
        <source>January (as of a day)</source>
        <translation>қаңтардағы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="135" />
        <source>February (as of a day)</source>
        <translation>ақпандағы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="136" />
        <source>March (as of a day)</source>
        <translation>наурыздағы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="136" />
        <source>April (as of a day)</source>
        <translation>сәуірдегі</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="137" />
        <source>May (as of a day)</source>
        <translation>мамырдағы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="137" />
        <source>June (as of a day)</source>
        <translation>маусымдағы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="138" />
        <source>July (as of a day)</source>
        <translation>шілдедегі</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="138" />
        <source>August (as of a day)</source>
        <translation>тамыздағы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="139" />
        <source>September (as of a day)</source>
        <translation>қыркүйектегі</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="139" />
        <source>October (as of a day)</source>
        <translation>қазандағы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="140" />
        <source>November (as of a day)</source>
        <translation>қарашадағы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="140" />
        <source>December (as of a day)</source>
        <translation>желтоқсандағы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="141" />
        <source>%2 %3 %1 (year, day, month)</source>
        <translation>%1 жылғы %2 %3</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../sezmap/export/deck.py" line="381" />
        <source>Schematic boundaries, illustrative plots: see the sources.</source>
        <translation>Шекаралар сызбалық, учаскелер шартты: дереккөздерді қараңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="385" />
        <location filename="../../sezmap/export/web/__init__.py" line="169" />
        <source>Special Economic Zones of Kazakhstan</source>
        <translation>Қазақстанның арнайы экономикалық аймақтары</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="388" />
        <source>Land use, idle plots and logistics</source>
        <translation>Жерді пайдалану, бос тұрған учаскелер және логистика</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="393" />
        <source>Made with sezmap on %1.</source>
        <translation>sezmap бағдарламасында %1 дайындалды.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="424" />
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="424" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="439" />
        <source>Unused land by zone</source>
        <translation>Аймақтар бойынша пайдаланылмайтын жер</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="440" />
        <source>Unused share of the zone's area, %</source>
        <translation>Аймақ ауданындағы пайдаланылмайтын үлес, %</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="479" />
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="483" />
        <source>Basemap: Natural Earth (public domain) and GeoNames (CC BY 4.0).</source>
        <translation>Негізгі карта: Natural Earth (қоғамдық игілік) және GeoNames (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="490" />
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/__init__.py" line="168" />
        <source>Vacant plots for investors</source>
        <translation>Инвесторларға арналған бос учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/__init__.py" line="186" />
        <source>Vacant land</source>
        <translation>Бос жер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="69" />
        <source>For enquiries, contact the zone's management company.</source>
        <translation>Сұрақтар бойынша аймақтың басқарушы компаниясына хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="70" />
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/page.py" line="189" />
        <location filename="../../sezmap/export/web/page.py" line="300" />
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/page.py" line="297" />
        <source>Plots by status</source>
        <translation>Учаскелер мәртебесі бойынша</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/page.py" line="329" />
        <source>Full screen</source>
        <translation>Толық экран</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/page.py" line="330" />
        <source>Exit full screen</source>
        <translation>Толық экраннан шығу</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="46" />
        <source>Land use and logistics: %1</source>
        <translation>Жер пайдалану және логистика: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="47" />
        <source>As of %1. Areas in hectares on the WGS84 ellipsoid; distances in km (geodesic). Zones sorted by unused land, largest share first. Unused = vacant, reserved, withdrawn or not parcelled.</source>
        <translation>%1 жағдай бойынша. Аудандар WGS84 эллипсоидіндегі гектармен; қашықтықтар км-мен (геодезиялық). Аймақтар пайдаланылмайтын жер үлесі бойынша, үлкенінен бастап. Пайдаланылмайтын = бос, резервтелген, алынып қойылған немесе учаскелерге бөлінбеген.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="48" />
        <location filename="../../sezmap/export/sites_export.py" line="58" />
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="49" />
        <source>Zone id</source>
        <translation>Аймақ коды</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="50" />
        <source>Part</source>
        <translation>Бөлігі</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="51" />
        <source>Area ha</source>
        <translation>Ауданы, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="52" />
        <source>Official area ha</source>
        <translation>Ресми ауданы, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="53" />
        <source>Allocated share</source>
        <translation>Берілген үлесі</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="54" />
        <source>Infrastructure share</source>
        <translation>Инфрақұрылым үлесі</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="55" />
        <source>Unused share</source>
        <translation>Пайдаланылмайтын үлесі</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="56" />
        <source>Plots</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="57" />
        <source>Idle plots</source>
        <translation>Бос тұрған учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="58" />
        <source>Idle ha</source>
        <translation>Бос тұрған, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="59" />
        <source>Not parcelled ha</source>
        <translation>Учаскеге бөлінбеген, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="60" />
        <source>%1, ha</source>
        <translation>%1, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="61" />
        <source>Nearest %1 km</source>
        <translation>Ең жақын: %1, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="62" />
        <source>Nearest %1</source>
        <translation>Ең жақын: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="63" />
        <source>Network km to %1</source>
        <translation>Желі бойынша қашықтық: %1, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="64" />
        <source>By track or road to %1, km (estimate)</source>
        <translation>Темір жол не автожол бойынша қашықтық: %1, км (бағалау)</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="65" />
        <source>Corridor</source>
        <translation>Дәліз</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="66" />
        <source>Land by plot status (ha)</source>
        <translation>Учаскелер мәртебесі бойынша жер (га)</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="67" />
        <source>Not parcelled</source>
        <translation>Учаскеге бөлінбеген</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="68" />
        <source>Nearest hubs (straight line)</source>
        <translation>Ең жақын хабтар (түзу бойынша)</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="69" />
        <source>Nearest border crossing to each neighbouring country (straight line)</source>
        <translation>Әр көрші елге ең жақын шекара өткелі (түзу бойынша)</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="70" />
        <source>Nearest border crossing to %1 km</source>
        <translation>Ең жақын шекара өткелі: %1, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="71" />
        <source>Nearest border crossing to %1</source>
        <translation>Ең жақын шекара өткелі: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="72" />
        <source>Distance along the transport network (km)</source>
        <translation>Көлік желісі бойынша қашықтық (км)</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="73" />
        <source>From each zone's centroid along the network; — where the network does not connect them. First the nearest of each kind, then every hub.</source>
        <translation>Әр аймақтың ортасынан желі бойынша; желі байланыстырмаған жерде «—». Алдымен әр түрдің ең жақыны, содан кейін барлық хабтар.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="74" />
        <source>Nearest along the network</source>
        <translation>Желі бойынша ең жақындары</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="75" />
        <source>Hubs %1–%2 of %3</source>
        <translation>%3 хабтың %1–%2</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="76" />
        <source>Parts of zones</source>
        <translation>Аймақтардың бөліктері</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="77" />
        <source>A part is the zone's plots marked with its name; its area is the area of those plots, so its unused land is those of its plots that are neither allocated nor infrastructure.</source>
        <translation>Бөлік — аймақтың оның атауымен белгіленген учаскелері; оның ауданы — осы учаскелердің ауданы, сондықтан бөліктің пайдаланылмайтын жері — бөлінбеген және инфрақұрылымға жатпайтын учаскелері.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="78" />
        <source>Data quality</source>
        <translation>Деректер сапасы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="79" />
        <source>Overlapping plot pairs: %1 (counted once in the figures above).</source>
        <translation>Қабаттасқан учаске жұптары: %1 (жоғарыдағы көрсеткіштерде бір рет есептелген).</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="80" />
        <source>Plots sticking out of their zone: %1 (clipped to the zone).</source>
        <translation>Аймақ шекарасынан шығып тұрған учаскелер: %1 (аймақ бойынша қиылған).</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="81" />
        <source>Mapped ha</source>
        <translation>Картада, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="82" />
        <source>Difference</source>
        <translation>Айырмашылық</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="83" />
        <source>Gap polygons</source>
        <translation>Бос полигондар</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="84" />
        <source>Overlapping plots (largest first):</source>
        <translation>Қабаттасқан учаскелер (үлкенінен бастап):</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="85" />
        <source>Plot</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="86" />
        <source>Overlap ha</source>
        <translation>Қабаттасуы, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="87" />
        <source>Plots sticking out of their zone (largest first):</source>
        <translation>Аймақтан шығып тұрған учаскелер (үлкенінен бастап):</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="88" />
        <source>Outside ha</source>
        <translation>Аймақтан тыс, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="89" />
        <source>… and %1 more (see the JSON report).</source>
        <translation>… тағы %1 (JSON есебін қараңыз).</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="93" />
        <source>Russia</source>
        <translation>Ресей</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="94" />
        <source>China</source>
        <translation>Қытай</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="95" />
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="96" />
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="97" />
        <source>Turkmenistan</source>
        <translation>Түрікменстан</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="35" />
        <source>Sites for investors</source>
        <translation>Инвесторларға арналған алаңдар</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="36" />
        <location filename="../../sezmap/export/web/measure.py" line="58" />
        <source>Area</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="37" />
        <source>at least %1</source>
        <translation>кемінде %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="38" />
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="39" />
        <source>Zone focus</source>
        <translation>Аймақ бейіні</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="40" />
        <source>Rail line</source>
        <translation>Темір жол</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="41" />
        <source>Border crossing</source>
        <translation>Шекара өткелі</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="42" />
        <source>Seaport</source>
        <translation>Теңіз порты</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="43" />
        <source>Dry port</source>
        <translation>Құрғақ порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="44" />
        <source>within %1</source>
        <translation>%1 шегінде</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="45" />
        <source>Adjacent vacant plots</source>
        <translation>Іргелес бос учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="46" />
        <source>offered merged too</source>
        <translation>біріктіріліп те ұсынылады</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="47" />
        <source>Sites found</source>
        <translation>Табылған алаңдар</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="48" />
        <source>the best %1 of %2 are listed</source>
        <translation>тізімде %2 ішінен үздік %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="50" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="51" />
        <source>Site area, ha</source>
        <translation>Алаң ауданы, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="52" />
        <source>Plots of the site</source>
        <translation>Алаң учаскелері</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="53" />
        <source>Rail, km</source>
        <translation>Т/ж, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="54" />
        <source>Border crossing, km</source>
        <translation>Шекара өткелі, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="55" />
        <source>Seaport, km</source>
        <translation>Теңіз порты, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="56" />
        <source>Dry port, km</source>
        <translation>Құрғақ порт, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="57" />
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="59" />
        <source>Zone expires</source>
        <translation>Аймақ мерзімі</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="60" />
        <source>Years left</source>
        <translation>Қалған жыл</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="61" />
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="62" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="63" />
        <source>Established</source>
        <translation>Құрылған жылы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="64" />
        <source>Official area, ha</source>
        <translation>Ресми аудан, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="65" />
        <source>Focus</source>
        <translation>Мамандануы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="66" />
        <source>The zones' terms</source>
        <translation>Аймақтардың шарттары</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="67" />
        <source>Score 0 to 1, higher is better: the mean of the area's fit (the area asked for over the site's) and, for each distance limit, how far within it the site lies.</source>
        <translation>Баға 0-ден 1-ге дейін, жоғары болған сайын жақсы: аудан сәйкестігінің (сұралған ауданның алаң ауданына қатынасы) және әр қашықтық шегі үшін алаңның сол шек ішінде қаншалықты екенінің орташасы.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="68" />
        <source>Click a plot for its site's figures and its zone's terms.</source>
        <translation>Алаң көрсеткіштері мен аймақ шарттарын көру үшін учаскені басыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="28" />
        <source>Kilometers</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="29" />
        <source>Meters</source>
        <translation>м</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="30" />
        <source>Hectares</source>
        <translation>га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="31" />
        <source>Sq Meters</source>
        <translation>м²</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="49" />
        <source>Measure</source>
        <translation>Өлшеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="50" />
        <source>Measure distances and areas</source>
        <translation>Қашықтық пен ауданды өлшеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="51" />
        <source>Create a new measurement</source>
        <translation>Жаңа өлшеу жасау</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="53" />
        <source>Start creating a measurement by adding points to the map</source>
        <translation>Өлшеуді бастау үшін картаға нүктелер қойыңыз</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="54" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="55" />
        <source>Finish measurement</source>
        <translation>Өлшеуді аяқтау</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="56" />
        <source>Last point</source>
        <translation>Соңғы нүкте</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="57" />
        <source>Path distance</source>
        <translation>Жол ұзындығы</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="59" />
        <source>%1 Perimeter</source>
        <translation>Периметрі: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="60" />
        <source>Linear measurement</source>
        <translation>Ұзындықты өлшеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="61" />
        <source>Area measurement</source>
        <translation>Ауданды өлшеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="62" />
        <source>Point location</source>
        <translation>Нүктенің координаттары</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="63" />
        <source>Center on this line</source>
        <translation>Осы сызықты картаның ортасына қою</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="64" />
        <source>Center on this area</source>
        <translation>Осы ауданды картаның ортасына қою</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="65" />
        <source>Center on this location</source>
        <translation>Осы нүктені картаның ортасына қою</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="66" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="67" />
        <source>%1 N</source>
        <translation>%1 с. е.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="68" />
        <source>%1 S</source>
        <translation>%1 о. е.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="69" />
        <source>%1 E</source>
        <translation>%1 ш. б.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="70" />
        <source>%1 W</source>
        <translation>%1 б. б.</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../sezmap/render/page.py" line="31" />
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="32" />
        <source>Key figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="33" />
        <source>Location in Kazakhstan</source>
        <translation>Қазақстандағы орналасуы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="34" />
        <source>Zone boundary</source>
        <translation>Аймақ шекарасы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="35" />
        <source>Zone location</source>
        <translation>Аймақтың орны</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="36" />
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="25" />
        <source>Plot status as of %1</source>
        <translation>%1 жағдай бойынша учаскелер мәртебесі</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="26" />
        <source>Vacant plots only</source>
        <translation>Тек бос учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="27" />
        <source>Special economic zones of Kazakhstan</source>
        <translation>Қазақстанның арнайы экономикалық аймақтары</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="28" />
        <source>Zone boundaries are schematic outlines at the published locations, sized to the official areas.</source>
        <translation>Аймақ шекаралары шартты: жарияланған орындардағы, ресми ауданға сәйкес контурлар.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="29" />
        <source>Plots are an illustrative layout: tenants, dates and investment figures are invented.</source>
        <translation>Учаскелер шартты түрде орналастырылған: жалгерлер, күндер мен инвестиция сомалары ойдан алынған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="30" />
        <source>Plots: %1.</source>
        <translation>Учаскелер: %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="31" />
        <source>Data: %1.</source>
        <translation>Деректер: %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="32" />
        <source>Basemap: Natural Earth; places: GeoNames (CC BY 4.0).</source>
        <translation>Негізгі карта: Natural Earth; елді мекендер: GeoNames (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="33" />
        <source>Albers equal-area projection.</source>
        <translation>Альберстің тең аудандық проекциясы.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="37" />
        <source>Scale 1:%1 at the map centre</source>
        <translation>Карта ортасындағы масштаб 1:%1</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="38" />
        <source>+ %1 more</source>
        <translation>тағы %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="22" />
        <source>Land use over time</source>
        <translation>Жерді пайдалану уақыт бойынша</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="23" />
        <source>Unused land by zone over time</source>
        <translation>Аймақтар бойынша пайдаланылмайтын жер уақыт бойынша</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="24" />
        <source>Unused</source>
        <translation>Пайдаланылмайды</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="25" />
        <source>Allocated</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="26" />
        <source>Share of the zone's area at each quarter's end; rebuilt from the audit log, as of %1.</source>
        <translation>Әр тоқсан соңындағы аймақ ауданының үлесі; өзгерістер журналы бойынша қалпына келтірілген, %1 жағдай бойынша.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="27" />
        <source>Share of the zone's area at each month's end; rebuilt from the audit log, as of %1.</source>
        <translation>Әр ай соңындағы аймақ ауданының үлесі; өзгерістер журналы бойынша қалпына келтірілген, %1 жағдай бойынша.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="28" />
        <source>Unused share of each zone's area at each quarter's end; rebuilt from the audit log, as of %1.</source>
        <translation>Әр тоқсан соңындағы әр аймақ ауданының пайдаланылмайтын үлесі; өзгерістер журналы бойынша қалпына келтірілген, %1 жағдай бойынша.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="29" />
        <source>Unused share of each zone's area at each month's end; rebuilt from the audit log, as of %1.</source>
        <translation>Әр ай соңындағы әр аймақ ауданының пайдаланылмайтын үлесі; өзгерістер журналы бойынша қалпына келтірілген, %1 жағдай бойынша.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="30" />
        <source>Q%1 %2</source>
        <translation>%2 ж. %1-тоқс.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="31" />
        <source>Rebuilt from the audit log when the file is written.</source>
        <translation>Файл жазылған кезде өзгерістер журналы бойынша қалпына келтіріледі.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="32" />
        <source>No history yet: the audit log holds no change before the first period end.</source>
        <translation>Тарих әзірге жоқ: өзгерістер журналында бірінші кезең соңына дейін өзгеріс жоқ.</translation>
    </message>
</context>
<context>
    <name>sezmap</name>
    <message>
        <location filename="../../sezmap/render/names.py" line="27" />
        <source>Vacant</source>
        <translation>Бос</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="28" />
        <source>Reserved</source>
        <translation>Брондалған</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="29" />
        <source>Allocated</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="30" />
        <source>Under construction</source>
        <translation>Салынуда</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="31" />
        <source>Operational</source>
        <translation>Жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="32" />
        <source>Withdrawn</source>
        <translation>Алынып қойылған</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="33" />
        <source>Infrastructure</source>
        <translation>Инфрақұрылым</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="42" />
        <location filename="../../sezmap/export/web/page.py" line="201" />
        <location filename="../../sezmap/export/web/page.py" line="301" />
        <source>Zones</source>
        <translation>Аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="43" />
        <source>Plots</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="44" />
        <location filename="../../sezmap/export/web/page.py" line="231" />
        <location filename="../../sezmap/export/web/page.py" line="303" />
        <source>Corridors</source>
        <translation>Дәліздер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="45" />
        <location filename="../../sezmap/export/web/page.py" line="269" />
        <location filename="../../sezmap/export/web/page.py" line="306" />
        <source>Hubs</source>
        <translation>Хабтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="46" />
        <location filename="../../sezmap/export/web/page.py" line="350" />
        <source>Basemap</source>
        <translation>Негізгі карта</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="47" />
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="48" />
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="49" />
        <source>Lakes and seas</source>
        <translation>Көлдер мен теңіздер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="50" />
        <source>Rivers</source>
        <translation>Өзендер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="51" />
        <source>Cities</source>
        <translation>Қалалар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="52" />
        <source>Route</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="53" />
        <source>Selection</source>
        <translation>Таңдалғандар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="54" />
        <source>Site search results</source>
        <translation>Алаң іздеу нәтижелері</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="55" />
        <location filename="../../sezmap/export/web/page.py" line="177" />
        <source>Online tiles</source>
        <translation>Онлайн тайлдар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="64" />
        <source>Border crossing</source>
        <translation>Шекара өткелі</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="65" />
        <source>Seaport</source>
        <translation>Теңіз порты</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="66" />
        <source>Dry port</source>
        <translation>Құрғақ порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="67" />
        <source>Logistics hub</source>
        <translation>Логистикалық хаб</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="68" />
        <source>Cooperation centre</source>
        <translation>Ынтымақтастық орталығы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="69" />
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="78" />
        <source>rail</source>
        <translation>т/ж</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="79" />
        <source>road</source>
        <translation>автожол</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="80" />
        <source>sea</source>
        <translation>теңіз</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="81" />
        <source>multimodal</source>
        <translation>мультимодальды</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="82" />
        <source>rail and road</source>
        <translation>темір жол және автожол</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="91" />
        <location filename="../../sezmap/export/web/__init__.py" line="116" />
        <source>Plot</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="92" />
        <location filename="../../sezmap/export/web/page.py" line="301" />
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="93" />
        <source>Cadastral number</source>
        <translation>Кадастрлық нөмір</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="94" />
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="95" />
        <source>Area, ha</source>
        <translation>Аудан, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="96" />
        <source>Tenant</source>
        <translation>Жалгер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="97" />
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="98" />
        <source>Allocated on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="99" />
        <source>Contract deadline</source>
        <translation>Шарт бойынша мерзім</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="100" />
        <source>Investment committed, ₸</source>
        <translation>Инвестиция (міндеттеме), ₸</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="101" />
        <source>Investment made, ₸</source>
        <translation>Инвестиция (нақты), ₸</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="102" />
        <source>Jobs planned</source>
        <translation>Жұмыс орындары (жоспар)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="103" />
        <source>Zone part</source>
        <translation>Аймақ бөлігі</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="104" />
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="105" />
        <source>Last changed</source>
        <translation>Өзгертілген уақыты</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="106" />
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="107" />
        <source>Name (English)</source>
        <translation>Атауы (ағылш.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="108" />
        <source>Name (Russian)</source>
        <translation>Атауы (орыс.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="109" />
        <source>Name (Kazakh)</source>
        <translation>Атауы (қаз.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="110" />
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="111" />
        <source>Established</source>
        <translation>Құрылған жылы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="112" />
        <source>Expires</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="113" />
        <source>Official area, ha</source>
        <translation>Ресми аудан, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="114" />
        <location filename="../../sezmap/export/web/__init__.py" line="183" />
        <source>Focus</source>
        <translation>Мамандануы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="115" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="116" />
        <source>Focus (Russian)</source>
        <translation>Мамандануы (орыс.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="117" />
        <source>Focus (Kazakh)</source>
        <translation>Мамандануы (қаз.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="118" />
        <source>Region (Russian)</source>
        <translation>Өңір (орыс.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="119" />
        <source>Region (Kazakh)</source>
        <translation>Өңір (қаз.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="120" />
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="121" />
        <source>Corridor</source>
        <translation>Дәліз</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="122" />
        <source>Mode</source>
        <translation>Көлік түрі</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="123" />
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="124" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="125" />
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="126" />
        <source>Neighbouring country</source>
        <translation>Көрші ел</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="136" />
        <source>city</source>
        <translation>қалалық</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="137" />
        <source>industry</source>
        <translation>өнеркәсіптік</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="138" />
        <source>trade</source>
        <translation>сауда</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/numbers.py" line="71" />
        <location filename="../../sezmap/export/texts.py" line="104" />
        <location filename="../../sezmap/export/web/__init__.py" line="117" />
        <source>%1 ha</source>
        <translation>%1 га</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/numbers.py" line="75" />
        <location filename="../../sezmap/export/texts.py" line="107" />
        <location filename="../../sezmap/export/web/page.py" line="113" />
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/numbers.py" line="79" />
        <location filename="../../sezmap/export/web/page.py" line="113" />
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/numbers.py" line="83" />
        <source>%1 km²</source>
        <translation>%1 км²</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/tiles.py" line="32" />
        <source>Online tiles unavailable (%1); showing the offline basemap</source>
        <translation>Онлайн тайлдар қолжетімсіз (%1); офлайн негізгі карта көрсетілген</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/tiles.py" line="33" />
        <source>Online tiles not drawn: %1</source>
        <translation>Онлайн тайлдар салынбады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layers.py" line="437" />
        <source>Zone boundary</source>
        <translation>Аймақ шекарасы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layers.py" line="438" />
        <source>Zone location (too small to outline at this scale)</source>
        <translation>Аймақтың орны (бұл масштабта шекарасын көрсетуге тым кіші)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/overlays.py" line="146" />
        <source>Off the corridor network (straight line)</source>
        <translation>Дәліздер желісінен тыс (түзу сызық)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/crs.py" line="196" />
        <source>Albers Kazakhstan (WGS84)</source>
        <translation>Альберс, Қазақстан (WGS84)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/site_layer.py" line="98" />
        <source>Sites found</source>
        <translation>Табылған алаңдар</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/site_layer.py" line="100" />
        <source>Chosen site</source>
        <translation>Таңдалған алаң</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="35" />
        <source>Looks unbuilt</source>
        <translation>Салынбаған сияқты</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="36" />
        <source>Looks built</source>
        <translation>Салынған сияқты</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="37" />
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="38" />
        <source>Consistent</source>
        <translation>Сәйкес</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="59" />
        <source>Flagged by imagery</source>
        <translation>Суреттен белгіленген</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="128" />
        <source>Imagery: %1</source>
        <translation>Сурет: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="133" />
        <source>Built-up score, 0 → 1</source>
        <translation>Салынғандық бағасы, 0 → 1</translation>
    </message>
</context>
</TS>