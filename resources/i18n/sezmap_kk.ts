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
        <location filename="../../sezmap/ui/attribute_table.py" line="200" />
        <source>Attribute table</source>
        <translation>Атрибуттар кестесі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="203" />
        <source>Status:</source>
        <translation>Мәртебе:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="204" />
        <source>Search plot, tenant, project…</source>
        <translation>Іздеу: учаске, жалгер, жоба…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="208" />
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="243" />
        <source>Pick a zone to list its plots</source>
        <translation>Учаскелерін көру үшін аймақты таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="245" />
        <source>%1 of %2 plots</source>
        <translation>%2 учаскенің %1</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="136" />
        <source>Audit log</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="137" />
        <source>Zone:</source>
        <translation>Аймақ:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="138" />
        <source>Who:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="139" />
        <source>Field:</source>
        <translation>Өріс:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="140" />
        <source>any (exact name)</source>
        <translation>кез келген (нақты аты)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="141" />
        <source>From</source>
        <translation>Қашаннан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="142" />
        <source>To</source>
        <translation>Қашанға дейін</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="143" />
        <source>Export CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="153" />
        <source>All zones</source>
        <translation>Барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="170" />
        <source>All fields</source>
        <translation>Барлық өрістер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="238" />
        <source>The audit log could not be read: %1</source>
        <translation>Өзгерістер журналын оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="244" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/audit_dialog.py" line="247" />
        <source>%n recorded change</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/audit_dialog.py" line="247" />
        <source>%n recorded changes</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="249" />
        <source>(the latest %1 are listed; the export has them all)</source>
        <translation>(соңғы %1 көрсетілген; экспортқа бәрі енеді)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="258" />
        <source>Export the audit rows</source>
        <translation>Журнал жазбаларын экспорттау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="259" />
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="270" />
        <source>Nothing was exported: %1</source>
        <translation>Ештеңе экспортталмады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="273" />
        <source>Export failed</source>
        <translation>Экспорт орындалмады</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="274" />
        <source>%1 could not be written: %2</source>
        <translation>%1 жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="277" />
        <source>Exported to %1</source>
        <translation>%1 файлына экспортталды</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="65" />
        <source>Geometry</source>
        <translation>Геометрия</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="65" />
        <source>Lineage</source>
        <translation>Шығу тегі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="66" />
        <source>Plot (created or removed)</source>
        <translation>Учаске (құрылды немесе жойылды)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="71" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="71" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="72" />
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="72" />
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="72" />
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="73" />
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="90" />
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="90" />
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
</context>
<context>
    <name>EditTools</name>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="61" />
        <source>%1 refused: %2</source>
        <translation>%1 қабылданбады: %2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="143" />
        <source>Plot history</source>
        <translation>Учаске тарихы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="183" />
        <source>The history could not be read: %1</source>
        <translation>Тарихты оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="192" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="195" />
        <source>Select a plot to see who changed what, when and why.</source>
        <translation>Кім, нені, қашан және неге өзгерткенін көру үшін учаскені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="197" />
        <source>No recorded changes.</source>
        <translation>Жазылған өзгерістер жоқ.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="199" />
        <source>Changes to %1, newest first.</source>
        <translation>%1 учаскесінің өзгерістері, алдымен жаңалары.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/history_panel.py" line="200" />
        <source>Changes to the %n selected plots, newest first.</source>
        <translation>
            <numerusform>Таңдалған %n учаскенің өзгерістері, алдымен жаңалары.</numerusform>
            <numerusform>Таңдалған %n учаскенің өзгерістері, алдымен жаңалары.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="202" />
        <source>Only the first %1 plots are listed.</source>
        <translation>Тек алғашқы %1 учаске көрсетілген.</translation>
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
    <name>IdleReview</name>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="175" />
        <source>Idle plots</source>
        <translation>Бос тұрған учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="178" />
        <source>All zones</source>
        <translation>Барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="179" />
        <location filename="../../sezmap/ui/idle_review.py" line="268" />
        <source>Tick all</source>
        <translation>Барлығын белгілеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="180" />
        <source>Withdraw ticked…</source>
        <translation>Белгіленгендерді алып қою…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="181" />
        <source>Set the ticked plots' status to withdrawn, in one step that Undo takes back</source>
        <translation>Белгіленген учаскелерге «Алынып қойылған» мәртебесін бір қадаммен беру (болдырмауға болады)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="230" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="231" />
        <source>Computing the zone figures…</source>
        <translation>Аймақ көрсеткіштері есептелуде…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="254" />
        <source>all zones</source>
        <translation>барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="256" />
        <source>No idle plots in %1 as of %2.</source>
        <translation>Бос тұрған учаскелер жоқ (%1, %2 жағдай бойынша).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/idle_review.py" line="258" />
        <source>%n idle plot in %1 as of %2, %3:</source>
        <translation>
            <numerusform>%n бос тұрған учаске (%1, %2 жағдай бойынша), %3:</numerusform>
            <numerusform>%n бос тұрған учаске (%1, %2 жағдай бойынша), %3:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/idle_review.py" line="259" />
        <source>%n idle plots in %1 as of %2, %3:</source>
        <translation>
            <numerusform>%n бос тұрған учаске (%1, %2 жағдай бойынша), %3:</numerusform>
            <numerusform>%n бос тұрған учаске (%1, %2 жағдай бойынша), %3:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="268" />
        <source>Untick all</source>
        <translation>Барлық белгіні алып тастау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="283" />
        <source>Withdraw idle plots</source>
        <translation>Бос тұрған учаскелерді алып қою</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="284" />
        <source>Why are these plots withdrawn? (required; written to the audit log)</source>
        <translation>Учаскелер неге алынып қойылады? (міндетті; өзгерістер журналына жазылады)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="296" />
        <source>Nothing was withdrawn: a reason is required.</source>
        <translation>Ештеңе алынып қойылмады: себеп көрсету керек.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="304" />
        <source>Withdraw idle plot %1</source>
        <translation>Бос тұрған %1 учаскесін алып қою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/idle_review.py" line="305" />
        <source>Withdraw %n idle plots</source>
        <translation>
            <numerusform>Бос тұрған %n учаскені алып қою</numerusform>
            <numerusform>Бос тұрған %n учаскені алып қою</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="310" />
        <source>Nothing was withdrawn: a plot was changed meanwhile.</source>
        <translation>Ештеңе алынып қойылмады: учаске осы уақытта өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="311" />
        <source>Nothing was withdrawn:</source>
        <translation>Ештеңе алынып қойылмады:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="322" />
        <source>%1 done: freed %2.</source>
        <translation>%1: орындалды, %2 босатылды.</translation>
    </message>
