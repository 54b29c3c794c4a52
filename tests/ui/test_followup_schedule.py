"""Administration: the follow-up schedule of each programme and the unreachable attempts before closing."""

from __future__ import annotations

from desk.ui.admin.admin_widget import AdminWidget
from desk.ui.admin.followup_schedule_widget import FollowupScheduleWidget
from tests.factories import make_user


def _admin(context):
    return context.for_actor(make_user(context, "admin"))


def test_the_admin_saves_a_programmes_schedule(qtbot, context):
    services = _admin(context)
    admin = AdminWidget(context, services)
    qtbot.addWidget(admin)
    widget = admin.followup_schedule_widget
    assert admin.tabs.indexOf(widget) >= 0
    assert widget.months_edit.text() == "1, 3, 6, 9, 12" and widget.assess_edit.text() == "12"
    assert widget.attempts_spin.value() == 3
    programme = widget.programme_combo.count() - 1
    assert programme > 0  # the country's programmes are listed after the desk's default
    widget.programme_combo.setCurrentIndex(programme)
    programme_id = widget.programme_id()
    widget.months_edit.setText("2; 4 ,6, 12")
    widget.assess_edit.setText("6, 12")
    widget.phone_edit.setText("2")
    widget.save_button.click()
    assert widget.saved_label.text().startswith("Saved")
    assert widget.months_edit.text() == "2, 4, 6, 12"  # as the desk stores it
    view = services.followup.schedule_of(programme_id)
    assert (view.months, view.assess_at, view.phone_at) == ((2, 4, 6, 12), (6, 12), (2,))
    assert services.followup.schedule_of(None).months == (1, 3, 6, 9, 12)  # the default is untouched
    # Back to the default and to the programme again: each shows its own.
    widget.programme_combo.setCurrentIndex(0)
    assert widget.months_edit.text() == "1, 3, 6, 9, 12"
    widget.programme_combo.setCurrentIndex(programme)
    assert widget.months_edit.text() == "2, 4, 6, 12"
    widget.attempts_spin.setValue(5)
    widget.attempts_button.click()
    assert services.followup_reports.unreachable_attempts() == 5


def test_a_bad_month_list_shows_the_error_beside_the_field(qtbot, context):
    services = _admin(context)
    widget = FollowupScheduleWidget(services)
    qtbot.addWidget(widget)
    widget.show()
    widget.months_edit.setText("1, 3, treize")
    widget.save_button.click()
    assert widget.months_error.isVisible() and "between 1 and 60" in widget.months_error.text()
    assert not widget.assess_error.isVisible() and not widget.saved_label.text()
    assert services.followup.schedule_of(None).months == (1, 3, 6, 9, 12)  # nothing saved
    # A questionnaire month that is not a visit month is named on its own field; the months' error goes.
    widget.months_edit.setText("1, 6")
    widget.assess_edit.setText("12")
    widget.save_button.click()
    assert widget.assess_error.isVisible() and "1, 6" in widget.assess_error.text()
    assert not widget.months_error.isVisible()
    widget.assess_edit.setText("6")
    widget.phone_edit.setText("1")
    widget.save_button.click()
    assert not widget.assess_error.isVisible() and widget.saved_label.text()
    assert services.followup.schedule_of(None).months == (1, 6)


def test_a_manager_does_not_get_the_schedule_editor(qtbot, context):
    manager = context.for_actor(make_user(context, "manager"))
    admin = AdminWidget(context, manager)
    qtbot.addWidget(admin)
    assert not hasattr(admin, "followup_schedule_widget")
