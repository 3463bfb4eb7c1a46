"""A translation whose {fields} differ from its source's (a translator's slip, an old or
damaged .qm) shows the English message: the caller's ``.format()`` never crashes on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from revdesk.i18n import translate
from revdesk.ui import translation

#: What a careless translation of each source made of it.
SLIPS = {
    "Order {order}": "Pedido {orden}",  # a translated field name
    "Return {return_id}": "Devolución {return_id",  # a lost brace
    "Slip for {order} at {station}": "Hoja para {order}",  # a field lost
    "Started {when}": "Empezada {when} {",  # a lone brace
    "Fine {order}": "Bien {order}",  # a good one
    "RP-\\d{6} or {": "RP-\\d{6} o {",  # a source that is no format string
}


class Careless(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        return SLIPS.get(source) if context == "Test" else None


@pytest.fixture
def careless(qapp: QApplication) -> Iterator[None]:
    translation.apply_language("en")
    translator = Careless()
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
        translation.reset()


@pytest.mark.usefixtures("careless")
def test_a_translation_with_other_fields_is_english_and_formats() -> None:
    assert translate("Test", "Order {order}").format(order="A1") == "Order A1"
    assert translate("Test", "Return {return_id}").format(return_id="R") == "Return R"
    assert translate("Test", "Slip for {order} at {station}").format(
        order="A1", station="DOCK") == "Slip for A1 at DOCK"
    assert translate("Test", "Started {when}").format(when="9:05") == "Started 9:05"


@pytest.mark.usefixtures("careless")
def test_a_good_translation_is_kept() -> None:
    assert translate("Test", "Fine {order}").format(order="A1") == "Bien A1"
    assert translate("Test", "RP-\\d{6} or {") == "RP-\\d{6} o {"
