<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <location filename="../../sezmap/ui/about.py" line="37" />
        <source>A desktop GIS for Kazakhstan's Special Economic Zones: boundaries, plot allocation, transport corridors, hubs and unused land.</source>
        <translation>Настольная ГИС для специальных экономических зон Казахстана: границы, распределение участков, транспортные коридоры, хабы и неиспользуемые земли.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="39" />
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="40" />
        <source>Zones, plots, corridors and hubs: the bundled project (layers/default.gpkg), built from the public facts listed in seeds/SOURCES.md; plots are illustrative.</source>
        <translation>Зоны, участки, коридоры и хабы: встроенный проект (layers/default.gpkg), собранный из открытых сведений, перечисленных в seeds/SOURCES.md; участки условные.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="43" />
        <source>Map display: Albers equal-area conic for Kazakhstan (WGS84).</source>
        <translation>Картографическая проекция: равновеликая коническая Альберса для Казахстана (WGS84).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/about.py" line="49" />
        <source>About sezmap</source>
        <translation>О программе sezmap</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="147" />
        <source>Attribute table</source>
        <translation>Таблица атрибутов</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="150" />
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="151" />
        <source>Search plot, tenant, project…</source>
        <translation>Поиск: участок, арендатор, проект…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="152" />
        <source>Pan map to selected rows</source>
        <translation>Перемещать карту к выбранным строкам</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="158" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/attribute_table.py" line="336" />
        <source>Pick a zone to list its plots</source>
        <translation>Выберите зону, чтобы увидеть её участки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/attribute_table.py" line="338" />
        <source>Sorting %Ln plots…</source>
        <translation>
            <numerusform>Сортировка %Ln участка…</numerusform>
            <numerusform>Сортировка %Ln участков…</numerusform>
            <numerusform>Сортировка %Ln участков…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/attribute_table.py" line="341" />
        <source>%1 of %Ln plot</source>
        <translation>
            <numerusform>%1 из %Ln участка</numerusform>
            <numerusform>%1 из %Ln участков</numerusform>
            <numerusform>%1 из %Ln участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/attribute_table.py" line="341" />
        <source>%1 of %Ln plots</source>
        <translation>
            <numerusform>%1 из %Ln участка</numerusform>
            <numerusform>%1 из %Ln участков</numerusform>
            <numerusform>%1 из %Ln участков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="160" />
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="161" />
        <source>Zone:</source>
        <translation>Зона:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="162" />
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="163" />
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="164" />
        <source>any (exact name)</source>
        <translation>любой (точное имя)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="165" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="166" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="167" />
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="179" />
        <source>All zones</source>
        <translation>Все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="196" />
        <source>All fields</source>
        <translation>Все поля</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="264" />
        <source>The audit log could not be read: %1</source>
        <translation>Не удалось прочитать журнал изменений: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="279" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/audit_dialog.py" line="282" />
        <source>%n recorded change</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/audit_dialog.py" line="282" />
        <source>%n recorded changes</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="284" />
        <source>(the latest %1 are listed; the export has them all)</source>
        <translation>(показаны последние %1; в экспорт попадут все)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="299" />
        <source>Select a row to see it in full.</source>
        <translation>Выберите строку, чтобы увидеть её полностью.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="318" />
        <source>Fold</source>
        <translation>Свернуть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/audit_dialog.py" line="321" />
        <source>Show all (%n characters)</source>
        <translation>
            <numerusform>Показать всё (%n символ)</numerusform>
            <numerusform>Показать всё (%n символа)</numerusform>
            <numerusform>Показать всё (%n символов)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="336" />
        <source>Export the audit rows</source>
        <translation>Экспорт записей журнала</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="337" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="349" />
        <source>Nothing was exported: %1</source>
        <translation>Ничего не экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="352" />
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="353" />
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/audit_dialog.py" line="356" />
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
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
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="86" />
        <source>Plot (created or removed)</source>
        <translation>Участок (создан или удалён)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="91" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="91" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="92" />
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="92" />
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="92" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="93" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="110" />
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="110" />
        <source>removed</source>
        <translation>удалён</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="28" />
        <source>Open a database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="36" />
        <source>made from the database and host</source>
        <translation>из имени базы и сервера</translation>
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
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="41" />
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="42" />
        <source>Service name:</source>
        <translation>Имя службы:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="43" />
        <source>The connection is saved as a service in ~/.pg_service.conf, without a password: the server asks for one when it needs it.</source>
        <translation>Подключение сохраняется как служба в ~/.pg_service.conf, без пароля: сервер запросит его, когда он нужен.</translation>
    </message>
</context>
<context>
    <name>DashboardTrend</name>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="184" />
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="198" />
        <source>The history could not be rebuilt: %1</source>
        <translation>Не удалось восстановить историю: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="200" />
        <source>Rebuilding the history from the audit log…</source>
        <translation>История восстанавливается по журналу изменений…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="202" />
        <source>No history yet: the audit log holds no change before the end of the last quarter or month.</source>
        <translation>Истории пока нет: в журнале изменений нет изменений до конца последнего квартала или месяца.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="220" />
        <source>By quarter, rebuilt from the audit log.</source>
        <translation>По кварталам, восстановлено по журналу изменений.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="221" />
        <source>By month, rebuilt from the audit log.</source>
        <translation>По месяцам, восстановлено по журналу изменений.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard_trend.py" line="227" />
        <source>The picked zone in bold.</source>
        <translation>Выбранная зона выделена жирным.</translation>
    </message>
</context>
<context>
    <name>DatabaseLink</name>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="54" />
        <location filename="../../sezmap/ui/window_database.py" line="75" />
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="79" />
        <source>The database server %1 does not answer: it may be down, or its host or port wrong. Nothing was opened; try again later.</source>
        <translation>Сервер базы данных %1 не отвечает: возможно, он остановлен или неверно указаны сервер или порт. Ничего не открыто; попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="99" />
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="122" />
        <source>Cannot write .pgpass</source>
        <translation>Не удаётся записать .pgpass</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="171" />
        <source>Login: %1</source>
        <translation>Логин: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="193" />
        <source>Read only: the login %1 may not change plots.</source>
        <translation>Только чтение: логин %1 не может изменять участки.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_database.py" line="196" />
        <source>The login %1 may not change plots of this zone.</source>
        <translation>Логин %1 не может изменять участки этой зоны.</translation>
    </message>
