"""Layers panel: visibility, opacity and order of the map's layers, and a legend."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sezmap.render.decorations import draw_legend, legend_rows

ID_ROLE = Qt.ItemDataRole.UserRole


class LegendWidget(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.scene = None
        self._size = QSize(200, 100)

    def set_scene(self, scene) -> None:
        self.scene = scene
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return self._size

    def paintEvent(self, event) -> None:
        if self.scene is None:
            return
        painter = QPainter(self)
        parent = self.parentWidget()
        room = parent.width() - 12 if parent is not None else None
        size = draw_legend(painter, QPointF(6, 4), legend_rows(self.scene), max_width=room)
        painter.end()
        wanted = QSize(int(size.width()) + 12, int(size.height()) + 8)
        if wanted != self._size:
            self._size = wanted
            self.setMinimumSize(wanted)
            self.updateGeometry()


class LayersPanel(QWidget):
    """The list shows the top layer first, as in QGIS."""

    changed = Signal()  # visibility, opacity or order changed: re-render

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scene = None
        self.list = QListWidget()
        self.list.setObjectName("layerList")
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._current_changed)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(100)
        self.opacity.valueChanged.connect(self._opacity_changed)
        self.opacity_label = QLabel()
        self.up = QToolButton()
        self.up.setArrowType(Qt.ArrowType.UpArrow)
        self.up.clicked.connect(lambda: self._move(+1))
        self.down = QToolButton()
        self.down.setArrowType(Qt.ArrowType.DownArrow)
        self.down.clicked.connect(lambda: self._move(-1))
        self.legend = LegendWidget()
        scroll = QScrollArea()
        scroll.setWidget(self.legend)
        scroll.setWidgetResizable(True)
        self.legend_title = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.opacity_label)
        row.addWidget(self.opacity, 1)
        row.addWidget(self.up)
        row.addWidget(self.down)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 2)
        layout.addLayout(row)
        layout.addWidget(self.legend_title)
        layout.addWidget(scroll, 3)
        self.retranslate()

    def retranslate(self) -> None:
        self.opacity_label.setText(self.tr("Opacity"))
        self.up.setToolTip(self.tr("Move the layer up"))
        self.down.setToolTip(self.tr("Move the layer down"))
        self.legend_title.setText("<b>" + self.tr("Legend") + "</b>")
        if self.scene is not None:
            self.set_scene(self.scene)

    def set_scene(self, scene) -> None:
        self.scene = scene
        current = self.current_layer_id()
        self.list.blockSignals(True)
        self.list.clear()
        listed = [layer for layer in scene.overlays if layer.listed]  # drawn over the layers: listed first
        for layer in list(reversed(listed)) + list(reversed(scene.layers)):
            item = QListWidgetItem(layer.title)
            item.setData(ID_ROLE, layer.layer_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if layer.layer_id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.legend.set_scene(scene)
        self._current_changed(self.list.currentItem(), None)

    def current_layer_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def item_for(self, layer_id: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == layer_id:
                return self.list.item(i)
        return None

    def _item_changed(self, item: QListWidgetItem) -> None:
        layer = self.scene.layer(item.data(ID_ROLE)) if self.scene else None
        if layer is None:
            return
        layer.visible = item.checkState() == Qt.CheckState.Checked
        self.legend.update()
        self.changed.emit()

    def _current_changed(self, item, _previous) -> None:
        layer = self.scene.layer(item.data(ID_ROLE)) if (self.scene and item) else None
        self.opacity.blockSignals(True)
        self.opacity.setValue(int(round((layer.opacity if layer else 1.0) * 100)))
        self.opacity.setEnabled(layer is not None)
        self.opacity.blockSignals(False)

    def _opacity_changed(self, value: int) -> None:
        layer_id = self.current_layer_id()
        layer = self.scene.layer(layer_id) if (self.scene and layer_id) else None
        if layer is not None:
            layer.opacity = value / 100.0
            self.changed.emit()

    def _move(self, direction: int) -> None:
        """+1 moves the current layer up (drawn later), -1 down."""
        layer_id = self.current_layer_id()
        if self.scene is None or layer_id is None:
            return
        layer = self.scene.layer(layer_id)
        if layer not in self.scene.layers:
            return
        index = self.scene.layers.index(layer)
        self.scene.move(layer_id, index + direction)
        self.set_scene(self.scene)
        self.changed.emit()
