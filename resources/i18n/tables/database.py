"""Translations of the strings of a project on a database server (File → Open database, the
password dialog, the login's rights): source text -> (Russian, Kazakh)."""

T = {
    "Open &database…": ("Открыть &базу данных…", "&Дерекқорды ашу…"),
    "Open a database": ("Открыть базу данных", "Дерекқорды ашу"),
    "made from the database and host": ("из имени базы и сервера", "дерекқор мен сервер атауынан"),
    "Host:": ("Сервер:", "Сервер:"),
    "Port:": ("Порт:", "Порт:"),
    "Database:": ("База данных:", "Дерекқор:"),
    "Login:": ("Логин:", "Логин:"),
    "Service name:": ("Имя службы:", "Қызмет атауы:"),
    "The connection is saved as a service in ~/.pg_service.conf, without a password: the server asks for one "
    "when it needs it.":
        ("Подключение сохраняется как служба в ~/.pg_service.conf, без пароля: сервер запросит его, когда он нужен.",
         "Қосылым ~/.pg_service.conf ішінде қызмет ретінде құпиясөзсіз сақталады: сервер оны қажет кезде сұрайды."),
    "Password": ("Пароль", "Құпиясөз"),
    "Password for %1:": ("Пароль для %1:", "%1 үшін құпиясөз:"),
    "The server refused the password. Password for %1:": ("Сервер отклонил пароль. Пароль для %1:",
                                                         "Сервер құпиясөзді қабылдамады. %1 үшін құпиясөз:"),
    "Remember in .pgpass": ("Запомнить в .pgpass", ".pgpass ішінде есте сақтау"),
    "Cannot open the database": ("Не удаётся открыть базу данных", "Дерекқорды ашу мүмкін емес"),
    "Cannot write .pgpass": ("Не удаётся записать .pgpass", ".pgpass жазу мүмкін емес"),
    "Login: %1": ("Логин: %1", "Логин: %1"),
    "Read only: the login %1 may not change plots.": ("Только чтение: логин %1 не может изменять участки.",
                                                     "Тек оқу: %1 логині учаскелерді өзгерте алмайды."),
    "The login %1 may not change plots of this zone.": ("Логин %1 не может изменять участки этой зоны.",
                                                       "%1 логині бұл аймақтың учаскелерін өзгерте алмайды."),
    "On a database the audit log names your login.": ("В базе данных журнал изменений указывает ваш логин.",
                                                      "Дерекқорда өзгерістер журналы сіздің логиніңізді көрсетеді."),
    "Connecting to %1…": ("Подключение к %1…", "%1 серверіне қосылу…"),
    "The database server %1 does not answer: it may be down, or its host or port wrong. Nothing was opened; "
    "try again later.":
        ("Сервер базы данных %1 не отвечает: возможно, он остановлен или неверно указаны сервер или порт. "
         "Ничего не открыто; попробуйте позже.",
         "%1 дерекқор сервері жауап бермейді: ол тоқтап тұрған болуы мүмкін немесе сервер не порт қате көрсетілген. "
         "Ештеңе ашылған жоқ; кейінірек қайталап көріңіз."),
}
