"""Translations of Help, the table's map following and the audit dialog's folded values
(issue 24: desktop conventions): source text -> (Russian, Kazakh)."""

T = {
    # Help (sezmap/ui/help_dialog.py, window_actions.py)
    "&User guide": ("&Руководство пользователя", "&Пайдаланушы нұсқаулығы"),
    "&Keyboard shortcuts": ("&Сочетания клавиш", "&Пернелер тіркестері"),
    "sezmap help": ("Справка sezmap", "sezmap анықтамасы"),
    "User guide": ("Руководство пользователя", "Пайдаланушы нұсқаулығы"),
    "Keyboard shortcuts": ("Сочетания клавиш", "Пернелер тіркестері"),
    "(on the map)": ("(на карте)", "(картада)"),
    "(in the attribute table)": ("(в таблице атрибутов)", "(атрибуттар кестесінде)"),
    "Action": ("Действие", "Әрекет"),
    "Keys": ("Клавиши", "Пернелер"),
    "Finish a line or a plot": ("Завершить линию или участок", "Сызықты не учаскені аяқтау"),
    "Double-click or Enter": ("Двойной щелчок или Enter", "Қос шерту немесе Enter"),
    "Take back the last point": ("Убрать последнюю точку", "Соңғы нүктені алып тастау"),
    "Backspace": ("Backspace", "Backspace"),
    "Place a point without snapping": ("Поставить точку без привязки", "Нүктені тартусыз қою"),
    "Shift + click": ("Shift + щелчок", "Shift + шерту"),
    "Add a plot to the selection (Identify)": ("Добавить участок к выбору (Информация об объекте)",
                                               "Учаскені таңдауға қосу (Нысан туралы ақпарат)"),
    "Ctrl + click": ("Ctrl + щелчок", "Ctrl + шерту"),
    "Delete the vertex under the pointer (Edit vertices)": ("Удалить вершину под указателем (Изменить вершины)",
                                                            "Меңзер астындағы төбені жою (Төбелерді өзгерту)"),
    "Delete": ("Delete", "Delete"),
    "Cancel the line being drawn": ("Отменить рисуемую линию", "Сызылып жатқан сызықты болдырмау"),
    "Esc": ("Esc", "Esc"),
}
T.update({
    # the attribute table (sezmap/ui/attribute_table.py)
    "Pan map to selected rows": ("Перемещать карту к выбранным строкам", "Картаны таңдалған жолдарға жылжыту"),
})
T.update({
    # the audit log dialog's detail of the selected row (sezmap/ui/audit_dialog.py)
    "Select a row to see it in full.": ("Выберите строку, чтобы увидеть её полностью.",
                                        "Толық көру үшін жолды таңдаңыз."),
    "Fold": ("Свернуть", "Жию"),
    "Show all (%n characters)": (("Показать всё (%n символ)", "Показать всё (%n символа)", "Показать всё (%n символов)"),
                                 ("Барлығын көрсету (%n таңба)", "Барлығын көрсету (%n таңба)")),
})
