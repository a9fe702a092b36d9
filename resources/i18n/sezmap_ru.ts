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
        <location filename="../../sezmap/ui/attribute_table.py" line="200" />
        <source>Attribute table</source>
        <translation>Таблица атрибутов</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="203" />
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="204" />
        <source>Search plot, tenant, project…</source>
        <translation>Поиск: участок, арендатор, проект…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="208" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="243" />
        <source>Pick a zone to list its plots</source>
        <translation>Выберите зону, чтобы увидеть её участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="245" />
        <source>%1 of %2 plots</source>
        <translation>%1 из %2 участков</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="136" />
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="137" />
        <source>Zone:</source>
        <translation>Зона:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="138" />
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="139" />
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="140" />
        <source>any (exact name)</source>
        <translation>любой (точное имя)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="141" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="142" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="143" />
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="153" />
        <source>All zones</source>
        <translation>Все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="170" />
        <source>All fields</source>
        <translation>Все поля</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="238" />
        <source>The audit log could not be read: %1</source>
        <translation>Не удалось прочитать журнал изменений: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="244" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/audit_dialog.py" line="247" />
        <source>%n recorded change</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/audit_dialog.py" line="247" />
        <source>%n recorded changes</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="249" />
        <source>(the latest %1 are listed; the export has them all)</source>
        <translation>(показаны последние %1; в экспорт попадут все)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="258" />
        <source>Export the audit rows</source>
        <translation>Экспорт записей журнала</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="259" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="270" />
        <source>Nothing was exported: %1</source>
        <translation>Ничего не экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="273" />
        <source>Export failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="274" />
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="277" />
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
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
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="66" />
        <source>Plot (created or removed)</source>
        <translation>Участок (создан или удалён)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="71" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="71" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="72" />
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="72" />
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="72" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="73" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="90" />
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="90" />
        <source>removed</source>
        <translation>удалён</translation>
    </message>
