"""Translations of the strings of opening a project in steps: source text -> (Russian, Kazakh)."""

T = {
    # status bar while a large project's plots load after its zones, corridors and hubs are drawn
    "Loading the plots…": ("Загрузка участков…", "Учаскелер жүктелуде…"),
    # File → New project from the template, Save a copy as… (ui/window_files.py)
    "&New project from the template…": ("&Новый проект из шаблона…", "Үлгіден жаңа &жоба…"),
    "New project from the template": ("Новый проект из шаблона", "Үлгіден жаңа жоба"),
    "Save a &copy as…": ("Сохранить &копию как…", "&Көшірмесін басқаша сақтау…"),
    "Save a copy as": ("Сохранить копию как", "Көшірмесін басқаша сақтау"),
    "Projects (*.gpkg)": ("Проекты (*.gpkg)", "Жобалар (*.gpkg)"),
    "A copy was saved as %1; you are still working on %2": ("Копия сохранена как %1; вы продолжаете работать с %2",
                                                            "Көшірме %1 ретінде сақталды; сіз әлі %2 файлымен жұмыс істеп жатырсыз"),
    "%1 already exists. A new project does not replace a file: choose another name.": (
        "%1 уже существует. Новый проект не заменяет файл: выберите другое имя.",
        "%1 бұрыннан бар. Жаңа жоба файлды алмастырмайды: басқа атау таңдаңыз."),
}
