"""Translations of the map's labels, legend and routes: source text -> (Russian, Kazakh)."""

T = {
    # a zone's focus and region in Russian and Kazakh (zone fields focus_ru, focus_kk, region_ru, region_kk)
    "Focus (Russian)": ("Специализация (рус.)", "Мамандануы (орыс.)"),
    "Focus (Kazakh)": ("Специализация (каз.)", "Мамандануы (қаз.)"),
    "Region (Russian)": ("Регион (рус.)", "Өңір (орыс.)"),
    "Region (Kazakh)": ("Регион (каз.)", "Өңір (қаз.)"),
    # legend: the zone's two symbols, a route's legs off the network
    "Zone boundary": ("Граница зоны", "Аймақ шекарасы"),
    "Zone location (too small to outline at this scale)":
        ("Местоположение зоны (в этом масштабе слишком мала для границы)",
         "Аймақтың орны (бұл масштабта шекарасын көрсетуге тым кіші)"),
    "Off the corridor network (straight line)":
        ("Вне сети коридоров (по прямой)", "Дәліздер желісінен тыс (түзу сызық)"),
    # status bar: a render that failed (the last line of the error follows)
    "The map could not be drawn: %1": ("Не удалось нарисовать карту: %1", "Картаны салу мүмкін болмады: %1"),
    # logistics panel
    "%1 → %2: %3 km, of which %4 km off the corridor network (straight lines to and from the nearest corridor, dashed grey on the map).":
        ("%1 → %2: %3 км, из них %4 км вне сети коридоров (по прямой до ближайшего коридора и от него, "
         "на карте — серый пунктир).",
         "%1 → %2: %3 км, оның %4 км дәліздер желісінен тыс (ең жақын дәлізге дейін және одан түзу сызықпен, "
         "картада сұр үзік сызық)."),
    # a border crossing's fields (hubs.neighbour, hubs.mode)
    "Neighbouring country": ("Соседняя страна", "Көрші ел"),
    "rail and road": ("железная и автомобильная дорога", "темір жол және автожол"),
}