</context>
<context>
    <name>IdleTableModel</name>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="64" />
        <source>Area, ha</source>
        <translation>Аудан, га</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="94" />
        <source>Opacity</source>
        <translation>Мөлдірсіздік</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="95" />
        <source>Move the layer up</source>
        <translation>Қабатты жоғары жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="96" />
        <source>Move the layer down</source>
        <translation>Қабатты төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="97" />
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
        <location filename="../../sezmap/ui/main_window.py" line="183" />
        <source>Opening %1…</source>
        <translation>%1 ашылуда…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="205" />
        <source>%1 zones, %2 plots</source>
        <translation>Аймақтар: %1, учаскелер: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="230" />
        <source>Analysis failed</source>
        <translation>Талдау сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="234" />
        <source>Cannot open the project</source>
        <translation>Жобаны ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="238" />
        <source>Open project</source>
        <translation>Жобаны ашу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="239" />
        <source>GeoPackage projects (*.gpkg)</source>
        <translation>GeoPackage жобалары (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="302" />
        <source>— all zones —</source>
        <translation>— барлық аймақтар —</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="376" />
        <source>Nothing here</source>
        <translation>Мұнда ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="429" />
        <source>The analysis is still running; try again in a moment.</source>
        <translation>Талдау әлі жүріп жатыр; сәлден кейін қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>PlotForm</name>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="143" />
        <source>Plot editor</source>
        <translation>Учаске редакторы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="147" />
        <source>Reason (required)</source>
        <translation>Себеп (міндетті)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="149" />
        <source>Why the change is made; written to the audit log</source>
        <translation>Өзгеріс неге енгізіледі; өзгерістер журналына жазылады</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="150" />
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="151" />
        <source>Revert</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="152" />
        <source>Show the plot's stored values again</source>
        <translation>Учаскенің сақталған мәндерін қайта көрсету</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="153" />
        <source>Withdraw</source>
        <translation>Алып қою</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="154" />
        <location filename="../../sezmap/ui/plot_form.py" line="319" />
        <source>Set the status of the selected plots to withdrawn</source>
        <translation>Таңдалған учаскелерге «Алынып қойылған» мәртебесін беру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="190" />
        <source>Changed meanwhile by %1; the form shows the new values.</source>
        <translation>Осы уақытта өзгертілді (%1); пішінде жаңа мәндер көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="232" />
        <source>(keep each plot's status)</source>
        <translation>(әр учаскенің мәртебесін сақтау)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="250" />
        <source>(keep)</source>
        <translation>(өзгертпеу)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="252" />
        <source>YYYY-MM-DD, empty: no date</source>
        <translation>ЖЖЖЖ-АА-КК, бос: күні жоқ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="254" />
        <source>tenge, empty: not known</source>
        <translation>теңге, бос: белгісіз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="261" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="263" />
        <source>Select a plot on the map or in the attribute table to edit it.</source>
        <translation>Өзгерту үшін учаскені картадан немесе атрибуттар кестесінен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="266" />
        <source>Plot %1, version %2</source>
        <translation>%1 учаскесі, %2-нұсқа</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/plot_form.py" line="269" />
        <source>%n plots selected</source>
        <translation>
            <numerusform>%n учаске таңдалды</numerusform>
            <numerusform>%n учаске таңдалды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="270" />
        <source>The fields you fill in are applied to every selected plot; empty fields are kept.</source>
        <translation>Толтырылған өрістер барлық таңдалған учаскелерге қолданылады; бос өрістер өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="291" />
        <source>Write the date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>Күнді ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="292" />
        <source>Not a number.</source>
        <translation>Бұл сан емес.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="293" />
        <source>Cannot be negative.</source>
        <translation>Теріс болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="294" />
        <source>Must be a whole number.</source>
        <translation>Бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="295" />
        <source>Contains control characters.</source>
        <translation>Басқару таңбалары бар.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="309" />
        <source>Required: the audit log keeps why every change was made.</source>
        <translation>Міндетті: өзгерістер журналы әр өзгерістің себебін сақтайды.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="324" />
        <location filename="../../sezmap/ui/plot_form.py" line="338" />
        <source>Select a plot to edit.</source>
        <translation>Өзгерту үшін учаскені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="326" />
        <source>Correct the fields marked in red.</source>
        <translation>Қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="328" />
        <location filename="../../sezmap/ui/plot_form.py" line="343" />
        <source>Give a reason to apply the change.</source>
        <translation>Өзгерісті қолдану үшін себебін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="333" />
        <source>Nothing to apply: the fields hold the plot's stored values.</source>
        <translation>Қолданатын ештеңе жоқ: өрістерде учаскенің сақталған мәндері тұр.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="340" />
        <source>No selected plot can be withdrawn (only allocated, under construction or operational plots can).</source>
        <translation>Таңдалған учаскелердің ешқайсысын алып қоюға болмайды (тек берілген, салынып жатқан немесе жұмыс істеп тұрған учаскелерді ғана алып қоюға болады).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="348" />
        <source>Nothing was saved: status “%1” is not allowed for %2.</source>
        <translation>Ештеңе сақталмады: «%1» мәртебесі %2 үшін рұқсат етілмейді.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="364" />
        <source>Edit %1</source>
        <translation>%1 учаскесін өзгерту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/plot_form.py" line="366" />
        <source>Edit %n plots</source>
        <translation>
            <numerusform>%n учаскені өзгерту</numerusform>
            <numerusform>%n учаскені өзгерту</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="382" />
        <source>Withdraw %1</source>
        <translation>%1 учаскесін алып қою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/plot_form.py" line="383" />
        <source>Withdraw %n plots</source>
        <translation>
            <numerusform>%n учаскені алып қою</numerusform>
            <numerusform>%n учаскені алып қою</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="392" />
        <source>Nothing was saved: the plot was changed meanwhile (by another program or user). The form now shows its current values; check them and apply again.</source>
        <translation>Ештеңе сақталмады: учаске осы уақытта өзгертілді (басқа бағдарлама немесе пайдаланушы). Пішінде енді оның ағымдағы мәндері тұр; оларды тексеріп, қайта қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="395" />
        <source>Nothing was saved:</source>
        <translation>Ештеңе сақталмады:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="415" />
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
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
        <location filename="../../sezmap/ui/settings_dialog.py" line="28" />
        <source>Optional online tiles drawn over the offline basemap, cached on disk; without a connection the offline basemap is shown. Respect the tile server's usage policy.</source>
        <translation>Офлайн негізгі картаның үстінен көрсетілетін қосымша онлайн тайлдар, дискіде кэштеледі; байланыс болмаса, офлайн негізгі карта көрсетіледі. Тайл серверінің пайдалану ережелерін сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="37" />
        <source>User name (in the audit log):</source>
        <translation>Пайдаланушы аты (өзгерістер журналында):</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="39" />
        <source>XYZ tiles:</source>
        <translation>XYZ тайлдары:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="36" />
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="38" />
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
        <location filename="../../sezmap/ui/window_actions.py" line="171" />
        <source>&amp;Open project…</source>
        <translation>Жобаны &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="171" />
        <source>&amp;Import vector file…</source>
        <translation>Векторлық файлды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="172" />
        <source>Add &amp;raster overlay…</source>
        <translation>&amp;Растрлық қабат қосу…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="172" />
        <source>&amp;Save map image…</source>
        <translation>Карта суретін &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="173" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="173" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Жақындату</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="173" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Алыстату</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="174" />
        <source>&amp;Full extent</source>
        <translation>&amp;Толық көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="174" />
        <source>Zoom to &amp;zone</source>
        <translation>&amp;Аймаққа жақындату</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="175" />
        <source>&amp;Previous extent</source>
        <translation>&amp;Алдыңғы көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="175" />
        <source>&amp;Next extent</source>
        <translation>&amp;Келесі көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="175" />
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="176" />
        <source>&amp;Pan</source>
        <translation>&amp;Жылжыту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="176" />
        <source>Zoom &amp;box</source>
        <translation>&amp;Рамкамен үлкейту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="176" />
        <source>&amp;Identify</source>
        <translation>&amp;Нысан туралы ақпарат</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="177" />
        <source>&amp;Measure distance</source>
        <translation>&amp;Қашықтықты өлшеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="177" />
        <source>Measure &amp;area</source>
        <translation>&amp;Ауданды өлшеу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="178" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="178" />
        <source>&amp;About sezmap</source>
        <translation>sezmap &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="179" />
        <source>Clear the list</source>
        <translation>Тізімді тазарту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="180" />
        <source>&amp;Draw a plot</source>
        <translation>Учаскені &amp;салу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="180" />
        <source>Edit &amp;vertices</source>
        <translation>&amp;Төбелерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="181" />
        <source>S&amp;plit a plot</source>
        <translation>Учаскені &amp;бөлу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="181" />
        <source>&amp;Merge selected plots</source>
        <translation>Таңдалған учаскелерді &amp;біріктіру</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="186" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="187" />
        <source>Open &amp;recent</source>
        <translation>&amp;Соңғы жобалар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="189" />
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="190" />
        <source>Editing</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="191" />
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="192" />
        <source>Pa&amp;nels</source>
        <translation>&amp;Панельдер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="193" />
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="194" />
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="195" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="196" />
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="197" />
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="198" />
        <source>Zone:</source>
        <translation>Аймақ:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="199" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <location filename="../../sezmap/ui/window_docks.py" line="82" />
        <source>Layers</source>
        <translation>Қабаттар</translation>
    </message>
</context>
<context>
    <name>WindowEdits</name>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="56" />
        <source>Undo %1</source>
        <translation>Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="56" />
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="57" />
        <source>Redo %1</source>
        <translation>Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="57" />
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="81" />
        <source>Edit &amp;selected plots…</source>
        <translation>Таңдалған &amp;учаскелерді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="81" />
        <source>Plot &amp;history</source>
        <translation>Учаске &amp;тарихы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="82" />
        <source>&amp;Idle plots review</source>
        <translation>&amp;Бос тұрған учаскелерге шолу</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="82" />
        <source>&amp;Audit log…</source>
        <translation>Өзгерістер &amp;журналы…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="90" />
        <source>Undone: %1</source>
        <translation>Болдырылмады: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="95" />
        <source>Redone: %1</source>
        <translation>Қайталанды: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="102" />
        <location filename="../../sezmap/ui/window_edits.py" line="104" />
        <source>Cannot change the plots</source>
        <translation>Учаскелерді өзгерту мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="118" />
        <source>The project file was changed by another program: %1 plot(s) reloaded.</source>
        <translation>Жоба файлын басқа бағдарлама өзгертті: қайта оқылған учаскелер: %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="161" />
        <source>%1 changed by %2</source>
        <translation>%1 өзгертілді, өзгерткен: %2</translation>
    </message>
</context>
<context>
    <name>ZoneDashboard</name>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="101" />
        <source>Zone dashboard</source>
        <translation>Аймақ көрсеткіштері</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="105" />
        <source>Area</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="105" />
        <source>Official area</source>
        <translation>Ресми аудан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="106" />
        <source>Allocated</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="106" />
        <source>Infrastructure</source>
        <translation>Инфрақұрылым</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="107" />
        <source>Unused</source>
        <translation>Пайдаланылмайды</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="107" />
        <source>Plots</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="107" />
        <source>Idle plots</source>
        <translation>Бос тұрған учаскелер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="108" />
        <source>Nearest corridor</source>
        <translation>Ең жақын дәліз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="108" />
        <source>Nearest border crossing</source>
        <translation>Ең жақын шекара өткелі</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="109" />
        <source>Nearest seaport</source>
        <translation>Ең жақын теңіз порты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="109" />
        <source>Nearest dry port</source>
        <translation>Ең жақын құрғақ порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="113" />
        <source>Land by plot status</source>
        <translation>Учаске мәртебесі бойынша жер</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="114" />
        <source>Idle plots (deadline passed, investment short)</source>
        <translation>Бос тұрған учаскелер (мерзімі өтті, инвестиция уәдеден аз)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="115" />
        <source>Distance along the corridors to the hubs</source>
        <translation>Дәліздер бойымен хабтарға дейінгі қашықтық</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="116" />
        <source>Unused land, all zones</source>
        <translation>Пайдаланылмайтын жер, барлық аймақтар</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="151" />
        <source>No project is open.</source>
        <translation>Жоба ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="154" />
        <source>Computing the zone figures…</source>
        <translation>Аймақ көрсеткіштері есептелуде…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="156" />
        <source>Figures as of %1.</source>
        <translation>%1 күнгі көрсеткіштер.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="159" />
        <source>Pick a zone on the map or in the toolbar</source>
        <translation>Аймақты картадан немесе құралдар тақтасынан таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="179" />
        <source>%1 plots, %2 ha</source>
        <translation>%1 учаске, %2 га</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="191" />
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