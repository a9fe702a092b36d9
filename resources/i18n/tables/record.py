"""Translations of the strings about the audit record's integrity: source text -> (Russian, Kazakh)."""

T = {
    # a warning on opening a project whose audit record was tampered with
    "Audit record changed outside sezmap": ("Журнал изменений изменён вне sezmap",
                                            "Өзгерістер журналы sezmap-тен тыс өзгертілген"),
    "The audit record of %1 was changed outside sezmap (or its protections were). Do not trust its history "
    "until this is explained; restore a backup if in doubt. Found:":
        ("Журнал изменений проекта %1 изменён вне sezmap (или его защита). Не доверяйте истории, пока это не "
         "объяснено; при сомнении восстановите резервную копию. Найдено:",
         "%1 жобасының өзгерістер журналы sezmap-тен тыс өзгертілген (немесе оның қорғанысы). Мұның себебі "
         "анықталғанша тарихына сенбеңіз; күмән болса, сақтық көшірмеден қалпына келтіріңіз. Табылғаны:"),
}
