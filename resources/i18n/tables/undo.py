"""Translations of undo and redo against others' later changes (issue 21): source -> (Russian, Kazakh)."""

T = {
    "Undo the rest": ("Отменить остальное", "Қалғанын болдырмау"),
    "Redo the rest": ("Повторить остальное", "Қалғанын қайталау"),
    "Nothing was changed: others changed these plots after the step.":
        ("Ничего не изменено: после этого шага участки изменили другие.",
         "Ештеңе өзгертілмеді: осы қадамнан кейін учаскелерді басқалар өзгертті."),
    "(except what others changed since)": ("(кроме изменённого другими)", "(басқалар өзгерткенінен басқасы)"),
    "Changed by others since": ("Изменено другими", "Басқалар өзгерткен"),
    "Others changed these plots after this step; doing it all would overwrite their changes, so nothing was written:":
        ("После этого шага другие изменили эти участки; выполнить его полностью значило бы затереть их изменения, "
         "поэтому ничего не записано:",
         "Осы қадамнан кейін бұл учаскелерді басқалар өзгертті; оны толық орындау олардың өзгерістерін өшіріп "
         "тастайды, сондықтан ештеңе жазылмады:"),
    "Undo history dropped: this file is older than the one the steps were made in (a restored backup or an older copy).":
        ("История отмены сброшена: этот файл старее того, в котором делались шаги (восстановленная резервная "
         "копия или старая копия).",
         "Болдырмау тарихы тасталды: бұл файл қадамдар жасалған файлдан ескірек (қалпына келтірілген сақтық "
         "көшірме немесе ескі көшірме)."),
    "Undo history dropped: this file's history differs from the one the steps were made in (a copy changed elsewhere).":
        ("История отмены сброшена: история этого файла отличается от той, в которой делались шаги (копия, "
         "изменённая в другом месте).",
         "Болдырмау тарихы тасталды: бұл файлдың тарихы қадамдар жасалған файлдың тарихынан өзгеше (басқа жерде "
         "өзгертілген көшірме)."),
    "Undo history kept from %1 (the same project, copied or moved).":
        ("История отмены взята из %1 (тот же проект, скопирован или перемещён).",
         "Болдырмау тарихы %1 файлынан алынды (сол жоба, көшірілген немесе жылжытылған)."),
    "The project was changed since by %1: each undo and redo is checked not to overwrite their changes.":
        ("С тех пор проект изменили: %1. Каждая отмена и повтор проверяются, чтобы не затереть их изменения.",
         "Содан бері жобаны өзгерткендер: %1. Әр болдырмау мен қайталау олардың өзгерістерін өшірмейтіні "
         "тексеріледі."),
    "{fields} changed after this step by {actor} ({at}); nothing was written":
        ("{fields}: изменено после этого шага пользователем {actor} ({at}); ничего не записано",
         "{fields}: осы қадамнан кейін {actor} өзгертті ({at}); ештеңе жазылмады"),
    "removed after this step by {actor} ({at}); nothing was written":
        ("удалён после этого шага пользователем {actor} ({at}); ничего не записано",
         "осы қадамнан кейін {actor} жойды ({at}); ештеңе жазылмады"),
    "added again after this step by {actor} ({at}); nothing was written":
        ("снова добавлен после этого шага пользователем {actor} ({at}); ничего не записано",
         "осы қадамнан кейін {actor} қайта қосты ({at}); ештеңе жазылмады"),
}
# undo steps rendered when shown (sezmap/ui/step_text.py, context "Steps"): their names and the
# audit reasons an undo or redo wrote ("undo: Split P1")
T.update({
    "Draw plot": ("Нанесение участка", "Учаске салу"),
    "Draw plot %1": ("Нанесение участка %1", "%1 учаскесін салу"),
    "Split %1": ("Разделение %1", "%1 учаскесін бөлу"),
    "Merge %2 into %1": ("Объединение %2 с %1", "%2 учаскесін %1 учаскесіне біріктіру"),
    "Move vertex of %1": ("Перенос вершины %1", "%1 учаскесінің төбесін жылжыту"),
    "Add vertex to %1": ("Добавление вершины в %1", "%1 учаскесіне төбе қосу"),
    "Delete vertex of %1": ("Удаление вершины %1", "%1 учаскесінің төбесін жою"),
    "undo: %1": ("отмена: %1", "болдырмау: %1"),
    "redo: %1": ("повтор: %1", "қайталау: %1"),
})