</context>
<context>
    <name>EditTools</name>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="64" />
        <source>Nothing was changed: %1 needs a reason.</source>
        <translation>Ничего не изменено: для «%1» нужна причина.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="68" />
        <source>%1 not made: another change is waiting for the file.</source>
        <translation>%1 не выполнено: другое изменение ждёт файл.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="80" />
        <source>%1 refused: %2</source>
        <translation>%1 отклонено: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/edit_merge.py" line="21" />
        <source>Merge %n plots</source>
        <translation>
            <numerusform>Объединение %n участка</numerusform>
            <numerusform>Объединение %n участков</numerusform>
            <numerusform>Объединение %n участков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_merge.py" line="60" />
        <location filename="../../sezmap/ui/edit_tools.py" line="158" />
        <location filename="../../sezmap/ui/edit_tools.py" line="356" />
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="162" />
        <source>Select one plot first (Identify tool, or a row of the table).</source>
        <translation>Сначала выберите один участок (инструмент «Информация» или строка таблицы).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="361" />
        <source>A plot needs at least 3 vertices.</source>
        <translation>У участка должно быть не меньше 3 вершин.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="373" />
        <source>Draw the plot inside a zone (or choose the zone first).</source>
        <translation>Рисуйте участок внутри зоны (или сначала выберите зону).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="378" />
        <source>Draw plot</source>
        <translation>Нанесение участка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_tools.py" line="402" />
        <source>Draw the cutting line with at least 2 points, across the plot.</source>
        <translation>Проведите линию разреза через весь участок, не меньше 2 точек.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/edit_merge.py" line="61" />
        <source>Select two or more adjacent plots of one zone to merge.</source>
        <translation>Выберите два или больше смежных участка одной зоны, чтобы объединить их.</translation>
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
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="188" />
        <source>PNG image (page)</source>
        <translation>Изображение PNG (лист)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="188" />
        <source>PDF document (page, vector)</source>
        <translation>Документ PDF (лист, вектор)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="189" />
        <source>SVG drawing (page, vector)</source>
        <translation>Рисунок SVG (лист, вектор)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="189" />
        <source>GeoTIFF (the map, georeferenced)</source>
        <translation>GeoTIFF (карта с привязкой к координатам)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="190" />
        <source>Interactive web map (HTML)</source>
        <translation>Интерактивная веб-карта (HTML)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="190" />
        <source>Slide deck (PPTX)</source>
        <translation>Презентация (PPTX)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="194" />
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="195" />
        <source>Pixels</source>
        <translation>Пиксели</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="196" />
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="197" />
        <source>Default: the zone's name</source>
        <translation>По умолчанию: название зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="198" />
        <source>Only vacant plots (for investors)</source>
        <translation>Только свободные участки (для инвесторов)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="199" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="203" />
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="203" />
        <source>Zone:</source>
        <translation>Зона:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="208" />
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="205" />
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="200" />
        <source>Not included</source>
        <translation>Не включать</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="200" />
        <source>By quarter, from the audit log</source>
        <translation>По кварталам, по журналу изменений</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="201" />
        <source>By month, from the audit log</source>
        <translation>По месяцам, по журналу изменений</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="204" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="204" />
        <source>Figures as of:</source>
        <translation>Показатели на:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="205" />
        <source>Land use over time:</source>
        <translation>Использование земли во времени:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="206" />
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="209" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="219" />
        <source>— the current view —</source>
        <translation>— текущий охват —</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="219" />
        <source>— all zones —</source>
        <translation>— все зоны —</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="348" />
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="348" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="349" />
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="349" />
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="350" />
        <source>Web pages (*.html)</source>
        <translation>Веб-страницы (*.html)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="350" />
        <source>Slide decks (*.pptx)</source>
        <translation>Презентации (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="404" />
        <source>No preview for this format; the file holds every zone's map and figures.</source>
        <translation>Для этого формата нет предпросмотра; файл содержит карту и показатели каждой зоны.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="406" />
        <source>No preview for this format.</source>
        <translation>Для этого формата нет предпросмотра.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="414" />
        <source>landscape</source>
        <translation>альбомная</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="414" />
        <source>portrait</source>
        <translation>книжная</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="419" />
        <source>The figures for that date are worked out when the file is written.</source>
        <translation>Показатели на эту дату рассчитываются при записи файла.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="429" />
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="450" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="495" />
        <source>Map exported to %1</source>
        <translation>Карта экспортирована в %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="501" />
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/export_dialog.py" line="509" />
        <source>Export cancelled</source>
        <translation>Экспорт отменён</translation>
    </message>
</context>
<context>
    <name>FileNoticeBar</name>
    <message>
        <location filename="../../sezmap/ui/file_notice.py" line="74" />
        <source>Read-only: this file or its folder cannot be changed; editing is off.</source>
        <translation>Только чтение: этот файл или его папку нельзя изменить; редактирование выключено.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/file_notice.py" line="75" />
        <source>Unprotected copy: its audit triggers are missing (copied by a tool that drops them), so other programs' changes are not audited; the next change made in sezmap restores them.</source>
        <translation>Незащищённая копия: в ней нет триггеров аудита (её скопировала программа, которая их не переносит), поэтому изменения других программ не попадают в журнал; следующее изменение в sezmap восстановит их.</translation>
    </message>
</context>
<context>
    <name>FileWait</name>
    <message>
        <location filename="../../sezmap/ui/file_wait.py" line="58" />
        <source>Waiting for the previous change to be saved…</source>
        <translation>Ожидание сохранения предыдущего изменения…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/file_wait.py" line="60" />
        <source>Waiting for the file… this window is still reading it.</source>
        <translation>Ожидание файла… это окно ещё читает его.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/file_wait.py" line="61" />
        <source>Waiting for the file… another program is writing to it.</source>
        <translation>Ожидание файла… в него сейчас записывает другая программа.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/file_wait.py" line="53" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="55" />
        <source>sezmap help</source>
        <translation>Справка sezmap</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="56" />
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="57" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="64" />
        <source>(on the map)</source>
        <translation>(на карте)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="64" />
        <source>(in the attribute table)</source>
        <translation>(в таблице атрибутов)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="68" />
        <source>Finish a line or a plot</source>
        <translation>Завершить линию или участок</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="68" />
        <source>Double-click or Enter</source>
        <translation>Двойной щелчок или Enter</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="69" />
        <source>Take back the last point</source>
        <translation>Убрать последнюю точку</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="69" />
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="70" />
        <source>Place a point without snapping</source>
        <translation>Поставить точку без привязки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="70" />
        <source>Shift + click</source>
        <translation>Shift + щелчок</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="71" />
        <source>Add a plot to the selection (Identify)</source>
        <translation>Добавить участок к выбору (Информация об объекте)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="71" />
        <source>Ctrl + click</source>
        <translation>Ctrl + щелчок</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="72" />
        <source>Delete the vertex under the pointer (Edit vertices)</source>
        <translation>Удалить вершину под указателем (Изменить вершины)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="72" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="73" />
        <source>Cancel the line being drawn</source>
        <translation>Отменить рисуемую линию</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="73" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="75" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/help_dialog.py" line="75" />
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="167" />
        <source>Plot history</source>
        <translation>История участка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="208" />
        <source>The history could not be read: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="221" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="224" />
        <source>Select a plot to see who changed what, when and why.</source>
        <translation>Выберите участок, чтобы увидеть, кто, что, когда и почему изменил.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="226" />
        <source>No recorded changes.</source>
        <translation>Изменений не записано.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="228" />
        <source>Changes to %1, newest first.</source>
        <translation>Изменения участка %1, сначала новые.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/history_panel.py" line="229" />
        <source>Changes to the %n selected plots, newest first.</source>
        <translation>
            <numerusform>Изменения %n выбранного участка, сначала новые.</numerusform>
            <numerusform>Изменения %n выбранных участков, сначала новые.</numerusform>
            <numerusform>Изменения %n выбранных участков, сначала новые.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/history_panel.py" line="231" />
        <source>Only the first %1 plots are listed.</source>
        <translation>Показаны только первые %1 участков.</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="33" />
        <source>Identify</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="36" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/identify_panel.py" line="36" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>IdleReview</name>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="223" />
        <source>Idle plots</source>
        <translation>Простаивающие участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="226" />
        <source>All zones</source>
        <translation>Все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="227" />
        <location filename="../../sezmap/ui/idle_review.py" line="358" />
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="228" />
        <source>Withdraw ticked…</source>
        <translation>Изъять отмеченные…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="229" />
        <source>Set the ticked plots' status to withdrawn, in one step that Undo takes back</source>
        <translation>Присвоить отмеченным участкам статус «Изъят» одним шагом, который можно отменить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="306" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="307" />
        <source>Computing the zone figures…</source>
        <translation>Расчёт показателей зон…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="341" />
        <source>all zones</source>
        <translation>все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="343" />
        <source>No idle plots in %1 as of %2.</source>
        <translation>Простаивающих участков нет (%1, на %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/idle_review.py" line="345" />
        <source>%n idle plot in %1 as of %2, %3:</source>
        <translation>
            <numerusform>%n простаивающий участок (%1, на %2), %3:</numerusform>
            <numerusform>%n простаивающих участка (%1, на %2), %3:</numerusform>
            <numerusform>%n простаивающих участков (%1, на %2), %3:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/idle_review.py" line="346" />
        <source>%n idle plots in %1 as of %2, %3:</source>
        <translation>
            <numerusform>%n простаивающий участок (%1, на %2), %3:</numerusform>
            <numerusform>%n простаивающих участка (%1, на %2), %3:</numerusform>
            <numerusform>%n простаивающих участков (%1, на %2), %3:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="358" />
        <source>Untick all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="372" />
        <source>Withdraw idle plots</source>
        <translation>Изъятие простаивающих участков</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="373" />
        <source>Why are these plots withdrawn? (required; written to the audit log)</source>
        <translation>Почему участки изымаются? (обязательно; записывается в журнал изменений)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="385" />
        <source>Nothing was withdrawn: a reason is required.</source>
        <translation>Ничего не изъято: нужна причина.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="397" />
        <source>Nothing was withdrawn: a plot was changed meanwhile.</source>
        <translation>Ничего не изъято: участок тем временем изменён.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="398" />
        <source>Nothing was withdrawn:</source>
        <translation>Ничего не изъято:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="407" />
        <source>%1 done: freed %2.</source>
        <translation>%1: выполнено, освобождено %2.</translation>
    </message>
</context>
<context>
    <name>IdleTableModel</name>
    <message>
        <location filename="../../sezmap/ui/idle_review.py" line="104" />
        <source>Area, ha</source>
        <translation>Площадь, га</translation>
    </message>
</context>
<context>
    <name>ImageryDialog</name>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="171" />
        <source>Check reported status against imagery</source>
        <translation>Сверка заявленного статуса со снимками</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="172" />
        <source>GeoTIFF:</source>
        <translation>GeoTIFF:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="173" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="174" />
        <source>A built-up score (0…1) in one band</source>
        <translation>Оценка застроенности (0…1) в одном канале</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="175" />
        <source>Band:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="176" />
        <source>An index computed from bands</source>
        <translation>Индекс, вычисленный по каналам</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="177" />
        <source>Index:</source>
        <translation>Индекс:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="178" />
        <source>NIR band:</source>
        <translation>Канал NIR:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="179" />
        <source>SWIR band:</source>
        <translation>Канал SWIR:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="180" />
        <source>Red band:</source>
        <translation>Красный канал:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="181" />
        <source>Threshold:</source>
        <translation>Порог:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="182" />
        <source>A pixel counts as built at or above the threshold (NDVI: below it); a plot reported built with less than this share of built land is flagged, and one reported vacant with more.</source>
        <translation>Пиксель считается застроенным при значении не ниже порога (NDVI: ниже порога); участок, заявленный застроенным, с меньшей долей застроенной земли отмечается, как и заявленный свободным — с большей.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="185" />
        <source>Plots of:</source>
        <translation>Участки:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="186" />
        <source>Run the check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="199" />
        <source>The current zone (%1)</source>
        <translation>Текущая зона (%1)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="200" />
        <source>All zones</source>
        <translation>Все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="232" />
        <source>Check against imagery</source>
        <translation>Проверка по снимкам</translation>
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
            <numerusform>%n канал</numerusform>
            <numerusform>%n канала</numerusform>
            <numerusform>%n каналов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/imagery_dialog.py" line="263" />
        <source>%n bands</source>
        <translation>
            <numerusform>%n канал</numerusform>
            <numerusform>%n канала</numerusform>
            <numerusform>%n каналов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="385" />
        <source>The check failed. %1</source>
        <translation>Проверка не удалась. %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="387" />
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/imagery_dialog.py" line="380" />
        <source>Checking %n plot…</source>
        <translation>
            <numerusform>Проверяется %n участок…</numerusform>
            <numerusform>Проверяются %n участка…</numerusform>
            <numerusform>Проверяются %n участков…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/imagery_dialog.py" line="380" />
        <source>Checking %n plots…</source>
        <translation>
            <numerusform>Проверяется %n участок…</numerusform>
            <numerusform>Проверяются %n участка…</numerusform>
            <numerusform>Проверяются %n участков…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_dialog.py" line="382" />
        <source>Cancelled: nothing was checked.</source>
        <translation>Отменено: ничего не проверено.</translation>
    </message>
</context>
<context>
    <name>ImageryPanel</name>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="143" />
        <source>Imagery check</source>
        <translation>Проверка по снимкам</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="146" />
        <source>Flagged (both kinds)</source>
        <translation>Отмеченные (оба вида)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="148" />
        <source>All checked plots</source>
        <translation>Все проверенные участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="151" />
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="152" />
        <source>Check against imagery…</source>
        <translation>Проверить по снимкам…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="153" />
        <source>Edit plot…</source>
        <translation>Изменить участок…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="154" />
        <source>Open the plot editor with the check's figures as the reason</source>
        <translation>Открыть редактор участка с данными проверки в качестве причины</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="176" />
        <source>No check yet: check the plots' reported status against a GeoTIFF (a built-up score, or NDBI/NDVI from its bands).</source>
        <translation>Проверки ещё не было: сверьте заявленный статус участков с GeoTIFF (оценка застроенности или NDBI/NDVI по его каналам).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="180" />
        <source>all zones</source>
        <translation>все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="181" />
        <source>%1, %2, checked %3 in %4 — looks unbuilt: %5, looks built: %6, no data: %7, consistent: %8.</source>
        <translation>%1, %2, проверено %3, %4: похоже, не застроены — %5, похоже, застроены — %6, без данных — %7, совпадают — %8.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="194" />
        <source>band %1, threshold %2</source>
        <translation>канал %1, порог %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="195" />
        <source>%1, threshold %2</source>
        <translation>%1, порог %2</translation>
    </message>
</context>
<context>
    <name>ImageryTableModel</name>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="55" />
        <source>Reported status</source>
        <translation>Заявленный статус</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="55" />
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="56" />
        <source>Built, %</source>
        <translation>Застроено, %</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="56" />
        <source>Mean value</source>
        <translation>Среднее значение</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/imagery_panel.py" line="57" />
        <source>Area, ha</source>
        <translation>Площадь, га</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="95" />
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="96" />
        <source>Move the layer up</source>
        <translation>Поднять слой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="97" />
        <source>Move the layer down</source>
        <translation>Опустить слой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/layers_dock.py" line="98" />
        <source>Legend</source>
        <translation>Легенда</translation>
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
        <translation>Из зоны:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="48" />
        <source>To hub:</source>
        <translation>В хаб:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="49" />
        <source>Show the route</source>
        <translation>Показать маршрут</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="50" />
        <source>Clear the route</source>
        <translation>Убрать маршрут</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="92" />
        <source>%1 cannot reach %2 along the corridors.</source>
        <translation>Из %1 нельзя добраться до %2 по коридорам.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="96" />
        <source>%1 → %2: %3 km, of which %4 km off the corridor network (straight lines to and from the nearest corridor, dashed grey on the map).</source>
        <translation>%1 → %2: %3 км, из них %4 км вне сети коридоров (по прямой до ближайшего коридора и от него, на карте — серый пунктир).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/logistics.py" line="101" />
        <source>%1 → %2: %3 km along the corridors (with the legs to and from the network).</source>
        <translation>%1 → %2: %3 км по коридорам (с подъездами к сети и от неё).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="244" />
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="280" />
        <source>%1 zones, %2 plots</source>
        <translation>Зон: %1, участков: %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="289" />
        <source>Analysis failed</source>
        <translation>Ошибка анализа</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="277" />
        <source>Loading the plots…</source>
        <translation>Загрузка участков…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="324" />
        <source>Cannot open the project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="328" />
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="329" />
        <source>GeoPackage projects (*.gpkg)</source>
        <translation>Проекты GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="379" />
        <source>The map could not be drawn: %1</source>
        <translation>Не удалось нарисовать карту: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="398" />
        <source>— all zones —</source>
        <translation>— все зоны —</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="487" />
        <source>Nothing here</source>
        <translation>Здесь ничего нет</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/main_window.py" line="548" />
        <source>The analysis is still running; try again in a moment.</source>
        <translation>Анализ ещё выполняется; повторите через минуту.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="66" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="67" />
        <source>The server refused the password. Password for %1:</source>
        <translation>Сервер отклонил пароль. Пароль для %1:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="68" />
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/database_dialog.py" line="71" />
        <source>Remember in .pgpass</source>
        <translation>Запомнить в .pgpass</translation>
    </message>
</context>
<context>
    <name>PlotForm</name>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="183" />
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="187" />
        <source>Reason (required)</source>
        <translation>Причина (обязательно)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="189" />
        <source>Why the change is made; written to the audit log</source>
        <translation>Почему вносится изменение; записывается в журнал изменений</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="190" />
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="191" />
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="192" />
        <source>Show the plot's stored values again</source>
        <translation>Снова показать сохранённые значения участка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="193" />
        <source>Reload</source>
        <translation>Загрузить их</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="194" />
        <source>Show their values; what you typed is dropped</source>
        <translation>Показать их значения; введённое вами будет отброшено</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="195" />
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="196" />
        <source>Keep what you typed, to apply it over their change</source>
        <translation>Оставить введённое вами, чтобы применить его поверх их изменения</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="198" />
        <source>Withdraw</source>
        <translation>Изъять</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="199" />
        <location filename="../../sezmap/ui/plot_form.py" line="426" />
        <source>Set the status of the selected plots to withdrawn</source>
        <translation>Присвоить выбранным участкам статус «Изъят»</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="243" />
        <source>Changed meanwhile by %1; the form shows the new values.</source>
        <translation>Тем временем изменено (%1); в форме новые значения.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="259" />
        <source>another program</source>
        <translation>другая программа</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="260" />
        <source>Changed by %1 at %2 while you were typing. Reload shows their values; Keep mine keeps what you typed, to apply over theirs.</source>
        <translation>Пока вы вводили, изменено: %1, %2. «Загрузить их» покажет их значения; «Оставить моё» сохранит введённое вами, чтобы применить поверх их изменения.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="336" />
        <source>(keep each plot's status)</source>
        <translation>(оставить статус каждого участка)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="354" />
        <source>(keep)</source>
        <translation>(не менять)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="356" />
        <source>YYYY-MM-DD, empty: no date</source>
        <translation>ГГГГ-ММ-ДД, пусто: без даты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="358" />
        <source>tenge, empty: not known</source>
        <translation>тенге, пусто: неизвестно</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="365" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="367" />
        <source>Select a plot on the map or in the attribute table to edit it.</source>
        <translation>Выберите участок на карте или в таблице атрибутов, чтобы изменить его.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="370" />
        <source>Plot %1, version %2</source>
        <translation>Участок %1, версия %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/plot_form.py" line="373" />
        <source>%n plots selected</source>
        <translation>
            <numerusform>Выбран %n участок</numerusform>
            <numerusform>Выбрано %n участка</numerusform>
            <numerusform>Выбрано %n участков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="374" />
        <source>The fields you fill in are applied to every selected plot; empty fields are kept.</source>
        <translation>Заполненные поля применяются ко всем выбранным участкам; пустые поля не меняются.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="395" />
        <source>Write the date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>Введите дату в виде ГГГГ-ММ-ДД, например 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="396" />
        <source>Not a number.</source>
        <translation>Это не число.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="397" />
        <source>Cannot be negative.</source>
        <translation>Не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="398" />
        <source>Must be a whole number.</source>
        <translation>Должно быть целым числом.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="399" />
        <source>Too large: at most 9,007,199,254,740,992.</source>
        <translation>Слишком большое: не более 9 007 199 254 740 992.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="400" />
        <source>Contains control characters.</source>
        <translation>Содержит управляющие символы.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="415" />
        <source>Required: the audit log keeps why every change was made.</source>
        <translation>Обязательно: журнал изменений хранит причину каждого изменения.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="431" />
        <location filename="../../sezmap/ui/plot_form.py" line="452" />
        <source>Select a plot to edit.</source>
        <translation>Выберите участок для изменения.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="433" />
        <location filename="../../sezmap/ui/plot_form.py" line="454" />
        <source>The project file is read-only: nothing can be changed.</source>
        <translation>Файл проекта только для чтения: ничего нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="435" />
        <source>Another user changed this plot: choose Reload or Keep mine first.</source>
        <translation>Другой пользователь изменил этот участок: сначала выберите «Загрузить их» или «Оставить моё».</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="437" />
        <source>Correct the fields marked in red.</source>
        <translation>Исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="448" />
        <source>Give a reason to apply the change.</source>
        <translation>Укажите причину, чтобы применить изменение.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="442" />
        <source>Nothing to apply: the fields hold the plot's stored values.</source>
        <translation>Нечего применять: в полях сохранённые значения участка.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="456" />
        <source>No selected plot can be withdrawn (only allocated, under construction or operational plots can).</source>
        <translation>Ни один из выбранных участков нельзя изъять (изымаются только предоставленные, строящиеся и действующие участки).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="464" />
        <source>Nothing was saved: status “%1” is not allowed for %2.</source>
        <translation>Ничего не сохранено: статус «%1» недопустим для %2.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="500" />
        <source>Nothing was saved: you stopped waiting for the file.</source>
        <translation>Ничего не сохранено: вы перестали ждать файл.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="508" />
        <source>Nothing was saved: the plot was changed meanwhile (by another program or user). What you typed is kept: choose Reload or Keep mine.</source>
        <translation>Ничего не сохранено: участок тем временем изменён (другой программой или пользователем). Введённое вами сохранено в форме: выберите «Загрузить их» или «Оставить моё».</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="511" />
        <source>Nothing was saved:</source>
        <translation>Ничего не сохранено:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/plot_form.py" line="537" />
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="19" />
        <source>the layer “{layer}” is missing</source>
        <translation>нет слоя «{layer}»</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="20" />
        <source>fields missing: {fields}</source>
        <translation>не хватает полей: {fields}</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="21" />
        <source>{field} is required</source>
        <translation>поле «{field}» обязательно</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="22" />
        <source>{field}: “{value}” is not a number</source>
        <translation>{field}: «{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="23" />
        <source>{field}: “{value}” is not a whole number</source>
        <translation>{field}: «{value}» — не целое число</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="24" />
        <source>{field}: “{value}” is too large: at most 9,007,199,254,740,992</source>
        <translation>{field}: «{value}» — слишком большое число: не более 9 007 199 254 740 992</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="25" />
        <source>{field}: “{value}” is not a date (YYYY-MM-DD)</source>
        <translation>{field}: «{value}» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="26" />
        <source>{field} cannot be negative ({value})</source>
        <translation>{field} не может быть отрицательным ({value})</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="27" />
        <source>“{value}” is not a plot status (the statuses: {allowed})</source>
        <translation>«{value}» — не статус участка (статусы: {allowed})</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="28" />
        <source>{field}: “{value}” is not one of {allowed}</source>
        <translation>{field}: «{value}» — не одно из значений {allowed}</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="29" />
        <source>the status cannot change from “{old}” to “{new}”; from “{old}” it can change to: {onward}</source>
        <translation>статус нельзя сменить с «{old}» на «{new}»; из «{old}» можно перейти в: {onward}</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="31" />
        <source>{metres} m outside its zone (tolerance {tolerance} m) at {lon}, {lat}</source>
        <translation>выходит за границу зоны на {metres} м (допуск {tolerance} м) в точке {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="33" />
        <source>overlaps plot {plot} by {square_metres} m² at {lon}, {lat}</source>
        <translation>накладывается на участок {plot} на {square_metres} м² в точке {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="34" />
        <source>changed meanwhile by someone else; nothing was written: look at the new values and try again</source>
        <translation>тем временем изменён кем-то другим; ничего не записано: посмотрите новые значения и повторите</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="36" />
        <source>changed meanwhile by {actor} ({at}); nothing was written: look at the new values and try again</source>
        <translation>тем временем изменён пользователем {actor} ({at}); ничего не записано: посмотрите новые значения и повторите</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="44" />
        <source>a plot with the status “{status}” needs {fields}: fill them in the same edit; nothing was written</source>
        <translation>участку со статусом «{status}» нужны поля: {fields}; заполните их в той же правке; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="46" />
        <source>there is no such plot</source>
        <translation>такого участка нет</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="47" />
        <source>“{zone}” is not a zone of the project</source>
        <translation>«{zone}» — не зона проекта</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="48" />
        <source>{field} “{value}” is used more than once</source>
        <translation>{field} «{value}» встречается больше одного раза</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="49" />
        <source>a reason is required (it is written to the audit log)</source>
        <translation>нужна причина (она записывается в журнал изменений)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="50" />
        <source>a user name is required (Settings → Preferences)</source>
        <translation>нужно имя пользователя (Настройки → Параметры)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="51" />
        <source>the edit changes nothing</source>
        <translation>правка ничего не меняет</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="52" />
        <source>The file {path} is damaged ({detail}). Restore it from a backup.</source>
        <translation>Файл {path} повреждён ({detail}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="53" />
        <source>The file {path} cannot be read ({detail}).</source>
        <translation>Файл {path} не читается ({detail}).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="54" />
        <source>The file {path} is not a GeoPackage project.</source>
        <translation>Файл {path} — не проект GeoPackage.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="55" />
        <source>The file {path} does not exist (any more).</source>
        <translation>Файла {path} нет (больше нет).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="56" />
        <source>The project {path} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Проект {path} занят: в него пишет другая программа. Повторите через минуту.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="58" />
        <source>The project {path} cannot be changed: it or its folder is read-only.</source>
        <translation>Проект {path} нельзя изменить: файл или его папка только для чтения.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="59" />
        <source>The project {path} cannot be written: the disk is full. Nothing was changed.</source>
        <translation>Проект {path} не записан: диск заполнен. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="61" />
        <source>The file {path} cannot be opened ({detail}).</source>
        <translation>Файл {path} не открывается ({detail}).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="62" />
        <source>The file {path} cannot be read or written ({detail}).</source>
        <translation>Файл {path} не читается и не записывается ({detail}).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="63" />
        <source>The file {path} cannot be read as a raster ({detail}).</source>
        <translation>Файл {path} не читается как растр ({detail}).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="64" />
        <source>The file {path} has no band {bands} (bands in it: {count}).</source>
        <translation>В файле {path} нет канала {bands} (каналов в нём: {count}).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="66" />
        <source>The file {path} says no coordinate system: a GeoTIFF with a CRS is needed.</source>
        <translation>В файле {path} не указана система координат: нужен GeoTIFF с системой координат.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="68" />
        <source>The file {path} is a rotated grid, which is not supported.</source>
        <translation>Файл {path} — повёрнутая сетка, такие не поддерживаются.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="91" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="139" />
        <source>… and %1 more</source>
        <translation>… и ещё: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="38" />
        <source>{fields} changed after this step by {actor} ({at}); nothing was written</source>
        <translation>{fields}: изменено после этого шага пользователем {actor} ({at}); ничего не записано</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="40" />
        <source>removed after this step by {actor} ({at}); nothing was written</source>
        <translation>удалён после этого шага пользователем {actor} ({at}); ничего не записано</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/problem_text.py" line="42" />
        <source>added again after this step by {actor} ({at}); nothing was written</source>
        <translation>снова добавлен после этого шага пользователем {actor} ({at}); ничего не записано</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="74" />
        <source>The audit record of %1 was changed outside sezmap (or its protections were). Do not trust its history until this is explained; restore a backup if in doubt. Found:</source>
        <translation>Журнал изменений проекта %1 изменён вне sezmap (или его защита). Не доверяйте истории, пока это не объяснено; при сомнении восстановите резервную копию. Найдено:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="77" />
        <source>Audit record changed outside sezmap</source>
        <translation>Журнал изменений изменён вне sezmap</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="109" />
        <source>Import vector file</source>
        <translation>Импорт векторного файла</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="110" />
        <source>Vector files (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)</source>
        <translation>Векторные файлы (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="119" />
        <location filename="../../sezmap/ui/window_files.py" line="131" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="119" />
        <source>Into which layer of the project?</source>
        <translation>В какой слой проекта?</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="132" />
        <source>The file has several layers. Which one?</source>
        <translation>В файле несколько слоёв. Какой из них?</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="140" />
        <location filename="../../sezmap/ui/window_files.py" line="230" />
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="154" />
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/window_files.py" line="161" />
        <source>Imported %Ln feature into %1</source>
        <translation>
            <numerusform>Импортирован %Ln объект в слой %1</numerusform>
            <numerusform>Импортировано %Ln объекта в слой %1</numerusform>
            <numerusform>Импортировано %Ln объектов в слой %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/window_files.py" line="162" />
        <source>Imported %Ln features into %1</source>
        <translation>
            <numerusform>Импортирован %Ln объект в слой %1</numerusform>
            <numerusform>Импортировано %Ln объекта в слой %1</numerusform>
            <numerusform>Импортировано %Ln объектов в слой %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="166" />
        <source>Add raster overlay</source>
        <translation>Добавить растровый слой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="167" />
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="193" />
        <source>Cannot open the raster</source>
        <translation>Не удаётся открыть растр</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="200" />
        <location filename="../../sezmap/ui/window_files.py" line="214" />
        <location filename="../../sezmap/ui/window_files.py" line="223" />
        <source>New project from the template</source>
        <translation>Новый проект из шаблона</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="201" />
        <location filename="../../sezmap/ui/window_files.py" line="234" />
        <source>Projects (*.gpkg)</source>
        <translation>Проекты (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="215" />
        <source>%1 already exists. A new project does not replace a file: choose another name.</source>
        <translation>%1 уже существует. Новый проект не заменяет файл: выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="233" />
        <location filename="../../sezmap/ui/window_files.py" line="253" />
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="249" />
        <source>A copy was saved as %1; you are still working on %2</source>
        <translation>Копия сохранена как %1; вы продолжаете работать с %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="261" />
        <location filename="../../sezmap/ui/window_files.py" line="277" />
        <source>Save map image</source>
        <translation>Сохранить изображение карты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_files.py" line="262" />
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../sezmap/ui/reason_dialog.py" line="17" />
        <source>Reason for the change</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/reason_dialog.py" line="18" />
        <source>Why is this change made? (%1; written to the audit log)</source>
        <translation>Почему вносится это изменение? (%1; записывается в журнал аудита)</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <location filename="../../sezmap/ui/task_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/task_dialog.py" line="76" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="51" />
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="52" />
        <source>Show the bundled offline basemap</source>
        <translation>Показывать встроенную офлайн-подложку</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="53" />
        <source>Optional online tiles drawn over the offline basemap, cached on disk; without a connection the offline basemap is shown. Respect the tile server's usage policy.</source>
        <translation>Необязательные онлайн-тайлы поверх офлайн-подложки, с кэшем на диске; без связи показывается офлайн-подложка. Соблюдайте правила использования сервера тайлов.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="56" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="56" />
        <source>User name (in the audit log):</source>
        <translation>Имя пользователя (в журнале изменений):</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="57" />
        <source>Basemap:</source>
        <translation>Подложка:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="57" />
        <source>XYZ tiles:</source>
        <translation>Тайлы XYZ:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/settings_dialog.py" line="68" />
        <source>On a database the audit log names your login.</source>
        <translation>В базе данных журнал изменений указывает ваш логин.</translation>
    </message>
</context>
<context>
    <name>SiteSearchDock</name>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="49" />
        <source>Find &amp;sites for investors…</source>
        <translation>Найти &amp;площадки для инвесторов…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="50" />
        <source>Vacant land of a given size near rail, a border crossing and the ports</source>
        <translation>Свободная земля нужной площади рядом с железной дорогой, погранпереходом и портами</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="51" />
        <source>The sites found as an investor web map or a PDF</source>
        <translation>Найденные площадки как веб-карта для инвесторов или PDF</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="117" />
        <location filename="../../sezmap/ui/site_search_dock.py" line="150" />
        <source>Export the sites</source>
        <translation>Экспорт площадок</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="118" />
        <source>Investor web map (*.html)</source>
        <translation>Веб-карта для инвесторов (*.html)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="118" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_dock.py" line="142" />
        <source>Sites written to %1</source>
        <translation>Площадки записаны в %1</translation>
    </message>
</context>
<context>
    <name>SiteSearchPanel</name>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="38" />
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="39" />
        <source>Area, ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="40" />
        <source>Rail, km</source>
        <translation>Ж/д, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="41" />
        <source>Border crossing, km</source>
        <translation>Погранпереход, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="42" />
        <source>Seaport, km</source>
        <translation>Морской порт, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="43" />
        <source>Dry port, km</source>
        <translation>Сухой порт, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="44" />
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="45" />
        <source>Plots</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="46" />
        <source>Zone expires</source>
        <translation>Срок зоны до</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="47" />
        <source>Years left</source>
        <translation>Осталось лет</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="48" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="49" />
        <source>Focus</source>
        <translation>Специализация</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="204" />
        <source>Site search</source>
        <translation>Поиск площадки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="207" />
        <source>At least, ha:</source>
        <translation>Не менее, га:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="207" />
        <source>At most, ha:</source>
        <translation>Не более, га:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="208" />
        <source>Zone focus:</source>
        <translation>Профиль зоны:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="208" />
        <source>Rail within, km:</source>
        <translation>До железной дороги, км:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="209" />
        <source>Border crossing within, km:</source>
        <translation>До погранперехода, км:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="209" />
        <source>Crossing to:</source>
        <translation>Переход в:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="210" />
        <source>Seaport within, km:</source>
        <translation>До морского порта, км:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="210" />
        <source>Dry port within, km:</source>
        <translation>До сухого порта, км:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="213" />
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="215" />
        <source>any</source>
        <translation>любое</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="218" />
        <source>e.g. logistics</source>
        <translation>напр. логистика</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="219" />
        <source>Zones whose focus holds this text, in English, Russian or Kazakh</source>
        <translation>Зоны, в профиле которых есть этот текст, на английском, русском или казахском</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="222" />
        <source>any neighbour</source>
        <translation>любую соседнюю страну</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="226" />
        <source>Also offer adjacent vacant plots merged</source>
        <translation>Предлагать и смежные свободные участки вместе</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="227" />
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="228" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="229" />
        <source>Export results…</source>
        <translation>Экспорт результатов…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="284" />
        <source>The largest area is below the smallest.</source>
        <translation>Наибольшая площадь меньше наименьшей.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="300" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="302" />
        <source>Measuring the vacant land (once for this state of the project)…</source>
        <translation>Измеряется свободная земля (один раз для этого состояния проекта)…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="304" />
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="306" />
        <source>Set what the site needs, then Search.</source>
        <translation>Задайте требования к площадке и нажмите «Найти».</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="315" />
        <source>No vacant land fits.</source>
        <translation>Подходящей свободной земли нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/site_search_panel.py" line="317" />
        <source>%n site fits, best first (as of %1).</source>
        <translation>
            <numerusform>Подходит %n площадка, лучшие сверху (на %1).</numerusform>
            <numerusform>Подходят %n площадки, лучшие сверху (на %1).</numerusform>
            <numerusform>Подходят %n площадок, лучшие сверху (на %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/site_search_panel.py" line="318" />
        <source>%n sites fit, best first (as of %1).</source>
        <translation>
            <numerusform>Подходит %n площадка, лучшие сверху (на %1).</numerusform>
            <numerusform>Подходят %n площадки, лучшие сверху (на %1).</numerusform>
            <numerusform>Подходят %n площадок, лучшие сверху (на %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/site_search_panel.py" line="320" />
        <source>The plots changed since: Search again.</source>
        <translation>С тех пор участки изменились: выполните поиск снова.</translation>
    </message>
</context>
<context>
    <name>StepTexts</name>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="22" />
        <source>Edit %1</source>
        <translation>Изменение %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/step_text.py" line="23" />
        <source>Edit %n plots</source>
        <translation>
            <numerusform>Изменение %n участка</numerusform>
            <numerusform>Изменение %n участков</numerusform>
            <numerusform>Изменение %n участков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="24" />
        <source>Withdraw %1</source>
        <translation>Изъятие %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/step_text.py" line="25" />
        <source>Withdraw %n plots</source>
        <translation>
            <numerusform>Изъятие %n участка</numerusform>
            <numerusform>Изъятие %n участков</numerusform>
            <numerusform>Изъятие %n участков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="26" />
        <source>Withdraw idle plot %1</source>
        <translation>Изъятие простаивающего участка %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/step_text.py" line="27" />
        <source>Withdraw %n idle plots</source>
        <translation>
            <numerusform>Изъятие %n простаивающего участка</numerusform>
            <numerusform>Изъятие %n простаивающих участков</numerusform>
            <numerusform>Изъятие %n простаивающих участков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="28" />
        <source>Draw plot %1</source>
        <translation>Нанесение участка %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="29" />
        <source>Split %1</source>
        <translation>Разделение %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="30" />
        <source>Merge %2 into %1</source>
        <translation>Объединение %2 с %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="31" />
        <source>Move vertex of %1</source>
        <translation>Перенос вершины %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="32" />
        <source>Add vertex to %1</source>
        <translation>Добавление вершины в %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="33" />
        <source>Delete vertex of %1</source>
        <translation>Удаление вершины %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="37" />
        <source>undo: %1</source>
        <translation>отмена: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/step_text.py" line="37" />
        <source>redo: %1</source>
        <translation>повтор: %1</translation>
    </message>
</context>
<context>
    <name>TableRowsOut</name>
    <message>
        <location filename="../../sezmap/ui/table_rows.py" line="31" />
        <source>Copy selected rows as CSV</source>
        <translation>Копировать выбранные строки как CSV</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/table_rows.py" line="32" />
        <source>Export selected rows as CSV…</source>
        <translation>Экспортировать выбранные строки в CSV…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/table_rows.py" line="51" />
        <source>Export selected rows</source>
        <translation>Экспорт выбранных строк</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/table_rows.py" line="52" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/table_rows.py" line="67" />
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../sezmap/ui/window_tasks.py" line="135" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="192" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="192" />
        <source>Open &amp;database…</source>
        <translation>Открыть &amp;базу данных…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="193" />
        <source>&amp;Import vector file…</source>
        <translation>&amp;Импорт векторного файла…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="194" />
        <source>&amp;New project from the template…</source>
        <translation>&amp;Новый проект из шаблона…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="194" />
        <source>Save a &amp;copy as…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="195" />
        <source>Add &amp;raster overlay…</source>
        <translation>Добавить &amp;растровый слой…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="195" />
        <source>&amp;Save map image…</source>
        <translation>&amp;Сохранить изображение карты…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="196" />
        <source>&amp;Export map…</source>
        <translation>&amp;Экспорт карты…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="197" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="197" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Приблизить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="197" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Отдалить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="198" />
        <source>&amp;Full extent</source>
        <translation>&amp;Весь охват</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="198" />
        <source>Zoom to &amp;zone</source>
        <translation>К &amp;зоне</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="199" />
        <source>&amp;Previous extent</source>
        <translation>&amp;Предыдущий охват</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="199" />
        <source>&amp;Next extent</source>
        <translation>&amp;Следующий охват</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="199" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="200" />
        <source>&amp;Pan</source>
        <translation>&amp;Сдвиг</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="200" />
        <source>Zoom &amp;box</source>
        <translation>Увеличить &amp;рамкой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="200" />
        <source>&amp;Identify</source>
        <translation>&amp;Информация об объекте</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="201" />
        <source>&amp;Measure distance</source>
        <translation>&amp;Измерить расстояние</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="201" />
        <source>Measure &amp;area</source>
        <translation>Измерить &amp;площадь</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="202" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="202" />
        <source>&amp;About sezmap</source>
        <translation>&amp;О программе sezmap</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="203" />
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="203" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="204" />
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="205" />
        <source>&amp;Draw a plot</source>
        <translation>&amp;Нарисовать участок</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="205" />
        <source>Edit &amp;vertices</source>
        <translation>Изменить &amp;вершины</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="206" />
        <source>S&amp;plit a plot</source>
        <translation>&amp;Разделить участок</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="206" />
        <source>&amp;Merge selected plots</source>
        <translation>&amp;Объединить выбранные участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="211" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="212" />
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="214" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="215" />
        <source>Editing</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="216" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="217" />
        <source>Pa&amp;nels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="218" />
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="219" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="220" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="221" />
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="222" />
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="223" />
        <source>Zone:</source>
        <translation>Зона:</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_actions.py" line="224" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <location filename="../../sezmap/ui/window_docks.py" line="127" />
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
</context>
<context>
    <name>WindowEdits</name>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="73" />
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="73" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="74" />
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="74" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="117" />
        <source>Edit &amp;selected plots…</source>
        <translation>Изменить &amp;выбранные участки…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="117" />
        <source>Plot &amp;history</source>
        <translation>&amp;История участка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="118" />
        <source>&amp;Idle plots review</source>
        <translation>Обзор &amp;простаивающих участков</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="118" />
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="125" />
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="128" />
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="158" />
        <source>Nothing was changed: you stopped waiting for the file.</source>
        <translation>Ничего не изменено: вы перестали ждать файл.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="181" />
        <source>Cannot change the plots</source>
        <translation>Не удалось изменить участки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/window_edits.py" line="210" />
        <source>The project file was changed by another program: %Ln plot reloaded.</source>
        <translation>
            <numerusform>Файл проекта изменён другой программой: перезагружен %Ln участок.</numerusform>
            <numerusform>Файл проекта изменён другой программой: перезагружено %Ln участка.</numerusform>
            <numerusform>Файл проекта изменён другой программой: перезагружено %Ln участков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/window_edits.py" line="211" />
        <source>The project file was changed by another program: %Ln plots reloaded.</source>
        <translation>
            <numerusform>Файл проекта изменён другой программой: перезагружен %Ln участок.</numerusform>
            <numerusform>Файл проекта изменён другой программой: перезагружено %Ln участка.</numerusform>
            <numerusform>Файл проекта изменён другой программой: перезагружено %Ln участков.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="219" />
        <source>%1 changed by %2</source>
        <translation>%1 изменён пользователем %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="83" />
        <source>Undo history dropped: this file is older than the one the steps were made in (a restored backup or an older copy).</source>
        <translation>История отмены сброшена: этот файл старее того, в котором делались шаги (восстановленная резервная копия или старая копия).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="85" />
        <source>Undo history dropped: this file's history differs from the one the steps were made in (a copy changed elsewhere).</source>
        <translation>История отмены сброшена: история этого файла отличается от той, в которой делались шаги (копия, изменённая в другом месте).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="87" />
        <source>Undo history kept from %1 (the same project, copied or moved).</source>
        <translation>История отмены взята из %1 (тот же проект, скопирован или перемещён).</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="88" />
        <source>The project was changed since by %1: each undo and redo is checked not to overwrite their changes.</source>
        <translation>С тех пор проект изменили: %1. Каждая отмена и повтор проверяются, чтобы не затереть их изменения.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="125" />
        <source>Undo the rest</source>
        <translation>Отменить остальное</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="128" />
        <source>Redo the rest</source>
        <translation>Повторить остальное</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="144" />
        <source>Nothing was changed: others changed these plots after the step.</source>
        <translation>Ничего не изменено: после этого шага участки изменили другие.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="147" />
        <source>(except what others changed since)</source>
        <translation>(кроме изменённого другими)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="162" />
        <source>Changed by others since</source>
        <translation>Изменено другими</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_edits.py" line="163" />
        <source>Others changed these plots after this step; doing it all would overwrite their changes, so nothing was written:</source>
        <translation>После этого шага другие изменили эти участки; выполнить его полностью значило бы затереть их изменения, поэтому ничего не записано:</translation>
    </message>
</context>
<context>
    <name>WindowImagery</name>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="66" />
        <source>Check against &amp;imagery…</source>
        <translation>Проверка по &amp;снимкам…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="67" />
        <source>Check the plots' reported status against a GeoTIFF</source>
        <translation>Сверить заявленный статус участков с GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="113" />
        <source>Imagery check done — looks unbuilt: %1, looks built: %2.</source>
        <translation>Проверка по снимкам окончена — на вид не застроены: %1, на вид застроены: %2.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="201" />
        <source>Imagery check %1 (%2): looks unbuilt (built %3 &lt; %4)</source>
        <translation>Проверка по снимкам %1 (%2): похоже, не застроен (застроено %3 &lt; %4)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="202" />
        <source>Imagery check %1 (%2): looks built (built %3 ≥ %4)</source>
        <translation>Проверка по снимкам %1 (%2): похоже, застроен (застроено %3 ≥ %4)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="203" />
        <source>Imagery check %1 (%2): no data over the plot</source>
        <translation>Проверка по снимкам %1 (%2): нет данных по участку</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/window_imagery.py" line="204" />
        <source>Imagery check %1 (%2): consistent (built %3)</source>
        <translation>Проверка по снимкам %1 (%2): совпадает (застроено %3)</translation>
    </message>
</context>
<context>
    <name>ZoneDashboard</name>
    <message>
        <location filename="../../sezmap/export/web/__init__.py" line="118" />
        <source>Zone dashboard</source>
        <translation>Сводка по зоне</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="131" />
        <location filename="../../sezmap/export/web/data.py" line="68" />
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="131" />
        <source>Official area</source>
        <translation>Официальная площадь</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="132" />
        <location filename="../../sezmap/ui/dashboard.py" line="340" />
        <source>Allocated</source>
        <translation>Предоставлено</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="132" />
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="133" />
        <location filename="../../sezmap/ui/dashboard.py" line="340" />
        <location filename="../../sezmap/export/deck.py" line="446" />
        <source>Unused</source>
        <translation>Не используется</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="133" />
        <source>Plots</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="133" />
        <source>Idle plots</source>
        <translation>Простаивающие участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="134" />
        <source>Nearest corridor</source>
        <translation>Ближайший коридор</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="134" />
        <source>Nearest border crossing</source>
        <translation>Ближайший погранпереход</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="135" />
        <source>Nearest seaport</source>
        <translation>Ближайший морской порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="135" />
        <source>Nearest dry port</source>
        <translation>Ближайший сухой порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="148" />
        <source>In a straight line (not along the corridors)</source>
        <translation>По прямой (не по коридорам)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="152" />
        <location filename="../../sezmap/export/deck.py" line="237" />
        <source>Land by plot status</source>
        <translation>Земля по статусам участков</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="153" />
        <source>Idle plots (deadline passed, investment short)</source>
        <translation>Простаивающие участки (срок истёк, инвестиций меньше обещанного)</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="154" />
        <source>Distance along the corridors to the hubs</source>
        <translation>Расстояние по коридорам до хабов</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="155" />
        <source>Unused land, all zones</source>
        <translation>Неиспользуемая земля, все зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="156" />
        <source>Land use over time</source>
        <translation>Использование земли во времени</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="159" />
        <source>Unused land: plots vacant, reserved or withdrawn, and land not parcelled.</source>
        <translation>Неиспользуемая земля: свободные, зарезервированные и изъятые участки, а также земля, не разбитая на участки.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="234" />
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="240" />
        <source>Computing the zone figures…</source>
        <translation>Расчёт показателей зон…</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="242" />
        <location filename="../../sezmap/export/deck.py" line="378" />
        <location filename="../../sezmap/export/sites_export.py" line="49" />
        <location filename="../../sezmap/export/web/__init__.py" line="178" />
        <source>Figures as of %1.</source>
        <translation>Показатели на %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="246" />
        <source>Pick a zone on the map or in the toolbar</source>
        <translation>Выберите зону на карте или на панели инструментов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/dashboard.py" line="142" />
        <source>%Ln plot, %1 ha</source>
        <translation>
            <numerusform>%Ln участок, %1 га</numerusform>
            <numerusform>%Ln участка, %1 га</numerusform>
            <numerusform>%Ln участков, %1 га</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/dashboard.py" line="143" />
        <source>%Ln plots, %1 ha</source>
        <translation>
            <numerusform>%Ln участок, %1 га</numerusform>
            <numerusform>%Ln участка, %1 га</numerusform>
            <numerusform>%Ln участков, %1 га</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="142" />
        <location filename="../../sezmap/export/kpis.py" line="112" />
        <source>%1 in a straight line</source>
        <translation>%1 по прямой</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="127" />
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="269" />
        <source>Not parcelled</source>
        <translation>Не размежёвано</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="279" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../sezmap/ui/dashboard.py" line="283" />
        <source>select this idle plot</source>
        <translation>выбрать этот простаивающий участок</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sezmap/ui/dashboard.py" line="283" />
        <source>select all %Ln idle plots</source>
        <translation>
            <numerusform>выбрать все %Ln простаивающий участок</numerusform>
            <numerusform>выбрать все %Ln простаивающих участка</numerusform>
            <numerusform>выбрать все %Ln простаивающих участков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../sezmap/export/static.py" line="128" />
        <source>January (a date's)</source>
        <translation>января</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="128" />
        <source>February (a date's)</source>
        <translation>февраля</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="129" />
        <source>March (a date's)</source>
        <translation>марта</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="129" />
        <source>April (a date's)</source>
        <translation>апреля</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="130" />
        <source>May (a date's)</source>
        <translation>мая</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="130" />
        <source>June (a date's)</source>
        <translation>июня</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="131" />
        <source>July (a date's)</source>
        <translation>июля</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="131" />
        <source>August (a date's)</source>
        <translation>августа</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="132" />
        <source>September (a date's)</source>
        <translation>сентября</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="132" />
        <source>October (a date's)</source>
        <translation>октября</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="133" />
        <source>November (a date's)</source>
        <translation>ноября</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="133" />
        <source>December (a date's)</source>
        <translation>декабря</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="135" />
        <source>January (as of a day)</source>
        <translation>января</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="135" />
        <source>February (as of a day)</source>
        <translation>февраля</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="136" />
        <source>March (as of a day)</source>
        <translation>марта</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="136" />
        <source>April (as of a day)</source>
        <translation>апреля</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="137" />
        <source>May (as of a day)</source>
        <translation>мая</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="137" />
        <source>June (as of a day)</source>
        <translation>июня</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="138" />
        <source>July (as of a day)</source>
        <translation>июля</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="138" />
        <source>August (as of a day)</source>
        <translation>августа</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="139" />
        <source>September (as of a day)</source>
        <translation>сентября</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="139" />
        <source>October (as of a day)</source>
        <translation>октября</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="140" />
        <source>November (as of a day)</source>
        <translation>ноября</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="140" />
        <source>December (as of a day)</source>
        <translation>декабря</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/static.py" line="141" />
        <source>%2 %3 %1 (year, day, month)</source>
        <translation>%2 %3 %1</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../sezmap/export/deck.py" line="381" />
        <source>Schematic boundaries, illustrative plots: see the sources.</source>
        <translation>Границы схематичны, участки иллюстративны: см. источники.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="385" />
        <location filename="../../sezmap/export/web/__init__.py" line="169" />
        <source>Special Economic Zones of Kazakhstan</source>
        <translation>Специальные экономические зоны Казахстана</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="388" />
        <source>Land use, idle plots and logistics</source>
        <translation>Использование земли, простаивающие участки и логистика</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="393" />
        <source>Made with sezmap on %1.</source>
        <translation>Подготовлено в sezmap %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="424" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="424" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="439" />
        <source>Unused land by zone</source>
        <translation>Неиспользуемая земля по зонам</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="440" />
        <source>Unused share of the zone's area, %</source>
        <translation>Доля неиспользуемой площади зоны, %</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="479" />
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="483" />
        <source>Basemap: Natural Earth (public domain) and GeoNames (CC BY 4.0).</source>
        <translation>Подложка: Natural Earth (общественное достояние) и GeoNames (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/deck.py" line="490" />
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/__init__.py" line="168" />
        <source>Vacant plots for investors</source>
        <translation>Свободные участки для инвесторов</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/__init__.py" line="186" />
        <source>Vacant land</source>
        <translation>Свободная земля</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="69" />
        <source>For enquiries, contact the zone's management company.</source>
        <translation>По вопросам обращайтесь в управляющую компанию зоны.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="70" />
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/page.py" line="189" />
        <location filename="../../sezmap/export/web/page.py" line="300" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/page.py" line="297" />
        <source>Plots by status</source>
        <translation>Участки по статусу</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/page.py" line="329" />
        <source>Full screen</source>
        <translation>Полный экран</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/page.py" line="330" />
        <source>Exit full screen</source>
        <translation>Выйти из полноэкранного режима</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="46" />
        <source>Land use and logistics: %1</source>
        <translation>Землепользование и логистика: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="47" />
        <source>As of %1. Areas in hectares on the WGS84 ellipsoid; distances in km (geodesic). Zones sorted by unused land, largest share first. Unused = vacant, reserved, withdrawn or not parcelled.</source>
        <translation>На %1. Площади в гектарах на эллипсоиде WGS84; расстояния в км (геодезические). Зоны по доле неиспользуемой земли, от большей к меньшей. Неиспользуемая = свободная, зарезервированная, изъятая или не размежёванная на участки.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="48" />
        <location filename="../../sezmap/export/sites_export.py" line="58" />
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="49" />
        <source>Zone id</source>
        <translation>Код зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="50" />
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="51" />
        <source>Area ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="52" />
        <source>Official area ha</source>
        <translation>Официальная площадь, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="53" />
        <source>Allocated share</source>
        <translation>Доля предоставленной</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="54" />
        <source>Infrastructure share</source>
        <translation>Доля инфраструктуры</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="55" />
        <source>Unused share</source>
        <translation>Доля неиспользуемой</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="56" />
        <source>Plots</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="57" />
        <source>Idle plots</source>
        <translation>Простаивающие участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="58" />
        <source>Idle ha</source>
        <translation>Простаивающие, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="59" />
        <source>Not parcelled ha</source>
        <translation>Не размежёвано, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="60" />
        <source>%1, ha</source>
        <translation>%1, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="61" />
        <source>Nearest %1 km</source>
        <translation>Ближайший: %1, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="62" />
        <source>Nearest %1</source>
        <translation>Ближайший: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="63" />
        <source>Network km to %1</source>
        <translation>По сети до: %1, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="64" />
        <source>By track or road to %1, km (estimate)</source>
        <translation>По железной или автодороге до: %1, км (оценка)</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="65" />
        <source>Corridor</source>
        <translation>Коридор</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="66" />
        <source>Land by plot status (ha)</source>
        <translation>Земля по статусу участков (га)</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="67" />
        <source>Not parcelled</source>
        <translation>Не размежёвано</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="68" />
        <source>Nearest hubs (straight line)</source>
        <translation>Ближайшие хабы (по прямой)</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="69" />
        <source>Nearest border crossing to each neighbouring country (straight line)</source>
        <translation>Ближайший погранпереход в каждую соседнюю страну (по прямой)</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="70" />
        <source>Nearest border crossing to %1 km</source>
        <translation>Ближайший погранпереход: %1, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="71" />
        <source>Nearest border crossing to %1</source>
        <translation>Ближайший погранпереход: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="72" />
        <source>Distance along the transport network (km)</source>
        <translation>Расстояние по транспортной сети (км)</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="73" />
        <source>From each zone's centroid along the network; — where the network does not connect them. First the nearest of each kind, then every hub.</source>
        <translation>От центра каждой зоны по сети; «—», где сеть их не связывает. Сначала ближайший хаб каждого вида, затем все хабы.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="74" />
        <source>Nearest along the network</source>
        <translation>Ближайшие по сети</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="75" />
        <source>Hubs %1–%2 of %3</source>
        <translation>Хабы %1–%2 из %3</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="76" />
        <source>Parts of zones</source>
        <translation>Части зон</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="77" />
        <source>A part is the zone's plots marked with its name; its area is the area of those plots, so its unused land is those of its plots that are neither allocated nor infrastructure.</source>
        <translation>Часть — это участки зоны, помеченные её названием; её площадь — площадь этих участков, поэтому неиспользуемая земля части — те её участки, что не распределены и не заняты инфраструктурой.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="78" />
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="79" />
        <source>Overlapping plot pairs: %1 (counted once in the figures above).</source>
        <translation>Пар перекрывающихся участков: %1 (в показателях выше учтены один раз).</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="80" />
        <source>Plots sticking out of their zone: %1 (clipped to the zone).</source>
        <translation>Участков, выходящих за границу зоны: %1 (обрезаны по зоне).</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="81" />
        <source>Mapped ha</source>
        <translation>На карте, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="82" />
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="83" />
        <source>Gap polygons</source>
        <translation>Пустые полигоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="84" />
        <source>Overlapping plots (largest first):</source>
        <translation>Перекрывающиеся участки (от больших к меньшим):</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="85" />
        <source>Plot</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="86" />
        <source>Overlap ha</source>
        <translation>Перекрытие, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="87" />
        <source>Plots sticking out of their zone (largest first):</source>
        <translation>Участки за границей зоны (от больших к меньшим):</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="88" />
        <source>Outside ha</source>
        <translation>Вне зоны, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="89" />
        <source>… and %1 more (see the JSON report).</source>
        <translation>… и ещё %1 (см. отчёт JSON).</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="93" />
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="94" />
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="95" />
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="96" />
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/report_tables.py" line="97" />
        <source>Turkmenistan</source>
        <translation>Туркмения</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="35" />
        <source>Sites for investors</source>
        <translation>Участки для инвесторов</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="36" />
        <location filename="../../sezmap/export/web/measure.py" line="58" />
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="37" />
        <source>at least %1</source>
        <translation>не менее %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="38" />
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="39" />
        <source>Zone focus</source>
        <translation>Профиль зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="40" />
        <source>Rail line</source>
        <translation>Железная дорога</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="41" />
        <source>Border crossing</source>
        <translation>Погранпереход</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="42" />
        <source>Seaport</source>
        <translation>Морской порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="43" />
        <source>Dry port</source>
        <translation>Сухой порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="44" />
        <source>within %1</source>
        <translation>не далее %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="45" />
        <source>Adjacent vacant plots</source>
        <translation>Смежные свободные участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="46" />
        <source>offered merged too</source>
        <translation>предлагаются и вместе</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="47" />
        <source>Sites found</source>
        <translation>Найдено площадок</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="48" />
        <source>the best %1 of %2 are listed</source>
        <translation>в списке лучшие %1 из %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="50" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="51" />
        <source>Site area, ha</source>
        <translation>Площадь площадки, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="52" />
        <source>Plots of the site</source>
        <translation>Участки площадки</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="53" />
        <source>Rail, km</source>
        <translation>Ж/д, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="54" />
        <source>Border crossing, km</source>
        <translation>Погранпереход, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="55" />
        <source>Seaport, km</source>
        <translation>Морской порт, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="56" />
        <source>Dry port, km</source>
        <translation>Сухой порт, км</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="57" />
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="59" />
        <source>Zone expires</source>
        <translation>Срок зоны до</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="60" />
        <source>Years left</source>
        <translation>Осталось лет</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="61" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="62" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="63" />
        <source>Established</source>
        <translation>Год создания</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="64" />
        <source>Official area, ha</source>
        <translation>Официальная площадь, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="65" />
        <source>Focus</source>
        <translation>Специализация</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="66" />
        <source>The zones' terms</source>
        <translation>Условия зон</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="67" />
        <source>Score 0 to 1, higher is better: the mean of the area's fit (the area asked for over the site's) and, for each distance limit, how far within it the site lies.</source>
        <translation>Оценка от 0 до 1, чем выше, тем лучше: среднее из соответствия площади (запрошенная площадь к площади площадки) и, для каждого ограничения расстояния, того, насколько площадка в его пределах.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/sites_export.py" line="68" />
        <source>Click a plot for its site's figures and its zone's terms.</source>
        <translation>Нажмите на участок, чтобы увидеть показатели площадки и условия зоны.</translation>
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
        <translation>Измерение</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="50" />
        <source>Measure distances and areas</source>
        <translation>Измерение расстояний и площадей</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="51" />
        <source>Create a new measurement</source>
        <translation>Создать новое измерение</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="53" />
        <source>Start creating a measurement by adding points to the map</source>
        <translation>Чтобы начать измерение, добавляйте точки на карту</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="54" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="55" />
        <source>Finish measurement</source>
        <translation>Завершить измерение</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="56" />
        <source>Last point</source>
        <translation>Последняя точка</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="57" />
        <source>Path distance</source>
        <translation>Длина пути</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="59" />
        <source>%1 Perimeter</source>
        <translation>Периметр: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="60" />
        <source>Linear measurement</source>
        <translation>Измерение длины</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="61" />
        <source>Area measurement</source>
        <translation>Измерение площади</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="62" />
        <source>Point location</source>
        <translation>Координаты точки</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="63" />
        <source>Center on this line</source>
        <translation>Показать эту линию в центре карты</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="64" />
        <source>Center on this area</source>
        <translation>Показать эту площадь в центре карты</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="65" />
        <source>Center on this location</source>
        <translation>Показать эту точку в центре карты</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="66" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="67" />
        <source>%1 N</source>
        <translation>%1 с. ш.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="68" />
        <source>%1 S</source>
        <translation>%1 ю. ш.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="69" />
        <source>%1 E</source>
        <translation>%1 в. д.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/web/measure.py" line="70" />
        <source>%1 W</source>
        <translation>%1 з. д.</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../sezmap/render/page.py" line="31" />
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="32" />
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="33" />
        <source>Location in Kazakhstan</source>
        <translation>Расположение в Казахстане</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="34" />
        <source>Zone boundary</source>
        <translation>Граница зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="35" />
        <source>Zone location</source>
        <translation>Местоположение зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="36" />
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="25" />
        <source>Plot status as of %1</source>
        <translation>Статус участков на %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="26" />
        <source>Vacant plots only</source>
        <translation>Только свободные участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="27" />
        <source>Special economic zones of Kazakhstan</source>
        <translation>Специальные экономические зоны Казахстана</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="28" />
        <source>Zone boundaries are schematic outlines at the published locations, sized to the official areas.</source>
        <translation>Границы зон схематичны: контуры в опубликованных местах по официальной площади.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="29" />
        <source>Plots are an illustrative layout: tenants, dates and investment figures are invented.</source>
        <translation>Участки — условная раскладка: арендаторы, даты и суммы инвестиций вымышлены.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="30" />
        <source>Plots: %1.</source>
        <translation>Участки: %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="31" />
        <source>Data: %1.</source>
        <translation>Данные: %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="32" />
        <source>Basemap: Natural Earth; places: GeoNames (CC BY 4.0).</source>
        <translation>Подложка: Natural Earth; населённые пункты: GeoNames (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layout_content.py" line="33" />
        <source>Albers equal-area projection.</source>
        <translation>Равновеликая проекция Альберса.</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="37" />
        <source>Scale 1:%1 at the map centre</source>
        <translation>Масштаб 1:%1 в центре карты</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/page.py" line="38" />
        <source>+ %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="22" />
        <source>Land use over time</source>
        <translation>Использование земли во времени</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="23" />
        <source>Unused land by zone over time</source>
        <translation>Неиспользуемая земля по зонам во времени</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="24" />
        <source>Unused</source>
        <translation>Не используется</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="25" />
        <source>Allocated</source>
        <translation>Предоставлено</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="26" />
        <source>Share of the zone's area at each quarter's end; rebuilt from the audit log, as of %1.</source>
        <translation>Доля площади зоны на конец каждого квартала; восстановлено по журналу изменений на %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="27" />
        <source>Share of the zone's area at each month's end; rebuilt from the audit log, as of %1.</source>
        <translation>Доля площади зоны на конец каждого месяца; восстановлено по журналу изменений на %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="28" />
        <source>Unused share of each zone's area at each quarter's end; rebuilt from the audit log, as of %1.</source>
        <translation>Неиспользуемая доля площади каждой зоны на конец каждого квартала; восстановлено по журналу изменений на %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="29" />
        <source>Unused share of each zone's area at each month's end; rebuilt from the audit log, as of %1.</source>
        <translation>Неиспользуемая доля площади каждой зоны на конец каждого месяца; восстановлено по журналу изменений на %1.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="30" />
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="31" />
        <source>Rebuilt from the audit log when the file is written.</source>
        <translation>Восстанавливается по журналу изменений при записи файла.</translation>
    </message>
    <message>
        <location filename="../../sezmap/export/trend_content.py" line="32" />
        <source>No history yet: the audit log holds no change before the first period end.</source>
        <translation>Истории пока нет: в журнале изменений нет изменений до конца первого периода.</translation>
    </message>
</context>
<context>
    <name>sezmap</name>
    <message>
        <location filename="../../sezmap/render/crs.py" line="196" />
        <source>Albers Kazakhstan (WGS84)</source>
        <translation>Альберс, Казахстан (WGS84)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layers.py" line="437" />
        <source>Zone boundary</source>
        <translation>Граница зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/layers.py" line="438" />
        <source>Zone location (too small to outline at this scale)</source>
        <translation>Местоположение зоны (в этом масштабе слишком мала для границы)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="27" />
        <source>Vacant</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="28" />
        <source>Reserved</source>
        <translation>Зарезервирован</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="29" />
        <source>Allocated</source>
        <translation>Предоставлен</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="30" />
        <source>Under construction</source>
        <translation>Строится</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="31" />
        <source>Operational</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="32" />
        <source>Withdrawn</source>
        <translation>Изъят</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="33" />
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="42" />
        <location filename="../../sezmap/export/web/page.py" line="201" />
        <location filename="../../sezmap/export/web/page.py" line="301" />
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="43" />
        <source>Plots</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="44" />
        <location filename="../../sezmap/export/web/page.py" line="231" />
        <location filename="../../sezmap/export/web/page.py" line="303" />
        <source>Corridors</source>
        <translation>Коридоры</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="45" />
        <location filename="../../sezmap/export/web/page.py" line="269" />
        <location filename="../../sezmap/export/web/page.py" line="306" />
        <source>Hubs</source>
        <translation>Хабы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="46" />
        <location filename="../../sezmap/export/web/page.py" line="350" />
        <source>Basemap</source>
        <translation>Подложка</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="47" />
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="48" />
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="49" />
        <source>Lakes and seas</source>
        <translation>Озёра и моря</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="50" />
        <source>Rivers</source>
        <translation>Реки</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="51" />
        <source>Cities</source>
        <translation>Города</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="52" />
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="53" />
        <source>Selection</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="54" />
        <source>Site search results</source>
        <translation>Результаты поиска площадок</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="55" />
        <location filename="../../sezmap/export/web/page.py" line="177" />
        <source>Online tiles</source>
        <translation>Онлайн-тайлы</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="64" />
        <source>Border crossing</source>
        <translation>Погранпереход</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="65" />
        <source>Seaport</source>
        <translation>Морской порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="66" />
        <source>Dry port</source>
        <translation>Сухой порт</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="67" />
        <source>Logistics hub</source>
        <translation>Логистический хаб</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="68" />
        <source>Cooperation centre</source>
        <translation>Центр сотрудничества</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="69" />
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="78" />
        <source>rail</source>
        <translation>ж/д</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="79" />
        <source>road</source>
        <translation>авто</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="80" />
        <source>sea</source>
        <translation>море</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="81" />
        <source>multimodal</source>
        <translation>мультимодальный</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="82" />
        <source>rail and road</source>
        <translation>железная и автомобильная дорога</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="91" />
        <location filename="../../sezmap/export/web/__init__.py" line="116" />
        <source>Plot</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="92" />
        <location filename="../../sezmap/export/web/page.py" line="301" />
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="93" />
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="94" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="95" />
        <source>Area, ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="96" />
        <source>Tenant</source>
        <translation>Арендатор</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="97" />
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="98" />
        <source>Allocated on</source>
        <translation>Дата предоставления</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="99" />
        <source>Contract deadline</source>
        <translation>Срок по договору</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="100" />
        <source>Investment committed, ₸</source>
        <translation>Инвестиции (обязательства), ₸</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="101" />
        <source>Investment made, ₸</source>
        <translation>Инвестиции (факт), ₸</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="102" />
        <source>Jobs planned</source>
        <translation>Рабочие места (план)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="103" />
        <source>Zone part</source>
        <translation>Часть зоны</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="104" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="105" />
        <source>Last changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="106" />
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="107" />
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="108" />
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="109" />
        <source>Name (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="110" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="111" />
        <source>Established</source>
        <translation>Год создания</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="112" />
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="113" />
        <source>Official area, ha</source>
        <translation>Официальная площадь, га</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="114" />
        <location filename="../../sezmap/export/web/__init__.py" line="183" />
        <source>Focus</source>
        <translation>Специализация</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="115" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="116" />
        <source>Focus (Russian)</source>
        <translation>Специализация (рус.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="117" />
        <source>Focus (Kazakh)</source>
        <translation>Специализация (каз.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="118" />
        <source>Region (Russian)</source>
        <translation>Регион (рус.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="119" />
        <source>Region (Kazakh)</source>
        <translation>Регион (каз.)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="120" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="121" />
        <source>Corridor</source>
        <translation>Коридор</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="122" />
        <source>Mode</source>
        <translation>Вид транспорта</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="123" />
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="124" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="125" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="126" />
        <source>Neighbouring country</source>
        <translation>Соседняя страна</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="136" />
        <source>city</source>
        <translation>городская</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="137" />
        <source>industry</source>
        <translation>промышленная</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/names.py" line="138" />
        <source>trade</source>
        <translation>торговая</translation>
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
        <location filename="../../sezmap/render/overlays.py" line="146" />
        <source>Off the corridor network (straight line)</source>
        <translation>Вне сети коридоров (по прямой)</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/tiles.py" line="32" />
        <source>Online tiles unavailable (%1); showing the offline basemap</source>
        <translation>Онлайн-тайлы недоступны (%1); показана офлайн-подложка</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/tiles.py" line="33" />
        <source>Online tiles not drawn: %1</source>
        <translation>Онлайн-тайлы не отрисованы: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/site_layer.py" line="98" />
        <source>Sites found</source>
        <translation>Найдено площадок</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/site_layer.py" line="100" />
        <source>Chosen site</source>
        <translation>Выбранная площадка</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="35" />
        <source>Looks unbuilt</source>
        <translation>Похоже, не застроен</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="36" />
        <source>Looks built</source>
        <translation>Похоже, застроен</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="37" />
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="38" />
        <source>Consistent</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="59" />
        <source>Flagged by imagery</source>
        <translation>Отмечено по снимкам</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="128" />
        <source>Imagery: %1</source>
        <translation>Снимок: %1</translation>
    </message>
    <message>
        <location filename="../../sezmap/render/imagery_layers.py" line="133" />
        <source>Built-up score, 0 → 1</source>
        <translation>Оценка застроенности, 0 → 1</translation>
    </message>
</context>
</TS>