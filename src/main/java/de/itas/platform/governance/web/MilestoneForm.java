package de.itas.platform.governance.web;

import de.itas.platform.governance.MilestoneView;

/** A milestone as typed: title, due date and (once reached) done date. */
class MilestoneForm {

	private String title = "";
	private String dueOn = "";
	private String doneOn = "";

	static MilestoneForm of(MilestoneView milestone) {
		MilestoneForm form = new MilestoneForm();
		form.title = milestone.title();
		form.dueOn = milestone.dueOn().toString();
		form.doneOn = milestone.doneOn() == null ? "" : milestone.doneOn().toString();
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn == null ? "" : dueOn;
	}

	public String getDoneOn() {
		return doneOn;
	}

	public void setDoneOn(String doneOn) {
		this.doneOn = doneOn == null ? "" : doneOn;
	}

}
