"""The deck's land use over time (issue 26), when asked for: after each zone's slide, its
unused and allocated shares at each period end; after the comparison of zones, every zone's
unused share over time. Native PowerPoint line charts (editable, their figures in the file),
the figures of ``sezmap report --trend`` (``sezmap.export.trend_content``, the print page's
words and colours), with a note saying they are rebuilt from the audit log and as of when.
"""

from __future__ import annotations

from sezmap.export import deck
from sezmap.export.slide_layout import CHART_PT, SLIDE_H_IN, SLIDE_W_IN
from sezmap.export.texts import Texts
from sezmap.render.chart_data import TrendContent

CHART_BOX_IN = (0.45, 1.35, SLIDE_W_IN - 0.9, 5.0)  # left, top, width, height
NOTE_PT = 13.0
LEGEND_MANY_PT = 11.0  # every zone's legend (fourteen names under the chart)


def trend_slide(slide_deck, content: TrendContent, texts: Texts, subtitle: str | None, footer: str) -> None:
    """A slide of ``content``: its lines as a native line chart in percent, its note under it."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.util import Inches, Pt

    slide = slide_deck.slides.add_slide(slide_deck.slide_layouts[6])
    deck._title(slide, content.heading, subtitle)
    left, top, width, height = CHART_BOX_IN
    if content.message or not content.periods:
        deck._text_box(slide, left, top + 1.5, width, 1.0, content.message, size=18, colour=deck.MUTED)
    else:
        data = CategoryChartData()
        data.categories = list(content.periods)
        for line in content.lines:
            data.add_series(line.label, [None if v is None else float(v) for v in line.values])
        frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, Inches(left), Inches(top), Inches(width),
                                       Inches(height), data)
        chart = frame.chart
        chart.has_title = False
        chart.has_legend = True
        # a zone's two lines named above the chart; every zone's beside it, smaller (under it,
        # fourteen names in a column left the lines a strip 1.3 in high)
        many = len(content.lines) > 2
        chart.legend.position = XL_LEGEND_POSITION.RIGHT if many else XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(LEGEND_MANY_PT if many else CHART_PT)
        chart.font.size = Pt(CHART_PT)
        for series, line in zip(chart.plots[0].series, content.lines, strict=True):
            series.smooth = False
            series.format.line.color.rgb = deck._rgb(line.colour)
            series.format.line.width = Pt(3.5 if line.bold else 2.0)
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = deck._rgb(line.colour)
            series.marker.format.line.color.rgb = deck._rgb(line.colour)
        deck.percent_axis(chart.value_axis)
        chart.category_axis.tick_labels.font.size = Pt(CHART_PT)
    deck._text_box(slide, left, top + height + 0.05, width, SLIDE_H_IN - 0.55 - top - height - 0.05, content.note,
                   size=NOTE_PT, colour=deck.MUTED)
    deck._footer(slide, footer)
