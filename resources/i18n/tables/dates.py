"""Translations of the words of a date in words (sezmap/export/static.py, date_text): source text
-> (Russian, Kazakh). Only Kazakh dates are made from them (the year first; the month "on that
day" where a page says "as of": the locative of an adjective, -дағы/-дегі after a vowel or a
voiced consonant, -тағы/-тегі after a voiceless one, by the word's vowels); Russian and English
dates are QLocale's, and their words here are the genitive it gives."""

T = {
    "%2 %3 %1 (year, day, month)": ("%2 %3 %1", "%1 жылғы %2 %3"),
    "January (a date's)": ("января", "қаңтар"),
    "February (a date's)": ("февраля", "ақпан"),
    "March (a date's)": ("марта", "наурыз"),
    "April (a date's)": ("апреля", "сәуір"),
    "May (a date's)": ("мая", "мамыр"),
    "June (a date's)": ("июня", "маусым"),
    "July (a date's)": ("июля", "шілде"),
    "August (a date's)": ("августа", "тамыз"),
    "September (a date's)": ("сентября", "қыркүйек"),
    "October (a date's)": ("октября", "қазан"),
    "November (a date's)": ("ноября", "қараша"),
    "December (a date's)": ("декабря", "желтоқсан"),
    "January (as of a day)": ("января", "қаңтардағы"),
    "February (as of a day)": ("февраля", "ақпандағы"),
    "March (as of a day)": ("марта", "наурыздағы"),
    "April (as of a day)": ("апреля", "сәуірдегі"),
    "May (as of a day)": ("мая", "мамырдағы"),
    "June (as of a day)": ("июня", "маусымдағы"),
    "July (as of a day)": ("июля", "шілдедегі"),
    "August (as of a day)": ("августа", "тамыздағы"),
    "September (as of a day)": ("сентября", "қыркүйектегі"),
    "October (as of a day)": ("октября", "қазандағы"),
    "November (as of a day)": ("ноября", "қарашадағы"),
    "December (as of a day)": ("декабря", "желтоқсандағы"),
}
