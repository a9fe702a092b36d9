"""The measure tool (the leaflet-measure plugin) in the page's language.

The plugin (leaflet-measure 2.1.7, inlined by ``assets``) writes its texts in English from its own
templates: its ``localization`` option picks one of the locales built into it, which have no
Kazakh (and its Russian says "Область" for an area). So:

* its unit names and number separators go through its own options (``units`` with a ``display``
  label, ``decPoint``, ``thousandsSep``): ``control_options``;
* its other texts are replaced in the page, as the plugin adds them, by static/measure.js
  (``sezmap.measureWords``) from the dictionary ``words`` gives it: the plugin's English text ->
  this language's. A key with ``%1`` matches a whole text with anything in its place (the area's
  perimeter line, a coordinate's hemisphere letter); the coordinates' decimal point becomes the
  page's. English pages get an empty dictionary: the plugin's own texts, unchanged.
"""

from __future__ import annotations

from sezmap.export.texts import Texts

# the plugin's units (their factors and decimals as in its src/units.js), shown in this language
LENGTH_UNITS = ("kilometers", "meters")
AREA_UNITS = ("hectares", "sqmeters")
_FACTORS = {"kilometers": (0.001, 2), "meters": (1.0, 0), "hectares": (0.0001, 2), "sqmeters": (1.0, 0)}


def unit_names(texts: Texts) -> dict[str, str]:
    """The plugin's unit keys -> their names in this language (English: the plugin's own)."""
    return {"kilometers": texts.translate("export", "Kilometers"),
            "meters": texts.translate("export", "Meters"),
            "hectares": texts.translate("export", "Hectares"),
            "sqmeters": texts.translate("export", "Sq Meters")}


def control_options(texts: Texts) -> dict:
    """The keyword arguments of folium's MeasureControl (it camelCases them into the plugin's options)."""
    decimal, group = texts.separators()
    names = unit_names(texts)
    units = {key: {"factor": factor, "display": names[key], "decimals": decimals}
             for key, (factor, decimals) in _FACTORS.items()}
    return {"primary_length_unit": LENGTH_UNITS[0], "secondary_length_unit": LENGTH_UNITS[1],
            "primary_area_unit": AREA_UNITS[0], "secondary_area_unit": AREA_UNITS[1],
            "units": units, "dec_point": decimal, "thousands_sep": group}


def words(texts: Texts) -> dict[str, str]:
    """The plugin's English texts (its src/i18n/en.js and its coordinates' hemisphere letters) ->
    this language's; only those that differ (none in English)."""
    pairs = {
        "Measure": texts.translate("export", "Measure"),
        "Measure distances and areas": texts.translate("export", "Measure distances and areas"),
        "Create a new measurement": texts.translate("export", "Create a new measurement"),
        "Start creating a measurement by adding points to the map":
            texts.translate("export", "Start creating a measurement by adding points to the map"),
        "Cancel": texts.translate("export", "Cancel"),
        "Finish measurement": texts.translate("export", "Finish measurement"),
        "Last point": texts.translate("export", "Last point"),
        "Path distance": texts.translate("export", "Path distance"),
        "Area": texts.translate("export", "Area"),
        "%1 Perimeter": texts.translate("export", "%1 Perimeter"),
        "Linear measurement": texts.translate("export", "Linear measurement"),
        "Area measurement": texts.translate("export", "Area measurement"),
        "Point location": texts.translate("export", "Point location"),
        "Center on this line": texts.translate("export", "Center on this line"),
        "Center on this area": texts.translate("export", "Center on this area"),
        "Center on this location": texts.translate("export", "Center on this location"),
        "Delete": texts.translate("export", "Delete"),
        "%1 N": texts.translate("export", "%1 N"),
        "%1 S": texts.translate("export", "%1 S"),
        "%1 E": texts.translate("export", "%1 E"),
        "%1 W": texts.translate("export", "%1 W"),
    }
    return {english: text for english, text in pairs.items() if text != english}


def page_config(texts: Texts) -> dict:
    """What sezmap.measureWords is given: the words and the decimal sign of the coordinates."""
    return {"words": words(texts), "decimal": texts.separators()[0]}
