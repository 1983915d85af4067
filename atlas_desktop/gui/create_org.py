"""The create wizard's "Your office and you" step: the country (and region), the supervisory authority, your name.

Each answer says in plain words why it is asked: the country's public holidays stretch the month for
answering a request (Art. 12(3)); the authority is the one a breach is notified to within 72 hours
(Art. 33(1), 55), proposed from the country and editable; the name and role go in the audit trail and
on sign-offs (Art. 5(2), 30). The region is shown only where regions have holidays of their own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
    QWizardPage,
)

from ..core.countries import EEA
from ..core.errors import SetupProblem
from ..core.office_setup import (
    AuthorityDetails,
    check_person,
    country_of_zone,
    holiday_regions,
    organisation_values,
    picker_countries,
    proposed_authority,
)
from .create_name import error_label, say
from .unlock_dialog import quiet


_FIRST = frozenset({*EEA, "GB", "CH"})  # listed first, as picker_countries() orders them


def tr(text: str) -> str:
    return QCoreApplication.translate("CreateRegisterDialog", text)


def machine_zone() -> str | None:
    """This computer's IANA zone: it proposes the country and keeps a zone of the country's own."""
    try:
        import tzlocal

        return tzlocal.get_localzone_name()
    except Exception:  # noqa: BLE001 - no zone known: nothing is pre-selected
        return None


def _why(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    quiet(label)
    return label


def _labelled(form: QFormLayout, text: str, field: QWidget, name: str) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(name)
    form.addRow(label, field)
    return label


class OrgPage(QWizardPage):
    """Step 2 of 4: what the deadlines depend on, and who you are."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Your office and you"))
        self.setSubTitle(tr("Step 2 of 4. Atlas uses these answers to count your deadlines and to name you "
                            "in the register. You can change them later in Organisation details."))
        self._authority_edited = False  # typed by the user: a new country no longer replaces it
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)

        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.NoInsert)
        self.country.addItem("", "")
        countries = picker_countries()
        for i, (code, name) in enumerate(countries):
            if i and code not in _FIRST and countries[i - 1][0] in _FIRST:
                self.country.insertSeparator(self.country.count())  # after the EU/EEA, the UK and Switzerland
            self.country.addItem(f"{name} ({code})", code)
        completer = self.country.completer()
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self.country.lineEdit().setPlaceholderText(tr("Type to search, e.g. Romania"))
        _labelled(form, tr("&Country:"), self.country, tr("Country where your organisation is established"))
        form.addRow("", _why(tr("Requests from people must be answered within one month; Atlas skips this "
                                "country's public holidays when it counts (Art. 12(3)).")))
        self.region = QComboBox()
        self.region_label = _labelled(form, tr("&Region:"), self.region, tr("Region"))
        self.region_why = _why(tr("Public holidays differ by region in this country: choose yours, or keep "
                                  "the national holidays only."))
        form.addRow("", self.region_why)

        self.authority_name = QLineEdit()
        self.authority_address = QLineEdit()
        self.authority_web = QLineEdit()
        self.authority_phone = QLineEdit()
        _labelled(form, tr("Supervisory &authority:"), self.authority_name, tr("Supervisory authority"))
        _labelled(form, tr("Its a&ddress:"), self.authority_address, tr("Authority's postal address"))
        _labelled(form, tr("Its &web form:"), self.authority_web, tr("Authority's breach notification web form"))
        _labelled(form, tr("Its &phone:"), self.authority_phone, tr("Authority's phone"))
        self._authority_fields = (self.authority_name, self.authority_address, self.authority_web,
                                  self.authority_phone)
        for edit in self._authority_fields:
            edit.textEdited.connect(self._authority_typed)
        form.addRow("", _why(tr("A personal data breach is reported to this authority within 72 hours "
                                "(Art. 33(1)); it is the authority of the country you are established in "
                                "(Art. 55). Proposed from the country: check it, or correct it.")))

        self.your_name = QLineEdit()
        self.your_name.setPlaceholderText(tr("e.g. Ana Popescu"))
        self.your_role = QLineEdit()
        self.your_role.setPlaceholderText(tr("e.g. Office manager"))
        _labelled(form, tr("Your na&me:"), self.your_name, tr("Your name"))  # Alt+N is the wizard's Next
        _labelled(form, tr("Your r&ole:"), self.your_role, tr("Your role"))
        form.addRow("", _why(tr("Shown in the audit trail next to each change and on sign-offs, so the office "
                                "can show who did what (Art. 5(2), 30). Not your computer's login name.")))
        self.error = error_label()
        form.addRow(self.error)
        self._form = form

        self.country.currentIndexChanged.connect(self._country_changed)
        self.your_name.textChanged.connect(lambda: say(self.error, ""))
        here = country_of_zone(machine_zone())
        self.country.setCurrentIndex(max(0, self.country.findData(here)) if here else 0)
        self._country_changed()

    # -- following the country -------------------------------------------------------------------------------
    def country_code(self) -> str:
        text = self.country.currentText().strip()
        index = self.country.findText(text, Qt.MatchFixedString)
        return str(self.country.itemData(index) or "") if index >= 0 and text else ""

    def _country_changed(self) -> None:
        say(self.error, "")
        code = self.country_code()
        regions = holiday_regions(code)
        self.region.clear()
        self.region.addItem(tr("National holidays only"), "")
        for region, name in regions:
            self.region.addItem(name if name == region else f"{name} ({region})", region)
        self._form.setRowVisible(self.region, bool(regions))  # asked only where it changes a deadline
        self._form.setRowVisible(self.region_why, bool(regions))
        if not self._authority_edited:
            proposed = proposed_authority(code)
            for edit, value in zip(self._authority_fields, (proposed.name, proposed.address, proposed.web,
                                                             proposed.phone), strict=True):
                edit.setText(value)
                edit.setCursorPosition(0)  # the start of a long name shows, not its end
                edit.setToolTip(value)  # and the whole of it on hovering

    def _authority_typed(self) -> None:
        self._authority_edited = any(e.text().strip() for e in self._authority_fields)

    # -- the answers -------------------------------------------------------------------------------------------
    def authority(self) -> AuthorityDetails:
        name, address, web, phone = (" ".join(e.text().split()) for e in self._authority_fields)
        proposed = proposed_authority(self.country_code())
        email = proposed.email if name == proposed.name else ""  # the listed email only with its authority
        return AuthorityDetails(name, address, web, phone, email)

    def user(self) -> tuple[str, str]:
        return (check_person(self.your_name.text(), tr("Your name")),
                check_person(self.your_role.text(), tr("Your role"), required=False))

    def organisation(self) -> dict[str, Any]:
        code = self.country_code()
        return organisation_values(code, str(self.region.currentData() or "") if code else "", self.authority(),
                                   self.user()[0], machine_zone=machine_zone())

    def validatePage(self) -> bool:
        if self.country.currentText().strip() and not self.country_code():
            say(self.error, tr("Choose your country from the list (type part of its name), or leave it empty "
                               "and set it later in Organisation details."))
            self.country.setFocus()
            return False
        try:
            self.user()
        except SetupProblem as exc:
            say(self.error, exc.message)
            self.your_name.setFocus()
            return False
        return True