</context>
<context>
    <name>EditTools</name>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="61" />
        <source>%1 refused: %2</source>
        <translation>%1 отклонено: %2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="143" />
        <source>Plot history</source>
        <translation>История участка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="183" />
        <source>The history could not be read: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="192" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="195" />
        <source>Select a plot to see who changed what, when and why.</source>
        <translation>Выберите участок, чтобы увидеть, кто, что, когда и почему изменил.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="197" />
        <source>No recorded changes.</source>
        <translation>Изменений не записано.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="199" />
        <source>Changes to %1, newest first.</source>
        <translation>Изменения участка %1, сначала новые.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/history_panel.py" line="200" />
        <source>Changes to the %n selected plots, newest first.</source>
        <translation>
            <numerusform>Изменения %n выбранного участка, сначала новые.</numerusform>
            <numerusform>Изменения %n выбранных участков, сначала новые.</numerusform>
            <numerusform>Изменения %n выбранных участков, сначала новые.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="202" />
        <source>Only the first %1 plots are listed.</source>
        <translation>Показаны только первые %1 участков.</translation>
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
    <name>IdleReview</name>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="175" />
        <source>Idle plots</source>
        <translation>Простаивающие участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="178" />
        <source>All zones</source>
        <translation>Все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="179" />
        <location filename="../../sezmap/ui/idle_review.py" line="268" />
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="180" />
        <source>Withdraw ticked…</source>
        <translation>Изъять отмеченные…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="181" />
        <source>Set the ticked plots' status to withdrawn, in one step that Undo takes back</source>
        <translation>Присвоить отмеченным участкам статус «Изъят» одним шагом, который можно отменить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="230" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="231" />
        <source>Computing the zone figures…</source>
        <translation>Расчёт показателей зон…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="254" />
        <source>all zones</source>
        <translation>все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="256" />
        <source>No idle plots in %1 as of %2.</source>
        <translation>Простаивающих участков нет (%1, на %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/idle_review.py" line="258" />
        <source>%n idle plot in %1 as of %2, %3:</source>
        <translation>
            <numerusform>%n простаивающий участок (%1, на %2), %3:</numerusform>
            <numerusform>%n простаивающих участка (%1, на %2), %3:</numerusform>
            <numerusform>%n простаивающих участков (%1, на %2), %3:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/idle_review.py" line="259" />
        <source>%n idle plots in %1 as of %2, %3:</source>
        <translation>
            <numerusform>%n простаивающий участок (%1, на %2), %3:</numerusform>
            <numerusform>%n простаивающих участка (%1, на %2), %3:</numerusform>
            <numerusform>%n простаивающих участков (%1, на %2), %3:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="268" />
        <source>Untick all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="283" />
        <source>Withdraw idle plots</source>
        <translation>Изъятие простаивающих участков</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="284" />
        <source>Why are these plots withdrawn? (required; written to the audit log)</source>
        <translation>Почему участки изымаются? (обязательно; записывается в журнал изменений)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="296" />
        <source>Nothing was withdrawn: a reason is required.</source>
        <translation>Ничего не изъято: нужна причина.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="304" />
        <source>Withdraw idle plot %1</source>
        <translation>Изъятие простаивающего участка %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/idle_review.py" line="305" />
        <source>Withdraw %n idle plots</source>
        <translation>
            <numerusform>Изъятие %n простаивающего участка</numerusform>
            <numerusform>Изъятие %n простаивающих участков</numerusform>
            <numerusform>Изъятие %n простаивающих участков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="310" />
        <source>Nothing was withdrawn: a plot was changed meanwhile.</source>
        <translation>Ничего не изъято: участок тем временем изменён.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="311" />
        <source>Nothing was withdrawn:</source>
        <translation>Ничего не изъято:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="322" />
        <source>%1 done: freed %2.</source>
        <translation>%1: выполнено, освобождено %2.</translation>
    </message>
</context>
<context>
    <name>IdleTableModel</name>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="64" />
        <source>Area, ha</source>
        <translation>Площадь, га</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="94" />
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="95" />
        <source>Move the layer up</source>
        <translation>Поднять слой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="96" />
        <source>Move the layer down</source>
        <translation>Опустить слой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="97" />
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
        <location filename="../../sezmap/ui/main_window.py" line="183" />
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="205" />
        <source>%1 zones, %2 plots</source>
        <translation>Зон: %1, участков: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="230" />
        <source>Analysis failed</source>
        <translation>Ошибка анализа</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="234" />
        <source>Cannot open the project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="238" />
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="239" />
        <source>GeoPackage projects (*.gpkg)</source>
        <translation>Проекты GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="302" />
        <source>— all zones —</source>
        <translation>— все зоны —</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="376" />
        <source>Nothing here</source>
        <translation>Здесь ничего нет</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="429" />
        <source>The analysis is still running; try again in a moment.</source>
        <translation>Анализ ещё выполняется; повторите через минуту.</translation>
    </message>
</context>
<context>
    <name>PlotForm</name>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="143" />
        <source>Plot editor</source>
        <translation>Редактор участка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="147" />
        <source>Reason (required)</source>
        <translation>Причина (обязательно)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="149" />
        <source>Why the change is made; written to the audit log</source>
        <translation>Почему вносится изменение; записывается в журнал изменений</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="150" />
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="151" />
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="152" />
        <source>Show the plot's stored values again</source>
        <translation>Снова показать сохранённые значения участка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="153" />
        <source>Withdraw</source>
        <translation>Изъять</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="154" />
        <location filename="../../sezmap/ui/plot_form.py" line="319" />
        <source>Set the status of the selected plots to withdrawn</source>
        <translation>Присвоить выбранным участкам статус «Изъят»</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="190" />
        <source>Changed meanwhile by %1; the form shows the new values.</source>
        <translation>Тем временем изменено (%1); в форме новые значения.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="232" />
        <source>(keep each plot's status)</source>
        <translation>(оставить статус каждого участка)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="250" />
        <source>(keep)</source>
        <translation>(не менять)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="252" />
        <source>YYYY-MM-DD, empty: no date</source>
        <translation>ГГГГ-ММ-ДД, пусто: без даты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="254" />
        <source>tenge, empty: not known</source>
        <translation>тенге, пусто: неизвестно</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="261" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="263" />
        <source>Select a plot on the map or in the attribute table to edit it.</source>
        <translation>Выберите участок на карте или в таблице атрибутов, чтобы изменить его.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="266" />
        <source>Plot %1, version %2</source>
        <translation>Участок %1, версия %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/plot_form.py" line="269" />
        <source>%n plots selected</source>
        <translation>
            <numerusform>Выбран %n участок</numerusform>
            <numerusform>Выбрано %n участка</numerusform>
            <numerusform>Выбрано %n участков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="270" />
        <source>The fields you fill in are applied to every selected plot; empty fields are kept.</source>
        <translation>Заполненные поля применяются ко всем выбранным участкам; пустые поля не меняются.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="291" />
        <source>Write the date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>Введите дату в виде ГГГГ-ММ-ДД, например 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="292" />
        <source>Not a number.</source>
        <translation>Это не число.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="293" />
        <source>Cannot be negative.</source>
        <translation>Не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="294" />
        <source>Must be a whole number.</source>
        <translation>Должно быть целым числом.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="295" />
        <source>Contains control characters.</source>
        <translation>Содержит управляющие символы.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="309" />
        <source>Required: the audit log keeps why every change was made.</source>
        <translation>Обязательно: журнал изменений хранит причину каждого изменения.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="324" />
        <location filename="../../sezmap/ui/plot_form.py" line="338" />
        <source>Select a plot to edit.</source>
        <translation>Выберите участок для изменения.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="326" />
        <source>Correct the fields marked in red.</source>
        <translation>Исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="328" />
        <location filename="../../sezmap/ui/plot_form.py" line="343" />
        <source>Give a reason to apply the change.</source>
        <translation>Укажите причину, чтобы применить изменение.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="333" />
        <source>Nothing to apply: the fields hold the plot's stored values.</source>
        <translation>Нечего применять: в полях сохранённые значения участка.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="340" />
        <source>No selected plot can be withdrawn (only allocated, under construction or operational plots can).</source>
        <translation>Ни один из выбранных участков нельзя изъять (изымаются только предоставленные, строящиеся и действующие участки).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="348" />
        <source>Nothing was saved: status “%1” is not allowed for %2.</source>
        <translation>Ничего не сохранено: статус «%1» недопустим для %2.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="364" />
        <source>Edit %1</source>
        <translation>Изменение %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/plot_form.py" line="366" />
        <source>Edit %n plots</source>
        <translation>
            <numerusform>Изменение %n участка</numerusform>
            <numerusform>Изменение %n участков</numerusform>
            <numerusform>Изменение %n участков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="382" />
        <source>Withdraw %1</source>
        <translation>Изъятие %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/plot_form.py" line="383" />
        <source>Withdraw %n plots</source>
        <translation>
            <numerusform>Изъятие %n участка</numerusform>
            <numerusform>Изъятие %n участков</numerusform>
            <numerusform>Изъятие %n участков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="392" />
        <source>Nothing was saved: the plot was changed meanwhile (by another program or user). The form now shows its current values; check them and apply again.</source>
        <translation>Ничего не сохранено: участок тем временем изменён (другой программой или пользователем). В форме теперь его текущие значения; проверьте их и примените снова.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="395" />
        <source>Nothing was saved:</source>
        <translation>Ничего не сохранено:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="415" />
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
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
        <location filename="../../sezmap/ui/settings_dialog.py" line="28" />
        <source>Optional online tiles drawn over the offline basemap, cached on disk; without a connection the offline basemap is shown. Respect the tile server's usage policy.</source>
        <translation>Необязательные онлайн-тайлы поверх офлайн-подложки, с кэшем на диске; без связи показывается офлайн-подложка. Соблюдайте правила использования сервера тайлов.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="37" />
        <source>User name (in the audit log):</source>
        <translation>Имя пользователя (в журнале изменений):</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="39" />
        <source>XYZ tiles:</source>
        <translation>Тайлы XYZ:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="36" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="38" />
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
        <location filename="../../sezmap/ui/window_actions.py" line="171" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="171" />
        <source>&amp;Import vector file…</source>
        <translation>&amp;Импорт векторного файла…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="172" />
        <source>Add &amp;raster overlay…</source>
        <translation>Добавить &amp;растровый слой…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="172" />
        <source>&amp;Save map image…</source>
        <translation>&amp;Сохранить изображение карты…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="173" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="173" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Приблизить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="173" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Отдалить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="174" />
        <source>&amp;Full extent</source>
        <translation>&amp;Весь охват</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="174" />
        <source>Zoom to &amp;zone</source>
        <translation>К &amp;зоне</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="175" />
        <source>&amp;Previous extent</source>
        <translation>&amp;Предыдущий охват</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="175" />
        <source>&amp;Next extent</source>
        <translation>&amp;Следующий охват</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="175" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="176" />
        <source>&amp;Pan</source>
        <translation>&amp;Сдвиг</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="176" />
        <source>Zoom &amp;box</source>
        <translation>Увеличить &amp;рамкой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="176" />
        <source>&amp;Identify</source>
        <translation>&amp;Информация об объекте</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="177" />
        <source>&amp;Measure distance</source>
        <translation>&amp;Измерить расстояние</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="177" />
        <source>Measure &amp;area</source>
        <translation>Измерить &amp;площадь</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="178" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="178" />
        <source>&amp;About sezmap</source>
        <translation>&amp;О программе sezmap</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="179" />
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="180" />
        <source>&amp;Draw a plot</source>
        <translation>&amp;Нарисовать участок</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="180" />
        <source>Edit &amp;vertices</source>
        <translation>Изменить &amp;вершины</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="181" />
        <source>S&amp;plit a plot</source>
        <translation>&amp;Разделить участок</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="181" />
        <source>&amp;Merge selected plots</source>
        <translation>&amp;Объединить выбранные участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="186" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="187" />
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="189" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="190" />
        <source>Editing</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="191" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="192" />
        <source>Pa&amp;nels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="193" />
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="194" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="195" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="196" />
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="197" />
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="198" />
        <source>Zone:</source>
        <translation>Зона:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="199" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <location filename="../../sezmap/ui/window_docks.py" line="82" />
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
</context>
<context>
    <name>WindowEdits</name>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="56" />
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="56" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="57" />
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="57" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="81" />
        <source>Edit &amp;selected plots…</source>
        <translation>Изменить &amp;выбранные участки…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="81" />
        <source>Plot &amp;history</source>
        <translation>&amp;История участка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="82" />
        <source>&amp;Idle plots review</source>
        <translation>Обзор &amp;простаивающих участков</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="82" />
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="90" />
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="95" />
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="102" />
        <location filename="../../sezmap/ui/window_edits.py" line="104" />
        <source>Cannot change the plots</source>
        <translation>Не удалось изменить участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="118" />
        <source>The project file was changed by another program: %1 plot(s) reloaded.</source>
        <translation>Файл проекта изменён другой программой: перечитано участков: %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="161" />
        <source>%1 changed by %2</source>
        <translation>%1 изменён пользователем %2</translation>
    </message>
</context>
<context>
    <name>ZoneDashboard</name>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="101" />
        <source>Zone dashboard</source>
        <translation>Сводка по зоне</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="105" />
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="105" />
        <source>Official area</source>
        <translation>Официальная площадь</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="106" />
        <source>Allocated</source>
        <translation>Предоставлено</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="106" />
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="107" />
        <source>Unused</source>
        <translation>Не используется</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="107" />
        <source>Plots</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="107" />
        <source>Idle plots</source>
        <translation>Простаивающие участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="108" />
        <source>Nearest corridor</source>
        <translation>Ближайший коридор</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="108" />
        <source>Nearest border crossing</source>
        <translation>Ближайший погранпереход</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="109" />
        <source>Nearest seaport</source>
        <translation>Ближайший морской порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="109" />
        <source>Nearest dry port</source>
        <translation>Ближайший сухой порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="113" />
        <source>Land by plot status</source>
        <translation>Земля по статусам участков</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="114" />
        <source>Idle plots (deadline passed, investment short)</source>
        <translation>Простаивающие участки (срок истёк, инвестиций меньше обещанного)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="115" />
        <source>Distance along the corridors to the hubs</source>
        <translation>Расстояние по коридорам до хабов</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="116" />
        <source>Unused land, all zones</source>
        <translation>Неиспользуемая земля, все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="151" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="154" />
        <source>Computing the zone figures…</source>
        <translation>Расчёт показателей зон…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="156" />
        <source>Figures as of %1.</source>
        <translation>Показатели на %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="159" />
        <source>Pick a zone on the map or in the toolbar</source>
        <translation>Выберите зону на карте или на панели инструментов</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="179" />
        <source>%1 plots, %2 ha</source>
        <translation>%1 участков, %2 га</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="191" />
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