"""Translations of the panels a planner reads: the attribute table, the zone dashboard, problems
in the UI language (sezmap/ui/problem_text.py) and the CRS name in the status bar.
Source text -> (Russian, Kazakh); a plural message (%n / %Ln) holds a tuple of forms:
Russian 3 (1 / 2-4 / 5+), Kazakh 2."""

T = {
    # attribute table
    "%1 of %Ln plot": (("%1 из %Ln участка", "%1 из %Ln участков", "%1 из %Ln участков"),
                       ("%Ln учаскенің %1", "%Ln учаскенің %1")),
    "%1 of %Ln plots": (("%1 из %Ln участка", "%1 из %Ln участков", "%1 из %Ln участков"),
                        ("%Ln учаскенің %1", "%Ln учаскенің %1")),
    "Sorting %Ln plots…": (("Сортировка %Ln участка…", "Сортировка %Ln участков…", "Сортировка %Ln участков…"),
                           ("%Ln учаске сұрыпталуда…", "%Ln учаске сұрыпталуда…")),
    # zone dashboard
    "%Ln plot, %1 ha": (("%Ln участок, %1 га", "%Ln участка, %1 га", "%Ln участков, %1 га"),
                        ("%Ln учаске, %1 га", "%Ln учаске, %1 га")),
    "%Ln plots, %1 ha": (("%Ln участок, %1 га", "%Ln участка, %1 га", "%Ln участков, %1 га"),
                         ("%Ln учаске, %1 га", "%Ln учаске, %1 га")),
    "%1 in a straight line": ("%1 по прямой", "түзу сызықпен %1"),
    "In a straight line (not along the corridors)": ("По прямой (не по коридорам)",
                                                     "Түзу сызықпен (дәліздер бойымен емес)"),
    "Not parcelled": ("Не размежёвано", "Учаскеге бөлінбеген"),
    # zone dashboard: land use over time (ui/dashboard_trend.py)
    "Land use over time": ("Использование земли во времени", "Жерді пайдалану уақыт бойынша"),
    "Q%1 %2": ("%1 кв. %2", "%2 ж. %1-тоқс."),
    "The history could not be rebuilt: %1": ("Не удалось восстановить историю: %1",
                                              "Тарихты қалпына келтіру мүмкін болмады: %1"),
    "Rebuilding the history from the audit log…": ("История восстанавливается по журналу изменений…",
                                                    "Тарих өзгерістер журналы бойынша қалпына келтірілуде…"),
    "No history yet: the audit log holds no change before the end of the last quarter or month.":
        ("Истории пока нет: в журнале изменений нет изменений до конца последнего квартала или месяца.",
         "Тарих әлі жоқ: өзгерістер журналында соңғы тоқсан немесе ай аяқталғанға дейінгі өзгеріс жоқ."),
    "By quarter, rebuilt from the audit log.": ("По кварталам, восстановлено по журналу изменений.",
                                                "Тоқсан бойынша, өзгерістер журналынан қалпына келтірілген."),
    "By month, rebuilt from the audit log.": ("По месяцам, восстановлено по журналу изменений.",
                                              "Ай бойынша, өзгерістер журналынан қалпына келтірілген."),
    "The picked zone in bold.": ("Выбранная зона выделена жирным.", "Таңдалған аймақ қалың сызықпен."),
    "Unused land: plots vacant, reserved or withdrawn, and land not parcelled.":
        ("Неиспользуемая земля: свободные, зарезервированные и изъятые участки, а также земля, не разбитая "
         "на участки.",
         "Пайдаланылмайтын жер: бос, брондалған және алынып қойылған учаскелер, сондай-ақ учаскеге "
         "бөлінбеген жер."),
    "select this idle plot": ("выбрать этот простаивающий участок", "осы бос тұрған учаскені таңдау"),
    "select all %Ln idle plots": (("выбрать все %Ln простаивающий участок", "выбрать все %Ln простаивающих участка",
                                   "выбрать все %Ln простаивающих участков"),
                                  ("бос тұрған %Ln учаскенің бәрін таңдау", "бос тұрған %Ln учаскенің бәрін таңдау")),
    # status bar
    "Albers Kazakhstan (WGS84)": ("Альберс, Казахстан (WGS84)", "Альберс, Қазақстан (WGS84)"),
    # problems (sezmap/ui/problem_text.py)
    "the layer “{layer}” is missing": ("нет слоя «{layer}»", "«{layer}» қабаты жоқ"),
    "fields missing: {fields}": ("не хватает полей: {fields}", "өрістер жетіспейді: {fields}"),
    "{field} is required": ("поле «{field}» обязательно", "«{field}» өрісі міндетті"),
    "{field}: “{value}” is not a number": ("{field}: «{value}» — не число", "{field}: «{value}» сан емес"),
    "{field}: “{value}” is not a whole number": ("{field}: «{value}» — не целое число",
                                                 "{field}: «{value}» бүтін сан емес"),
    "{field}: “{value}” is too large: at most 9,007,199,254,740,992": (
        "{field}: «{value}» — слишком большое число: не более 9 007 199 254 740 992",
        "{field}: «{value}» тым үлкен сан: ең көбі 9 007 199 254 740 992"),
    "{field}: “{value}” is not a date (YYYY-MM-DD)": ("{field}: «{value}» — не дата (ГГГГ-ММ-ДД)",
                                                      "{field}: «{value}» күн емес (ЖЖЖЖ-АА-КК)"),
    "{field} cannot be negative ({value})": ("{field} не может быть отрицательным ({value})",
                                             "{field} теріс бола алмайды ({value})"),
    "“{value}” is not a plot status (the statuses: {allowed})":
        ("«{value}» — не статус участка (статусы: {allowed})", "«{value}» учаске мәртебесі емес (мәртебелер: {allowed})"),
    "{field}: “{value}” is not one of {allowed}": ("{field}: «{value}» — не одно из значений {allowed}",
                                                   "{field}: «{value}» мына мәндердің бірі емес: {allowed}"),
    "the status cannot change from “{old}” to “{new}”; from “{old}” it can change to: {onward}":
        ("статус нельзя сменить с «{old}» на «{new}»; из «{old}» можно перейти в: {onward}",
         "мәртебені «{old}» күйінен «{new}» күйіне ауыстыруға болмайды; «{old}» күйінен ауысуға болады: {onward}"),
    "{metres} m outside its zone (tolerance {tolerance} m) at {lon}, {lat}":
        ("выходит за границу зоны на {metres} м (допуск {tolerance} м) в точке {lon}, {lat}",
         "аймақ шекарасынан {metres} м шығып тұр (рұқсат {tolerance} м), нүкте {lon}, {lat}"),
    "overlaps plot {plot} by {square_metres} m² at {lon}, {lat}":
        ("накладывается на участок {plot} на {square_metres} м² в точке {lon}, {lat}",
         "{plot} учаскесімен {square_metres} м² қабаттасады, нүкте {lon}, {lat}"),
    "changed meanwhile by someone else; nothing was written: look at the new values and try again":
        ("тем временем изменён кем-то другим; ничего не записано: посмотрите новые значения и повторите",
         "осы уақытта басқа біреу өзгертті; ештеңе жазылған жоқ: жаңа мәндерді қарап, қайталаңыз"),
    "changed meanwhile by {actor} ({at}); nothing was written: look at the new values and try again":
        ("тем временем изменён пользователем {actor} ({at}); ничего не записано: посмотрите новые значения и повторите",
         "осы уақытта {actor} өзгертті ({at}); ештеңе жазылған жоқ: жаңа мәндерді қарап, қайталаңыз"),
    "there is no such plot": ("такого участка нет", "мұндай учаске жоқ"),
    "“{zone}” is not a zone of the project": ("«{zone}» — не зона проекта", "«{zone}» жобаның аймағы емес"),
    "{field} “{value}” is used more than once": ("{field} «{value}» встречается больше одного раза",
                                                 "{field} «{value}» бірнеше рет кездеседі"),
    "a reason is required (it is written to the audit log)":
        ("нужна причина (она записывается в журнал изменений)", "себеп қажет (ол өзгерістер журналына жазылады)"),
    "a user name is required (Settings → Preferences)":
        ("нужно имя пользователя (Настройки → Параметры)", "пайдаланушы аты қажет (Баптаулар → Баптаулар)"),
    "a plot with the status “{status}” needs {fields}: fill them in the same edit; nothing was written":
        ("участку со статусом «{status}» нужны поля: {fields}; заполните их в той же правке; ничего не записано",
         "«{status}» мәртебесі бар учаскеге мына өрістер қажет: {fields}; оларды сол түзетуде толтырыңыз; "
         "ештеңе жазылған жоқ"),
    "the edit changes nothing": ("правка ничего не меняет", "түзету ештеңені өзгертпейді"),
    "The file {path} is damaged ({detail}). Restore it from a backup.":
        ("Файл {path} повреждён ({detail}). Восстановите его из резервной копии.",
         "{path} файлы бүлінген ({detail}). Оны сақтық көшірмеден қалпына келтіріңіз."),
    "The file {path} cannot be read ({detail}).": ("Файл {path} не читается ({detail}).",
                                                   "{path} файлын оқу мүмкін емес ({detail})."),
    "The file {path} is not a GeoPackage project.": ("Файл {path} — не проект GeoPackage.",
                                                     "{path} файлы GeoPackage жобасы емес."),
    "The file {path} does not exist (any more).": ("Файла {path} нет (больше нет).",
                                                   "{path} файлы жоқ (енді жоқ)."),
    "The project {path} is busy: another program is writing to it. Try again in a moment.":
        ("Проект {path} занят: в него пишет другая программа. Повторите через минуту.",
         "{path} жобасы бос емес: оған басқа бағдарлама жазып жатыр. Сәлден кейін қайталаңыз."),
    "The project {path} cannot be changed: it or its folder is read-only.":
        ("Проект {path} нельзя изменить: файл или его папка только для чтения.",
         "{path} жобасын өзгерту мүмкін емес: файл немесе оның қалтасы тек оқуға арналған."),
    "The project {path} cannot be written: the disk is full. Nothing was changed.":
        ("Проект {path} не записан: диск заполнен. Ничего не изменено.",
         "{path} жобасы жазылмады: диск толы. Ештеңе өзгертілген жоқ."),
    "The file {path} cannot be opened ({detail}).": ("Файл {path} не открывается ({detail}).",
                                                     "{path} файлын ашу мүмкін емес ({detail})."),
    "The file {path} cannot be read or written ({detail}).": ("Файл {path} не читается и не записывается ({detail}).",
                                                              "{path} файлын оқу не жазу мүмкін емес ({detail})."),
    "none": ("нет", "жоқ"),
    "… and %1 more": ("… и ещё: %1", "… және тағы: %1"),
    # the attribute table's selected rows taken away (ui/table_rows.py)
    "Copy selected rows as CSV": ("Копировать выбранные строки как CSV", "Таңдалған жолдарды CSV ретінде көшіру"),
    "Export selected rows as CSV…": ("Экспортировать выбранные строки в CSV…",
                                     "Таңдалған жолдарды CSV-ге экспорттау…"),
    "Export selected rows": ("Экспорт выбранных строк", "Таңдалған жолдарды экспорттау"),
}
# dock tab titles, short enough for the tabs at the default window size (issue 24)
T.update({
    "Dashboard": ("Сводка", "Көрсеткіштер"),
    "Identify": ("Объект", "Нысан"),
    "Editor": ("Редактор", "Өңдеу"),
})
