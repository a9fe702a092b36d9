"""Translations of the strings of opening a project in steps: source text -> (Russian, Kazakh)."""

T = {
    # status bar while a large project's plots load after its zones, corridors and hubs are drawn
    "Loading the plots…": ("Загрузка участков…", "Учаскелер жүктелуде…"),
}
