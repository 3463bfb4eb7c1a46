"""Help → Keyboard shortcuts: every key of the window in a two-column table (key | what it
does), so a long key ("Ctrl+Shift+L") never wraps into the description beside it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from revdesk.i18n import translate

from ..screen_fit import keep_on_screen
from ..simple_models import RowsModel


class ShortcutsDialog(QDialog):
    """``rows``: (keys, what they do), in the order the window lists its actions."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsBox")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.model = RowsModel([translate("ShortcutsDialog", "Key"),
                                translate("ShortcutsDialog", "What it does")], self)
        self.model.set_rows(list(rows))
        self.view = QTableView(self)
        self.view.setObjectName("shortcutsTable")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        # The keys as wide as the longest of them; the words take the rest.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._fit()
        keep_on_screen(self)

    def _fit(self) -> None:
        """Big enough to show every row and both columns whole, within the screen."""
        self.view.resizeColumnsToContents()
        metrics = self.view.fontMetrics()
        words = max((metrics.horizontalAdvance(text) for _, text in self.model.rows),
                    default=200)
        width = self.view.columnWidth(0) + words + 60
        rows = self.view.verticalHeader().length() + self.view.horizontalHeader().height()
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() - 40), min(rows + 90, screen.height() - 80))
