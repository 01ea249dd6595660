package de.itas.platform.governance.web;

import de.itas.platform.governance.MeasureView;

/** Progress, status and the comment for the timeline, with the version the editor saw. */
class ProgressForm {

	private String progress = "";
	private String status = "";
	private String comment = "";
	private long version;

	static ProgressForm of(MeasureView measure) {
		ProgressForm form = new ProgressForm();
		form.progress = String.valueOf(measure.progress());
		form.status = measure.status().name();
		form.version = measure.version();
		return form;
	}

	public String getProgress() {
		return progress;
	}

	public void setProgress(String progress) {
		this.progress = progress == null ? "" : progress;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status == null ? "" : status;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment == null ? "" : comment;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
